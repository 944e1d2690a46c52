"""The big regexes compiled once per machine: a disk cache of their compiled programs.

Why by hand: Python's `re` keeps compiled patterns in memory only, and the number grammar
(`numbers/chinese.py`, every variant spelling of every place) and the quantity pattern
built on it are ~70,000-character patterns that take 0.3-0.4 s each to compile. Every
process paid that: each CLI run and each `--jobs` worker, more than reading a folder of
twenty documents takes. No library keeps compiled `re` programs (pickling a pattern
stores its text and compiles it again), so this module stores what CPython's compiler
hands to `_sre.compile` (the program as a list of integers, the group names), keyed by
the pattern, its flags, the Python build and the regex engine's magic number, and gives
it back to `_sre.compile`, which validates the program. Anything unexpected (another
Python implementation, a changed internal signature, an unreadable, truncated or
read-only cache) falls back to `re.compile`: the result never depends on the cache, only
the time to get it.

The cache folder is `$GOVMETRICS_CACHE`, else the platform's per-user cache folder; an
empty `GOVMETRICS_CACHE` turns the cache off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import platformdirs

CACHE_ENV = "GOVMETRICS_CACHE"
# Below this length compiling costs about what reading a cached program does.
_SHORT = 200

try:  # CPython's regex internals; elsewhere every pattern is compiled as usual
    import _sre
    from re import _compiler, _constants, _parser
    _ENGINE = f"{sys.version}|{_constants.MAGIC}|{_sre.MAGIC}"
except ImportError:  # pragma: no cover - not CPython
    _ENGINE = ""


def cache_dir() -> Path | None:
    """The folder of compiled programs, or None when the cache is off."""
    env = os.environ.get(CACHE_ENV)
    if env is not None:
        return Path(env).expanduser() / "regex" if env else None
    return Path(platformdirs.user_cache_dir("govmetrics")) / "regex"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, its program read from the cache when it is there."""
    folder = cache_dir()
    if not _ENGINE or folder is None or len(pattern) < _SHORT:
        return re.compile(pattern, flags)
    key = hashlib.sha256(f"{_ENGINE}|{int(flags)}|{pattern}".encode()).hexdigest()
    path = folder / f"{key}.marshal"
    try:
        return _sre.compile(pattern, *marshal.loads(path.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError, RuntimeError):
        pass  # not cached yet, or unreadable: compile it
    try:
        program = _program(pattern, flags)
        compiled = _sre.compile(pattern, *program)
    except (TypeError, AttributeError, RuntimeError):  # internals not as expected
        return re.compile(pattern, flags)
    _store(path, marshal.dumps(program))
    return compiled


def _program(pattern: str, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` passes to `_sre.compile` after the pattern's text."""
    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]  # marshal takes no int subclass (opcodes, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _store(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (a rename), so that a process reading
    it at the same time never sees half a file; a cache that cannot be written is skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as f:
            f.write(data)
        os.replace(name, path)
    except OSError:
        Path(name).unlink(missing_ok=True)
