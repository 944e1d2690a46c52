"""Reading documents as published: encodings, an HTML page, a .docx table, the source
map back to the file, and one clear ReadError (or a warning) for every bad input."""

from __future__ import annotations

import io
import tracemalloc
import zipfile

import pytest
from conftest import CORPORA, corpus_text
from hypothesis import given
from hypothesis import strategies as st

from govmetrics.errors import ReadError
from govmetrics.reading.source import read_source
from govmetrics.reading.sourcemap import SourceMap
from govmetrics.structure import build_document

ENCODINGS = [("utf-8", "utf_8", 0), ("utf-8-sig", "utf_8", 3), ("gb18030", "gb18030", 0),
             ("utf-16", "utf_16_le", 2), ("utf-16-be", "utf_16_be", 0)]


@pytest.mark.parametrize("python_codec,codec,bom", ENCODINGS)
def test_corpus_in_any_encoding_reads_to_the_same_text(corpus_id: str, python_codec: str, codec: str, bom: int,
                                                       tmp_path) -> None:
    text = corpus_text(corpus_id)
    path = tmp_path / f"{corpus_id}.txt"
    raw = text.encode(python_codec)
    path.write_bytes(raw)
    read = read_source(path)
    assert read.text == text
    assert read.encoding == codec
    assert read.source_format == "text" and read.path == str(path) and not read.warnings
    doc = build_document(read.text, source_map=read.source_map, encoding=read.encoding)
    byte_codec = {"utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be"}.get(codec, python_codec.replace("-sig", ""))
    for task in doc.tasks[::10]:
        pos = read.source_map.locate(task.start)
        assert pos.byte == bom + len(text[:task.start].encode(byte_codec))
        assert raw[pos.byte:].decode(byte_codec, errors="ignore").startswith(task.text[:5])


def test_gb18030_corpus_gives_the_same_tasks(corpus_id: str) -> None:
    text = corpus_text(corpus_id)
    read = read_source(text.encode("gb18030"), name=f"{corpus_id}.txt")
    assert read.encoding == "gb18030"
    assert [t.to_dict() for t in build_document(read.text).tasks] == [t.to_dict() for t in build_document(text).tasks]


def test_big5_traditional_corpus() -> None:
    import opencc

    text = opencc.OpenCC("s2tw").convert(corpus_text("jinhua-2018"))
    raw = text.encode("big5", errors="ignore")
    read = read_source(raw, name="jinhua.txt")
    assert read.encoding in ("big5", "cp950", "big5hkscs")
    assert read.text == raw.decode("big5")
    assert len(build_document(read.text).tasks) == 107


def test_text_positions_give_line_and_column() -> None:
    text = corpus_text("huzhou-2019")
    read = read_source(text.encode("utf-8"), name="h.txt")
    start = text.index("1.深入推进") + 2
    pos = read.source_map.locate(start)
    assert (pos.part, pos.offset, pos.exact) == ("", start, True)
    assert pos.line == text[:start].count("\n") + 1 and pos.column == 2
    with pytest.raises(IndexError):
        read.source_map.locate(len(text) + 1)


@given(st.text(alphabet=st.sampled_from("湖州市政府办公室发改委〔〕2019年1.、:\n ab“”①"), max_size=200), st.data())
def test_byte_offsets_of_any_text(text: str, data) -> None:
    for codec in ("utf_8", "gb18030", "utf_16_le"):
        smap = SourceMap.identity(text, codec)
        i = data.draw(st.integers(0, len(text)))
        assert smap.locate(i).byte == len(text[:i].encode(codec))


