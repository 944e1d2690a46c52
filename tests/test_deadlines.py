"""govmetrics.extract.deadlines: time expressions found, judged and resolved (spec section 4).

Table-driven cases are written from the spec and the issue, each resolved for two
document years; corpus tests run on corpora/ against tests/gold/.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import GOLD, corpus_text

import govmetrics
from govmetrics import Deadline, GovmetricsError
from govmetrics.extract.deadlines import (
    deadlines_for_task,
    default_deadline,
    extract_deadlines,
    time_numerals,
)
from govmetrics.extract.governing import deadline_for_span
from govmetrics.lexicon import table

YEARS = (2021, 2018)


def due_for(spec: str | None, year: int) -> date | None:
    """A due written as in the tables below: None, "2020-12-31", "Y-06-30", "Y+2-12-31"."""
    if spec is None:
        return None
    y, m, d = spec.rsplit("-", 2)
    base = year + int(y[2:] or 0) if y.startswith("Y") else int(y)
    return date(base, int(m), int(d))


# (text, surface of the one deadline, due, recurring)
DEADLINES = [
    ("确保年内一期项目落地建设", "年内", "Y-12-31", False),
    ("年底前完成老旧小区改造", "年底前", "Y-12-31", False),
    ("力争年末全面建成", "年末", "Y-12-31", False),
    ("2020年底前建成数据中心", "2020年底前", "2020-12-31", False),
    ("6月底前出台实施方案", "6月底前", "Y-06-30", False),
    ("9月30日前完成招标", "9月30日前", "Y-09-30", False),
    ("上半年完成项目招标", "上半年", "Y-06-30", False),
    ("下半年开工建设", "下半年", "Y-12-31", False),
    ("一季度完成验收", "一季度", "Y-03-31", False),
    ("第一季度完成验收", "第一季度", "Y-03-31", False),
    ("三季度末前完成验收", "三季度末前", "Y-09-30", False),
    ("到2025年,全市建成5G基站1万座", "到2025年", "2025-12-31", False),
    ("2025年前建成覆盖城乡的服务网络", "2025年前", "2025-12-31", False),
    ("力争“十四五”期间建成", "“十四五”期间", "2025-12-31", False),
    ("“十四五”末达到全省平均水平", "“十四五”末", "2025-12-31", False),
    ("“十四五”时期,全市建成", "“十四五”时期", "2025-12-31", False),
    ("力争“十三五”期间建成", "“十三五”期间", "2020-12-31", False),
    ("力争“十四五”到位市外资金1500亿元以上", "“十四五”", "2025-12-31", False),
    ("三年内完成全部改造", "三年内", "Y+2-12-31", False),
    ("并于每季度末向市政府报告进展", "每季度末", None, True),
    ("每月向市政府报送进展情况", "每月", None, True),
    ("每月15日前报送", "每月15日前", None, True),
    ("推动项目尽早开工", "尽早", None, False),
    ("尽快制定具体落实方案", "尽快", None, False),
    ("确保及时完成整改", "及时", None, False),
    ("今年建设5G基站1500座", "今年", "Y-12-31", False),
    ("力争明年底前建成", "明年底前", "Y+1-12-31", False),
    ("全面完成2021年全市经济社会发展预期目标", "2021年", "2021-12-31", False),
    ("项目2022年建成投用", "2022年", "2022-12-31", False),
    ("力争2022年全市港口吞吐量翻番", "2022年", "2022-12-31", False),
    ("力争2022年6月底前建成", "2022年6月底前", "2022-06-30", False),
    ("2021年6月30日前完成", "2021年6月30日前", "2021-06-30", False),
    ("二〇二〇年底前完成", "二〇二〇年底前", "2020-12-31", False),
    ("２０２０年底前完成", "２０２０年底前", "2020-12-31", False),
    ("6月份完成", "6月份", "Y-06-30", False),
    ("6月上旬完成", "6月上旬", "Y-06-10", False),
    ("推动项目早日建成", "早日", None, False),
    ("确保如期建成", "如期", None, False),
    ("前三季度完成投资", "前三季度", "Y-09-30", False),
    ("时间节点:2021年6月", "2021年6月", "2021-06-30", False),
    # issue 13, our sentences: traditional characters read as simplified ones
    ("年內新建社區公園6所", "年內", "Y-12-31", False),
    ("確保“十二五”期末森林覆蓋率達到60%", "“十二五”期末", "2015-12-31", False),
    ("(交通局牽頭，每月通報)", "每月", None, True),
    # a task done every period (no quantity in its clause), its object fronted by 向 / 对 too
    ("每月开展安全隐患排查", "每月", None, True),
    ("每月向社会公布水质检测结果", "每月", None, True),
    ("每季度对辖区餐饮单位开展检查", "每季度", None, True),
    ("每季度开展“两客一危”车辆专项检查", "每季度", None, True),  # a quoted name counts nothing
    ("每月公示参合农民补偿情况", "每月", None, True),
    ("每月抽检不少于310批次", "每月", None, True),  # a monthly quota of batches: events of a period
    # after a document's title, before 完工, a span's total after 共
    ("《澜溪市综合交通规划》一季度报市政府审定", "一季度", "Y-03-31", False),
    ("区中医院二期主体工程11月中旬完工", "11月中旬", "Y-11-20", False),
    ("2024—2025年共改造城镇老旧小区64个", "2024—2025年", "2025-12-31", False),
    ("（县财政局配合，每月按时发放）", "每月", None, True),  # a manner word before the verb; paying after 每
    # 次年 is the next year, not the end of a count (人次) whose cell ran into the time's
    ("项目次年6月底前竣工", "次年6月底前", "Y+1-06-30", False),
    # 计划 after a year and before an action's verb is a modal (今年计划改造), not a plan's name
    ("县住建局：今年计划改造老旧小区21个", "今年", "Y-12-31", False),
    ("培训1200人次\n年底前", "年底前", "Y-12-31", False),
    # a month before 投入使用; a month alone in a table cell of a time column
    ("新建城东小学，9月投入使用。", "9月", "Y-09-30", False),
    ("| 4 | 建成市民中心 | 市住建局 | 11月 |", "11月", "Y-11-30", False),
    ("新建体育馆 |\n市体育局 |\n10月 |", "10月", "Y-10-31", False),
    # a plan's phase: its time in a bracket or after a colon, a span of months due at its end
    ("集中攻坚阶段（4月—9月）。全面推进整治。", "4月—9月", "Y-09-30", False),
    ("总结验收阶段：11月底前完成验收。", "11月底前", "Y-11-30", False),
    ("3—5月完成选址", "3—5月", "Y-05-31", False),
    # a span from January after a phase's mark or a deadline's label is when the work is due
    ("前期工作阶段（1月—4月）。完成立项。", "1月—4月", "Y-04-30", False),
    ("时限要求：三季度末完成全年任务的80%", "三季度末", "Y-09-30", False),
    # a modal between the time and the verb (news reports, layouts §7)
    ("交通部门今年将开工建设重点项目6个", "今年", "Y-12-31", False),
    # a time at the head of a circled sub-item, and a sub-target's time after 其中 (layouts §9)
    ("②实施重点项目150个；③上半年新开工项目60个以上。", "上半年", "Y-06-30", False),
    ("新增城镇就业3.6万人，其中上半年不少于1.8万人。", "上半年", "Y-06-30", False),
    # a recurring time alone in a cell of a time column: due every period
    ("新增规上企业12家\t县经信局\t每季度", "每季度", None, True),
    ("| 6 | 巡查河道 | 县水利局 | 每月 |", "每月", None, True),
    ("生猪存栏保持在285万头	畜牧兽医处	每月监测", "每月", None, True),
    # a noun head used as an adverb before a verb: 今年 stays the time of the action
    ("今年重点抓好三个方面工作", "今年", "Y-12-31", False),
    # words quoted in a news report open a clause (issue 13, layouts §7)
    ("“今年我们要新建公园5个。”", "今年", "Y-12-31", False),
    # a full date alone in a cell of a time column (a tab-separated or piped row)
    ("新增公园\t5个\t市住建局\t9月30日", "9月30日", "Y-09-30", False),
    ("| 7 | 新建泵站 | 市水利局 | 10月15日 |", "10月15日", "Y-10-15", False),
    # after a schedule's label every time is due, a recurring one too (a milestone column)
    ("进度安排：每季度开展巡河不少于3次", "每季度", None, True),
    # a recurring time at the start of a period; a share of the year's task due every period
    ("每季度首月发放补贴", "每季度首月", None, True),
    ("每季度完成年度任务的三分之一", "每季度", None, True),
    # after a limit, 全年 after 完成 names the year's work, not a second due time
    ("区农业局要于5月底前完成全年采购计划编制", "5月底前", "Y-05-31", False),
]


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize(("text", "surface", "due", "recurring"), DEADLINES)
def test_expression_resolves(text: str, surface: str, due: str | None, recurring: bool, year: int) -> None:
    found = extract_deadlines(text, year=year)
    assert [(d.surface, d.due, d.recurring, d.default) for d in found] == \
        [(surface, due_for(due, year), recurring, False)]
    (d,) = found
    assert text[d.start:d.end] == d.surface


# Texts with no deadline, and the role time_numerals gives each numeral of a time in them.
NOT_DEADLINES = [
    ("2021年是中国共产党成立100周年和“十四五”开局之年", ["date", "date"]),
    ("关于印发2019年政府工作报告重点工作的通知", ["date"]),
    ("2018年4月18日", ["date", "date", "date"]),
    ("在4月18日召开的全区招商大会上集中签约项目20个", ["date", "date"]),  # the date of a meeting
    ("二〇二一年三月二十四日", ["date", "date", "date"]),
    ("制定实施蓝天保卫三年行动计划", ["programme_name"]),
    ("实施五年化债计划", ["programme_name"]),
    ("推进地质灾害隐患点“三年清零”", ["programme_name"]),
    ("打好消防安全三年翻身仗", ["programme_name"]),
    ("以项目化理念抓好“十四五”专项规划编制", ["programme_name"]),
    ("科学编制全市经济社会发展“十四五”规划", ["programme_name"]),
    # after a verb of completion, a plan named further on in the clause
    ("全面完成“十三五”易地扶贫搬迁规划任务", ["programme_name"]),
    ("加强“十四五”重大项目谋划", ["date"]),
    ("开展2020“创新年”行动", ["programme_name"]),
    ("要结合2019年度市政府重大改革", ["date"]),
    ("比2020年增长5%", ["date"]),
    ("自2021年1月1日起施行", ["date", "date", "date"]),
    ("恢复到2019年水平", ["date"]),
    ("车龄三年以内的车辆", ["condition"]),
    ("改造2000年以前建成的老旧小区", ["condition"]),  # a limit and a verb before 的: a condition
    ("考核：未按期完成的每处扣1分", []),  # a negation before 按期: a rule of scoring, no time
    ("确保完成年度化债任务", []),
    ("完成年度投资78亿元", []),
    ("扎实开展“扫黑除恶攻坚年”活动", []),
    ("新增年出栏能力10万头", []),
    ("作为今年政务督查的重中之重", []),
    ("每季度督查汇总重点工作", []),
    ("健全及时发现、快速处置机制", []),
    ("持续深化改革", []),
    # 持续推进 / 长期坚持 name no time by which anything is due, after a label too (issue 13).
    ("完成时限:长期坚持", []),
    ("完成时限：持续推进", []),
    # the year's work spanned, after a deadline label too (layouts §1)
    ("完成时间：全年", []),
    # ... and after a verb of completion: the year's whole work, as 年度目标 names it
    ("确保全面完成全年目标任务。", []),
    ("加快建设。持续推进。", []),
    ("提高中长期贷款占比", []),
    ("65周岁以上高血压患者免费服药", []),
    ("建成九年一贯制学校", []),
    ("今年以来", []),
    ("今年是全面建成小康社会的关键一年", []),
    ("编制今年目标任务清单", []),
    ("截至2020年底,累计建成", ["date"]),
    ("四季常青", []),
    # the year names the topic being defined (issue 13; spec §4: not when it qualifies a noun)
    ("今年经济社会发展的主要预期目标是：", []),
    ("今年全县发展的主要任务为：", []),
    # a frequency: the span a quantity counts over
    ("每年举办农民丰收节活动5场", []),
    # a time next to other words in its cell is not alone in it
    ("| 4 | 11月召开的会议 |", ["date"]),
    ("2月30日前完成", ["date", "date"]),
    # a full date alone on a line is a signature's, not a cell of a time column
    ("某镇人民政府\n4月2日", ["date", "date"]),
]


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize(("text", "roles"), NOT_DEADLINES)
def test_not_a_deadline(text: str, roles: list[str], year: int) -> None:
    assert extract_deadlines(text, year=year) == []
    numerals = time_numerals(text, year=year)
    assert [role for *_, role, _ in numerals] == roles
    assert all(reason for *_, reason in numerals)


@pytest.mark.parametrize(("year", "found"), [(2018, []), (2017, [("2017年", "2017-12-31")])])
def test_after_completion_a_year_before_the_documents_is_no_due_time(year: int, found: list) -> None:
    """完成2017年度…的评估 in a 2018 list completes that year's work; in 2017 it is due then."""
    got = extract_deadlines("完成2017年度申请摘帽县的第三方评估", year=year)
    assert [(d.surface, str(d.due)) for d in got] == found


