"""`govmetrics.read` / `parse_document` on the corpora: tokens, targets, deadlines and numbers on every task."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema
import pytest
from conftest import CORPORA, GOLD, corpus_text

import govmetrics
import govmetrics.nlp.components
import govmetrics.structure
from govmetrics import Document, GovmetricsError, ReadError
from govmetrics.documents import find_documents, read_many
from govmetrics.extract.targets import extract_targets
from govmetrics.lexicon import data_path


@cache
def _read(doc_id: str) -> Document:
    return govmetrics.read(CORPORA / f"{doc_id}.txt")


@cache
def _schema() -> dict:
    return json.loads(Path(data_path("document.schema.json")).read_text(encoding="utf-8"))


def test_every_task_has_tokens_targets_and_deadlines(corpus_id: str) -> None:
    doc = _read(corpus_id)
    assert doc.text == corpus_text(corpus_id)
    assert doc.tasks
    for task in doc.tasks:
        assert task.tokens.text == task.text == doc.text[task.start:task.end]
        assert task.deadlines, task.number
        for target in task.targets:
            assert doc.text[target.start:target.end] == target.surface
            s, e = task.relative(target.start, target.end)
            assert task.text[s:e] == target.surface
            assert target.deadline is None or target.deadline.due is None or target.deadline.due.year >= 2018
        for deadline in task.deadlines:
            assert doc.text[deadline.start:deadline.end] == deadline.surface
        for number in task.numbers:
            assert doc.text[number.start:number.end] == number.surface


def test_targets_are_those_of_the_task_text(corpus_id: str) -> None:
    doc = _read(corpus_id)
    for task in doc.tasks:
        alone = [(t.start + task.start, t.surface, t.value, t.indicator)
                 for t in extract_targets(task.text, year=doc.meta.year)]
        assert [(t.start, t.surface, t.value, t.indicator) for t in task.targets] == alone


def test_a_number_is_a_target_exactly_when_its_role_says_so(corpus_id: str) -> None:
    for task in _read(corpus_id).tasks:
        target_spans = {(t.quantity.start, t.quantity.end) for t in task.targets}
        role_spans = {(n.start, n.end) for n in task.numbers if n.role == "target"}
        assert role_spans == target_spans, task.number


def test_written_deadlines_match_gold(corpus_id: str) -> None:
    doc = _read(corpus_id)
    gold = [json.loads(line) for line in (GOLD / f"{corpus_id}.deadlines.jsonl").read_text(encoding="utf-8").splitlines()]
    found = [(d.start, d.surface, d.due.isoformat() if d.due else None)
             for _, d in doc.deadlines() if not d.default]
    assert found == [(g["start"], g["surface"], g["due"]) for g in gold]


def test_a_period_in_the_section_heading_is_the_default_deadline() -> None:
    doc = _read("quzhou-2021")
    in_plan = [t for t in doc.tasks if "十四五" in t.section_title]
    in_year = [t for t in doc.tasks if t.section_title.startswith("政府工作报告2021年")]
    assert in_plan and in_year
    for task in in_plan:
        for d in task.deadlines:
            if d.default:
                assert d.due.isoformat() == "2025-12-31"
                assert all(t.deadline == d for t in task.targets)
    assert {d.due.isoformat() for t in in_year for d in t.deadlines if d.default} == {"2021-12-31"}


def test_output_validates_against_the_shipped_schema(corpus_id: str) -> None:
    jsonschema.validate(json.loads(_read(corpus_id).to_json()), _schema())


def test_bytes_with_a_name_read_like_the_file() -> None:
    data = (CORPORA / "cixi-2021.txt").read_bytes()
    from_bytes = govmetrics.read(data, name="cixi-2021.txt")
    assert [t.to_dict() for t in from_bytes.tasks] == [t.to_dict() for t in _read("cixi-2021").tasks]


def test_gb18030_file_gives_the_same_targets(tmp_path: Path) -> None:
    path = tmp_path / "xuchang.txt"
    path.write_bytes(corpus_text("xuchang-2020").encode("gb18030"))
    doc = govmetrics.read(path)
    assert doc.meta.encoding == "gb18030"
    assert [t.to_dict() for _, t in doc.targets()] == [t.to_dict() for _, t in _read("xuchang-2020").targets()]


def test_parse_document_takes_the_year_from_the_caller() -> None:
    text = "重点工作\n1.新增学位6750个,6月底前完成。\n牵头单位:市教育局\n2.建设公园3个。\n牵头单位:市建设局\n"
    doc = govmetrics.parse_document(text, year=2019)
    assert [d.due.isoformat() for _, d in doc.deadlines()] == ["2019-06-30", "2019-12-31"]
    assert [t.deadline.due.isoformat() for _, t in doc.targets()] == ["2019-06-30", "2019-12-31"]
    assert doc.tasks[1].deadlines[0].default


def test_a_text_without_a_year_says_which_year_it_used() -> None:
    doc = govmetrics.parse_document("1.新增学位6750个。\n牵头单位:市教育局\n")
    assert any("no year found" in w for w in doc.warnings)


def test_bad_input_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(GovmetricsError, match="needs a str"):
        govmetrics.parse_document(b"bytes")  # type: ignore[arg-type]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ReadError, match="empty.txt"):
        govmetrics.read(empty)
    with pytest.raises(GovmetricsError, match="lacks the components"):
        govmetrics.parse_document("1.新增学位6750个。", tokens=True, nlp=govmetrics.nlp.components.blank_nlp())


def test_folders_are_read_recursively_and_a_bad_file_does_not_stop_the_rest(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "cixi.txt").write_text(corpus_text("cixi-2021"), encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "notes.md").write_text("not a document", encoding="utf-8")
    found = find_documents([tmp_path])
    assert [p.name for p in found] == ["broken.txt", "cixi.txt"]
    outcomes = list(read_many(found))
    assert outcomes[0].document is None and "broken.txt" in str(outcomes[0].error)
    assert outcomes[1].error is None and len(outcomes[1].document.tasks) == len(_read("cixi-2021").tasks)
    with pytest.raises(ReadError, match="no such file"):
        find_documents([tmp_path / "missing.txt"])


def test_render_highlights_targets_with_a_legend() -> None:
    doc = _read("quzhou-2021")
    task = next(t for t in doc.tasks if len(t.targets) >= 2)
    html = govmetrics.render(task)
    assert "govmetrics-legend" in html and "a numeric target" in html
    assert "\u2063" not in html
    for target in task.targets:
        assert target.quantity.surface[: target.quantity.number_end - target.quantity.start] in html
    numbers = govmetrics.render(task, style="numbers")
    assert all(n.role.upper() in numbers for n in task.numbers)
    bare = govmetrics.structure.build_document(doc.text).tasks[0]
    with pytest.raises(GovmetricsError, match="no tokens"):
        govmetrics.render(bare)


def test_tokens_are_made_on_first_use_and_change_nothing_else() -> None:
    lean = govmetrics.read(CORPORA / "jinhua-2018.txt")
    assert all(s._tokens is None for s in lean.statements)
    eager = govmetrics.read(CORPORA / "jinhua-2018.txt", tokens=True)
    assert all(s._tokens is not None for s in eager.statements)
    assert lean.to_dict() == eager.to_dict()
    first = lean.tasks[0]
    assert [t.text for t in first.tokens] == [t.text for t in eager.tasks[0].tokens]
    assert first.tokens is first.tokens  # made once
    assert [s.text for s in first.tokens.spans["targets"]] == [s.text for s in eager.tasks[0].tokens.spans["targets"]]
