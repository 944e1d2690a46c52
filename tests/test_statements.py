"""Statements, then tasks: every sentence that states work yields its targets, whether or not a task is found.

The texts are written for these tests (fictional places); each test names the layout
family of /work/shared/spec/layouts.md (or the spec section) it serves.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import govmetrics
from govmetrics.output.export import gold_lines
from govmetrics.structure import build_document

NEWS = """青川县今年将办好十件民生实事
2019年3月2日
今年，县政府将围绕群众关切推进民生工程建设。
县教育局要在8月底前新建幼儿园3所，新增学位900个。
县住建局年底前完成老旧小区改造12个，惠及居民2400户。
上述项目资金由县财政统筹安排。
"""


def test_a_news_report_gives_its_targets_and_deadlines_without_any_task() -> None:
    """Family 7: prose with no numbered item; the headline is no statement."""
    doc = govmetrics.parse_document(NEWS, source="news.txt")
    assert doc.tasks == ()
    texts = [s.text for s in doc.statements]
    assert texts[0].startswith("今年，县政府") and not any("十件" in t for t in texts)
    got = [(t.surface, t.value, t.unit) for _, t in doc.targets()]
    assert ("3所", 3, "所") in got and ("900个", 900, "个") in got and ("12个", 12, "个") in got
    due = {d.surface: d.due for _, d in doc.deadlines() if not d.default}
    # 今年 at the head of a sentence reads as 年内 (spec section 4).
    assert due == {"今年": date(2019, 12, 31), "8月底前": date(2019, 8, 31), "年底前": date(2019, 12, 31)}
    lines = gold_lines(doc)
    assert {line["surface"] for line in lines["targets"]} >= {"3所", "900个", "12个"}
    assert lines["tasks"] == []


def test_a_numbered_list_that_names_no_one_is_statements_not_tasks() -> None:
    """Spec section 5: a task is an item of a responsibility list."""
    text = "2020年工作安排\n1.新建污水管网15公里。\n2.改造农村公路40公里。\n"
    doc = govmetrics.parse_document(text)
    assert doc.tasks == () and [s.number for s in doc.statements] == ["1", "2"]
    assert [t.value for _, t in doc.targets()] == [15, 40]


def test_the_same_list_under_a_responsibility_list_title_is_tasks() -> None:
    text = "2020年民生实事项目\n1.新建污水管网15公里。\n2.改造农村公路40公里。\n"
    doc = govmetrics.parse_document(text)
    assert [t.number for t in doc.tasks] == ["1", "2"]


def test_an_unnumbered_paragraph_with_responsibility_lines_is_a_task() -> None:
    """Family 7: unnumbered items under keyword headings, with 主管领导 / 责任单位 lines."""
    text = ("关键词 教育\n新建中小学校4所，新增学位3600个。\n主管领导：周明\n责任单位：区教育局\n\n"
            "关键词 医疗\n改造提升村卫生室20个。\n主管领导：吴芳\n责任单位：区卫健局\n")
    doc = govmetrics.parse_document(text, year=2022)
    assert [(t.number, t.leaders, t.responsible_units) for t in doc.tasks] == [
        ("", ("周明",), ("区教育局",)), ("", ("吴芳",), ("区卫健局",))]
    assert [t.value for _, t in doc.targets()] == [4, 3600, 20]


def test_text_before_the_first_task_is_preamble() -> None:
    """Spec section 1: in a numbered list, the lead before the first task is no statement."""
    text = ("今年全市计划投入资金8亿元。\n1.新建公园5个。\n牵头单位：市住建局\n"
            "2.新增停车位800个。\n牵头单位：市交通局\n")
    doc = govmetrics.parse_document(text, year=2021)
    assert [t.value for _, t in doc.targets()] == [5, 800]
    assert any("quantities that read as targets stand outside every statement" in w for w in doc.warnings)
    assert doc.coverage.statements == 2 and doc.coverage.tasks == 2 and doc.coverage.outside >= 1


def test_the_coverage_reads_a_list_number_run_into_a_month_as_the_structure_does() -> None:
    """Layouts §9: in 2.10月底前 the 2. is the item's label and 10月底前 its deadline; the
    coverage counts the two numbers as the statements read them, both inside, not one decimal 2.10."""
    text = ("一、城市更新（2项）\n1.新建公园5个。\n牵头单位：市住建局\n"
            "2.10月底前完成老旧小区改造12个。\n牵头单位：市住建局\n")
    doc = govmetrics.parse_document(text, year=2021)
    assert [s.number for s in doc.statements] == ["1", "2"]
    assert [t.value for _, t in doc.targets()] == [5, 12]
    # The heading's 一 and 2项 outside; 1 and 5, then 2, 10 (the month) and 12 inside.
    assert (doc.coverage.body_numbers, doc.coverage.outside) == (7, 2)
    assert any("'2项'" in w for w in doc.warnings)


def test_statements_come_in_text_order_and_nest_whole_in_every_document() -> None:
    """What the coverage relies on: statements come in the order of the text, and one that
    starts inside the span of the statement before (a progress line between a task's text and
    its deadline line) ends inside it too."""
    root = Path(__file__).resolve().parent
    paths = sorted((root.parent / "corpora").glob("*.txt")) + sorted((root / "layouts").glob("*/docs/*"))
    assert len(paths) > 100
    for path in paths:
        doc = govmetrics.read(path)
        at = doc.meta.body_start
        for s in doc.statements:
            assert s.label_start <= s.start <= s.end, path
            if s.label_start < at:
                assert s.end <= at, (path, s.start)
            else:
                at = s.end


def test_a_progress_line_inside_a_tasks_span_is_counted_once() -> None:
    """Layouts §6: a progress line between a task's text and its deadline line is a statement
    of its own inside the task's span; its figures are counted once in the coverage."""
    text = ("一、新建社区食堂6个。\n推进情况：已建成2个。\n牵头单位：区民政局\n完成时限：10月底前\n"
            "二、改造雨污管网12公里。\n牵头单位：区住建局\n")
    doc = govmetrics.parse_document(text, year=2021)
    assert [t.surface for _, t in doc.targets()] == ["6个", "12公里"]
    # 一 6 2 10 (the task's, its progress line's, its deadline line's) and 二 12, once each
    assert doc.coverage.body_numbers == 6


