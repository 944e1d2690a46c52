"""Extraction on the layouts of issue 13 (spec/layouts.md §7-9, traditional text): targets
and their fields in prose, in a paragraph of main targets, in milestones.

Every sentence is written for this test (places and figures made up).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from govmetrics.extract.roles import analyse

D = Decimal


def _targets(text: str, year: int | None = 2019) -> list[dict]:
    return [t.to_dict() for t in analyse(text, year=year).targets]


@pytest.mark.parametrize("text,expected", [
    # traditional characters: the verbs and commitment words read, the words kept as written
    ("確保全縣生產總值增長7.5%左右，企業投資項目審批時間壓縮50%。", [
        dict(surface="7.5%左右", action="增長", commitment="firm", kind="growth", direction="up"),
        dict(surface="50%", action="壓縮", commitment="firm", kind="growth", direction="down"),
    ]),
    ("力爭城鄉居民養老保險參保率達到97%以上。", [
        dict(surface="97%以上", action="達到", commitment="aim", kind="level", indicator="城鄉居民養老保險參保率"),
    ]),
    ("開工建設保障性住房900套。", [
        dict(surface="900套", action="開工建設", kind="increment", indicator="保障性住房"),
    ]),
])
def test_traditional_text(text: str, expected: list[dict]) -> None:
    found = _targets(text)
    assert len(found) == len(expected), found
    for got, want in zip(found, expected):
        assert {k: got[k] for k in want} == want
