"""Documents written in every format a government publishes, for the reading tests and bench.

Nothing binary is committed: each test writes the files it reads. A corpus text becomes
a text PDF (`write_text_pdf`: reportlab with the standard Chinese CID font STSong-Light,
so no font file is needed, wrapped at the text block's edge, page header and page
number on every page); one task table (`TABLE`, written for these tests) becomes HTML,
.docx, .xlsx, .csv/.tsv and a ruled table PDF, with merged cells, a title row above
the header and a cell of units one a line. `TABLE_TEXT` is the same table written as
text in the separate-lines layout, the version the other formats are compared with.
"""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path
from typing import Any, Union

FONT = "STSong-Light"
TITLE = "某某市2024年民生实事项目责任分解表"
HEADER = ["序号", "项目名称", "牵头市领导", "牵头单位", "配合单位", "完成时限"]
# A row is a heading (one cell merged over the row) or a task. UP marks a cell merged
# with the one above it (the leader of two projects); "\n" separates units one a line.
UP = None
TASK_ROWS: list[list[str | None] | str] = [
    "一、教育和医疗",
    ["1", "新建和改扩建中小学校6所，新增公办学位4800个，其中义务教育学位不少于3600个，"
          "同步完成校园安全设施和食堂改造，秋季开学前全部投入使用。",
     "周明远", "市教育局", "市发改委\n市财政局\n市自然资源局", "2024年9月底前"],
    ["2", "建成社区嵌入式托育点20个，新增普惠托位不少于600个。", UP, "市卫健委", "市民政局", "2024年12月底前"],
    ["3", "为65周岁以上老年人免费体检12万人次以上。", "孙嘉禾", "市卫健委", "各区县人民政府", "2024年11月底前"],
    "二、城乡建设",
    ["4", "改造城镇老旧小区35个，惠及居民1.2万户。", "吴启航", "市住建局", "市自然资源局、市城管局", "2024年12月底前"],
    ["5", "新增城市公共停车泊位3000个，新建公共充电桩不少于800个。", UP, "市交通运输局", "市住建局", "2024年10月底前"],
    ["6", "农村生活污水处理设施行政村覆盖率达到85%以上。", UP, "市生态环境局", "市农业农村局", "2024年12月底前"],
]
_LABELS = ["", "", "牵头市领导：", "牵头单位：", "配合单位：", "完成时限："]


def _table_text() -> str:
    lines = [TITLE]
    leader = ""
    for row in TASK_ROWS:
        if isinstance(row, str):
            lines.append(row)
            continue
        leader = row[2] or leader
        lines.append(f"{row[0]}.{row[1]}")
        lines.append(f"完成时限：{row[5]}")
        lines.append(f"牵头市领导：{leader}")
        lines.append(f"牵头单位：{row[3]}")
        lines.append(f"配合单位：{(row[4] or '').replace(chr(10), '、')}")
    return "\n".join(lines) + "\n"


TABLE_TEXT = _table_text()


def _grid() -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """The table's cells (header first) and its merges (row, column, rows, columns)."""
    rows: list[list[str]] = [list(HEADER)]
    spans: list[tuple[int, int, int, int]] = []
    for row in TASK_ROWS:
        r = len(rows)
        if isinstance(row, str):
            rows.append([row] + [""] * (len(HEADER) - 1))
            spans.append((r, 0, 1, len(HEADER)))
            continue
        rows.append([cell or "" for cell in row])
        for c, cell in enumerate(row):
            if cell is UP:
                top = r - 1
                while top > 0 and rows[top][c] == "":
                    top -= 1
                spans = [s for s in spans if (s[0], s[1]) != (top, c)]
                spans.append((top, c, r - top + 1, 1))
    return rows, spans


def html_table() -> str:
    """The table as an HTML page: the title a heading above it, rowspan/colspan, <br> between units."""
    return html_page(TITLE, *_grid())


def html_page(title: str, rows: list[list[str]], spans: list[tuple[int, int, int, int]]) -> str:
    """A table as an HTML page: `title` a heading above it, `spans` (row, column, rows,
    columns) as rowspan/colspan, "\n" inside a cell as <br>."""
    return "\n".join(["<html><head><meta charset='utf-8'><title>表</title></head><body>", f"<h2>{title}</h2>",
                      _html_table(rows, spans), "</body></html>"])