def test_time_numerals_of_a_deadline() -> None:
    text = "力争2022年6月底前建成,三年行动计划"
    got = [(text[a:b], role) for a, b, role, _ in time_numerals(text, year=2021)]
    assert got == [("2022", "deadline"), ("6", "deadline"), ("三", "programme_name")]


def test_every_plan_period_resolves_to_its_end_year() -> None:
    for period, end in table("deadlines")["plan_periods"].items():
        (d,) = extract_deadlines(f"力争“{period}”期间建成", year=2021)
        assert d.due == date(end, 12, 31)


def test_offsets_shift_by_offset() -> None:
    text = "加快推进,确保年内建成。"
    (d,) = extract_deadlines(text, year=2021, offset=100)
    assert (d.start, d.end) == (107, 109)
    assert ("x" * 100 + text)[d.start:d.end] == d.surface == "年内"


def test_by_word_is_in_the_surface_unless_part_of_a_verb() -> None:
    (d,) = extract_deadlines("力争到2025年建成", year=2021)
    assert d.surface == "到2025年"
    assert extract_deadlines("达到2020年水平", year=2021) == []


def test_to_dict_has_the_spec_layout() -> None:
    (d,) = extract_deadlines("年底前完成", year=2020)
    assert d.to_dict() == {"start": 0, "surface": "年底前", "due": "2020-12-31", "recurring": False,
                           "end": 3, "default": False}


