"""Progress (layouts.md §6): actual figures and past results are not targets, their times are
not deadlines, and the numerals in them have the role ``progress``.

Every sentence is written for this test (places and figures made up).
"""

from __future__ import annotations

import pytest

from govmetrics.extract.progress import spans
from govmetrics.extract.roles import analyse


def _roles(text: str, year: int | None = 2020) -> dict[str, str]:
    return {n.surface: n.role for n in analyse(text, year=year).numbers}


def _targets(text: str, year: int | None = 2020) -> list[str]:
    return [t.surface for t in analyse(text, year=year).targets]


def _deadlines(text: str, year: int | None = 2020) -> list[str]:
    return [d.surface for d in analyse(text, year=year).deadlines if not d.default]


@pytest.mark.parametrize("text,target,progress", [
    # a progress field after its label, on the line below the task
    ("新建社区食堂12个。\n实际完成情况：已建成7个，完成年度目标的58%。", ["12个"], ["7个", "58%"]),
    ("改造雨污管网40公里。\n1-9月推进情况：完成改造26公里，同比增长8.5%。", ["40公里"], ["26公里", "8.5%"]),
    # traditional characters
    ("新建公園6所。\n進展情況：已開工4所，佔年度任務的66.7%。", ["6所"], ["4所", "66.7%"]),
    # a list printed as one paragraph: the field ends before the next item
    ("1.新增托位300个 责任单位：市卫健委 实际完成情况：已新增托位210个。 2.新建绿道20公里 责任单位：市林业局",
     ["300个", "20公里"], ["210个"]),
    # running text: 已, an as-of time, a share done, a month span, a rate of completion
    ("全年计划新建农村公路50公里，目前已完成31公里。", ["50公里"], ["31公里"]),
    ("截至10月底，已开工项目52个，完成投资36亿元。", [], ["52个", "36亿元"]),
    ("3所已完成主体工程，达标率为81%。", [], ["3所", "81%"]),
    ("1-6月规上工业增加值增长6.4%。", [], ["6.4%"]),
    ("已完成征地800亩，完成率40%。", [], ["800亩", "40%"]),
    # the set a report counts from
    ("今年确定的8件实事中，已有5件完成。", [], ["8件", "5件"]),
    # past results at the head of a sentence
    ("去年，全区税收收入增长6.2%，新增市场主体3200户。", [], ["6.2%", "3200户"]),
    ("过去一年，全县新增就业1.1万人。", [], ["1.1万人"]),
])
def test_progress_is_not_a_target(text: str, target: list[str], progress: list[str]) -> None:
    assert _targets(text) == target
    roles = _roles(text)
    assert [s for s in progress if roles.get(s) == "progress"] == progress


def test_a_year_before_the_documents_is_past() -> None:
    text = "2019年，全市生产总值增长6.8%。"
    assert _roles(text, 2020)["6.8%"] == "progress"
    # the document's own year (or an unknown one) opens no report
    assert _targets(text, 2019) == ["6.8%"]
    assert _targets(text, None) == ["6.8%"]


@pytest.mark.parametrize("text,target,progress", [
    # a forward clause ends the report: the commitment after it is a target
    ("1-9月实际为88.1%，力争全年达到92%以上。", ["92%以上"], ["88.1%"]),
    ("去年新增就业2600人，今年要新增就业3000人。", ["3000人"], ["2600人"]),
    # the document's year looks forward with no modal verb: a past year's report stops before it
    ("2018年全县完成造林4.2万亩，今年完成造林5万亩，其中新造林1.5万亩。", ["5万亩", "1.5万亩"], ["4.2万亩"]),
    # ... but 今年以来 reports (since the year began), and 全年 in a past year's report is that year
    ("2018年全县新增就业4100人，全年城镇登记失业率3.1%。", [], ["4100人", "3.1%"]),
    ("截至6月底，全市完成投资42亿元，全县今年以来新开工项目36个。", [], ["42亿元", "36个"]),
    # a clause with a time something is due by looks forward too; so does the remainder still to do
    ("目前全县已建成充电桩420个，年底前新建300个。", ["300个"], ["420个"]),
    ("已完成危桥改造46座，剩余14座10月底前完成。", ["14座"], ["46座"]),
    # a figure framed as the base of this year's work
    ("在2019年粮食产量增长3.2%的基础上，今年粮食总产量稳定在52万吨以上。", ["52万吨以上"], ["3.2%"]),
    # 已 before a share (已完成主体工程的60%) reports; 已 with a naming 的 does not (above)
    ("县医院新院区已完成主体工程的60%，6月底前主体封顶。", [], ["60%"]),
    # ... and its figure a target; set apart by a comma the as-of time opens a report
    ("截至9月底开工率达到80%。", ["80%"], []),
    ("截至6月底，全市完成固定资产投资612亿元。", [], ["612亿元"]),
    # a past figure behind a target after a comma is an aside: it ends at ；
    ("城镇新增就业3.6万人，上年为3.4万人；城镇调查失业率控制在5.5%以内。", ["3.6万人", "5.5%以内"], ["3.4万人"]),
    # 已 with 的 names things; it reports nothing
    ("对已建成的12个公园实施提升改造，新建口袋公园8个。", ["8个"], []),
    # a rate with the verb of a target is a target (开工率达到100%); 比去年 is a base, not the past
    ("项目开工率达到100%，全市生产总值比去年增长7%。", ["100%", "7%"], []),
    # a share after a due or recurring time is a milestone of the plan; alone it reports
    ("6月底前完成年度任务的50%，年底前全部完成。", ["50%"], []),
    ("每季度完成年度任务的25%。", ["25%"], []),
    ("新增就业2800人，完成年度任务的70%。", [], ["70%"]),
])
def test_targets_next_to_progress(text: str, target: list[str], progress: list[str]) -> None:
    assert [s for s in _targets(text) if s in target] == target
    roles = _roles(text)
    assert [s for s in progress if roles.get(s) == "progress"] == progress