def _html_table(rows: list[list[str]], spans: list[tuple[int, int, int, int]]) -> str:
    """`rows` as an HTML table, `spans` as rowspan/colspan, "\n" inside a cell as <br>."""
    visible = set(shown(rows, spans))
    span_at = {(r, c): (n, m) for r, c, n, m in spans}
    out = ["<table border='1'>"]
    for r, row in enumerate(rows):
        cells = []
        for c, value in enumerate(row):
            if (r, c) not in visible:
                continue
            n, m = span_at.get((r, c), (1, 1))
            text = "<br>".join(html.escape(part) for part in value.split("\n"))
            cells.append(f"<td rowspan='{n}' colspan='{m}'>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def docx_table() -> bytes:
    """The table as a Word file: the title a paragraph, merged cells, one unit a paragraph."""
    return docx_file(TITLE, *_grid())


def docx_file(title: str, rows: list[list[str]], spans: list[tuple[int, int, int, int]]) -> bytes:
    """A table as a Word file: `title` a paragraph above it, `spans` merged, "\n" inside a
    cell as a new paragraph (one unit a paragraph)."""
    import docx

    document = docx.Document()
    document.add_paragraph(title)
    _docx_table(document, rows, spans)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _docx_table(document: Any, rows: list[list[str]], spans: list[tuple[int, int, int, int]]) -> None:
    """`rows` added to a Word document as a table, `spans` merged, "\n" inside a cell as a new paragraph."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, c, n, m in spans:
        table.cell(r, c).merge(table.cell(r + n - 1, c + m - 1))
    filled = set()
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            if not value or cell._tc in filled:
                continue
            filled.add(cell._tc)
            first, *more = value.split("\n")
            cell.text = first
            for part in more:
                cell.add_paragraph(part)


# A document as pieces: a line of text, or a table (its rows of one width and its merges).
Piece = Union[str, tuple[list[list[str]], list[tuple[int, int, int, int]]]]
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # not allowed in a Word file's XML


def texts(pieces: list[Piece]) -> list[str]:
    """The texts of `pieces` in the order the writers below place them: each line, and each
    table's cells row by row (a cell merged over others once)."""
    out: list[str] = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
            continue
        out += [piece[0][r][c] for r, c in shown(*piece)]
    return out


def shown(rows: list[list[str]], spans: list[tuple[int, int, int, int]]) -> list[tuple[int, int]]:
    """The (row, column) of each cell a table shows, row by row: a merged cell once."""
    covered = {(r + i, c + j) for r, c, n, m in spans for i in range(n) for j in range(m) if i or j}
    return [(r, c) for r, row in enumerate(rows) for c in range(len(row)) if (r, c) not in covered]


def docx_pieces(pieces: list[Piece], path: Path) -> list[str]:
    """A Word file of `pieces`: a paragraph a line (as typed), a Word table a table. Returns
    the part each of `texts(pieces)` stands in, as the reader names it ("paragraph 3",
    "table 1 row 2 cell 4 paragraph 1"); control characters, which Word cannot hold, are dropped."""
    import docx

    document = docx.Document()
    parts: list[str] = []
    tables = 0
    for piece in pieces:
        if isinstance(piece, str):
            document.add_paragraph(CONTROL.sub("", piece))
            parts.append(f"paragraph {len(document.paragraphs)}")
            continue
        tables += 1
        rows, spans = piece
        _docx_table(document, [[CONTROL.sub("", c) for c in row] for row in rows], spans)
        parts += [f"table {tables} row {r + 1} cell {c + 1} paragraph 1" for r, c in shown(rows, spans)]
    document.save(str(path))
    return parts


def html_paragraph(line: str) -> str:
    """A line as a web page writes it: a <p>, spaces as &nbsp;, an empty line as <p>&nbsp;</p>."""
    return f"<p>{html.escape(line).replace(' ', '&nbsp;') or '&nbsp;'}</p>"


def html_pieces(pieces: list[Piece], path: Path) -> list[list[int]]:
    """A web page of `pieces`: a <p> a line, a <table> a table. Returns, for each of
    `texts(pieces)`, where each of its characters starts in the page's source."""
    body = "\n".join(html_paragraph(p) if isinstance(p, str) else _html_table(*p) for p in pieces)
    page = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{path.stem}</title></head>"
            f"<body><div class=\"article\">\n{body}\n</div></body></html>")
    path.write_text(page, encoding="utf-8")
    out, at = [], page.index("<body>")
    for opening, text in zip(_openings(pieces), texts(pieces)):
        at = page.index(">", page.index(opening, at)) + 1
        starts = []
        for ch in text:
            starts.append(at)
            at += len(html.escape(ch).replace(" ", "&nbsp;") if opening == "<p>" else html.escape(ch))
        out.append(starts)
    return out


