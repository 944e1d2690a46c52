"""Every `>>>` example in README.md and docs/*.md runs, so the docs cannot go stale."""

from __future__ import annotations

import doctest
import os
from pathlib import Path

import pytest
from conftest import ROOT

PAGES = [p for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))] if ">>> " in p.read_text(encoding="utf-8")]


def test_the_quickstart_has_examples() -> None:
    assert ROOT / "docs" / "quickstart.md" in PAGES


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples name files as `corpora/...`
    result = doctest.testfile(
        os.fspath(page), module_relative=False, encoding="utf-8", report=True,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert result.attempted > 0
    assert result.failed == 0, f"{result.failed} example(s) in {page.name} failed (see the output above)"
