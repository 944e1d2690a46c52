"""Metadata: document numbers, dates, page headers, and each corpus document's facts.

The expected facts of the corpora are those their annotation NOTES state (document
number, the year the tasks are for, the date issued) and what the documents print.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import corpus_text

import govmetrics
from govmetrics.structure import build_document
from govmetrics.structure.metadata import date_line, find_dates, page_headers, parse_doc_number


@pytest.mark.parametrize("written,agency,year,serial", [
    ("湖政办发〔2019〕9号", "湖政办发", 2019, 9),
    ("许政 [2020] 20号", "许政", 2020, 20),
    ("国办发（2021）12号", "国办发", 2021, 12),
    ("浙政办发[2020]3号", "浙政办发", 2020, 3),
    ("文件编号: 衢政办发〔2021〕3号 统一编号:", "衢政办发", 2021, 3),
    ("许昌市人民政府文件许政〔2020〕21号", "许政", 2020, 21),
    ("湖政辦發〔2019〕9號", "湖政辦發", 2019, 9),
    ("金政办发〔２０１８〕２３号", "金政办发", 2018, 23),
])
def test_doc_number_parts(written: str, agency: str, year: int, serial: int) -> None:
    number = parse_doc_number(written)
    assert number is not None
    assert (number.agency, number.year, number.serial) == (agency, year, serial)
    assert written[number.start:number.end] == number.number


@pytest.mark.parametrize("written", ["2019年工作", "第22次常务会议", "〔2019〕"])
def test_not_a_doc_number(written: str) -> None:
    assert parse_doc_number(written) is None


@pytest.mark.parametrize("written,expected", [
    ("2019年2月27日", date(2019, 2, 27)),
    ("  2018年4月18日", date(2018, 4, 18)),
    ("二〇一九年二月二十七日", date(2019, 2, 27)),
    ("二〇二一年十二月三十一日", date(2021, 12, 31)),
])
def test_date_line(written: str, expected: date) -> None:
    assert date_line(written) == expected


@pytest.mark.parametrize("written", ["湖州市人民政府办公室 2019年2月27日印发", "2019年2月30日", "2019年是新中国成立70周年"])
def test_not_a_date_line(written: str) -> None:
    assert date_line(written) is None


def test_find_dates_reads_iso_and_chinese() -> None:
    found = find_dates("成文日期: 2021-03-24 发布日期:2021-03-26 14:35")
    assert [d for d, _, _ in found] == [date(2021, 3, 24), date(2021, 3, 26)]


def test_page_header_glued_into_a_paragraph() -> None:
    text = corpus_text("xuchang-2020")
    spans = page_headers(text)
    assert [text[s:e] for s, e in spans] == ["许昌市人民政府文件许政〔2020〕21号"]


# doc_id: (document number, year of the tasks, date issued, region, issuer)
CORPUS_META = {
    "cixi-2021": (None, 2021, date(2021, 3, 25), "慈溪市", "慈溪市人民政府办公室"),
    "huzhou-2019": ("湖政办发〔2019〕9号", 2019, date(2019, 2, 27), "湖州市", "湖州市人民政府办公室"),
    "jinhua-2018": ("金政办发〔2018〕23号", 2018, date(2018, 4, 18), "金华市", "金华市人民政府办公室"),
    "quzhou-2021": ("衢政办发〔2021〕3号", 2021, date(2021, 3, 24), "衢州市", "衢州市人民政府办公室"),
    "xuchang-2020": ("许政 [2020] 20号", 2020, None, "许昌市", "许昌市人民政府"),
}


def test_every_corpus_has_expected_metadata(corpus_id: str) -> None:
    number, year, issued, region, issuer = CORPUS_META[corpus_id]
    meta = build_document(corpus_text(corpus_id), path=f"corpora/{corpus_id}.txt").meta
    assert meta.doc_id == corpus_id
    assert (meta.doc_number, meta.year, meta.date_issued, meta.region, meta.issuer) == (
        number, year, issued, region, issuer)


def test_published_date_and_title_from_the_site_header() -> None:
    meta = build_document(corpus_text("quzhou-2021")).meta
    assert meta.date_published == date(2021, 3, 26)
    assert meta.title == "关于印发2021年政府工作报告重点工作责任分解的通知"
    assert (meta.doc_agency, meta.doc_year, meta.doc_serial) == ("衢政办发", 2021, 3)


def test_title_inside_book_title_marks() -> None:
    meta = build_document(corpus_text("huzhou-2019")).meta
    assert meta.title == "湖州市人民政府办公室关于印发2019年政府工作报告重点工作和十方面民生实事责任分解的通知"


def test_year_argument_overrides() -> None:
    assert build_document(corpus_text("huzhou-2019"), year=2020).meta.year == 2020


def test_hints_fill_what_the_text_lacks() -> None:
    doc = build_document("1.推进项目建设。\n责任单位:市发改委", hints={"title": "某通知", "published": date(2020, 1, 2)})
    assert doc.meta.title == "某通知"
    assert doc.meta.date_published == date(2020, 1, 2)


# layouts.md §13: the year from the document itself, never the clock. Each text names its
# year in one place only; the sentences are ours.
@pytest.mark.parametrize("text,year", [
    # a plain title with no marker word (a heading line)
    ("临川市2017年城市建设项目推进计划\n1.新建道路3条。\n责任单位：市住建局", 2017),
    ("東嶺省2013年國民經濟計劃（摘要）\n一、主要目標\n　　生產總值增長8%。", 2013),
    # under a line with no year: a one-page PDF's running header, which names a list too
    ("重点工作责任分解\n澄溪县2016年政府工作报告目标任务分解\n1.新建道路3条。\n责任单位：县交通局", 2016),
    # a news date line, ISO or with a label
    ("某区今年将新建学校5所\n2019-01-20 09:15　来源：某区日报\n　　区教育局要在8月底前新建学校5所。", 2019),
    ("某鎮部署今年工作\n發布時間：2015-02-11 10:00\n　　今年全鎮要新建公園2個。", 2015),
    # a news byline: a source name, the date and a clock time set apart by spaces (layouts §7)
    ("东坪县召开全体会议\n东坪发布　2023年3月6日 10:20　记者 林远\n　　会议要求年底前新建公园2个。", 2023),
    # a dash line under the title, with the date of a meeting
    ("某市政府工作报告（摘要）\n——2014年1月8日在某市人民代表大会上\n　　今年新增就业3000人。", 2014),
    # a first sentence whose topic is the year
    ("某县重点任务分工\n　　2021年是实施规划的开局之年。现将任务分工如下：\n（一）新增就业2000人。", 2021),
    # a progress period
    ("某区重点工作推进情况\n　　现将2018年1-6月推进情况报告如下。\n1.新建公园3个。", 2018),
    # a year in Chinese digits, in a plain title and as the topic of a first sentence
    ("云川县二〇一八年民生实事项目清单\n1.新建公园3个。\n责任单位：县住建局", 2018),
    ("某縣重點任務分工\n　　二零二一年是實施規劃的開局之年。\n（一）新增就業2000人。", 2021),
    # the imprint that closes a document whose letter has no date (…办公室 2017年3月2日印发)
    ("某县人民政府办公室关于印发重点工作分工的通知\n各乡镇：\n　　现将分工印发给你们。\n"
     "1.新建公园3个。\n责任单位：县住建局\n\n抄送：县委办。\n某县人民政府办公室　　2017年3月2日印发\n", 2017),
    # the title of the attachment that opens the body, when the letter names no year
    ("青石乡人民政府关于印发重点任务清单的通知\n各村：\n　　现将今年的任务清单印发给你们。\n\n附件\n\n"
     "2022年重点任务清单\n\n01.新建公园3个。\n牵头部门：乡建设办", 2022),
    ("某街道办事处关于印发民生项目的通知\n各社区：\n　　现将项目印发给你们。\n附件1　二〇一九年民生项目安排\n"
     "1.新建公园3个。\n牵头部门：街道建设办", 2019),
])
def test_year_from_the_document(text: str, year: int) -> None:
    assert build_document(text).meta.year == year


@pytest.mark.parametrize("text", [
    # a past year in a results sentence is not the topic of the document
    "某县重点任务清单\n　　2020年，全县生产总值增长6%。\n1.新建公园3个。",
    # a year inside a list item is not a title
    "1.2019年底前新建公园3个。\n2.新增就业300人。",
    "某镇重点工作任务清单\n1.年底前新建公园3个。",
    # a date in the last line that is no imprint (the line goes on after 印发)
    "某镇重点工作任务清单\n1.年底前新建公园3个。\n2.落实2019年3月1日印发的方案，新增就业300人。",
    # four Chinese digits and 年 that write no year
    "某镇重点工作任务清单\n　　三四五六年是一个说法。\n1.年底前新建公园3个。",
    # an attachment whose first line is a sentence, not a title
    "某镇人民政府关于印发任务的通知\n各村：\n　　现将任务印发给你们。\n附件\n2020年已经完成的工作是重点。\n1.年底前新建公园3个。",
])
def test_no_year_stays_unknown(text: str) -> None:
    assert build_document(text).meta.year is None


def test_a_plan_over_several_years_is_for_its_first() -> None:
    """Family 13: a title with a span of years (三年行动实施方案（2022—2024年）): the plan starts in
    2022, so its 2022年完成… is this year's work, not a past year's result, and 年底前 is 2022's."""
    text = ("泓溪市制造业三年行动实施方案（2022—2024年）\n\n一、重点任务\n"
            "1.推进数字化改造。2022年完成改造300家，年底前新建智能工厂20个。\n责任单位：市经信局\n")
    doc = govmetrics.parse_document(text)
    assert doc.meta.year == 2022
    assert [t.surface for _, t in doc.targets()] == ["300家", "20个"]
    assert [(d.surface, d.due.isoformat()) for _, d in doc.deadlines() if not d.default] == [
        ("2022年", "2022-12-31"), ("年底前", "2022-12-31")]