def test_default_is_end_of_year() -> None:
    assert default_deadline(2019) == Deadline("", 0, 0, date(2019, 12, 31), default=True)


@pytest.mark.parametrize(("titles", "due"), [
    (["政府工作报告“十四五”时期重点工作责任分解"], date(2025, 12, 31)),
    (["政府工作报告“十四五”时期\n\n重点工作责任分解"], date(2025, 12, 31)),
    (["政府工作报告2021年重点工作责任分解"], date(2021, 12, 31)),
    (["一、2021年经济社会主要发展目标"], date(2021, 12, 31)),
    (["附件1", "一、钱三雄市长牵头重点工作"], date(2021, 12, 31)),
    (["政府工作报告“十四五”时期重点工作责任分解", "一、扩大有效投资"], date(2025, 12, 31)),
    (["“十四五”时期重点工作", "2021年重点工作"], date(2021, 12, 31)),
    (["编制“十四五”规划重点任务"], date(2021, 12, 31)),
])
def test_default_from_heading(titles: list[str], due: date) -> None:
    d = default_deadline(2021, titles)
    assert (d.due, d.default, d.surface, d.start, d.end) == (due, True, "", 0, 0)


def test_deadlines_for_task_written_or_default() -> None:
    assert [d.surface for d in deadlines_for_task("确保年内建成", year=2021)] == ["年内"]
    (d,) = deadlines_for_task("加快建设未来社区", year=2021, section_titles=["“十四五”时期重点工作"])
    assert d.default and d.due == date(2025, 12, 31)


