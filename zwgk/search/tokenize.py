"""Tokenisation for Chinese full-text search: pure Python, no Django, the same for index and query.

Text is normalised (NFKC, lower case) and "compacted": every run of characters that is neither a
letter nor a digit (spaces, punctuation, brackets such as 〔〕) becomes one space, so
`银人社发〔2020〕12号` and `银人社发[2020]12号` compact to the same `银人社发 2020 12号`.

Index tokens, like Lucene's CJK analyser: each CJK run gives its overlapping bigrams plus the
run's last character (so every character starts some token: a one-character query is a prefix
query); each Latin/digit run gives one token. A query term is the AND of its tokens and, when it
has more than one token, the check that its compact form occurs in the document's compact text,
which rules out matches from non-adjacent bigrams.
"""
import re
import unicodedata
from dataclasses import dataclass
from operator import add

MAX_QUERY_CHARS = 100
MAX_TERMS = 10
# Latin/digit words are cut here (index and query alike): a base64 blob in an attachment is not a word.
MAX_WORD_CHARS = 60

# Han (with extensions and compatibility ideographs), 〇, kana, Hangul: scripts without spaces.
_CJK_RANGES = (
    "\u3005\u3007\u3021-\u3029\u3038-\u303b"
    "\u3040-\u30ff\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\U00020000-\U0002fa1f\U00030000-\U0003134f"
)
_CJK_RUN = re.compile(f"[{_CJK_RANGES}]+|[^{_CJK_RANGES}]+")
_IS_CJK = re.compile(f"[{_CJK_RANGES}]")
_CJK_ONLY = re.compile(f"[{_CJK_RANGES}]+")
_CJK_RUN3 = re.compile(f"[{_CJK_RANGES}]{{3}}")
# One zero-width match per position, so findall yields tokens in text order: a bigram where a CJK
# character has a CJK successor, the character itself where it ends its run, a word (cut at
# MAX_WORD_CHARS) where a Latin/digit run starts.
_TOKENS = re.compile(
    f"(?=([{_CJK_RANGES}][{_CJK_RANGES}]|[{_CJK_RANGES}](?![{_CJK_RANGES}])"
    f"|(?<![^\\s{_CJK_RANGES}])[^\\s{_CJK_RANGES}]{{1,{MAX_WORD_CHARS}}}))"
)
_SEPARATORS = re.compile(r"[\W_]+")
def normalize(text: str) -> str:
    """NFKC (full-width letters and digits to ASCII, ① to 1) and lower case."""
    return unicodedata.normalize("NFKC", text).lower()


# Full-width punctuation (，：（） …) and the ideographic space normalise to one ASCII separator:
# compact() turns them into a space before NFKC, which then finds most Chinese text already
# normalised and returns it as is instead of rebuilding it (the same result: each is a starter
# that normalises to a starter, so no neighbour composes differently).
_SEPARATOR_FORMS = re.compile("[" + re.escape("".join(
    chr(code) for code in [0x3000, *range(0xFF01, 0xFF66)]
    if _SEPARATORS.fullmatch(unicodedata.normalize("NFKC", chr(code))))) + "]+")


def compact(text: str) -> str:
    """Normalised text with every run of separators reduced to one space."""
    return _SEPARATORS.sub(" ", normalize(_SEPARATOR_FORMS.sub(" ", text))).strip()


def is_cjk(char: str) -> bool:
    return bool(_IS_CJK.match(char))


def _runs(piece: str):
    """Split a space-free compact piece into CJK and non-CJK runs: [(is_cjk, run), ...]."""
    return [(bool(_IS_CJK.match(m.group())), m.group()) for m in _CJK_RUN.finditer(piece)]


def compact_tokens(compact_text: str) -> list[str]:
    """Index tokens of compact text, in text order (duplicates kept: term frequency feeds the ranking).

    Each CJK run gives its bigrams then its last character; each Latin/digit word one token. The
    order lets an index with positions find a CJK term as a phrase of consecutive bigrams. The index
    derives tokens from the stored compact text, so removing a document re-derives exactly the
    tokens that were added.
    """
    return _TOKENS.findall(compact_text)


