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


@pytest.mark.parametrize(("pattern", "led"), [
    # alternatives led by classes or groups: the engine has no shortcut, the lookahead gives one
    (r"(?:19|20)\d{2}年|[一二三四五六七八九十]{1,3}月|每季度", True),
    (r"(?:^|(?<=[，。]))(?P<label>牵头单位|责任单位)[:：]", True),
    # the engine's own shortcuts (a literal, a class, alternatives each led by a literal), a
    # pattern whose match may be empty or begin with any character: left as written
    (r"牵头单位[:：]", False),
    (r"[0-9]+个", True),  # (a repeat first: no shortcut of the engine's)
    (r"甲|乙|丙", False),
    (r"(?:[0-9]+)?个", True),
    (r"[0-9]*", False),
    (r".{2}年", False),
    (r"[^，]+年", False),
])
def test_a_pattern_is_led_by_the_characters_its_matches_begin_with(pattern: str, led: bool) -> None:
    from re import _parser

    text = compiled._led(pattern, _parser.parse(pattern).data, 0)
    assert text.startswith("(?=[") == led
    sample = "2021年，牵头单位：市发改委；三月，每季度报送5个，十二月完成10个甲乙。"
    plain, fast = re.compile(pattern), re.compile(text)
    assert [m.span() for m in fast.finditer(sample)] == [m.span() for m in plain.finditer(sample)]
    assert [m.span() for m in plain.finditer(sample)]  # the sample holds matches to compare


_EVERY_PATTERN = """
import json, re, sys
from pathlib import Path
from govmetrics.lexicon import compiled
seen, original = set(), compiled.compile
def recording(pattern, flags=0):
    seen.add((pattern, int(flags)))
    return original(pattern, flags)
compiled.compile = recording
import govmetrics
root = Path(sys.argv[1])
text = "".join(p.read_text(encoding="utf-8") for p in sorted((root / "corpora").glob("*.txt")))
govmetrics.read(root / "corpora" / "quzhou-2021.txt")
differ = [p[:80] for p, f in seen if original(p, f).pattern != p or
          [m.span() for m in original(p, f).finditer(text)] != [m.span() for m in re.compile(p, f).finditer(text)]]
print(json.dumps({"patterns": len(seen), "differ": differ}))
"""


def test_the_projects_patterns_match_as_written_on_the_corpora(cache: Path) -> None:
    """Every pattern the stages compile finds, led, what `re` finds with the pattern as written,
    and keeps its text (rules build patterns from others' text). In a process of its own, so
    that every pattern is built afresh."""
    import json
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", _EVERY_PATTERN, str(ROOT)], capture_output=True, text=True,
                         check=True)
    got = json.loads(run.stdout)
    assert got["patterns"] > 100
    assert got["differ"] == []