def test_deadline_for_span_same_clause() -> None:
    text = "加快共建科技城,年内落地科研机构5家以上,引进人才100名。"
    ds = extract_deadlines(text, year=2018)
    i = text.index("5家")
    assert deadline_for_span(text, i, i + 4, ds) == ds[0]
    j = text.index("100名")
    assert deadline_for_span(text, j, j + 4, ds) is None


def test_deadline_for_span_fronted_time_covers_its_sentence() -> None:
    text = "年底前,新建停车位3500个、充电桩200个。力争新增学位600个。"
    ds = extract_deadlines(text, year=2021)
    i = text.index("200个")
    assert deadline_for_span(text, i, i + 4, ds) == ds[0]
    j = text.index("600个")
    assert deadline_for_span(text, j, j + 4, ds) is None


def test_deadline_for_span_with_offset_and_defaults() -> None:
    text = "新增学位600个,力争“十四五”到位资金1500亿元"
    ds = extract_deadlines(text, year=2021, offset=50) + [default_deadline(2021)]
    i = text.index("1500") + 50
    assert deadline_for_span(text, i, i + 6, ds, offset=50).surface == "“十四五”"
    j = text.index("600") + 50
    assert deadline_for_span(text, j, j + 4, ds, offset=50) is None
    with pytest.raises(GovmetricsError, match="outside the text"):
        deadline_for_span(text, 10, 20, ds, offset=50)


