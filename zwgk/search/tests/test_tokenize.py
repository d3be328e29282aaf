"""The tokenizer is pure: these tests need no database."""
from hypothesis import given, settings
from hypothesis import strategies as st

from zwgk.search.tokenize import (
    GRAM_CHARS,
    MAX_QUERY_CHARS,
    GramQuery,
    Token,
    compact,
    document_tokens,
    gram_query,
    highlight_spans,
    query_terms,
)


def test_it_compacts_brackets_full_width_characters_and_case():
    assert compact("银人社发〔２０２０〕12号") == "银人社发 2020 12号"
    assert compact("银人社发[2020]12号") == compact("银人社发【2020】12号") == "银人社发 2020 12号"
    assert compact("  COVID－19  疫情 ") == "covid 19 疫情"


def test_it_indexes_cjk_bigrams_and_the_last_character_of_each_run():
    assert sorted(document_tokens("职称评审")) == sorted(["职称", "称评", "评审", "审"])
    assert document_tokens("税") == ["税"]


def test_it_indexes_latin_and_digit_runs_as_lowercase_words():
    assert sorted(document_tokens("关于COVID19的2020年通知")) == sorted(["关于", "于", "covid19", "的", "2020", "年通", "通知", "知"])


def test_a_two_character_term_is_one_exact_bigram():
    (term,) = query_terms("职称")
    assert term.tokens == (Token("职称"),)
    assert not term.needs_verify


def test_a_one_character_term_is_a_prefix_token():
    (term,) = query_terms("税")
    assert term.tokens == (Token("税", prefix=True),)


def test_a_long_term_is_its_bigrams_and_needs_the_adjacency_check():
    (term,) = query_terms("职称评审")
    assert [t.text for t in term.tokens] == ["职称", "称评", "评审"]
    assert term.needs_verify
    assert term.compact == "职称评审"


def test_a_document_number_keeps_its_parts_in_one_term():
    (term,) = query_terms("银人社发〔2020〕12号")
    assert term.compact == "银人社发 2020 12号"
    assert [t.text for t in term.tokens] == ["银人", "人社", "社发", "2020", "12", "号"]
    assert term.tokens[-1].prefix and not term.tokens[3].prefix


def test_only_the_last_latin_word_of_a_term_is_a_prefix():
    (term,) = query_terms("covid 2020")[:1]
    assert term.tokens == (Token("covid", prefix=True),)
    (mixed,) = query_terms("abc-def")
    assert mixed.tokens == (Token("abc"), Token("def", prefix=True))


def test_spaces_separate_terms_including_the_ideographic_space():
    assert [t.compact for t in query_terms("职称　评审 社保")] == ["职称", "评审", "社保"]


def test_duplicate_terms_are_dropped():
    assert len(query_terms("职称 职称")) == 1


def test_fts_and_sql_syntax_leave_only_word_tokens():
    terms = query_terms('"职称" * NEAR( AND OR ^ : \' OR 1=1 -- <b>')
    texts = [tok.text for term in terms for tok in term.tokens]
    assert texts == ["职称", "near", "and", "or", "1", "1", "b"]
    for text in texts:
        assert text.isalnum()


def test_pure_punctuation_and_control_characters_give_no_terms():
    assert query_terms('"*()^:〔〕') == []
    assert query_terms("\x00\x01\x7f\u200b") == []
    assert query_terms("") == []


def test_very_long_queries_are_cut():
    terms = query_terms("职" * 5000)
    assert len(terms) == 1
    assert len(terms[0].compact) == MAX_QUERY_CHARS


def test_highlight_spans_point_into_the_original_text():
    text = "依据银人社发〔２０２０〕12号文件"
    (start, end), = highlight_spans(text, query_terms("银人社发[2020]12号"))
    assert text[start:end] == "银人社发〔２０２０〕12号"


cjk = st.text(alphabet="职称评审社保卡银川人号的", min_size=1, max_size=40)


@given(text=cjk, data=st.data())
def test_every_substring_of_a_document_is_found_by_its_tokens(text, data):
    # The token filter must never lose a true match: tokens of any substring are among the document's.
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    doc = set(document_tokens(text))
    for term in query_terms(text[start:end]):
        for token in term.tokens:
            if token.prefix:
                assert any(d.startswith(token.text) for d in doc)
            else:
                assert token.text in doc


def test_highlight_spans_survive_characters_that_normalise_to_several():
    text = "㈠职称评审　第二条"  # ㈠ becomes "(一)": offsets no longer line up one to one
    (start, end), = highlight_spans(text, query_terms("职称评审"))
    assert text[start:end] == "职称评审"


def test_tokens_come_in_text_order_so_a_term_is_a_phrase():
    assert document_tokens("职称评审 2020年") == ["职称", "称评", "评审", "审", "2020", "年"]
    (term,) = query_terms("银人社发〔2020〕12号")
    assert term.phrase() == (["银人", "人社", "社发", "发", "2020", "12", "号"], True)
    assert query_terms("职称评审")[0].phrase() == (["职称", "称评", "评审"], False)
    assert query_terms("职称")[0].phrase() is None