PAGE = """<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>通知_某市人民政府</title>
<meta name="ArticleTitle" content="某市人民政府办公室关于印发2021年重点工作责任分解的通知">
<meta name="PubDate" content="2021-03-26 14:35">
<script>var tasks = "1.不是任务";</script><style>.a{color:red}</style></head>
<body>
<div class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
<div id="zoom" class="article">
<h1>某市人民政府办公室关于印发2021年重点工作责任分解的通知</h1>
<p>某政办发〔2021〕5号</p>
<p>各县（市、区）人民政府，市政府各部门：</p>
<p>&nbsp;&nbsp;现将《2021年重点工作责任分解》印发给你们，请认真贯彻执行。</p>
<p style="text-align:right">某市人民政府办公室</p>
<p style="text-align:right">2021年3月24日</p>
<p>2021年重点工作责任分解</p>
<p>一、张三市长牵头重点工作</p>
<p>1.新建高标准农田3.13万亩，
   确保粮食播种面积133.7万亩以上。</p>
<p>牵头单位：市农业农村局</p>
<p>配合单位：市资源规划局、市财政局等</p>
<p>2.加快推进数字化改革&amp;城市大脑建设。<br>牵头单位：市大数据局</p>
<table border="1">
<tr><td>序号</td><td>重点工作</td><td>牵头领导</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
<tr><td>3</td><td>新增学位6750个</td><td rowspan="2">李四</td><td>市教育局</td><td>市发改委、市财政局</td><td>2021年底</td></tr>
<tr><td>4</td><td><p>完成老旧小区改造37个。</p><p>推进海绵城市建设。</p></td><td>市住建局</td><td></td><td>6月底前</td></tr>
</table>
</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<div>扫一扫在手机打开当前页面</div>
<div class="links">站点关键词：<a href="#">政策</a> <a href="#">通知</a> <a href="#">公告</a></div>
</body></html>
"""


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "notice.html"
    path.write_bytes(PAGE.encode("gb18030"))
    return path


def test_html_main_text_only(page) -> None:
    read = read_source(page)
    assert read.source_format == "html" and read.encoding == "gb18030"
    for furniture in ("首页", "当前位置", "不是任务", "color", "分享到", "扫一扫", "站点关键词", "微信"):
        assert furniture not in read.text
    lines = read.text.split("\n")
    assert "某政办发〔2021〕5号" in lines and "2021年3月24日" in lines
    assert "1.新建高标准农田3.13万亩， 确保粮食播种面积133.7万亩以上。" in lines
    assert "2.加快推进数字化改革&城市大脑建设。" in lines and "牵头单位：市大数据局" in lines
    assert read.hints["title"].startswith("某市人民政府办公室关于印发")
    assert read.hints["published"].isoformat() == "2021-03-26"


def test_html_tasks_and_their_place_in_the_page(page) -> None:
    read = read_source(page)
    doc = build_document(read.text, source_map=read.source_map, source_format=read.source_format,
                         encoding=read.encoding, hints=read.hints)
    assert [t.number for t in doc.tasks] == ["1", "2", "3", "4"]
    first, second, third, fourth = doc.tasks
    assert first.leaders == ("张三",) and first.lead_units == ("市农业农村局",) and first.units_open
    assert third.leaders == fourth.leaders == ("李四",)
    assert third.cooperating_units == ("市发改委", "市财政局")
    assert "2021年底" in third.text and "6月底前" in fourth.text
    assert doc.meta.doc_number == "某政办发〔2021〕5号" and doc.meta.date_published.isoformat() == "2021-03-26"
    for task in doc.tasks:
        pos = read.source_map.locate(task.start)
        assert pos.exact and PAGE[pos.offset] == task.text[0]
    amp = read.text.index("&")
    assert PAGE[read.source_map.locate(amp).offset:].startswith("&amp;")
    raw = page.read_bytes()
    pos = read.source_map.locate(first.start)
    assert raw[pos.byte:].decode("gb18030", errors="ignore").startswith("新建高标准农田")


