"""What a document says about itself: title, issuer, document number, dates, region, year.

Read from the text (the covering letter, the signature, the metadata table a government
site prints above the text) and from `hints` a reader found in the file itself (HTML
<meta>, .docx core properties). The words are in `data/structure.toml` [metadata].
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Mapping

from ..lexicon import compiled, table
from ..lexicon.columns import header_year
from ..lexicon.labels import SPACE, alternation, data, fold
from ..model import DocumentMeta
from ..reading.dates import digits as _digits
from ..reading.furniture import blank_markup
from ..reading.dates import find_dates

_HAN = "\u4e00-\u9fff"


@dataclass(frozen=True)
class DocNumber:
    """A document number as written (湖政办发〔2019〕9号) and its parts, with its span."""

    number: str
    agency: str
    year: int
    serial: int
    start: int
    end: int


def _meta() -> dict[str, Any]:
    return data()["metadata"]


@cache
def _doc_number_re() -> re.Pattern[str]:
    """The year-and-serial part of a document number: 〔2019〕9号 (the agency is found backwards)."""
    pairs = _meta()["doc_number_brackets"]
    opens = "".join(re.escape(p[0]) for p in pairs)
    closes = "".join(re.escape(p[1]) for p in pairs)
    return compiled.compile(f"[{opens}]\\s*(?P<year>\\d{{4}})\\s*[{closes}]\\s*(?P<serial>\\d{{1,5}})\\s*号")


def find_doc_numbers(text: str) -> list[DocNumber]:
    """Every document number in `text`, in order (湖政办发〔2019〕9号, 许政 [2020] 20号).

    The agency code is the run of Chinese characters before the bracket, cut after the
    last stop word (许昌市人民政府文件许政 → 许政) and to at most `max_agency_length`.
    """
    folded = _digits(fold(text))
    stops = _meta()["agency_stops"]
    longest = int(_meta()["max_agency_length"])
    out = []
    for m in _doc_number_re().finditer(folded):
        end = m.start()
        while end > 0 and folded[end - 1] in " \t":
            end -= 1
        start = end
        while start > 0 and "\u4e00" <= folded[start - 1] <= "\u9fff" and end - start < 24:
            start -= 1
        run = folded[start:end]
        for stop in stops:
            cut = run.rfind(stop)
            if cut >= 0:
                start = max(start, end - len(run) + cut + len(stop))
        start = max(start, end - longest)
        if start >= end:
            continue
        out.append(DocNumber(number=text[start:m.end()], agency=text[start:end], year=int(m.group("year")),
                             serial=int(m.group("serial")), start=start, end=m.end()))
    return out


def parse_doc_number(s: str) -> DocNumber | None:
    """The first document number in `s`, or None (湖政办发〔2019〕9号 → 湖政办发, 2019, 9)."""
    found = find_doc_numbers(s)
    return found[0] if found else None


def date_line(line: str) -> date | None:
    """The date when `line` holds nothing but one date (a signature date), else None."""
    stripped = line.strip(SPACE)
    if len(stripped) > 24:
        return None
    found = find_dates(stripped)
    if len(found) == 1 and found[0][1] == 0 and found[0][2] == len(stripped):
        return found[0][0]
    return None


def _labelled(text: str, labels: list[str], limit: int = 40) -> str | None:
    """The value after `label:` on the same line, for the first label found."""
    words = alternation(fold(w) for w in labels)
    # 发布日期：…, or a label in lenticular brackets with no colon (a script's 【播出日期】2026年2月12日)
    pattern = compiled.compile(f"(?:{words}\\s*[:：]|【{words}】)\\s*([^\\n]{{0,{limit}}})")
    m = pattern.search(fold(text))
    return text[m.start(1):m.end(1)].strip() if m else None


def _labelled_date(text: str, labels: list[str]) -> date | None:
    value = _labelled(text, labels)
    found = find_dates(value) if value else []
    return found[0][0] if found else None


@cache
def _issuer_re() -> re.Pattern[str]:
    return compiled.compile(f"[{_HAN}]{{2,20}}?{alternation(fold(w) for w in _meta()['issuer_suffixes'])}")


def _issuer_in(s: str) -> str | None:
    """An issuer name that makes up the whole of `s` (a signature line)."""
    m = _issuer_re().fullmatch(fold(s).strip(SPACE))
    return s.strip(SPACE) if m else None


def _title(text: str, lines: list[str]) -> str | None:
    markers = [fold(w) for w in _meta()["title_markers"]]
    ends = [fold(w) for w in _meta()["title_ends"]]
    for line in lines:
        folded = fold(line)
        for m in re.finditer(r"《([^《》]+)》", folded):
            if any(k in m.group(1) for k in markers):
                return line[m.start(1):m.end(1)]
        stripped = line.strip(SPACE)
        if any(k in folded for k in markers) and len(stripped) <= 80 and (
            any(fold(stripped).endswith(e) for e in ends) or not re.search("[。;；]", stripped)
        ):
            return stripped
    return None


def _bare_title(lines: list[str]) -> str | None:
    """The title of a document with no covering letter: one of its first lines, short and
    not a sentence, that names a list (丰阳县2024年十件民生实事项目责任分解)."""
    keys = [fold(w) for w in _meta()["bare_title_words"]]
    filled = [line.strip(SPACE) for line in lines if line.strip(SPACE)][: int(_meta()["bare_title_lines"])]
    for line in filled:
        folded = fold(line)
        if len(line) <= 60 and not re.search("[。;；]", folded) and any(k in folded for k in keys):
            return line
    return None


def _signature(lines: list[str]) -> tuple[str | None, date | None]:
    """The issuer line and the date right under it (the covering letter's signature)."""
    previous = None
    for line in lines:
        if not line.strip(SPACE):
            continue
        when = date_line(line)
        if when is not None:
            return (_issuer_in(previous) if previous else None), when
        previous = line
    return None, None


def _region(issuer: str | None) -> str | None:
    """The issuer's name less its office: 湖州市人民政府办公室 → 湖州市."""
    if not issuer:
        return None
    folded = fold(issuer)
    for suffix in sorted(_meta()["issuer_suffixes"], key=len, reverse=True):
        if folded.endswith(fold(suffix)):
            place = issuer[: len(issuer) - len(suffix)]
            if len(place) >= 2 and any(fold(place).endswith(r) for r in _meta()["region_suffixes"]):
                return place
            return None
    return None


@cache
def _place_issuer_re() -> re.Pattern[str]:
    """A place (two or more characters and an administrative suffix) and an issuer suffix."""
    region = alternation(_meta()["region_suffixes"])
    office = alternation(fold(w) for w in _meta()["issuer_suffixes"])
    return compiled.compile(f"[{_HAN}]{{2,4}}?{region}{office}")


def page_headers(text: str) -> list[tuple[int, int]]:
    """Spans of page headers glued into the text: <issuer>文件<document number>
    (许昌市人民政府文件许政〔2020〕21号), which a PDF-to-text copy leaves mid-sentence.

    The issuer is the shortest place-and-office name that ends right before 文件.
    """
    words = [fold(w) for w in _meta()["page_header"]]
    out = []
    folded = fold(text)
    for number in find_doc_numbers(text):
        for word in words:
            end = number.start - len(word)
            if not folded.endswith(word, 0, number.start):
                continue
            for start in range(end - 4, max(-1, end - 20), -1):
                if _place_issuer_re().fullmatch(folded, start, end):
                    out.append((start, number.end))
                    break
    return out


@cache
def _year_re() -> re.Pattern[str]:
    """A year as a title or a sentence writes it: four digits, Arabic or Chinese, and 年
    (2016年, 二〇二〇年, 二零一九年)."""
    cn = re.escape(_meta()["date_digits"])
    return compiled.compile(f"(\\d{{4}}|[{cn}]{{4}})\\s*年")


def _year_value(written: str) -> int | None:
    """The year four digits write (2016, 二〇二〇); None for four Chinese digits that are no year."""
    if written.isdigit():
        return int(written)
    chars = _meta()["date_digits"]
    value = int("".join(str(max(chars.index(c) - 1, 0)) for c in written))
    return value if int(_meta()["earliest_year"]) <= value <= int(_meta()["latest_year"]) else None


def _title_year(title: str | None) -> int | None:
    """The first year written in a title (2016年民生实事, 二〇二〇年为民办实事项目); of a span of
    years, its first (三年行动实施方案（2022—2024年）: the plan starts, and its 年底前 falls, in 2022)."""
    if not title:
        return None
    written = _digits(fold(title))
    found = _year_re().search(written)
    if found is None:
        return None
    span = _span_start_re().search(written, 0, found.start())
    return _year_value(span.group(1)) if span else _year_value(found.group(1))


@cache
def _span_start_re() -> re.Pattern[str]:
    """The first year of a span written before its last one's 年 (2022—2024年, 2021-2025年)."""
    joins = "".join(re.escape(j) for j in table("numerals")["separators"]["range"] if len(j) == 1)
    return compiled.compile(f"(\\d{{4}})\\s*[{joins}]\\s*\\Z")


def _top_lines(lines: list[str]) -> list[str]:
    """The first `year_lines` lines that hold anything, stripped: where a document names itself."""
    filled = [line.strip(SPACE) for line in lines if line.strip(SPACE)]
    return filled[: int(_meta()["year_lines"])]


def _heading_year(lines: list[str]) -> int | None:
    """The year of a plain title that no marker found: among the headings a document starts
    with (short, not a sentence, not a list item), the first that writes a year
    (澜川市2021年城市建设重点项目推进计划; under a line without one, such as an office's name
    or a one-page PDF's running header)."""
    for line in _top_lines(lines):
        if len(line) > int(_meta()["heading_max_length"]) or re.search("[。;；]", fold(line)):
            return None
        if re.match(r"[(（]?[0-9一二三四五六七八九十]{1,3}[)）.．、]", line):
            return None
        if (found := _title_year(line)) is not None:
            return found
    return None


@cache
def _attachment_label_re() -> re.Pattern[str]:
    """An attachment label at the start of a line, with its number and colon (附件, 附件2：)."""
    label = alternation(fold(w) for w in data()["headings"]["attachment"])
    return compiled.compile(f"{label}[{SPACE}]*[0-9一二三四五六七八九十]*[{SPACE}]*[:：]?[{SPACE}]*")


def _attachment_year(body: list[str]) -> int | None:
    """The year of the attachment's title, where the body opens with an attachment label: the
    title after the label on its line (附件：2024年重点工作任务清单) or on the next filled line
    (附件 / 2024年重点工作任务清单). A covering letter that says 现将今年…印发 names no year; the
    list it sends is titled with it (layouts.md §13: the title)."""
    filled = [line.strip(SPACE) for line in body if line.strip(SPACE)][:2]
    label = _attachment_label_re().match(fold(filled[0])) if filled else None
    if label is None:
        return None
    title = filled[0][label.end():] or (filled[1] if len(filled) > 1 else "")
    if len(title) > int(_meta()["heading_max_length"]) or re.search("[。;；]", fold(title)):
        return None
    return _title_year(title)


def _date_line_year(lines: list[str]) -> int | None:
    """The year of a date line near the top: a line that opens with a date, after dashes or a
    short label (2020-01-17 08:12 来源：…; ——2018年1月10日在…; 日期：二〇一六年三月八日), or
    a news byline's date, set apart by spaces after a short source name (layouts §7, §13:
    某某融媒　2025年2月11日 08:40　记者 …)."""
    label = _meta()["date_line_label_max"]
    for line in _top_lines(lines):
        stripped = line.lstrip(_meta()["date_line_lead"])
        found = find_dates(stripped)
        if not found:
            continue
        when, start, end = found[0]
        before = fold(stripped[:start]).strip(SPACE)
        byline = stripped[start - 1:start] in SPACE and stripped[end:end + 1] in SPACE  # "" at the end
        if not before or (len(before) <= label and (before[-1] in ":：" or (byline and not set(before) & set(SPACE)))):
            return when.year
    return None


@cache
def _opening_re() -> re.Pattern[str]:
    """A year that opens a sentence as its topic (2022年是…) or a progress period (2017年1-6月)."""
    after = alternation(fold(w) for w in _meta()["year_topic_words"])
    joiners = "".join(re.escape(j) for j in _meta()["period_joiners"])
    year = _year_re().pattern.removesuffix("\\s*年")
    return compiled.compile(f"(?:^|[。；;])\\s*{year}\\s*年[,，]?{after}"
                            f"|{year}\\s*年\\s*1\\s*月?\\s*[{joiners}]\\s*\\d{{1,2}}\\s*月")


def _opening_year(lines: list[str]) -> int | None:
    """The year a first sentence names as its topic (2022年是实施…的一年, 二〇二二年是…) or the
    year of a progress period (2017年1-6月), in the first lines."""
    for line in _top_lines(lines):
        found = _opening_re().search(_digits(fold(line)))
        if found:
            return _year_value(found.group(1) or found.group(2))
    return None


@cache
def _imprint_re() -> re.Pattern[str]:
    """An imprint line's date and the word after it (…办公室 2019年2月26日印发)."""
    return compiled.compile(f"(.*?)\\s*{alternation(fold(w) for w in _meta()['imprint_words'])}\\s*$")


def _imprint_year(lines: list[str]) -> int | None:
    """The year of the imprint (版记) that closes an official document: a line among the last
    `imprint_lines` that ends in a date and 印发 (usually under the 抄送 line). Often the only
    place a document copied without its covering letter's date states when it was issued."""
    filled = [line.strip(SPACE) for line in lines if line.strip(SPACE)][-int(_meta()["imprint_lines"]):]
    for line in reversed(filled):
        m = _imprint_re().fullmatch(fold(line))
        found = find_dates(line[: m.end(1)]) if m else []
        if found and found[-1][2] == m.end(1):
            return found[-1][0].year
    return None


def extract(
    text: str,
    *,
    path: str | None = None,
    doc_id: str = "",
    source_format: str = "text",
    encoding: str | None = None,
    hints: Mapping[str, Any] | None = None,
    year: int | None = None,
    lead_rule: bool = False,
    head_end: int | None = None,
) -> DocumentMeta:
    """The metadata of a document.

    `head_end` is where the covering letter ends (the body starts); only the text before
    it is searched for the title, signature and numbers. `year`, when given, is the year
    the tasks are for; otherwise it is the year in the title (the document's, or the
    title of the attachment that opens the body), or of the document number, or of the
    date issued.
    """
    hints = dict(hints or {})
    # (a page saved with its markup: <title>, <h3> read as the words they hold, offsets kept)
    head = blank_markup(text[: head_end if head_end is not None else len(text)])
    lines = head.split("\n")
    headers = page_headers(head)
    numbers = [n for n in find_doc_numbers(head) if not any(s <= n.start < e for s, e in headers)]
    labelled = _labelled(head, _meta()["doc_number_labels"])
    number = parse_doc_number(labelled) if labelled else None
    number = number or (numbers[0] if numbers else None)
    signer, signed = _signature(lines)
    title = hints.get("title") or _title(head, lines) or _bare_title(lines)
    issuer = signer or hints.get("issuer")
    if not issuer and title:
        m = _issuer_re().match(fold(title))
        issuer = title[: m.end()] if m and fold(title)[m.end():].startswith(fold("关于")) else None
    if not issuer and headers:
        s, e = headers[0]
        issuer = head[s:e].split(_meta()["page_header"][0])[0] or None
    issued = _labelled_date(head, _meta()["issued_labels"]) or signed
    published = _labelled_date(head, _meta()["published_labels"]) or hints.get("published")
    if year is None:
        body = text[head_end:].split("\n", 8)[:8] if head_end is not None else []
        year = (_title_year(title) or _heading_year(lines) or _attachment_year(body) or header_year(body)
                or (number.year if number else None)
                or (issued.year if issued else None) or (published.year if published else None)
                or _date_line_year(lines) or _opening_year(lines) or _imprint_year(text.split("\n")))
    return DocumentMeta(
        doc_id=doc_id, path=path, source_format=source_format, encoding=encoding, title=title, issuer=issuer,
        doc_number=number.number if number else None, doc_agency=number.agency if number else None,
        doc_year=number.year if number else None, doc_serial=number.serial if number else None,
        date_issued=issued, date_published=published, region=_region(issuer), year=year, lead_rule=lead_rule,
    )
