"""Values derived from the data tables, computed once per machine and read back by every later process.

A process of govmetrics (each CLI run, each `--jobs` worker) starts by turning the data
tables into what the rules match with: the parsed TOML tables, the traditional-to-simplified
folding table, the word lists as trie-shaped patterns, and the regexes' compiled programs
(`compiled.py`). Building them took most of a process's start. `remember(kind, key, build)`
keeps what `build()` returns in a per-user cache folder under a name made from `key` (which
must name everything the value depends on: the table's bytes, the word list, the Python
build) and gives it back afterwards.

Why by hand: the values are plain (str, int, list, dict, tuple), so `marshal` stores and reads
them faster than pickle or a database would, and nothing but this project writes the folder.
Each file carries the CRC-32 of its payload (the cache is the user's own, so the check is
against damage, not against an attacker): a damaged file is never read as a value, it is
built again. Anything unexpected (an unwritable or unreadable folder, a value marshal cannot
store) falls back to `build()`: the result never depends on the cache, only the time to get it.

The folder is `$GOVMETRICS_CACHE`, else the platform's per-user cache folder; an empty
`GOVMETRICS_CACHE` turns the cache off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

CACHE_ENV = "GOVMETRICS_CACHE"
# Part of every key: marshal's format and the values' meaning may change with the Python build.
_PYTHON = f"{sys.implementation.name}|{sys.version}|{marshal.version}"
_CHECK = 4  # bytes of the CRC-32 before the payload

T = TypeVar("T")
_MISSING: Any = object()


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is off."""
    env = os.environ.get(CACHE_ENV)
    if env is not None:
        return Path(env).expanduser() if env else None
    return _platform_dir()


@cache
def _platform_dir() -> Path:
    """The platform's per-user cache folder: asked once a process (each value read asks for it)."""
    import platformdirs  # only when no folder is set

    return Path(platformdirs.user_cache_dir("govmetrics"))


def remember(kind: str, key: str, build: Callable[[], T]) -> T:
    """`build()`, or the value it gave for the same `kind` and `key` in an earlier process."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / kind / f"{hashlib.sha256(f'{_PYTHON}|{key}'.encode()).hexdigest()}.marshal"
    found = _load(path)
    if found is not _MISSING:
        return found  # type: ignore[no-any-return]
    value = build()
    try:
        payload = marshal.dumps(value)
    except ValueError:  # not a plain value: used, not kept
        return value
    _store(path, zlib.crc32(payload).to_bytes(_CHECK, "big") + payload)
    return value


def _load(path: Path) -> Any:
    """The value stored at `path`, or `_MISSING` when there is none or it is damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return _MISSING
    payload = data[_CHECK:]
    if len(data) <= _CHECK or zlib.crc32(payload).to_bytes(_CHECK, "big") != data[:_CHECK]:
        return _MISSING
    try:
        return marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return _MISSING


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