# CJK runs and Latin/digit words of compact text, in order: index_text builds each run's bigrams
# with one C-level join instead of one regex attempt per character.
_RUNS_AND_WORDS = re.compile(f"([{_CJK_RANGES}]+)|([^\\s{_CJK_RANGES}]+)")


def index_text(compact_text: str) -> str:
    """" ".join(compact_tokens(compact_text)), about twice as fast: the text handed to SQLite's
    FTS5, whose 'ascii' tokenizer splits it on the spaces back into exactly those tokens."""
    out = []
    append = out.append
    for cjk, word in _RUNS_AND_WORDS.findall(compact_text):
        if cjk:
            if len(cjk) > 1:
                append(" ".join(map(add, cjk, cjk[1:])))
            append(cjk[-1])
        else:
            append(word[:MAX_WORD_CHARS])
    return " ".join(out)


def _cjk_table():
    """(bool per BMP code point, [(low, high)] beyond the BMP) of _CJK_RANGES."""
    import numpy as np

    ranges, i = [], 0
    while i < len(_CJK_RANGES):
        if _CJK_RANGES[i + 1 : i + 2] == "-":
            ranges.append((ord(_CJK_RANGES[i]), ord(_CJK_RANGES[i + 2])))
            i += 3
        else:
            ranges.append((ord(_CJK_RANGES[i]),) * 2)
            i += 1
    table = np.zeros(0x10000, dtype=bool)
    for low, high in ranges:
        if low < 0x10000:
            table[low : min(high, 0xFFFF) + 1] = True
    return table, [(low, high) for low, high in ranges if high > 0xFFFF]


_CJK_TABLE = None
_LONG_WORD = re.compile(f"[^\\s{_CJK_RANGES}]{{{MAX_WORD_CHARS + 1}}}")


def index_texts(compact_texts: list[str]) -> list[str]:
    """[index_text(t) for t in compact_texts], for thousands at once: array operations over all
    their code points instead of Python work per CJK run (three times faster on a rebuild)."""
    global _CJK_TABLE
    if len(compact_texts) < 50 or any("\n" in t for t in compact_texts):
        return [index_text(t) for t in compact_texts]
    import numpy as np

    if _CJK_TABLE is None:
        _CJK_TABLE = _cjk_table()
    table, astral = _CJK_TABLE
    # One string, "\n" after each text (compact text has none); every code point becomes up to
    # three output code points: the character, the next one (a bigram) or a space, a space.
    joined = "\n".join(compact_texts) + "\n"
    chars = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    n = chars.size
    cjk = table[np.minimum(chars, 0xFFFF)]
    beyond = chars > 0xFFFF
    if beyond.any():
        extra = np.zeros(n, dtype=bool)
        for low, high in astral:
            extra |= (chars >= low) & (chars <= high)
        cjk = np.where(beyond, extra, cjk)
    newline = chars == 10
    latin = ~(cjk | newline | (chars == 32))
    following = np.append(chars[1:], np.uint32(32))
    bigram = cjk & np.append(cjk[1:], False)
    latin_end = latin & ~np.append(latin[1:], False)
    latin_kept = latin
    if _LONG_WORD.search(joined):
        # A Latin/digit word is kept up to MAX_WORD_CHARS, then a space.
        at = np.arange(n)
        starts = latin & ~np.insert(latin[:-1], 0, False)
        in_word = at - np.maximum.accumulate(np.where(starts, at, 0))
        latin_kept = latin & (in_word < MAX_WORD_CHARS)
        latin_end = latin_kept & (~np.append(latin[1:], False) | (in_word == MAX_WORD_CHARS - 1))
    out = np.empty((n, 3), dtype=np.uint32)
    out[:, 0] = chars
    out[:, 1] = np.where(bigram, following, np.uint32(32))
    out[:, 2] = 32
    keep = np.empty((n, 3), dtype=bool)
    keep[:, 0] = cjk | latin_kept | newline
    keep[:, 1] = cjk | latin_end
    keep[:, 2] = bigram
    tokens = out[keep].tobytes().decode("utf-32-le")
    return [text[:-1] for text in tokens.split("\n")[:-1]]  # each ends with its last token's space