def test_a_covering_letter_sentence_is_no_statement() -> None:
    text = "各乡镇：\n现将2021年目标任务印发给你们，请于3月10日前报县政府督查室。\n全年新增就业岗位1200个。\n"
    doc = govmetrics.parse_document(text, year=2021)
    assert [s.text for s in doc.statements] == ["全年新增就业岗位1200个。"]
    assert not [d for _, d in doc.deadlines() if not d.default]


def test_the_supervision_office_as_subject_is_work_in_a_report_and_closing_after_a_list() -> None:
    """Family 7: in a news report the office that inspects every quarter states work (a
    recurring deadline); after a list's last task the same kind of sentence closes the list;
    a report sent to the office stays no statement anywhere."""
    news = ("　　会上明确，全年新建文化广场8个。各村每月10日前报送台账，镇督查办、镇党政办督查室每季度开展暗访。"
            "各村于年底前将总结报镇督查室。\n")
    doc = govmetrics.parse_document(news, year=2022)
    assert [d.surface for _, d in doc.deadlines() if not d.default] == ["每月10日前", "每季度"]
    listed = ("1.新建文化广场8个。\n牵头单位：镇文化站\n\n　　镇党政办督查室将于10月组织专项督查，结果在全镇通报。\n")
    doc = govmetrics.parse_document(listed, year=2022)
    assert [s.text for s in doc.statements] == ["新建文化广场8个。"]


def test_a_request_to_the_addressees_is_no_statement() -> None:
    """A closing request to the units (请各牵头单位…) instructs them; it assigns no work."""
    text = ("全年新建公园5个，年底前新增停车位800个。\n"
            "　　请各牵头单位对照目标抓紧推进，确保11月底前全部完成。\n")
    doc = govmetrics.parse_document(text, year=2021)
    assert [s.text for s in doc.statements] == ["全年新建公园5个，年底前新增停车位800个。"]
    assert [d.surface for _, d in doc.deadlines() if not d.default] == ["年底前"]


def test_responsibility_words_without_any_task_give_a_warning() -> None:
    """No silent hole: the body names who answers, yet no task came out of it."""
    text = "新建口袋公园6个 牵头单位 市园林局 配合单位 各街道\n改造背街小巷30条 牵头单位 市城管局\n"
    doc = govmetrics.parse_document(text, source="glued.txt", year=2023)
    assert doc.tasks == ()
    assert any("glued.txt" in w and "responsibility words" in w for w in doc.warnings)
    assert [t.value for _, t in doc.targets()] == [6, 30]


def test_no_year_leaves_relative_deadlines_without_a_date_and_says_so() -> None:
    """Spec section 4: never the computer's clock."""
    doc = govmetrics.parse_document("1.年底前建成口袋公园5个，2025年底前建成绿道30公里。\n牵头单位：市园林局\n",
                                    source="undated.txt")
    assert doc.meta.year is None
    due = [(d.surface, d.due) for _, d in doc.deadlines() if not d.default]
    assert due == [("年底前", None), ("2025年底前", date(2025, 12, 31))]
    assert any("undated.txt" in w and "no year" in w for w in doc.warnings)
    dated = govmetrics.parse_document(doc.text, year=2020)
    assert [(d.surface, d.due) for _, d in dated.deadlines() if not d.default][0] == ("年底前", date(2020, 12, 31))


def test_targets_outside_tasks_are_rows_of_every_export(tmp_path: Path) -> None:
    from govmetrics.output.export import export

    doc = govmetrics.parse_document(NEWS, source="news.txt")
    export([doc], tmp_path, ("csv", "jsonl"))
    rows = [json.loads(line) for line in (tmp_path / "targets.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["surface"] for r in rows} >= {"3所", "900个"}
    assert all(r["task_id"] is None and r["doc_id"] == "news" for r in rows)
    assert "900个" in (tmp_path / "targets.csv").read_text(encoding="utf-8-sig")


def test_build_document_marks_statements_and_offsets_hold() -> None:
    doc = build_document(NEWS)
    for s in doc.statements:
        assert NEWS[s.start:s.end] == s.text and not s.is_task
