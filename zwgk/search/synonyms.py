"""Abbreviations and synonyms: a query term that is one form of a group also searches the others.

The shipped groups below cover common government terms; staff add their agency's own groups in
the back office (models.SynonymGroup). Expansion is exact: only a whole query term equal to a
form expands, and a quoted term never does. Pure functions here; groups_for() reads the database.
"""
from dataclasses import dataclass

from zwgk.search.tokenize import Term, compact, term_tokens

# Each line: equivalent forms, the usual full form first. Kept to unambiguous pairs: an
# abbreviation that means two things (e.g. 两会) would widen every search for either.
DEFAULT_GROUPS = (
    ("社会保险", "社保"),
    ("社会保障卡", "社保卡"),
    ("医疗保险", "医保"),
    ("住房公积金", "公积金"),
    ("人力资源和社会保障", "人社"),
    ("最低生活保障", "低保"),
    ("退役军人", "复员退伍军人"),
    ("新型农村合作医疗", "新农合"),
    ("城乡居民基本医疗保险", "居民医保"),
    ("城镇职工基本医疗保险", "职工医保"),
    ("市场监督管理", "市场监管"),
    ("发展和改革委员会", "发改委"),
    ("政府信息公开", "政务公开", "信息公开"),
    ("依申请公开", "依申请"),
    ("义务教育", "义教"),
    ("不动产登记", "房产登记"),
    ("残疾人", "残障人士"),
    ("高校毕业生", "大学毕业生"),
    ("农民工", "进城务工人员"),
    ("公共租赁住房", "公租房"),
    ("保障性住房", "保障房"),
    ("新冠肺炎", "新型冠状病毒肺炎", "新冠"),
)
MAX_FORMS = 8  # forms searched for one term: a huge group must not make one query cost eight


def parse_forms(text: str) -> tuple[str, ...]:
    """The compact forms of one group as staff type it: separated by spaces, commas, 、 or /."""
    forms = []
    for raw in text.replace("，", " ").replace(",", " ").replace("、", " ").replace("/", " ").split():
        form = compact(raw)
        if form and term_tokens(form) and form not in forms:
            forms.append(form)
    return tuple(forms)


@dataclass(frozen=True)
class TermGroup:
    """One query term and the forms searched for it (OR); forms[0] is what the user typed."""

    forms: tuple[Term, ...]
    quoted: bool = False

    @property
    def typed(self) -> Term:
        return self.forms[0]

    @property
    def added(self) -> tuple[str, ...]:
        """Forms searched besides the typed one (for "同时搜索：…")."""
        return tuple(t.compact for t in self.forms[1:])


def expand(parsed, groups) -> list[TermGroup]:
    """[(Term, quoted)] and groups of compact forms → [TermGroup], unquoted terms expanded."""
    out = []
    for term, quoted in parsed:
        forms = [term]
        if not quoted:
            for group in groups:
                if term.compact in group:
                    for form in group:
                        candidate = Term(form, term_tokens(form))
                        if candidate.tokens and candidate not in forms and len(forms) < MAX_FORMS:
                            forms.append(candidate)
        out.append(TermGroup(tuple(forms), quoted))
    return out


def groups_for(agency_id=None) -> list[tuple[str, ...]]:
    """The shipped groups plus staff-made ones (that agency's and platform-wide; all agencies' when none)."""
    from zwgk.search.models import SynonymGroup

    groups = [tuple(compact(f) for f in group) for group in DEFAULT_GROUPS]
    staff = SynonymGroup.objects.all()
    if agency_id is not None:
        from django.db.models import Q

        staff = staff.filter(Q(agency_id=agency_id) | Q(agency__isnull=True))
    groups += [parse_forms(forms) for forms in staff.values_list("forms", flat=True)]
    return [g for g in groups if len(g) > 1]