def document_tokens(text: str) -> list[str]:
    """Index tokens of any text."""
    return compact_tokens(compact(text))


@dataclass(frozen=True)
class Token:
    text: str
    prefix: bool = False  # match any index token starting with text


@dataclass(frozen=True)
class Term:
    """One space-separated part of a query."""

    compact: str  # what must occur in the document's compact text
    tokens: tuple[Token, ...]

    @property
    def needs_verify(self) -> bool:
        """One token alone is exact; several tokens can match apart and need the substring check
        (so does 哈哈哈, whose two bigrams are the same token)."""
        return len(self.tokens) > 1 or _CJK_RUN3.search(self.compact) is not None

    @property
    def cjk_only(self) -> bool:
        """Only CJK characters (no space, Latin or digit): its tokens or phrase say exactly whether
        it occurs in a text, so it needs no substring check in any field."""
        return _CJK_ONLY.fullmatch(self.compact) is not None

    @property
    def exact_phrase(self) -> bool:
        """A CJK-only term of three or more characters: its phrase() alone decides a match."""
        return len(self.compact) >= 3 and _CJK_ONLY.fullmatch(self.compact) is not None

    def phrase(self) -> tuple[list[str], bool] | None:
        """The index tokens the term gives at consecutive positions (see compact_tokens), and
        whether the last one is a prefix; None for a one-token term or an over-long word.

        A document containing the term has this phrase. For a CJK-only term the converse holds
        too; for mixed terms a separator between CJK and Latin is invisible to tokens, so the
        substring check still decides (on the few documents that have the phrase).
        """
        runs = [run for piece in self.compact.split() for run in _runs(piece)]
        sequence, prefix = [], False
        for n, (cjk, run) in enumerate(runs):
            last = n == len(runs) - 1
            if not cjk:
                if len(run) > MAX_WORD_CHARS:
                    return None
                sequence.append(run)
                prefix = last  # "covid" finds covid19
            elif last and len(run) == 1:
                sequence.append(run)
                prefix = True  # the document's run may go on: a bigram starting here
            else:
                sequence += [run[i : i + 2] for i in range(len(run) - 1)]
                if not last:
                    sequence.append(run[-1])  # the run ends inside the term, as it must in the document
        return (sequence, prefix) if len(sequence) > 1 else None


def term_tokens(term_compact: str) -> tuple[Token, ...]:
    """Tokens a document must contain for term_compact to occur in it."""
    pieces = term_compact.split()
    tokens = []
    for p, piece in enumerate(pieces):
        runs = _runs(piece)
        for r, (cjk, run) in enumerate(runs):
            at_end = p == len(pieces) - 1 and r == len(runs) - 1
            if cjk and len(run) == 1:
                # A lone character: the first character of some bigram or a run's last character.
                tokens.append(Token(run, prefix=True))
            elif cjk:
                tokens.extend(Token(run[i : i + 2]) for i in range(len(run) - 1))
            else:
                # Latin/digits match whole words, except at the end of the term (typing "covid" finds covid19).
                word = run[:MAX_WORD_CHARS]
                tokens.append(Token(word, prefix=at_end or len(run) > MAX_WORD_CHARS))
    unique = []
    for token in tokens:
        if token not in unique:
            unique.append(token)
    return tuple(unique)


def clean_query(q: str) -> str:
    """User input made safe to parse: bounded length, no control characters."""
    q = (q or "")[:MAX_QUERY_CHARS]
    return "".join(" " if unicodedata.category(c)[0] == "C" else c for c in q)


_QUOTED = re.compile(r'"([^"]*)"?|\u201c([^\u201d]*)\u201d?|([^\s"\u201c]+)')