def _docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    for line in ("某市人民政府办公室关于印发2021年重点工作责任分解的通知", "某政办发〔2021〕5号",
                 "某市人民政府办公室", "2021年3月24日", "附件1", "2021年重点工作责任分解"):
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=6)
    for cell, head in zip(table.rows[0].cells, ["序 号", "重点工作", "牵头领导", "牵头单位", "配合单位", "完成时限"]):
        cell.text = head
    for row in [("",) * 6, ("1", "新增学位6750个", "王五", "市教育局", "市发改委、市财政局", "2021年底"),
                ("2", "完成老旧小区改造37个。", "王五", "市住建局", "", "6月底前")]:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    merged = table.rows[1].cells[0].merge(table.rows[1].cells[5])
    merged.text = "一、王五市长牵头重点工作"
    document.add_paragraph("抄送：市委各部门。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_table_becomes_tasks(tmp_path) -> None:
    path = tmp_path / "tasks.docx"
    path.write_bytes(_docx_bytes())
    read = read_source(path)
    assert read.source_format == "docx"
    doc = build_document(read.text, source_map=read.source_map)
    assert [t.number for t in doc.tasks] == ["1", "2"]
    first, second = doc.tasks
    assert first.section == ("附件1 2021年重点工作责任分解", "一、王五市长牵头重点工作")
    assert first.leaders == ("王五",) and first.lead_units == ("市教育局",)
    assert first.cooperating_units == ("市发改委", "市财政局") and second.cooperating_units == ()
    assert first.text.startswith("新增学位6750个") and "2021年底" in first.text
    assert read.source_map.locate(first.start).part == "table 1 row 3 cell 2 paragraph 1"
    assert read.source_map.locate(first.label_start).part == "table 1 row 3 cell 1 paragraph 1"
    assert not read.source_map.locate(first.start - 1).exact  # the "." after a bare number is inserted
    assert doc.meta.doc_number == "某政办发〔2021〕5号"


def _problem(source, **kwargs) -> str:
    with pytest.raises(ReadError) as caught:
        read_source(source, **kwargs)
    return str(caught.value)


def test_empty_files(tmp_path) -> None:
    for name in ("empty.txt", "empty.docx", "empty.html"):
        (tmp_path / name).write_bytes(b"")
        message = _problem(tmp_path / name)
        assert name in message and "empty" in message
    (tmp_path / "blank.txt").write_text(" \n\u3000\n", encoding="utf-8")
    assert "empty" in _problem(tmp_path / "blank.txt")


def test_truncated_docx(tmp_path) -> None:
    whole = _docx_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(whole[: len(whole) // 2])
    message = _problem(path)
    assert "cut.docx" in message and ".docx" in message


def test_zip_that_is_not_a_word_file(tmp_path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    path = tmp_path / "other.docx"
    path.write_bytes(buffer.getvalue())
    assert "other.docx" in _problem(path)


@pytest.mark.parametrize("name,content,word", [
    ("report.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    ("scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image"),
    ("scan.docx", b"\xff\xd8\xff\xe0\x00\x10JFIF", "image"),
    ("old.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, ".docx"),
    ("data.txt", bytes(range(256)) * 8, "binary"),
])
def test_binary_given_where_text_is_expected(tmp_path, name: str, content: bytes, word: str) -> None:
    (tmp_path / name).write_bytes(content)
    message = _problem(tmp_path / name)
    assert name in message and word in message


@pytest.mark.parametrize("name", ["notice.doc", "sheet.et", "notice.odt", "notice.ofd", "notice.xyz"])
def test_unsupported_formats(tmp_path, name: str) -> None:
    (tmp_path / name).write_bytes(b"something")
    message = _problem(tmp_path / name)
    assert name in message and ("not read" in message or "unsupported" in message)


@pytest.mark.parametrize("name,word", [("notice.pdf", "not a PDF"), ("sheet.xlsx", "not an .xlsx")])
def test_a_file_that_is_not_what_its_name_says(tmp_path, name: str, word: str) -> None:
    (tmp_path / name).write_bytes(b"something")
    assert word in _problem(tmp_path / name)


def test_undecodable_bytes(tmp_path) -> None:
    text = corpus_text("huzhou-2019")
    head = text[:2000].encode("utf-8")
    path = tmp_path / "broken.txt"
    path.write_bytes(head + b"\xff\xfe\xfa" + text[2000:].encode("utf-8"))
    message = _problem(path)
    assert "broken.txt" in message and "undecodable" in message and f"byte {len(head)} " in message


def test_missing_file_and_folder(tmp_path) -> None:
    assert "cannot be read" in _problem(tmp_path / "missing.txt")
    assert "folder" in _problem(tmp_path)


def test_low_confidence_encoding_is_said(tmp_path) -> None:
    """A few bytes that several encodings read: the guess comes with a warning."""
    path = tmp_path / "short.txt"
    path.write_bytes("湖政办发〔2019〕9号".encode("gbk"))
    read = read_source(path)
    assert read.warnings and "low confidence" in read.warnings[0] and "short.txt" in read.warnings[0]


def test_short_texts_are_never_silently_garbled() -> None:
    """Short GBK and Big5 snippets: read right, or read with a low-confidence warning."""
    import opencc

    text = corpus_text("quzhou-2021")
    to_traditional = opencc.OpenCC("s2tw")
    for start in range(600, 4000, 97):
        for snippet, codec in ((text[start:start + 8], "gb18030"), (to_traditional.convert(text[start:start + 8]), "big5")):
            try:
                raw = snippet.encode(codec)
            except UnicodeEncodeError:
                continue
            read = read_source(raw, name="snippet.txt")
            assert read.text == snippet or read.warnings


def test_bytes_without_a_name_are_sniffed() -> None:
    assert read_source(PAGE.encode("utf-8")).source_format == "html"
    assert read_source(_docx_bytes()).source_format == "docx"
    assert read_source(corpus_text("cixi-2021").encode("gb18030")).source_format == "text"


def test_large_text_file_in_bounded_memory(tmp_path) -> None:
    """A 50 MB text file is read with memory a small multiple of its size (no per-character tables)."""
    chunk = (CORPORA / "quzhou-2021.txt").read_bytes()
    path = tmp_path / "big.txt"
    size = 50 * 1024 * 1024
    with path.open("wb") as out:
        for _ in range(size // len(chunk) + 1):
            out.write(chunk)
    tracemalloc.start()
    try:
        read = read_source(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert read.encoding == "utf_8" and read.text.startswith(chunk.decode("utf-8")[:100])
    assert peak < 2.5 * path.stat().st_size
    end = read.source_map.locate(len(read.text) - 1)
    assert end.byte == path.stat().st_size - len(read.text[-1].encode("utf-8"))


def test_a_gb18030_table_read_without_a_false_alarm(tmp_path) -> None:
    """A spreadsheet saved as GB18030 CSV: another codec's reading close in chaos but that no
    language supports (Japanese EUC over Chinese bytes) is no reason for a warning."""
    text = ("栖霞市2022年政府工作报告重点工作责任分解表,,,,,\r\n,,,,,\r\n序号,工作任务,责任领导,牵头单位,配合单位,完成时间\r\n"
            "1,新建城市书房12家,周文,市文广旅局,各区县,年底前\r\n2,\"改造农村公路180公里,新增公交线路6条\",,市交通局,市财政局,10月底前\r\n")
    path = tmp_path / "fenjie.txt"
    path.write_bytes(text.encode("gb18030"))
    read = read_source(path)
    assert read.text.replace("\r\n", "\n") == text.replace("\r\n", "\n") and read.encoding == "gb18030"
    assert read.warnings == ()


def test_a_table_drawn_in_box_characters_reads_as_chinese_text(tmp_path) -> None:
    """The borders of a table copied out of a PDF (┌─┬─┐ │ └─┴─┘) are a document's own
    characters: a UTF-8 file mostly made of them gives no encoding warning."""
    rule = "─" * 12
    lines = [f"┌{rule}┬{rule}┐"] + [f"│{n}　　　　　　　　　　　│新建站点{n}个　　　　│" for n in range(1, 9)] + [f"└{rule}┴{rule}┘"]
    path = tmp_path / "box.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    read = read_source(path)
    assert read.encoding == "utf_8" and read.warnings == ()


def test_a_line_in_another_chinese_codec_is_never_taken_for_utf8() -> None:
    """Bytes beyond ASCII that decode as UTF-8 are read as UTF-8 with no detector (reading/
    encoding.py): that holds only because GB18030 and Big5 text breaks UTF-8's rules. Every
    line of the corpora, alone, in either codec, is read in its own codec or with a warning."""
    lines = [line.strip() for cid in ("quzhou-2021", "cixi-2021") for line in corpus_text(cid).split("\n")
             if len(line.strip()) >= 6]
    checked = 0
    for line in lines:
        for codec in ("gb18030", "big5"):
            try:
                raw = line.encode(codec)
            except UnicodeEncodeError:
                continue
            if raw.isascii():
                continue
            read = read_source(raw, name="line.txt")
            assert read.encoding != "utf_8" or read.warnings, (codec, line)
            checked += 1
    assert checked > 300


def test_a_fault_of_the_library_is_not_reported_as_a_damaged_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """A .docx that python-docx reads whole: an error in the library's own laying out of its table
    (here a label its data lacks) shows as what it is, never as "damaged or truncated .docx",
    which would send the user after a good file; a truly damaged file is still a ReadError naming it."""
    import docx

    from govmetrics.lexicon.labels import data

    word = docx.Document()
    table = word.add_table(rows=2, cols=4)
    for at, (head, cell) in enumerate(zip(["序号", "重点任务", "牵头单位", "进展情况"], ["1", "新建公园3个", "市城管局", "已开工"])):
        table.cell(0, at).text, table.cell(1, at).text = head, cell
    out = io.BytesIO()
    word.save(out)
    assert read_source(out.getvalue(), name="good.docx").text
    monkeypatch.delitem(data()["table_layout"], "progress")
    with pytest.raises(KeyError):
        read_source(out.getvalue(), name="good.docx")
    with pytest.raises(ReadError, match="bad.docx"):
        read_source(out.getvalue()[:200], name="bad.docx")
