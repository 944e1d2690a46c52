"""The project's regexes compiled once per machine: their compiled programs kept on disk.

Every pattern the stages keep (module constants, the patterns built from the data tables)
is compiled through `compile` here. Why by hand: Python's `re` keeps compiled patterns in
memory only, and the number grammar (`numbers/chinese.py`, every variant spelling of every
place) and the quantity pattern built on it are ~70,000-character patterns that take
0.3-0.4 s each to compile; the ~200 others, built from the word lists, took 0.15 s more.
Every process paid that: each CLI run and each `--jobs` worker, more than reading a
folder of twenty documents takes. No library keeps compiled `re` programs (pickling a
pattern stores its text and compiles it again), so this module keeps what CPython's
compiler hands to `_sre.compile` (the program as a list of integers, the group names) in
the cache of `diskcache.py`, keyed by the pattern, its flags and the regex engine's magic
number, and gives it back to `_sre.compile`, which validates the program. Anything
unexpected (another Python implementation, a changed internal signature) falls back to
`re.compile`: the result never depends on the cache, only the time to get it.

The program kept is that of the pattern led by a lookahead on the characters its matches can
begin with, where the engine has no such shortcut itself (`_led`, below): a search then passes
over every other character in C. The pattern's text, groups and matches stay as written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .diskcache import remember

try:  # CPython's regex internals; elsewhere every pattern is compiled as usual
    import _sre
    from re import _compiler, _constants, _parser
    _ENGINE = f"{_constants.MAGIC}|{_sre.MAGIC}"
except ImportError:  # pragma: no cover - not CPython
    _ENGINE = ""


@lru_cache(maxsize=1024)  # as `re` keeps its own: a pattern asked for again costs a lookup
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, its program read from the cache when it is there, and led
    by a lookahead on the characters its matches can begin with where the engine finds no such
    shortcut itself (`_led`): the same matches, found faster in a long text."""
    if not _ENGINE:
        return re.compile(pattern, flags)
    try:
        program = remember("regex", f"{_ENGINE}|led|{int(flags)}|{pattern}", lambda: _program(pattern, flags))
        # The text stays the pattern as written (rules build patterns from others' text), the
        # program is the led one: the same groups, the same matches.
        return _sre.compile(pattern, *program)
    except (TypeError, AttributeError, RuntimeError, ValueError):  # internals not as expected
        return re.compile(pattern, flags)


def _program(pattern: str, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` passes to `_sre.compile` after the pattern's text, for the
    pattern led by the characters its matches begin with (`_led`)."""
    parsed = _parser.parse(pattern, flags)
    led = _led(pattern, parsed.data, flags)
    if led != pattern:
        parsed = _parser.parse(led, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]  # marshal takes no int subclass (opcodes, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


# Why by hand: a search tries the pattern at every position of the text. The engine skips
# positions in C only when the pattern begins with a literal, a character class, or
# alternatives that each begin with a literal; the project's patterns are mostly unions of
# alternatives built from the data (labels of every numbering style, every kind of time or
# date), which it tries one by one everywhere. A lookahead on the characters any of them can
# begin with, read off the parsed pattern, gives them the same shortcut.
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _led(pattern: str, seq: Any, flags: int) -> str:
    """`pattern`, led by a lookahead on the characters its matches begin with when the engine
    has no shortcut of its own and those characters are known (`_first`)."""
    if flags & re.IGNORECASE or _GLOBAL_FLAGS.match(pattern) or _engine_prefix(seq):
        return pattern
    found = _first(seq)
    if found is None or found[1]:
        return pattern  # a match may be empty, or begin anywhere
    return f"(?=[{''.join(sorted(found[0]))}])(?:{pattern})"


def _engine_prefix(seq: Any) -> bool:
    """Whether the engine skips to a pattern's first character itself (re._compiler's prefix
    and charset shortcuts: a literal, a class, alternatives each led by a literal), or the
    pattern is anchored (^ without MULTILINE, \\A: tried at one position)."""
    while seq and str(seq[0][0]) == "SUBPATTERN":
        seq = seq[0][1][3]
    if not seq:
        return True
    op, av = seq[0]
    name = str(op)
    if name in ("LITERAL", "IN") or (name == "AT" and str(av) in ("AT_BEGINNING", "AT_BEGINNING_STRING")):
        return True
    return name == "BRANCH" and all(b and str(b[0][0]) == "LITERAL" for b in av[1])


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


def _first(seq: list[Any]) -> tuple[set[str], bool] | None:
    """(class pieces a match of the parsed sequence `seq` can begin with, whether it may be empty)."""
    out: set[str] = set()
    for op, av in seq:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: the next element begins the match
        if name == "LITERAL":
            return out | {re.escape(chr(av))}, False
        if name == "IN":
            pieces = _class(av)
            return (out | pieces, False) if pieces is not None else None
        if name == "SUBPATTERN":
            if av[1] & re.IGNORECASE:
                return None
            inner = _first(av[3].data if hasattr(av[3], "data") else av[3])
        elif name == "BRANCH":
            branches = [_first(b.data if hasattr(b, "data") else b) for b in av[1]]
            if any(b is None for b in branches):
                return None
            inner = set().union(*(b[0] for b in branches)), any(b[1] for b in branches)  # type: ignore[index]
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            item = _first(av[2].data if hasattr(av[2], "data") else av[2])
            inner = None if item is None else (item[0], item[1] or av[0] == 0)
        else:
            return None  # any character, a back reference, a conditional: not known
        if inner is None:
            return None
        out |= inner[0]
        if not inner[1]:
            return out, False
    return out, True


def _class(items: list[Any]) -> set[str] | None:
    """The pieces of a character class (None for a negated one or one of unknown items)."""
    out = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(re.escape(chr(av)))
        elif name == "RANGE":
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.add(_CATEGORIES[str(av)])
        else:
            return None
    return out
