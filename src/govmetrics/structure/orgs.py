"""Unit lists: split a written list of units (or leaders) into names, and link two
spellings of one unit through the alias table (`data/org_aliases.toml`).

Splitting follows the spec: on 、，, ; outside brackets, never on 及 / 和; a trailing 等
is dropped and opens the list, and X等Y splits into X and the catch-all Y. Names are
kept as written (only trimmed); a bracket that is a note (列第一位者为…,下同) is removed
and a bracket that says 牵头 marks its unit as the lead (a role word of
`lexicon/roles`). The word lists are in `data/structure.toml` [units].
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Iterable, Iterator

from ..lexicon import compiled, table
from ..lexicon.labels import alternation, char_class, data, fold, words
from ..lexicon.roles import role_marks


@dataclass(frozen=True)
class UnitList:
    """A split unit list: `names` as written, in order; `open` when 等 left it open;
    `lead` the names marked (牵头); `notes` the bracketed notes removed from names."""

    names: tuple[str, ...] = ()
    open: bool = False
    lead: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@cache
def _brackets() -> dict[str, str]:
    return {pair[0]: pair[1] for pair in data()["units"]["brackets"]}


@cache
def _openers() -> re.Pattern[str]:
    return compiled.compile(char_class(_brackets()))


@cache
def _lead_rule_re(kind: str = "first") -> re.Pattern[str]:
    rule = data()["lead_rule"]
    which = alternation(fold(w) for w in rule[kind])
    lead = alternation(fold(w) for w in rule["lead"])
    window = int(rule["window"])
    return compiled.compile(f"{which}.{{0,{window}}}?{lead}|{lead}.{{0,{window}}}?{which}")


def states_lead_rule(text: str, kind: str = "first") -> bool:
    """Whether `text` says that the first listed responsible unit leads (列第一位者为工作牵头单位),
    or with `kind` "heading" that the unit a heading names leads its tasks (标题所列单位为…牵头单位);
    also where a PDF or OCR line break cuts its words (…为牵⏎头单位)."""
    folded = fold(text)
    return _lead_rule_re(kind).search(_BREAK.sub("", folded) if "\n" in folded else folded) is not None


@cache
def _bracket_chars() -> re.Pattern[str]:
    return compiled.compile(char_class([*_brackets(), *_brackets().values()]))


def has_brackets(text: str) -> bool:
    """Whether `text` opens a bracket (else every character of it stands at the top level)."""
    return _openers().search(text) is not None


def top_level(text: str) -> Iterator[tuple[int, int]]:
    """(index, depth) for each character of `text`, depth counting open brackets.

    A closing bracket has the depth of its group; an unmatched closer is ignored.
    """
    closers = _brackets()
    stack: list[str] = []
    for i, ch in enumerate(text):
        if stack and ch == stack[-1]:
            yield i, len(stack)
            stack.pop()
            continue
        if ch in closers:
            stack.append(closers[ch])
        yield i, len(stack)


@lru_cache(maxsize=64)
def _marks(separators: tuple[str, ...]) -> re.Pattern[str]:
    """The brackets and the separator characters: the only characters `split_top` looks at."""
    return compiled.compile(char_class([*_brackets(), *_brackets().values(), *separators]))


def split_top(text: str, separators: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of `text` between separator characters that stand outside brackets."""
    closers, seps = _brackets(), tuple(separators)
    spans, start, stack = [], 0, []
    for m in _marks(seps).finditer(text):  # found in C: the other characters never count
        i, ch = m.start(), m.group()
        if stack and ch == stack[-1]:
            stack.pop()
        elif ch in closers:
            stack.append(closers[ch])
        elif not stack and ch in seps:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return spans


def bracket_groups(text: str) -> list[tuple[int, int]]:
    """Spans of the outermost bracket groups of `text`, brackets included."""
    if not _openers().search(text):
        return []
    closers = _brackets()
    groups: list[tuple[int, int]] = []
    stack: list[str] = []
    start = 0
    for m in _bracket_chars().finditer(text):  # only a bracket moves the depth: the rest are skipped in C
        i, ch = m.start(), m.group()
        if stack and ch == stack[-1]:
            stack.pop()
            if not stack:
                groups.append((start, i + 1))
        elif ch in closers:
            if not stack:
                start = i
            stack.append(closers[ch])
    return groups


def enclosed(text: str) -> bool:
    """Whether one bracket pair encloses all of `text`: (牵头单位:…;责任单位:…)."""
    if len(text) < 2 or _brackets().get(text[0]) != text[-1]:
        return False
    groups = bracket_groups(text)
    return bool(groups) and groups[0] == (0, len(text))


