"""govmetrics.extract.targets on the real documents in corpora/.

Invariants hold on every whole document (covering letters, headers and boilerplate
included): offsets and surfaces, Decimal values, one role per number, no target inside a
name, code, date or quotes. The comparison with the hand-checked gold (task texts taken
from the gold task offsets, scored by tests/gold/score.py) is tested too.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest
from conftest import CORPUS_IDS, GOLD, corpus_text, gold_scorer

from govmetrics.extract.targets import classify, extract_targets, numbers_in
from govmetrics.model import ROLES

YEARS = {"quzhou-2021": 2021, "huzhou-2019": 2019, "cixi-2021": 2021, "xuchang-2020": 2020, "jinhua-2018": 2018}
# Things that must never hold a target: document numbers, dates, web addresses, quotes.
NEVER = re.compile(r"〔\d{4}〕\d*号|\d{4}-\d\d-\d\d|\d{4}年\d{1,2}月\d{1,2}日|https?://\S+|“[^”\n]{0,30}”")


def year_of(doc_id: str) -> int | None:
    return YEARS.get(doc_id)


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_targets_are_exact_slices_with_decimal_values(doc_id: str) -> None:
    text = corpus_text(doc_id)
    targets = extract_targets(text, year=year_of(doc_id))
    assert len(targets) > 20
    for t in targets:
        assert text[t.start:t.end] == t.surface
        assert t.surface == t.quantity.surface
        assert (t.value is None) != (t.low is None and t.high is None)
        for v in (t.value, t.low, t.high):
            assert v is None or isinstance(v, Decimal)
        assert t.comparator in ("=", ">=", ">", "<=", "<", "~")
        assert t.kind in ("level", "increment", "growth", "change")
        assert t.direction in (None, "up", "down")
        assert t.commitment in (None, "firm", "aim")
        assert t.deadline is None


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_no_target_inside_a_name_code_date_or_quotes(doc_id: str) -> None:
    text = corpus_text(doc_id)
    spans = [m.span() for m in NEVER.finditer(text)]
    for t in extract_targets(text, year=year_of(doc_id)):
        assert not any(s <= t.start < e for s, e in spans), (t.surface, text[t.start - 20:t.end + 5])
        before = text[t.quantity.number_start - 1:t.quantity.number_start]
        assert not (before.isascii() and before.isalpha()), t.surface  # PM2.5, G60


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_every_number_has_one_role_and_a_reason(doc_id: str) -> None:
    text = corpus_text(doc_id)
    mentions = numbers_in(text, year=year_of(doc_id))
    decisions = classify(text, year=year_of(doc_id))
    assert {m.start for m in mentions} >= {d.quantity.start for d in decisions}
    assert all(m.role in ROLES and m.reason for m in mentions)
    assert len({(m.start, m.end) for m in mentions}) == len(mentions)
    targets = sum(len(d.targets) for d in decisions if d.role == "target")
    assert targets == len(extract_targets(text, year=year_of(doc_id)))
    roles = {m.role for m in mentions}
    assert {"target", "date", "task_number", "name_or_code", "programme_name"} <= roles


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_headers_and_letters_give_no_targets(doc_id: str) -> None:
    """Before the first numbered task line there is only the header and the covering letter."""
    text = corpus_text(doc_id)
    first_task = re.search(r"(?m)^\s*(?:1[.．、]|[(（]一[)）])", text)
    assert first_task is not None
    assert [t.surface for t in extract_targets(text[:first_task.start()], year=year_of(doc_id))] == []



def test_gold_scores(tmp_path) -> None:
    """Targets of the gold task texts (each from its start to the end of its line) meet the goals."""
    for doc_id, year in YEARS.items():
        text = corpus_text(doc_id)
        rows = []
        for line in (GOLD / f"{doc_id}.tasks.jsonl").read_text(encoding="utf-8").splitlines():
            start = json.loads(line)["start"]
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            for t in extract_targets(text[start:end], year=year):
                row = dict(t.to_dict(), doc=doc_id)
                row["start"] += start
                row["end"] += start
                rows.append(json.dumps(row, ensure_ascii=False))
        (tmp_path / f"{doc_id}.targets.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    score = gold_scorer()
    summary = {}
    for doc_id in YEARS:
        gold = score.load(GOLD / f"{doc_id}.targets.jsonl")
        pred = score.load(tmp_path / f"{doc_id}.targets.jsonl")
        score.add(summary, score.score_targets(gold, pred), doc_id)
    strict = score.prf(*summary["strict"])
    attrs = {k: h / n for k, (h, n) in summary["attributes"].items()}
    assert strict["f1"] >= 0.95, strict
    assert attrs["comparator"] >= 0.97
    assert attrs["commitment"] >= 0.95
    assert attrs["kind"] >= 0.9
    assert attrs["indicator_char_f1"] >= 0.85
    assert attrs["action"] >= 0.9
    assert attrs["direction"] >= 0.9