@pytest.mark.parametrize("text,due,gone", [
    ("8月底前建成3所。\n进展情况：2所已于6月底前交付，预计9月底前全部完工。", ["8月底前"], ["6月底前", "9月底前"]),
    ("截至9月底，已完成改造15个。", [], ["9月底"]),
    ("2018年全县改造危房960户，今年再改造危房500户，8月底前全部完工。", ["今年", "8月底前"], []),
    # an as-of time with the work's verb right after it is a plan's milestone, due then
    ("全年改造老旧小区60个，截至6月底全部开工，截至10月底完成工程量的80%。", ["截至6月底", "截至10月底"], []),
    ("1-6月新增就业1200人。", [], ["1-6月"]),
])
def test_progress_times_are_not_deadlines(text: str, due: list[str], gone: list[str]) -> None:
    found = _deadlines(text)
    assert found == due
    roles = _roles(text)
    for surface in gone:
        numeral = surface.removesuffix("前").removesuffix("底").removesuffix("月")
        # progress, or a date where an older rule already says so (截至 starts a state)
        assert roles[numeral] in ("progress", "date"), (surface, roles)


def test_spans_do_not_overlap_and_name_their_reason() -> None:
    text = "进展情况：已开工10个，完成率50%；已竣工3个。截至目前，已投入资金2亿元。"
    found = spans(text)
    assert all(a[1] <= b[0] for a, b in zip(found, found[1:]))
    assert all(reason for _, _, reason in found)
    assert text[found[0][0]:found[0][1]].startswith("进展情况：")


def test_a_review_paragraph_reports_the_past_in_every_sentence() -> None:
    """Layouts §8: a work report's review paragraph opens with its past period and states the
    results in later sentences; none of them is a target, in the document or in its statements.
    The next paragraph, which looks forward, keeps its targets."""
    import govmetrics
    from govmetrics.extract.targets import extract_targets

    text = ("青川县2024年政府工作报告\n"
            "　　过去一年，我们迎难而上，各项事业稳步向前。全县地区生产总值达到286亿元，增长6.2%；"
            "新增城镇就业5100人。\n"
            "　　今年经济社会发展的主要目标是：地区生产总值增长6%左右，新增城镇就业5000人以上。\n")
    targets = ["6%左右", "5000人以上"]
    assert [t.surface for t in extract_targets(text, year=2024)] == targets
    doc = govmetrics.parse_document(text, year=2024)
    assert [t.surface for _, t in doc.targets()] == targets
    review = next(s for s in doc.statements if s.text.startswith("过去一年"))
    assert review.text.endswith("新增城镇就业5100人。")  # the paragraph is read whole
    assert {n.surface: n.role for n in review.numbers}["286亿元"] == "progress"


def test_a_past_period_inside_a_paragraph_still_ends_with_its_sentence() -> None:
    """Only a past period that opens a paragraph governs the paragraph; one later in it reports
    its own sentence, and the sentence after it looks forward again."""
    text = "全县完成造林1.2万亩。去年，全县新增公园4个。今年新建口袋公园6个。"
    assert _targets(text) == ["1.2万亩", "6个"]


def test_a_plan_period_that_ended_before_the_documents_year_reports_results() -> None:
    """A work report's review written under the plan period just ended (“十四五”时期，… in a
    2026 report) reports results; the same words in a report of the period's first years look forward."""
    text = "“十四五”时期，全市生产总值年均增长5.6%，累计新增城镇就业31万人。"
    assert _targets(text, year=2026) == []
    assert _deadlines(text, year=2026) == []
    assert _targets(text, year=2022) == ["5.6%", "31万人"]


def test_a_progress_label_that_names_its_period_first() -> None:
    """上半年进展：… is a progress field from its period on: 上半年 there is no deadline."""
    text = "上半年进展：完成税收1.74亿元，新引进企业35家。"
    assert _targets(text, year=2025) == [] and _deadlines(text, year=2025) == []


def test_a_review_stops_where_its_paragraph_turns_to_the_years_targets() -> None:
    """Layouts §8: a paragraph that opens with last year's results and goes on, in the same
    paragraph, to this year's targets (今年…的主要预期目标是：…): those are targets."""
    from govmetrics.extract.targets import extract_targets

    text = ("　　过去一年，全县生产总值增长7.1%，为今年打下了基础。今年经济社会发展的主要预期目标是："
            "地区生产总值增长6.5%左右；城镇调查失业率控制在5.5%以内。\n")
    assert [t.surface for t in extract_targets(text, year=2023)] == ["6.5%左右", "5.5%以内"]