@pytest.mark.parametrize("year", ["2021", 2021.0, True, 0, 99999])
def test_bad_year_is_an_error(year: object) -> None:
    with pytest.raises(GovmetricsError, match="year"):
        extract_deadlines("年底前完成", year=year)  # type: ignore[arg-type]


def test_an_unknown_year_finds_every_deadline_but_dates_only_those_that_write_their_year() -> None:
    text = "年底前完成改造，2025年底前建成投用，6月底前开工，力争3年内完成，每季度末报送进展，2月30日前"
    known = extract_deadlines(text, year=2021)
    unknown = extract_deadlines(text, year=None)
    assert [d.surface for d in unknown] == [d.surface for d in known]
    assert {d.surface: d.due for d in unknown} == {
        "年底前": None, "2025年底前": date(2025, 12, 31), "6月底前": None, "3年内": None, "每季度末": None}


def test_bad_text_is_an_error() -> None:
    with pytest.raises(GovmetricsError, match="text must be a str"):
        extract_deadlines(b"\xe5\xb9\xb4", year=2021)  # type: ignore[arg-type]


def test_corpora_surfaces_and_no_signature_dates(corpus_id: str) -> None:
    """Over a whole document (covering letter included) every deadline is a slice of the
    text, and no title year, signature date or plan name is taken for one."""
    text = corpus_text(corpus_id)
    year = int(corpus_id.rsplit("-", 1)[1])
    found = extract_deadlines(text, year=year)
    for d in found:
        assert text[d.start:d.end] == d.surface
        assert not text.startswith(("政府", "是", "规划", "民生实事", "十方面"), d.end)
    assert not [d for d in found if d.surface.endswith("日")]
    numerals = time_numerals(text, year=year)
    assert str(year) in [text[a:b] for a, b, role, _ in numerals if role == "date"]
    spans = [(d.start, d.end) for d in found]
    for a, b, role, _ in numerals:
        assert any(s <= a and b <= e for s, e in spans) == (role == "deadline")


def test_corpora_known_lines() -> None:
    """Due times and non-due times in real task lines."""
    q = corpus_text("quzhou-2021")
    line = next(x for x in q.splitlines() if "到位市外资金1500亿元" in x)
    assert [(d.surface, d.due) for d in extract_deadlines(line, year=2021)] == [("“十四五”", date(2025, 12, 31))]
    line = next(x for x in q.splitlines() if "专项规划编制" in x)
    assert extract_deadlines(line, year=2021) == []
    x = corpus_text("xuchang-2020")
    line = next(x for x in x.splitlines() if "5G基站1500座" in x)
    assert [(d.surface, d.due) for d in extract_deadlines(line, year=2020)] == [("今年", date(2020, 12, 31))]
    h = corpus_text("huzhou-2019")
    tasks = [x for x in h.splitlines() if x[:1].isdigit() and "." in x[:4]]
    assert tasks and all(extract_deadlines(t, year=2019) == [] for t in tasks)


def _gold_task_texts(doc: str) -> list[tuple[int, str]]:
    text = corpus_text(doc)
    out = []
    for line in (GOLD / f"{doc}.tasks.jsonl").read_text(encoding="utf-8").splitlines():
        start = json.loads(line)["start"]
        end = text.find("\n", start)
        out.append((start, text[start:end if end >= 0 else len(text)]))
    return out


def test_gold_deadlines(corpus_id: str) -> None:
    """Deadlines in the gold tasks' texts are exactly the gold lines (strict: start and due)."""
    year = int(corpus_id.rsplit("-", 1)[1])
    got = {(d.start, d.surface, d.due.isoformat() if d.due else None, d.recurring)
           for start, task in _gold_task_texts(corpus_id)
           for d in extract_deadlines(task, year=year, offset=start)}
    gold = {(g["start"], g["surface"], g["due"], g["recurring"])
            for g in map(json.loads, (GOLD / f"{corpus_id}.deadlines.jsonl").read_text(encoding="utf-8").splitlines())}
    assert got == gold


