"""The disk cache of compiled regexes (lexicon/compiled.py): same pattern, same matches, never a failure."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from govmetrics.lexicon import compiled, diskcache
from govmetrics.numbers import NUMERAL_RE

ROOT = Path(__file__).resolve().parent.parent
TEXT = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt")))


def _matches(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(TEXT)]


@pytest.fixture(autouse=True)
def forgotten() -> Iterator[None]:
    """Each test starts with no pattern in this process's memory, so a call goes to the folder."""
    compiled.compile.cache_clear()
    yield
    compiled.compile.cache_clear()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(diskcache.CACHE_ENV, str(tmp_path))
    return tmp_path / "regex"


def test_a_cached_program_matches_as_the_pattern_compiled_afresh(cache: Path) -> None:
    fresh = re.compile(NUMERAL_RE.pattern)
    first = compiled.compile(NUMERAL_RE.pattern)
    assert len(list(cache.iterdir())) == 1
    compiled.compile.cache_clear()
    again = compiled.compile(NUMERAL_RE.pattern)  # read from the file just written
    expected = _matches(fresh)
    assert len(expected) > 1000
    for pattern in (first, again):
        assert (pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex) == (
            fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
        assert _matches(pattern) == expected


def test_flags_are_part_of_the_key(cache: Path) -> None:
    pattern = "(?:" + "|".join(f"item{i}" for i in range(60)) + ")"
    assert compiled.compile(pattern, re.IGNORECASE).match("ITEM7")
    assert compiled.compile(pattern).match("ITEM7") is None
    assert len(list(cache.iterdir())) == 2


def test_a_damaged_cache_file_is_compiled_again(cache: Path) -> None:
    compiled.compile(NUMERAL_RE.pattern)
    (stored,) = cache.iterdir()
    stored.write_bytes(stored.read_bytes()[:1000])  # truncated, as by a full disk
    compiled.compile.cache_clear()
    assert _matches(compiled.compile(NUMERAL_RE.pattern)) == _matches(NUMERAL_RE)
    stored.write_bytes(b"\xe3" * 64)  # not a program at all
    compiled.compile.cache_clear()
    assert _matches(compiled.compile(NUMERAL_RE.pattern)) == _matches(NUMERAL_RE)


def test_an_empty_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(diskcache.CACHE_ENV, "")
    assert diskcache.cache_dir() is None
    assert compiled.compile(NUMERAL_RE.pattern).pattern == NUMERAL_RE.pattern


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(diskcache.CACHE_ENV, str(blocker))
    assert _matches(compiled.compile(NUMERAL_RE.pattern)) == _matches(NUMERAL_RE)


def test_a_pattern_asked_for_again_comes_from_memory(cache: Path) -> None:
    first = compiled.compile(NUMERAL_RE.pattern)
    (stored,) = cache.iterdir()
    stored.unlink()
    assert compiled.compile(NUMERAL_RE.pattern) is first
    assert not any(cache.iterdir())