def _trim(name: str) -> str:
    """The name without the marks around it, and without a line break inside it: a PDF page
    wraps a list anywhere (市⏎文化广电旅游局, 各县（市、⏎区）人民政府), a name never holds one."""
    return _BREAK.sub("", name.strip("".join(data()["units"]["trim"])))


_BREAK = compiled.compile("[ \t\u3000]*[\r\n]+[ \t\u3000]*")


@cache
def _pinyin_re() -> re.Pattern[str]:
    return compiled.compile(f"[{data()['units']['pinyin_letters']} ]+")


def _strip_brackets(item: str) -> tuple[str, bool, list[str]]:
    """Remove note brackets, converter pinyin and lead marks from one item: (name, marked lead, notes)."""
    marks = role_marks()
    note_words = words("units", "note_words")
    lead, notes, out, pos = False, [], [], 0
    for s, e in bracket_groups(item):
        inner = fold(item[s + 1:e - 1]).strip()
        if marks.get(inner) == "lead_units":
            lead = True
        elif inner in marks or any(w in inner for w in note_words) or states_lead_rule(inner):
            notes.append(item[s + 1:e - 1])
        elif _pinyin_re().fullmatch(inner):
            pass  # converter pinyin after a character (layouts §11): 副市長(zhǎng) is 副市長
        else:
            continue
        out.append(item[pos:s])
        pos = e
    out.append(item[pos:])
    return "".join(out), lead, notes


def _split_open(name: str) -> tuple[list[str], bool]:
    """Apply the 等 rule to one name: (names, open)."""
    units = data()["units"]
    word = units["open_word"]
    folded = fold(name)
    if folded.endswith(word):
        return [_trim(name[: -len(word)])], True
    if word not in folded:
        return [name], False
    for i, depth in top_level(folded):
        if depth == 0 and folded.startswith(word, i) and i > 0:
            head, rest = _trim(name[:i]), _trim(name[i + len(word):])
            if any(w in fold(rest) for w in words("units", "catch_all")):
                return [head, rest], True
            if fold(rest) in words("units", "generic"):
                return [head], True
            break
    return [name], False


def _spaced(name: str) -> list[str]:
    """A name that is several names set apart by spaces (县发改局 县财政局 团县委, as a clerk
    types a list) when every part ends as a unit's name does ([units] office_ends); else itself."""
    parts = name.split()
    ends = tuple(data()["units"]["office_ends"])
    if len(parts) > 1 and all(len(p) >= 3 and fold(p).endswith(ends) for p in parts):
        return parts
    return [name]


@lru_cache(maxsize=4096)  # a section's units are read again for every task under it; lists recur
def split_units(text: str) -> UnitList:
    """Split a written unit (or leader) list into names, as the spec says.

    >>> split_units("市卫生健康委等,各县(市、区)政府(管委会)")
    UnitList(names=('市卫生健康委', '各县(市、区)政府(管委会)'), open=True, lead=(), notes=())
    """
    names: list[str] = []
    lead: list[str] = []
    notes: list[str] = []
    is_open = False
    for s, e in split_top(fold(text), data()["units"]["separators"]):
        item, marked, item_notes = _strip_brackets(text[s:e])
        notes.extend(item_notes)
        if states_lead_rule(item):
            notes.append(item)  # …、县总工会，列第一位者牵头: how to read the list, no unit
            continue
        item = _trim(item)
        if not item:
            continue
        parts, opened = _split_open(item)
        is_open = is_open or opened
        parts = [q for p in parts if p for q in _spaced(p)]
        names.extend(parts)
        if marked:
            lead.extend(parts)
    return UnitList(tuple(names), is_open, tuple(lead), tuple(notes))


@cache
def _aliases() -> tuple[re.Pattern[str], dict[str, str]]:
    key_of: dict[str, str] = {}
    for group in table("org_aliases")["unit"]:
        forms = [fold(f) for f in group["forms"]]
        for form in forms:
            key_of[form] = forms[0]
    return compiled.compile(alternation(key_of)), key_of


def canonical(name: str) -> str:
    """The key that links spellings of one unit: 市发改委 and 市发展改革委 give the same key."""
    pattern, key_of = _aliases()
    folded = fold(name).strip()
    return pattern.sub(lambda m: key_of[m.group(0)], folded, count=1)


def link_units(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Group written unit names by their key: {key: (spellings in order of first use)}."""
    groups: dict[str, list[str]] = {}
    for name in names:
        forms = groups.setdefault(canonical(name), [])
        if name not in forms:
            forms.append(name)
    return {k: tuple(v) for k, v in groups.items()}