@pytest.mark.parametrize(("text", "surface", "due"), [
    # layouts.md §10: text copied from PDF pages breaks lines inside a time
    ("住建局要在9月底\n前完成老旧小区改造20个。", "9月底\n前", date(2021, 9, 30)),
    ("力争9月\n底前建成投用。", "9月\n底前", date(2021, 9, 30)),
    ("年\n底前完成。", "年\n底前", date(2021, 12, 31)),
])
def test_a_line_break_inside_a_time(text: str, surface: str, due: date) -> None:
    found = extract_deadlines(text, year=2021)
    assert [(d.surface, d.due) for d in found] == [(surface, due)]
    assert text[found[0].start:found[0].end] == surface


def test_a_line_break_between_two_lines_joins_nothing() -> None:
    # a break after a sentence or a field mark, or a time wholly on one line, stays as it is
    text = "完成改造。\n年内新建公园3个。\n牵头单位：\n6月底前"
    assert [d.surface for d in extract_deadlines(text, year=2021)] == ["年内", "6月底前"]


def test_a_deadline_field_is_any_label_of_the_tasks_own_text_but_a_schedule() -> None:
    """The labels of a deadline field are the task-text labels of the structure table (one
    list), less those that say how work proceeds: 完成节点 is due, 时序要求 is not."""
    doc = govmetrics.parse_document(
        "一、新建社区食堂5个。（主责单位：区民政局；完成节点：8月31日前）\n"
        "二、改造农贸市场3个。（主责单位：区商务局；时序要求：按月推进）\n", year=2018)
    due = {t.number: [(d.surface, d.due, d.recurring) for d in t.deadlines if not d.default] for t in doc.tasks}
    assert due == {"一": [("8月31日前", date(2018, 8, 31), False)], "二": []}


def test_a_visit_done_every_month_is_a_recurring_time() -> None:
    """每月 right before a visit (上门, 走访, 探访, 入户) with no number is the recurring time of
    work done every month; before a number that counts people it stays a frequency."""
    doc = govmetrics.parse_document("镇民政办每月上门探访独居老人。镇卫生院每年新增签约居民800人。\n", year=2024)
    written = [(d.surface, d.recurring) for _, d in doc.deadlines() if not d.default]
    assert written == [("每月", True)]


def test_a_fronted_object_leaves_a_frequency_a_frequency() -> None:
    """每月向… before a verb of a recurring task is recurring; 每月向… before a sum of money or
    a count (每月向高龄老人发放津贴200元) is how often it is paid: no deadline, and so is 按月
    before a verb of paying (按月发放高龄津贴)."""
    doc = govmetrics.parse_document("每月向低保对象发放生活补贴150元。每月向社会公布抽检结果。"
                                    "为80周岁以上老人按月发放高龄津贴。\n", year=2024)
    written = [(d.surface, d.recurring) for _, d in doc.deadlines() if not d.default]
    assert written == [("每月", True)]
    assert doc.text.index("每月向社会") == next(d.start for _, d in doc.deadlines() if not d.default)


def test_a_named_day_with_a_fixed_date_is_due_on_it() -> None:
    """国庆前 is due on 1 October of the document's year, 五一前 on 1 May; 春节前 (a lunar
    holiday) has no fixed day, and 五一 in a name (五一村) is no time."""
    doc = govmetrics.parse_document("国庆节前建成城东体育公园。春节前发放困难群众慰问金。五一前完成道路改造。"
                                    "新建五一村文化广场1个。\n", year=2023)
    written = [(d.surface, d.due) for _, d in doc.deadlines() if not d.default]
    assert written == [("国庆节前", date(2023, 10, 1)), ("五一前", date(2023, 5, 1))]


def test_a_named_day_in_quotes_keeps_its_quotes() -> None:
    """A party list writes the day in quotes (“七一”前完成集中宣讲): due on 1 July, the quotes in
    its surface."""
    found = extract_deadlines("完成时限：“七一”前完成集中宣讲，年底前完成全覆盖", year=2018)
    assert [(d.surface, d.due) for d in found] == [("“七一”前", date(2018, 7, 1)), ("年底前", date(2018, 12, 31))]