def _openings(pieces: list[Piece]) -> list[str]:
    """The tag each of `texts(pieces)` opens in the page `html_pieces` writes: <p> or <td ."""
    out: list[str] = []
    for piece in pieces:
        out += ["<p>"] if isinstance(piece, str) else ["<td "] * len(shown(*piece))
    return out


def write_xlsx(path: Path, *, extra_sheet: bool = True) -> None:
    """The table as a workbook: a merged title row above the header, merged cells, a
    cell of units one a line (Alt+Enter), and a second sheet holding a note."""
    from openpyxl import Workbook

    rows, spans = _grid()
    book = Workbook()
    sheet = book.active
    sheet.title = "民生实事"
    sheet.cell(1, 1, TITLE)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                sheet.cell(r + 2, c + 1, int(value) if value.isdigit() else value)
    for r, c, n, m in spans:
        sheet.merge_cells(start_row=r + 2, start_column=c + 1, end_row=r + n + 1, end_column=c + m)
    if extra_sheet:
        note = book.create_sheet("说明")
        note.cell(1, 1, "本表由市政府办公室汇总。")
    book.save(path)


def write_csv(path: Path, *, delimiter: str = ",", encoding: str = "gb18030") -> None:
    """The table as CSV/TSV the way a program writes it: no merges, so each merged
    value is repeated in every row it covers; the title is the first row."""
    rows, spans = _grid()
    for r, c, n, m in spans:
        if m == 1:
            for i in range(1, n):
                rows[r + i][c] = rows[r][c]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([TITLE] + [""] * (len(HEADER) - 1))
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _wrap(text: str, width: float, first_indent: float, size: float) -> list[str]:
    """Break a paragraph into lines at the last character that fits (as Word wraps Chinese)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line, used = [], "", first_indent
    for ch in text:
        w = stringWidth(ch, FONT, size)
        if line and used + w > width:
            lines.append(line)
            line, used = "", 0.0
        line += ch
        used += w
    lines.append(line)
    return lines


def write_text_pdf(text: str, path: Path, **options: Any) -> None:
    """A text PDF of `text`, one paragraph a line (`pdf_pieces`)."""
    pdf_pieces(text.split("\n"), path, **options)


def pdf_pieces(pieces: list[Piece], path: Path, *, indent: bool = True, justify: bool = False,
               header: str = "政府工作报告重点工作责任分解", size: float = 12, blank_lines: bool = False,
               **canvas_options: Any) -> None:
    """A PDF of `pieces` as Word prints a text: one paragraph a line (leading white space
    dropped, blank lines skipped, or left as a line's height of space when `blank_lines`),
    its first line indented two characters when `indent`, wrapped at the right margin
    (each wrapped line stretched to the margin when `justify`, as Word sets Chinese); a
    table a ruled table across the text block (each column as wide as its longest cell
    asks, a character at least, the text wrapped in its cell), split over pages as it
    runs; `header` at the top and "— n —" at the foot of every page. `canvas_options`
    go to reportlab's Canvas (encrypt=…)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    _fonts()
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1, **canvas_options)
    width, height = A4
    left, right, top, bottom = 72, width - 72, height - 90, 80
    page, y = 1, top

    def furniture() -> None:
        pdf.setFont(FONT, 9)
        pdf.drawCentredString(width / 2, height - 50, header)
        pdf.drawCentredString(width / 2, 40, f"— {page} —")

    def new_page() -> None:
        nonlocal page, y
        pdf.showPage()
        page, y = page + 1, top
        furniture()

    furniture()
    for piece in pieces:
        if not isinstance(piece, str):
            rest = [_ruled(piece, right - left, size - 2)]
            while rest:
                table = rest.pop()
                _, needed = table.wrapOn(pdf, right - left, y - bottom)
                if needed <= y - bottom + size:
                    table.drawOn(pdf, left, y + size - needed)
                    y -= needed + size * 0.5
                    continue
                parts = table.split(right - left, y - bottom + size)
                if not parts and y >= top:  # a row taller than a page: it runs off the foot
                    parts = [table]
                rest = parts[1:][::-1] if parts else [table]
                if parts:
                    _, drawn = parts[0].wrapOn(pdf, right - left, y - bottom + size)
                    parts[0].drawOn(pdf, left, y + size - drawn)
                new_page()
            continue
        paragraph = piece.strip(" \t\u3000\u00a0\r")
        if not paragraph:
            if blank_lines and y < top:
                y -= size * 1.5
            continue
        first = 2 * size if indent else 0
        lines = _wrap(paragraph, right - left, first, size)
        for i, line in enumerate(lines):
            if y < bottom:
                new_page()
            x = left + (first if i == 0 else 0)
            shown = line.rstrip()  # as Word does, a space that ends a line hangs past the margin
            spare = right - x - stringWidth(shown, FONT, size)
            words = pdf.beginText(x, y)
            words.setFont(FONT, size)
            words.setCharSpace(spare / (len(shown) - 1) if justify and i + 1 < len(lines) and len(shown) > 1 else 0)
            words.textOut(line)
            pdf.drawText(words)
            y -= size * 1.5
    pdf.save()


