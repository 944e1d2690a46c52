"""Documents in traditional characters give the targets, deadlines and tasks of their simplified form.

The rules read the folded text (`lexicon.folding.fold`, one character for one) and the
results quote the original: 個 stays 個 in a unit, 增長 in an action, 學位 in an indicator.
The corpora are converted with OpenCC (s2t, s2tw, s2hk), one character at a time so that
every offset holds, and must give the same values at the same places.
"""

from __future__ import annotations

import opencc
import pytest
from conftest import CORPUS_IDS, corpus_text

import govmetrics
from govmetrics.lexicon.folding import fold, is_folded


def _char_by_char(text: str, config: str) -> str:
    cc = opencc.OpenCC(config)
    table = {c: cc.convert(c) for c in set(text)}
    return "".join(table[c] if len(table[c]) == 1 else c for c in text)


def test_fold_keeps_length_and_offsets() -> None:
    text = "新增學位3600個，建成停車場8處、新增戶數800戶，年內完成造林2.5萬畝。"
    folded = fold(text)
    assert len(folded) == len(text) and folded == "新增学位3600个，建成停车场8处、新增户数800户，年内完成造林2.5万亩。"
    assert fold(folded) is folded and is_folded(folded) and not is_folded(text)


def test_traditional_sentences_quote_the_original() -> None:
    got = govmetrics.extract_targets("確保新增學位3600個，全省生產總值增長7.5%左右，收入提高六個百分點", year=2016)
    assert [(t.surface, str(t.value), t.unit, t.action, t.indicator, t.commitment) for t in got] == [
        ("3600個", "3600", "個", "新增", "學位", "firm"),
        ("7.5%左右", "7.5", "%", "增長", "全省生產總值", "firm"),
        ("六個百分點", "6", "百分点", "提高", "收入", "firm"),
    ]


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_a_corpus_in_traditional_characters_gives_the_same_results(doc_id: str, config: str) -> None:
    simplified = corpus_text(doc_id)
    traditional = _char_by_char(simplified, config)
    assert traditional != simplified
    a = govmetrics.parse_document(simplified, source=f"{doc_id}.txt")
    b = govmetrics.parse_document(traditional, source=f"{doc_id}.txt")
    assert [(t.start, t.number) for t in b.tasks] == [(t.start, t.number) for t in a.tasks]
    key = lambda t: (t.start, t.end, t.value, t.low, t.high, fold(t.unit or ""), t.comparator, t.kind)  # noqa: E731
    assert [key(t) for _, t in b.targets()] == [key(t) for _, t in a.targets()]
    assert [(d.start, d.due) for _, d in b.deadlines()] == [(d.start, d.due) for _, d in a.deadlines()]
    assert all(traditional[t.start:t.end] == t.surface for _, t in b.targets())