@given(text=cjk, data=st.data())
def test_every_substring_of_a_document_is_its_phrase(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    doc = document_tokens(text)
    for term in query_terms(text[start:end]):
        phrase = term.phrase()
        if phrase is None:
            continue
        tokens, prefix = phrase
        found = any(
            doc[i : i + len(tokens) - 1] == tokens[:-1]
            and (doc[i + len(tokens) - 1].startswith(tokens[-1]) if prefix else doc[i + len(tokens) - 1] == tokens[-1])
            for i in range(len(doc) - len(tokens) + 1)
        )
        assert found


@given(text=st.text(alphabet=st.sampled_from("职称评审社保号 　ABcd12_-〔〕é\u3007\U00020000") | st.characters(), max_size=80))
def test_index_text_is_the_tokens_joined_by_spaces(text):
    from zwgk.search.tokenize import compact, compact_tokens, index_text

    assert index_text(compact(text)) == " ".join(compact_tokens(compact(text)))
    assert index_text(compact("长" * 70 + "a" * 70)) == " ".join(compact_tokens(compact("长" * 70 + "a" * 70)))


@given(text=st.text(max_size=300) | st.text(alphabet="职称评审社保关于通知的工作", max_size=3000))
def test_packed_bodies_come_back_unchanged(text):
    from zwgk.search.packing import pack, unpack

    assert unpack(pack(text)) == text
    assert unpack(text) == text  # rows stored before packing pass through


_html_piece = st.sampled_from(["<p>", "</p>", "<p>", "</p>", "<br>", "<br/>", "<br />", "<div>", "</div>", "<li>", "<h2>", "</h2>",
                               "<span>", "</span>", "<b>", "<p class=x>", "&nbsp;", "&amp;", "<", ">", "\n", " ", "\t",
                               "<table><tr><td>", "</td></tr></table>", "<!-- c -->", "<script>x</script>", "\x01", "\r"])
_html_text = st.text(alphabet="职称评审社保 ab1，。", max_size=8)


_paragraph = st.tuples(st.sampled_from(["<p>", " <p>", "\n<p>"]), _html_text, st.sampled_from(["", "<br>", "<br />"]),
                       _html_text, st.sampled_from(["</p>", "</p>\n", "</div>", "</p></div>"])).map("".join)


@settings(max_examples=400)
@given(st.lists(_html_piece | _html_text, max_size=30) | st.lists(_paragraph, max_size=8))
def test_the_plain_paragraph_fast_path_compacts_like_html_to_text(pieces):
    from zwgk.lib.text import html_to_text
    from zwgk.search.index import _SIMPLE_HTML, _body_text

    markup = "".join(pieces)
    assert compact(_body_text(markup)) == compact(html_to_text(markup))
    assert _SIMPLE_HTML.fullmatch("<p>关于</p>\n<p>通知<br>如下</p>")
    assert _body_text("1</div>1") == html_to_text("1</div>1") == "11"  # a stray end tag is dropped


@given(st.text(alphabet=st.sampled_from("职称，：（）【】！？；　＿Ｑ９＜＝＞\u0301\u0338\u3099㈠①ﬁ a_-") | st.characters(), max_size=60))
def test_compact_equals_nfkc_then_separators(text):
    import unicodedata

    from zwgk.search.tokenize import _SEPARATORS

    assert compact(text) == _SEPARATORS.sub(" ", unicodedata.normalize("NFKC", text).lower()).strip()


@settings(deadline=None)  # the first call imports numpy
@given(st.lists(st.text(alphabet=st.sampled_from("职称评审社保号 　ABcd12_-〔〕é\u3007\U00020000\U0002fa1f\U00030000") | st.characters(),
                        max_size=40), min_size=50, max_size=80))
def test_index_texts_at_once_equals_one_by_one(texts):
    from zwgk.search.tokenize import compact, index_text, index_texts

    compacted = [compact(t) for t in texts] + [compact("长" * 70 + "a" * 70 + "长")]
    assert index_texts(compacted) == [index_text(t) for t in compacted]


def _grams(text):
    """What PostgreSQL's zwgk_grams gives for a compact text (test_postgres_grams compares them)."""
    return {text[i : i + GRAM_CHARS] for i in range(len(text))}


def test_a_term_of_up_to_four_characters_is_one_gram_and_needs_no_check():
    assert gram_query("就业") == GramQuery((("就业", True),), check=False, word_start=False)
    assert gram_query("社会保险") == GramQuery((("社会保险", False),), check=False, word_start=False)
    assert gram_query("就") == GramQuery((("就", True),), check=False, word_start=False)


def test_a_longer_term_is_its_grams_and_needs_the_substring_check():
    q = gram_query("人力资源和社会保障")
    assert q.grams == (("人力资源", False), ("和社会保", False), ("社会保障", False))
    assert q.check and not q.word_start
    assert gram_query("银人社发 2020").check  # two pieces: the space between them is checked


def test_a_term_starting_with_a_latin_word_is_checked_to_start_a_word():
    assert gram_query("12号").word_start and not gram_query("号12").word_start


@given(text=cjk, data=st.data())
def test_a_short_term_is_found_by_its_gram_exactly_when_it_occurs(text, data):
    doc = _grams(text)
    start = data.draw(st.integers(0, len(text) - 1))
    term = text[start : data.draw(st.integers(start + 1, len(text)))]
    probe = data.draw(st.text(alphabet="职称评审社保卡银川人号的", min_size=1, max_size=GRAM_CHARS))
    for candidate in (term, probe):
        q = gram_query(candidate)
        found = all(any(g.startswith(gram) if prefix else g == gram for g in doc) for gram, prefix in q.grams)
        if not q.check:
            assert found == (candidate in text)
        elif candidate in text:
            assert found  # a longer term's grams never miss a real occurrence