def _ruled(piece: tuple[list[list[str]], list[tuple[int, int, int, int]]], width: float, size: float) -> Any:
    """A table piece as a reportlab Table `width` wide, ruled, its cells' text wrapped."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows, spans = piece
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=size, leading=size * 1.4, wordWrap="CJK")
    asks = [max(len(row[c].strip()) for row in rows) + 2 for c in range(len(rows[0]))]
    least = 1.5 * size
    table = Table([[Paragraph(html.escape(value.strip()), cell) for value in row] for row in rows],
                  colWidths=[least + (width - least * len(asks)) * n / sum(asks) for n in asks])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                               *[("SPAN", (c, r), (c + m - 1, r + n - 1)) for r, c, n, m in spans]]))
    return table


def write_table_pdf(path: Path, *, repeat_header: bool = True, body_rows: int = 1) -> None:
    """The table as a ruled PDF table (reportlab platypus): the title above it, merged
    cells, cell text wrapped inside the cell, units one a line. `body_rows` copies of
    the table body make it run over pages (the header repeated when `repeat_header`)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    _fonts()
    rows, spans = _grid()
    style = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=14, wordWrap="CJK")
    title = ParagraphStyle("title", fontName=FONT, fontSize=16, leading=24, alignment=1)
    data = [[Paragraph("<br/>".join(html.escape(p) for p in value.split("\n")), style) for value in row]
            for row in rows]
    body, merges = data[1:], [s for s in spans]
    data = data[:1] + body * body_rows
    merges += [(r + k * len(body), c, n, m) for k in range(1, body_rows) for r, c, n, m in spans]
    commands = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    commands += [("SPAN", (c, r), (c + m - 1, r + n - 1)) for r, c, n, m in merges]
    table = Table(data, colWidths=[30, 190, 60, 70, 70, 70], repeatRows=1 if repeat_header else 0)
    table.setStyle(TableStyle(commands))
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1)
    doc.build([Paragraph(TITLE, title), table])


def write_scanned_pdf(path: Path) -> None:
    """A PDF with no text layer: each page only an image (a scan)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    from PIL import Image

    image = Image.new("L", (200, 280), color=235)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for _ in range(2):
        pdf.drawImage(ImageReader(image), 50, 50, width=495, height=742)
        pdf.showPage()
    pdf.save()


def write_xls(path: Path) -> None:
    """The table as an old .xls workbook (xlwt): the title merged over the row, merged cells."""
    import xlwt

    rows, spans = _grid()
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("民生实事")
    wrap = xlwt.easyxf("alignment: wrap on")
    sheet.write_merge(0, 0, 0, len(HEADER) - 1, TITLE)
    merged = {(r, c) for r, c, n, m in spans}
    for r, c, n, m in spans:
        sheet.write_merge(r + 1, r + n, c, c + m - 1, rows[r][c], wrap)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value and (r, c) not in merged:
                sheet.write(r + 1, c, int(value) if value.isdigit() else value, wrap)
    book.save(str(path))