def parse_query(q: str) -> list[tuple[Term, bool]]:
    """(term, quoted) pairs: whitespace separates terms (AND); "…" or “…” makes one literal term
    (spaces inside it are gaps, and synonyms don't expand it)."""
    terms, seen = [], set()
    for m in _QUOTED.finditer(normalize(clean_query(q))):
        quoted = m.group(3) is None
        term_compact = compact(m.group(1) or m.group(2) or m.group(3) or "")
        if not term_compact:
            continue
        term = Term(term_compact, term_tokens(term_compact))
        if term.tokens and term not in seen:
            seen.add(term)
            terms.append((term, quoted))
    return terms[:MAX_TERMS]


def query_terms(q: str) -> list[Term]:
    """Terms of a query (see parse_query); punctuation inside a term is kept as a gap."""
    return [term for term, _ in parse_query(q)]


def compact_with_map(text: str) -> tuple[str, list[int]]:
    """compact() plus, for each character of the result, the index of the original character it came from.

    Used to put highlights back on the original text; per-character NFKC, which differs from
    compact() only for combining sequences.
    """
    out, where = [], []
    pending_space = None
    for i, char in enumerate(text):
        for c in unicodedata.normalize("NFKC", char).lower():
            if _SEPARATORS.fullmatch(c) is None:
                if pending_space is not None and out:
                    out.append(" ")
                    where.append(pending_space)
                pending_space = None
                out.append(c)
                where.append(i)
            elif pending_space is None:
                pending_space = i
    return "".join(out), where


def _term_pattern(term: Term) -> "re.Pattern":
    # A space in the compact term stands for any run of separators in the normalised text.
    return re.compile(r"[\W_]+".join(re.escape(piece) for piece in term.compact.split(" ")))


def highlight_spans(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans of the original text where any term occurs."""
    normalized = normalize(text)
    spans = []
    if len(normalized) == len(text):
        # The usual case: normalisation kept every character in place, so offsets carry over.
        for term in terms:
            spans += [m.span() for m in _term_pattern(term).finditer(normalized)]
    else:
        squeezed, where = compact_with_map(text)
        for term in terms:
            needle = term.compact
            start = squeezed.find(needle)
            while start != -1:
                end = start + len(needle) - 1
                spans.append((where[start], where[end] + 1))
                start = squeezed.find(needle, start + 1)
    spans.sort()
    merged = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# PostgreSQL's index (backends.PostgresBackend) has no positions: instead of bigrams it indexes,
# at every character of the compact text, the GRAM_CHARS characters starting there (fewer at the
# end; spaces included, since a gram is only ever matched by its start). A term of up to
# GRAM_CHARS characters is then one exact token or prefix: no substring check.
GRAM_CHARS = 4


@dataclass(frozen=True)
class GramQuery:
    """How PostgreSQL finds a term: grams (text, prefix), all present; then, if `check`, the
    compact term as a substring; if `word_start`, beginning a Latin/digit word."""

    grams: tuple[tuple[str, bool], ...]
    check: bool
    word_start: bool


def gram_query(term_compact: str) -> GramQuery:
    """The grams a document containing term_compact has, and what they leave to check."""
    grams = []
    pieces = term_compact.split()
    for piece in pieces:
        if len(piece) <= GRAM_CHARS:
            grams.append((piece, len(piece) < GRAM_CHARS))
        else:
            grams += [(piece[i : i + GRAM_CHARS], False) for i in range(0, len(piece) - GRAM_CHARS, GRAM_CHARS)]
            grams.append((piece[-GRAM_CHARS:], False))
    unique = tuple(dict.fromkeys(grams))
    long_piece = any(len(piece) > GRAM_CHARS for piece in pieces)
    # The other index starts a Latin/digit token only at a word's first character (a term's last
    # word may be a prefix of a longer one, but not its tail): the same rule, checked here.
    starts_word = bool(term_compact) and not is_cjk(term_compact[0])
    return GramQuery(unique, len(pieces) > 1 or long_piece, starts_word)
