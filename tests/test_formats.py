"""Every format a government publishes: each corpus as a text PDF, one task table as HTML,
.docx, .xlsx, .xls, .csv, .tsv and a ruled PDF table, give the same tasks and targets as
their text version; the formats not read, and unreadable PDFs, are one clear error.

The files are written by the tests (`formats.py`): nothing binary is committed.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import zipfile
from functools import cache
from pathlib import Path

import pytest
from conftest import CORPORA, CORPUS_IDS
from formats import (TABLE_TEXT, TITLE, docx_table, html_table, write_csv, write_scanned_pdf, write_table_pdf,
                     write_text_pdf, write_xls, write_xlsx)

import govmetrics
from govmetrics import cli
from govmetrics.errors import ReadError
from govmetrics.output.export import FILENAMES
from govmetrics.reading.source import read_source


def _tasks(document: govmetrics.Document) -> list[tuple]:
    return [(t.number, t.leaders, t.lead_units, t.cooperating_units, t.responsible_units) for t in document.tasks]


def _targets(document: govmetrics.Document) -> list[tuple]:
    return [(task.number, t.value, t.low, t.high, t.unit, t.comparator) for task in document.tasks for t in task.targets]


@cache
def _read_text(doc_id: str) -> govmetrics.Document:
    return govmetrics.read(CORPORA / f"{doc_id}.txt", tokens=False)


def _lines(text: str) -> list[str]:
    lines = (line.strip(" \t\u3000\u00a0\r") for line in text.split("\n"))
    return [line for line in lines if line]


# Word's two ways of setting a body: first lines indented (left-aligned wrapping), or no
# indent with justified lines (every wrapped line ends at the margin).
@pytest.mark.parametrize("indent,justify", [(True, False), (False, True)], ids=["indented", "justified"])
@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_corpus_as_text_pdf_gives_its_tasks_and_targets(tmp_path: Path, doc_id: str, indent: bool,
                                                        justify: bool) -> None:
    text = (CORPORA / f"{doc_id}.txt").read_text(encoding="utf-8")
    path = tmp_path / f"{doc_id}.pdf"
    write_text_pdf(text, path, indent=indent, justify=justify)
    read = read_source(path)
    # Every paragraph comes back whole (wrapped lines joined, nothing added or lost), and the
    # running header and page numbers are left out.
    assert read.text.split("\n") == _lines(text)
    document = govmetrics.read(path, tokens=False)
    expected = _read_text(doc_id)
    assert document.meta.source_format == "pdf"
    assert _tasks(document) == _tasks(expected) and len(document.tasks) > 40
    assert _targets(document) == _targets(expected)
    pages = [int(read.source_map.locate(t.start).part.split()[1]) for t in document.tasks]
    assert pages == sorted(pages) and pages[-1] > 3


def test_pdf_positions_name_page_and_line(tmp_path: Path) -> None:
    text = "\n".join(["2024年重点工作责任分解"] + [f"{n}.新建口袋公园{n}个，改造提升绿道{n * 3}公里，完成全年绿化任务。" for n in range(1, 80)])
    path = tmp_path / "parks.pdf"
    write_text_pdf(text, path, header="某某市人民政府办公室")
    read = read_source(path)
    assert "某某市人民政府办公室" not in read.text and "—" not in read.text
    where = read.text.index("50.新建口袋公园50个")
    pos = read.source_map.locate(where)
    page, line = int(pos.part.split()[1]), int(pos.part.split()[3])
    assert pos.part.startswith("page ") and " line " in pos.part and pos.offset == 0 and pos.exact
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    # the page's lines as drawn: the header (line 1), the page number (at the foot), the body
    header, footer, *body = pdf[page - 1].get_textpage().get_text_range().replace("\r", "").split("\n")
    assert footer == f"— {page} —" and line > 1 and body[line - 2].startswith("50.新建口袋公园50个")
    assert read.source_map.locate(where + 5).offset == 5


_REPORT = ("2025年临江县政府工作报告\n\n"
           "一、2024年工作回顾\n"
           "\u3000\u3000过去一年，全县地区生产总值增长6.1%，新建农村公路120公里，新增城镇就业4200人。\n\n"
           "二、2025年主要目标和重点工作\n"
           "\u3000\u3000今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业4000人以上。\n"
           "\u3000\u3000重点抓好以下工作：\n"
           "\u3000\u3000（一）扩大有效投资。全年实施县级重点项目45个，完成投资60亿元以上。\n"
           "\u3000\u3000（二）办好民生实事。新建幼儿园3所，新增学位900个，年底前全部投入使用。\n")


def test_a_word_file_or_web_page_keeps_the_indentation_its_paragraphs_were_typed_with() -> None:
    """A heading stands out from the paragraphs indented under it (　　…); read without the
    indentation and the blank lines, the year's main targets were taken for the heading's text."""
    import docx

    word = docx.Document()
    for line in _REPORT.split("\n"):
        word.add_paragraph(line)
    data = io.BytesIO()
    word.save(data)
    page = ("<html><head><meta charset='utf-8'><title>报告</title></head><body><div class='article'>\n"
            + "\n".join(f"  <p>{line}</p>" if line else "  <p>&nbsp;</p>" for line in _REPORT.split("\n"))
            + "\n</div></body></html>")
    text = govmetrics.read(_REPORT.encode(), name="report.txt")
    as_word = govmetrics.read(data.getvalue(), name="report.docx")
    as_page = govmetrics.read(page.encode(), name="report.html")
    # paragraphs as typed, an empty one (<p>&nbsp;</p>) a blank line
    assert as_word.text == as_page.text == text.text
    targets = [t.surface for _, t in text.targets()]
    assert targets[:2] == ["6%左右", "4000人以上"]
    assert [t.surface for _, t in as_word.targets()] == [t.surface for _, t in as_page.targets()] == targets


def test_a_table_typed_in_a_web_page_pre_reads_as_the_text_file() -> None:
    """A browser shows <pre> as typed; collapsed to single spaces, the columns of a
    fixed-width table were lost and no task was read."""
    rows = ["2024年民生实事项目表", "",
            "序号  项目名称与目标                      牵头单位      完成时限",
            "1     新建城市公园12个，新增绿地8公顷      县住建局      年底前",
            "2     改造老旧小区30个                    县住建局      10月底前",
            "3     新增普惠托位不少于300个             县卫健局      9月底前"]
    text = "\n".join(rows)
    page = f"<html><head><meta charset='utf-8'><title>表</title></head><body><div>\n<pre>{text}</pre>\n</div></body></html>"
    as_text, as_page = (govmetrics.read(text.encode(), name="t.txt"), govmetrics.read(page.encode(), name="t.html"))
    assert as_page.text == as_text.text

    def tasks(d: govmetrics.Document) -> list:
        return [(t.number, t.lead_units, [q.surface for q in t.targets]) for t in d.tasks]
    assert tasks(as_page) == tasks(as_text) == [("1", ("县住建局",), ["12个", "8公顷"]), ("2", ("县住建局",), ["30个"]),
                                                ("3", ("县卫健局",), ["300个"])]


def _numbered_word_file() -> bytes:
    """A Word list numbered by Word (一、 over 1. 2., the 1. counted again under 二、), not by hand."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    word = docx.Document()
    numbering = word.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    # a second instance of the list goes on counting; a third starts again at 1
    numbering.append(parse_xml(f'<w:num {w} w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="92"><w:abstractNumId w:val="90"/>'
                               '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    word.add_paragraph("2024年重点工作任务清单")
    for level, text, *list_id in [(0, "教育"), (1, "新建幼儿园3所，新增学位900个。"), (None, "牵头单位：县教育局"),
                        (1, "改造薄弱学校8所。"), (None, "牵头单位：县教育局"), (0, "交通"),
                        (1, "新改建农村公路45公里。"), (None, "牵头单位：县交通运输局"), (0, "生态", 91),
                        (0, "附件清单", 92)]:
        paragraph = word.add_paragraph(text)
        if level is not None:
            numbered = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            numbered.get_or_add_numId().val, numbered.get_or_add_ilvl().val = (list_id or [90])[0], level
    data = io.BytesIO()
    word.save(data)
    return data.getvalue()


def test_a_word_list_numbered_by_word_shows_its_numbers() -> None:
    """Word's automatic numbers are in no paragraph's text; without them no item was read."""
    document = govmetrics.read(_numbered_word_file(), name="list.docx")
    assert document.text.split("\n")[1:5] == ["一、教育", "1.新建幼儿园3所，新增学位900个。", "牵头单位：县教育局",
                                               "2.改造薄弱学校8所。"]
    assert [(t.section[-1], t.number, t.lead_units, [q.surface for q in t.targets]) for t in document.tasks[:3]] == [
        ("一、教育", "1", ("县教育局",), ["3所", "900个"]), ("一、教育", "2", ("县教育局",), ["8所"]),
        ("二、交通", "1", ("县交通运输局",), ["45公里"])]
    assert document.text.split("\n")[-2:] == ["三、生态", "一、附件清单"]
    where = document.source_map.locate(document.text.index("二、交通"))
    assert where.part == "paragraph 7" and not where.exact  # the number Word shows stands in no text


@pytest.mark.parametrize("n,fmt,shown", [(11, "chineseCounting", "十一"), (20, "chineseCountingThousand", "二十"),
                                          (2, "chineseLegalSimplified", "贰"), (3, "decimalEnclosedCircle", "③"),
                                          (4, "upperRoman", "IV"), (9, "lowerRoman", "ix"), (5, "decimalZero", "05"),
                                          (2, "ideographTraditional", "乙"), (3, "lowerLetter", "c"),
                                          (1, "hebrew1", None)])
def test_word_number_formats(n: int, fmt: str, shown: str | None) -> None:
    from govmetrics.reading.wordlists import number_text

    assert number_text(n, fmt) == shown


def test_an_empty_line_a_pdf_leaves_as_space_is_a_blank_line(tmp_path: Path) -> None:
    """An empty paragraph of the Word file a PDF was made from leaves a line's height of space:
    the blank line a text file keeps (a heading after it stands apart from the list above)."""
    task = "新建城市公园12个，改造提升绿道36公里，完成老旧小区改造30个，同步配建充电设施和停车泊位，年底前全部完成。"
    text = "\n".join(["2024年重点任务", ""] + [f"{n}.{task}\n牵头单位：县住建局" for n in range(1, 7)]
                     + ["", "二、考核办法", "各牵头单位于每季度末报送进展，考核结果在年底前通报，并作为年度综合考核的重要依据。"])
    path = tmp_path / "gaps.pdf"
    write_text_pdf(text, path, header="", blank_lines=True)
    lines = govmetrics.read(path).text.split("\n")
    heading = lines.index("二、考核办法")
    assert lines[:3] == ["2024年重点任务", "", f"1.{task}"] and lines[heading - 2:heading] == ["牵头单位：县住建局", ""]
    write_text_pdf(text, path, header="")
    assert "" not in govmetrics.read(path).text.split("\n")


def test_a_character_beyond_the_bmp_in_a_pdf_is_one_character(tmp_path: Path) -> None:
    """pdfium gives an emoji (a WeChat article printed to PDF: 具体如下👇) as two UTF-16 halves;
    read as two lone surrogates, no export could write the text."""
    path = tmp_path / "article.pdf"
    write_text_pdf("十件民生实事，具体如下👇\n一、新建口袋公园12个，年底前完成。", path)
    document = govmetrics.read(path)
    assert "如下👇\n" in document.text
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in document.text)
    assert [t.surface for _, t in document.targets()] == ["12个"]
    out = subprocess.run([sys.executable, "-m", "govmetrics", "extract", str(path), "--out", str(tmp_path / "out"),
                          "--quiet"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "12个" in (tmp_path / "out" / "targets.csv").read_text(encoding="utf-8-sig")


@pytest.fixture(scope="module")
def table_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("table")
    files = {name: folder / name for name in ("table.html", "table.docx", "table.xlsx", "table.xls", "table.csv",
                                               "table.tsv", "table.pdf", "pages.pdf", "pages-no-header.pdf")}
    files["table.html"].write_text(html_table(), encoding="utf-8")
    files["table.docx"].write_bytes(docx_table())
    write_xlsx(files["table.xlsx"])
    write_xls(files["table.xls"])
    write_csv(files["table.csv"], encoding="gb18030")
    write_csv(files["table.tsv"], delimiter="\t", encoding="gbk")
    write_table_pdf(files["table.pdf"])
    write_table_pdf(files["pages.pdf"], body_rows=4)
    write_table_pdf(files["pages-no-header.pdf"], body_rows=4, repeat_header=False)
    return files


@pytest.fixture(scope="module")
def table_text() -> govmetrics.Document:
    return govmetrics.read(TABLE_TEXT.encode("utf-8"), name="table.txt", tokens=False)


@pytest.mark.parametrize("name", ["table.html", "table.docx", "table.xlsx", "table.xls", "table.csv", "table.tsv",
                                  "table.pdf"])
def test_task_table_in_every_format_gives_the_same_tasks_and_targets(table_files: dict[str, Path],
                                                                     table_text: govmetrics.Document,
                                                                     name: str) -> None:
    document = govmetrics.read(table_files[name], tokens=False)
    assert len(document.tasks) == 6 and len(_targets(table_text)) >= 10
    assert _tasks(document) == _tasks(table_text)
    assert _targets(document) == _targets(table_text)
    assert [t.section for t in document.tasks] == [t.section for t in table_text.tasks]
    assert document.meta.title == TITLE and document.meta.year == 2024


@pytest.mark.parametrize("name", ["pages.pdf", "pages-no-header.pdf"])
def test_pdf_table_over_pages_is_one_table(table_files: dict[str, Path], table_text: govmetrics.Document,
                                           name: str) -> None:
    read = read_source(table_files[name])
    document = govmetrics.read(table_files[name], tokens=False)
    assert _tasks(document) == _tasks(table_text) * 4
    assert "项目名称" not in read.text  # a header repeated on a new page is not a row
    assert {read.source_map.locate(t.start).part.split()[1] for t in document.tasks} >= {"1", "2"}


def test_table_positions(table_files: dict[str, Path]) -> None:
    pdf = read_source(table_files["table.pdf"])
    pos = pdf.source_map.locate(pdf.text.index("新建和改扩建"))
    assert pos.part == "page 1 table 1 row 3 cell 2 line 1" and pos.offset == 0 and pos.exact
    wrapped = pdf.text.index("同步完成校园")  # the cell's text wraps: a later line of the same cell
    assert pdf.source_map.locate(wrapped).part.startswith("page 1 table 1 row 3 cell 2 line ")
    sheet = read_source(table_files["table.xlsx"])
    units = "配合单位:市发改委、市财政局、市自然资源局"
    pos = sheet.source_map.locate(sheet.text.index(units) + units.index("市自然资源局"))
    assert pos.part == "sheet 民生实事 cell E4" and pos.offset == len("市发改委\n市财政局\n")
    assert read_source(table_files["table.xls"]).source_map.locate(sheet.text.index("新建和")).part == \
        "sheet 民生实事 cell B4"
    table = read_source(table_files["table.csv"])
    assert table.encoding == "gb18030" and table.source_format == "csv"
    at = table.text.index("新增城市公共停车泊位")
    pos = table.source_map.locate(at)
    raw = table_files["table.csv"].read_bytes()
    assert raw[pos.byte:].decode("gb18030").startswith("新增城市公共停车泊位")
    assert raw.decode("gb18030").split("\n")[pos.line - 1][pos.column:].startswith("新增城市公共停车泊位")


def test_csv_quotes_and_cells_of_several_lines(tmp_path: Path) -> None:
    path = tmp_path / "quoted.csv"
    rows = [["序号", "重点工作", "责任单位"], ["1", '完成“放心菜园”建设，面积达到"120"亩。', "市农业农村局\n市商务局"]]
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    read = read_source(path)
    assert read.text.split("\n") == ['1.完成“放心菜园”建设，面积达到"120"亩。', "责任单位:市农业农村局、市商务局"]
    quote = read.text.index('"120')
    assert read.source_map.locate(quote).offset == buffer.getvalue().index('""120')


def test_every_sheet_is_read(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    write_xlsx(path)
    read = read_source(path)
    assert read.text.endswith("本表由市政府办公室汇总。")
    assert read.source_map.locate(len(read.text) - 1).part == "sheet 说明 cell A1"


def test_percent_and_date_cells_are_written_as_shown(tmp_path: Path) -> None:
    import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "重点工作", "完成时限"])
    sheet.append([1, "城镇新增就业人数达到目标", datetime.date(2024, 9, 30)])
    sheet.append([2, 0.855, "12月底前"])
    sheet["B3"].number_format = "0.0%"
    book.save(tmp_path / "shown.xlsx")
    read = read_source(tmp_path / "shown.xlsx")
    assert "1.城镇新增就业人数达到目标" in read.text and "2024年9月30日" in read.text and "2.85.5%" in read.text
    assert not read.source_map.locate(read.text.index("85.5%")).exact


def _problem(path: Path) -> str:
    with pytest.raises(ReadError) as caught:
        read_source(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


@pytest.fixture(scope="module")
def unreadable(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from reportlab.lib.pdfencrypt import StandardEncryption

    folder = tmp_path_factory.mktemp("unreadable")
    files = {name: folder / name for name in ("scan.pdf", "locked.pdf", "broken.pdf", "old.doc", "draft.wps",
                                               "sheet.et", "notice.ofd", "cut.xlsx")}
    write_scanned_pdf(files["scan.pdf"])
    write_text_pdf("1.新建公园3个。\n牵头单位：市园林局", files["locked.pdf"], encrypt=StandardEncryption("secret"))
    whole = io.BytesIO()
    write_text_pdf((CORPORA / "cixi-2021.txt").read_text(encoding="utf-8"), folder / "whole.pdf")
    data = (folder / "whole.pdf").read_bytes()
    (folder / "whole.pdf").unlink()
    files["broken.pdf"].write_bytes(data[:len(data) // 3])
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    for name in ("old.doc", "draft.wps", "sheet.et"):
        files[name].write_bytes(ole)
    with zipfile.ZipFile(whole, "w") as archive:
        archive.writestr("Doc_0/Content.xml", "<ofd:Page/>")
    files["notice.ofd"].write_bytes(whole.getvalue())
    write_xlsx(files["cut.xlsx"])
    files["cut.xlsx"].write_bytes(files["cut.xlsx"].read_bytes()[:2000])
    return files


@pytest.mark.parametrize("name,advice", [
    ("scan.pdf", "OCR"), ("locked.pdf", "password"), ("broken.pdf", "damaged"), ("old.doc", ".docx"),
    ("draft.wps", ".docx"), ("sheet.et", ".xlsx"), ("notice.ofd", "PDF"), ("cut.xlsx", "save it anew"),
])
def test_unreadable_files_are_one_line_naming_what_to_do(unreadable: dict[str, Path], name: str, advice: str) -> None:
    assert advice in _problem(unreadable[name])


def test_an_owner_password_only_restricts_and_the_pdf_is_read(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = tmp_path / "restricted.pdf"
    write_text_pdf("1.新建公园3个。\n牵头单位：市园林局", path,
                   encrypt=StandardEncryption("", ownerPassword="owner", canPrint=0, canCopy=0, canModify=0))
    # (one page cannot show a running header: it is kept, the page number is not)
    assert read_source(path).text.split("\n")[-2:] == ["1.新建公园3个。", "牵头单位：市园林局"]


def test_a_web_page_saved_as_doc_or_xls_is_read_as_what_it_is(tmp_path: Path) -> None:
    for name in ("page.doc", "page.xls"):
        (tmp_path / name).write_text(html_table(), encoding="utf-8")
        read = read_source(tmp_path / name)
        assert read.source_format == "html" and "1.新建和改扩建中小学校6所" in read.text


def test_extract_over_a_folder_of_every_format(tmp_path: Path, table_files: dict[str, Path],
                                               unreadable: dict[str, Path],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    readable = {"xuchang-2020": None, "cixi-pdf": None}
    (folder / "xuchang-2020.txt").write_bytes((CORPORA / "xuchang-2020.txt").read_bytes())
    write_text_pdf((CORPORA / "cixi-2021.txt").read_text(encoding="utf-8"), folder / "cixi-pdf.pdf")
    for name in ("table.html", "table.docx", "table.xlsx", "table.xls", "table.csv", "table.tsv", "table.pdf"):
        stem = "table-" + name.split(".")[1]
        (folder / f"{stem}{Path(name).suffix}").write_bytes(table_files[name].read_bytes())
        readable[stem] = None
    for path in unreadable.values():
        (folder / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "out"
    assert cli.main(["extract", str(folder), "--out", str(out), "--format", "csv", "--quiet"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert sorted(err) == sorted(line for line in err if line.startswith("govmetrics: ")) and len(err) == len(unreadable)
    for path in unreadable.values():
        assert any(line.startswith(f"govmetrics: {folder / path.name}: ") for line in err)
    with (out / FILENAMES["csv"]).open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {row["doc_id"] for row in rows} == set(readable)
    per_table = [sum(1 for row in rows if row["doc_id"] == stem) for stem in readable if stem.startswith("table-")]
    assert len(set(per_table)) == 1 and per_table[0] >= 10


def test_a_closing_mark_hung_past_a_cell_edge_stays_in_its_cell(tmp_path: Path) -> None:
    """Family 4 in a PDF (a table as Word prints it): Word lets a closing mark hang past a
    cell's right edge (标点溢出边界), most of its box in the next cell. It belongs to the cell
    its box starts in: the header keeps its unit, 年度计划投资（万元）, and the figure under it
    reads 26000万元."""
    from formats import FONT, _fonts
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _fonts()
    path = tmp_path / "hung.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    xs, ys = [72, 112, 232, 372, 492], [700, 676, 652]
    for x in xs:
        pdf.line(x, ys[0], x, ys[-1])
    for y in ys:
        pdf.line(xs[0], y, xs[-1], y)
    pdf.setFont(FONT, 10)
    pdf.drawString(72, 730, "溪口县2024年重点项目计划表")
    for row, cells in ((0, ["序号", "项目名称", "年度计划投资（万元", "责任单位"]), (1, ["1", "新建标准厂房", "26000", "县工信局"])):
        for x, text in zip(xs, cells):
            pdf.drawString(x + 4, ys[row] - 16, text)
    pdf.drawString(368, ys[0] - 16, "）")  # hung: its box from 368 to 378, the cell's edge at 372
    pdf.save()
    doc = govmetrics.read(path)
    assert [(str(t.value), t.unit, t.indicator) for _, t in doc.targets()] == [("260000000", "元", "年度计划投资")]
    assert [t.responsible_units for t in doc.tasks] == [("县工信局",)]


def test_a_pdf_that_does_not_embed_its_fonts_says_so(tmp_path: Path) -> None:
    """A PDF set in a CJK font it does not embed (reportlab's STSong-Light) is read through the
    machine's fonts, which may lack a character: the reader says so, naming the font."""
    path = tmp_path / "unembedded.pdf"
    write_text_pdf("临川县2024年重点工作\n1.新建学校3所。\n牵头单位：县教育局\n", path)
    warnings = read_source(path).warnings
    assert any("does not embed" in w and "STSong-Light" in w for w in warnings), warnings
