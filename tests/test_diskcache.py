"""The per-machine cache of derived values (lexicon/diskcache.py): built once, read back the same, never trusted when damaged."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from govmetrics import lexicon
from govmetrics.lexicon import diskcache, folding, wordsets


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(diskcache.CACHE_ENV, str(tmp_path))
    return tmp_path


class Builder:
    """A build function that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_a_value_is_built_once_and_read_back_equal(cache: Path) -> None:
    value = {"words": ["牵头单位", "责任单位"], "window": 8, "share": 0.25, "nested": {"on": True}}
    build = Builder(value)
    assert diskcache.remember("test", "key", build) == value
    assert diskcache.remember("test", "key", build) == value
    assert build.calls == 1
    assert diskcache.remember("test", "another key", build) == value
    assert build.calls == 2
    assert len(list((cache / "test").iterdir())) == 2


def test_a_damaged_file_is_built_again(cache: Path) -> None:
    build = Builder(["一", "二", "三"])
    diskcache.remember("test", "key", build)
    (stored,) = (cache / "test").iterdir()
    data = bytearray(stored.read_bytes())
    data[-3] ^= 0x01  # one bit of the payload: still loadable by marshal, so only the digest tells
    stored.write_bytes(bytes(data))
    assert diskcache.remember("test", "key", build) == ["一", "二", "三"]
    stored.write_bytes(b"")
    assert diskcache.remember("test", "key", build) == ["一", "二", "三"]
    assert build.calls == 3


def test_a_value_marshal_cannot_store_is_used_not_kept(cache: Path) -> None:
    value = Builder(None)  # an object of a class: not a plain value
    assert diskcache.remember("test", "key", lambda: value) is value
    assert not (cache / "test").exists() or not any((cache / "test").iterdir())


def test_no_folder_means_every_call_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(diskcache.CACHE_ENV, "")
    build = Builder(1)
    diskcache.remember("test", "key", build)
    diskcache.remember("test", "key", build)
    assert build.calls == 2


@pytest.fixture
def fresh_tables(cache: Path) -> Iterator[None]:
    lexicon.table.cache_clear()
    folding._table.cache_clear()
    yield
    lexicon.table.cache_clear()
    folding._table.cache_clear()


def test_tables_read_back_are_the_files_parsed(cache: Path, fresh_tables: None) -> None:
    for name in ("units", "structure", "deadlines"):
        path = Path(lexicon.data_path(f"{name}.toml"))
        parsed = tomllib.loads(path.read_text(encoding="utf-8"))
        assert lexicon.table(name) == parsed  # built and stored
        lexicon.table.cache_clear()
        assert lexicon.table(name) == parsed  # read back from the folder
    assert len(list((cache / "tables").iterdir())) == 3


def test_folding_and_word_patterns_read_back_are_the_same(cache: Path, fresh_tables: None) -> None:
    built = folding._table()[0]
    folding._table.cache_clear()
    assert folding._table()[0] == built
    assert folding.fold("牽頭單位：縣發改局") == "牵头单位：县发改局"
    words = ["吨", "吨标煤", "个", "个百分点", "万亩"]
    pattern = wordsets.alternation(words)
    assert wordsets.alternation(reversed(words)) == pattern  # read back, whatever the order given
    assert wordsets.compile_words(words).match("吨标煤").group() == "吨标煤"


_READ_A_LATIN_UNIT = """
import sys
import govmetrics
document = govmetrics.read("一、新建充电桩5000 kW，敷设管网3.5 km。".encode(), name="latin.txt")
print(",".join(t.unit for _, t in document.targets()))
print("quantulum3.parser" in sys.modules)
"""


def test_a_latin_unit_met_before_is_read_without_quantulum3(cache: Path) -> None:
    """quantulum3's first parse costs seconds in a process; what it said of a unit is read back."""
    import subprocess
    import sys

    runs = [subprocess.run([sys.executable, "-c", _READ_A_LATIN_UNIT], capture_output=True, text=True, check=True,
                           env={**os.environ, diskcache.CACHE_ENV: str(cache)}).stdout.split() for _ in range(2)]
    assert runs[0][0] == runs[1][0]  # the same unit, asked of quantulum3 or read back
    assert runs[0][1] == "True" and runs[1][1] == "False"
    assert len(list((cache / "quantulum3").iterdir())) == 2  # kW and km