def test_a_time_field_read_by_its_head_makes_its_time_due() -> None:
    """One rule for a time field's label by its head (lexicon/labels.time_label), in the structure
    and in the deadlines: after 推进时点：, 9月 is due; a form's own date (签订日期) is not."""
    from govmetrics.extract.roles import analyse

    due = [(d.surface, d.due) for d in analyse("新建公园3个。推进时点：9月", year=2025).deadlines if not d.default]
    assert due == [("9月", date(2025, 9, 30))]
    assert [d for d in analyse("新建公园3个。9月", year=2025).deadlines if not d.default] == []
    assert [d for d in analyse("新建公园3个。签订日期：2025年2月10日", year=2025).deadlines if not d.default] == []


def test_a_deadline_moved_by_a_change_keeps_only_its_new_time() -> None:
    """A list changed after it was issued: 由6月底前延至9月底前 is due at the new time; the old
    one (after 由 or 原定) is no deadline."""
    found = extract_deadlines("完成时限由6月底前延至9月底前。", year=2022)
    assert [(d.surface, str(d.due)) for d in found] == [("9月底前", "2022-09-30")]
    assert [d.surface for d in extract_deadlines("原定8月底前完成，现调整为10月底前完成。", year=2022)] == ["10月底前"]


def test_years_that_date_their_shares_of_the_work() -> None:
    """A plan over several years: a year's count right after it, and a list of years before the
    work shared among them, are each due at that year's end; a list of years in a title is not."""
    found = extract_deadlines("新建充电桩6000个，其中2023年2000个、2024年4000个。", year=2022)
    assert [d.surface for d in found] == ["2023年", "2024年"]
    found = extract_deadlines("2023年、2024年覆盖率分别达到52%、60%以上。", year=2022)
    assert [str(d.due) for d in found] == ["2023-12-31", "2024-12-31"]
    assert extract_deadlines("关于印发2023年、2024年工作要点的通知", year=2022) == []


def test_dates_written_in_figures() -> None:
    """A date in figures is due then (2024.6.30前, 2024/9/30前, 2024-11-15 in a deadline field);
    without its year only before 前 (10.31前, 6/30前): 1.3以内 is a ratio, 8.25% a share."""
    cases = {"2024.6.30前完成": "2024-06-30", "2024/9/30前建成": "2024-09-30", "10.31前完成招标": "2024-10-31",
             "6/30前交付使用": "2024-06-30", "完成时限：2024-11-15": "2024-11-15"}
    for text, due in cases.items():
        assert [str(d.due) for d in extract_deadlines(text, year=2024)] == [due], text
    for text in ("数据中心PUE控制在1.3以内", "增长8.25%", "占比达到1/3以上"):
        assert extract_deadlines(text, year=2024) == [], text


def test_a_year_and_a_month_in_figures() -> None:
    """A year and a month in figures (2024.12, 2023.6) is due the month's last day where a field,
    a cell or a line ends on it, or before 前; followed by a unit it is a decimal (2023.6万元)."""
    cases = {"完成时限：2024.12": "2024-12-31", "2024.9前完成招标": "2024-09-30",
             "建设良种基地12个\t种业处\t2023.6\n": "2023-06-30"}
    for text, due in cases.items():
        assert [str(d.due) for d in extract_deadlines(text, year=2024)] == [due], text
    assert extract_deadlines("总投资2023.6万元", year=2024) == []


def test_times_listed_in_one_field_or_cell() -> None:
    """Times joined by 、 in a deadline field or a time cell are each due (6月、12月); the same
    months before a verb with no field around them are not (6月、12月分别开展检查)."""
    field = extract_deadlines("完成时限：6月、12月", year=2024)
    assert [(d.surface, str(d.due)) for d in field] == [("6月", "2024-06-30"), ("12月", "2024-12-31")]
    cell = extract_deadlines("开展动物疫病集中免疫\t畜牧兽医处\t4月、10月\n", year=2023)
    assert [(d.surface, str(d.due)) for d in cell] == [("4月", "2023-04-30"), ("10月", "2023-10-31")]
    assert extract_deadlines("6月、12月分别开展专项检查", year=2024) == []


def test_the_school_calendar() -> None:
    """每学期 is a recurring time like 每季度; 2025—2026学年内 is a school year, no calendar year
    (its 年内 is no 年内); 未能按期完成的 is a condition, no time."""
    found = extract_deadlines("每学期开展检查不少于1次；2025—2026学年内交流轮岗比例不低于10%；未能按期完成的予以通报。",
                              year=2025)
    assert [(d.surface, d.recurring) for d in found] == [("每学期", True)]
