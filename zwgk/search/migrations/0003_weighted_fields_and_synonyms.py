import django.db.models.deletion
from django.db import migrations, models


_stale = {}


def drop_token_index(apps, schema_editor):
    from zwgk.search.backends import backend_for

    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM search_searchdocument")
        _stale[schema_editor.connection.alias] = cursor.fetchone()[0]
        backend_for(schema_editor.connection).drop_schema(cursor)


def create_token_index(apps, schema_editor):
    # Three weighted fields and filter fields per document: the old entries cannot be converted
    # (they lack the split), so the index starts empty; `zwgk rebuild-search-index` fills it (and
    # applies this migration first if it has not been).
    from zwgk.search.backends import backend_for

    with schema_editor.connection.cursor() as cursor:
        backend_for(schema_editor.connection).create_schema(cursor)
    stale = _stale.pop(schema_editor.connection.alias, 0)
    if stale:
        print(f"\n  全文检索索引已清空（{stale} 条），请运行 zwgk rebuild-search-index 重建。")


class Migration(migrations.Migration):

    dependencies = [
        ('catalog', '0001_initial'),
        ('records', '0001_initial'),
        ('search', '0002_fts_filters_and_docid'),
    ]

    operations = [
        migrations.RunPython(drop_token_index, migrations.RunPython.noop),
        migrations.DeleteModel(name='SearchDocument'),
        migrations.CreateModel(
            name='SearchDocument',
            fields=[
                ('record', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='search_document', serialize=False, to='records.record')),
                ('docid', models.BigIntegerField()),
                ('agency_id', models.IntegerField()),
                ('item_id', models.IntegerField()),
                ('year', models.SmallIntegerField()),
                ('genre', models.CharField(blank=True, max_length=40)),
                ('title', models.TextField(blank=True)),
                ('tags', models.TextField(blank=True)),
            ],
            options={
                'verbose_name': '检索文档',
                'verbose_name_plural': '检索文档',
            },
        ),
        migrations.CreateModel(
            name='SearchBody',
            fields=[
                ('record', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='+', serialize=False, to='records.record')),
                ('body', models.TextField(blank=True)),
            ],
            options={
                'verbose_name': '检索正文',
                'verbose_name_plural': '检索正文',
            },
        ),
        migrations.RunPython(create_token_index, migrations.RunPython.noop),
        migrations.CreateModel(
            name='SynonymGroup',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('forms', models.CharField(help_text='同一含义的几种说法，用空格、逗号或顿号分隔，如：社保 社会保险', max_length=300, verbose_name='同义词')),
                ('note', models.CharField(blank=True, max_length=200, verbose_name='说明')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('agency', models.ForeignKey(blank=True, help_text='留空则对全平台生效（仅平台管理员）', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='synonym_groups', to='catalog.agency', verbose_name='机关')),
            ],
            options={
                'verbose_name': '检索同义词',
                'verbose_name_plural': '检索同义词',
                'ordering': ['agency_id', 'forms'],
            },
        ),
    ]
