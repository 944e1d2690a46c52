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
    """`re.compile(pattern, flags)`, its program read from the cache when it is there."""
    if not _ENGINE:
        return re.compile(pattern, flags)
    try:
        program = remember("regex", f"{_ENGINE}|{int(flags)}|{pattern}", lambda: _program(pattern, flags))
        return _sre.compile(pattern, *program)
    except (TypeError, AttributeError, RuntimeError, ValueError):  # internals not as expected
        return re.compile(pattern, flags)


def _program(pattern: str, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` passes to `_sre.compile` after the pattern's text."""
    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]  # marshal takes no int subclass (opcodes, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
