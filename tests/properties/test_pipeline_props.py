"""The whole path never breaks: `parse_document` → tasks → targets → deadlines → `to_dict()`.

On arbitrary Unicode, on corpus fragments shuffled and cut at random points, under random
numbering styles and responsibility lines, with very long lines, control characters and
mixed full/half width, and on a document of headings only: the only exceptions are the
library's own (`GovmetricsError`), every offset is a valid slice of the text, and the JSON
output is valid against the shipped schema. Few examples per test (the pipeline tokenizes
each task), scaled from the active hypothesis profile.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema
from conftest import CORPUS_IDS, corpus_text
from hypothesis import given, settings
from hypothesis import strategies as st

import govmetrics
from govmetrics import Document, GovmetricsError
from govmetrics.lexicon import data_path
from govmetrics.model import ROLES

EXAMPLES = settings(max_examples=max(10, settings.default.max_examples // 8))

LABELS = ["{n}.", "{n}、", "({c})", "（{c}）", "{c}、", "{circled}", "{n}．", "附件{n}"]
CHINESE = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
RESPONSIBILITY = ["牵头单位：{u}", "责任单位：{u}、{v}", "（牵头单位：{u}）", "牵头市领导：{p}", "责任单位:{u}等",
                  "（{p}副市长协助推进）", "配合单位：{u}，{v}"]
UNITS = ["市发展改革委", "市财政局", "各县(市、区)政府(管委会)", "市教育局及市直有关部门", "", "市文广旅体局等市级有关部门"]
PEOPLE = ["汤飞帆", "市长、副市长", "", "钱三雄"]
CONTROL = [chr(c) for c in (*range(32), 0x7F, 0x85, 0x200B, 0x200D, 0x2028, 0x2029, 0xFEFF, 0x3000, 0xFFFD)]
FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789.,%()-:;/~ABCGkm"}


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(Path(data_path("document.schema.json")).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@cache
def _corpus(doc_id: str) -> str:
    return corpus_text(doc_id)


def run(text: str, year: int | None = 2021) -> Document | None:
    """The whole path on `text`, checked; None when the library refused it with its own error."""
    try:
        doc = govmetrics.parse_document(text, source="generated.txt", year=year)
        data = json.loads(doc.to_json())
    except GovmetricsError:
        return None
    assert doc.text == text
    n = len(text)
    for section in doc.sections:
        assert 0 <= section.start <= section.end <= n
    for task in doc.tasks:
        assert 0 <= task.label_start <= task.start <= task.end <= n
        assert text[task.start:task.end] == task.text
        for t in task.targets:
            assert text[t.start:t.end] == t.surface
            q = t.quantity
            assert text[q.start:q.end] == q.surface and q.start <= q.number_start < q.number_end <= q.end
            assert task.start <= t.start <= t.end <= task.end
        for d in task.deadlines:
            assert text[d.start:d.end] == d.surface and task.start <= d.start <= d.end <= task.end
        for m in task.numbers:
            assert text[m.start:m.end] == m.surface and task.start <= m.start < m.end <= task.end
            assert m.role in ROLES and m.reason
    errors = sorted(_validator().iter_errors(data), key=str)
    assert not errors, errors[0].message
    return doc


@st.composite
def fragments(draw: st.DrawFn) -> str:
    """Pieces of the corpora cut at random points, shuffled."""
    pieces = []
    for _ in range(draw(st.integers(1, 6))):
        text = _corpus(draw(st.sampled_from(CORPUS_IDS)))
        start = draw(st.integers(0, len(text) - 1))
        pieces.append(text[start:start + draw(st.integers(0, 400))])
    return draw(st.sampled_from(["", "\n", "\r\n"])).join(draw(st.permutations(pieces)))


@st.composite
def numbered_document(draw: st.DrawFn) -> str:
    """Numbered items in random styles with responsibility lines, bodies from the corpora."""
    lines = [draw(st.sampled_from(["", "重点工作责任分解\n", "附件2\n十方面民生实事责任分解\n", "一、稳增长\n"]))]
    for i in range(1, draw(st.integers(1, 8)) + 1):
        label = draw(st.sampled_from(LABELS)).format(n=i, c=CHINESE[(i - 1) % 10], circled=CIRCLED[(i - 1) % 10])
        lines.append(label + draw(fragments()).replace("\n", "")[:200])
        if draw(st.booleans()):
            line = draw(st.sampled_from(RESPONSIBILITY)).format(
                u=draw(st.sampled_from(UNITS)), v=draw(st.sampled_from(UNITS)), p=draw(st.sampled_from(PEOPLE)))
            lines.append(line)
    return "\n".join(lines) + draw(st.sampled_from(["", "\n"]))


def _mangle(draw: st.DrawFn, text: str) -> str:
    """`text` with control characters put in and some characters turned full-width."""
    chars = list(text)
    for _ in range(draw(st.integers(0, 8))):
        chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from(CONTROL)))
    if draw(st.booleans()):
        chars = [FULLWIDTH.get(c, c) if draw(st.booleans()) else c for c in chars]
    return "".join(chars)


@given(st.text(max_size=300))
@EXAMPLES
def test_arbitrary_unicode(text: str) -> None:
    run(text)


@given(fragments())
@EXAMPLES
def test_corpus_fragments_shuffled_and_cut(text: str) -> None:
    run(text)


@given(numbered_document(), st.sampled_from([2019, 2021, None]))
@EXAMPLES
def test_numbering_styles_and_responsibility_lines(text: str, year: int | None) -> None:
    run(text, year)


@given(st.data())
@EXAMPLES
def test_control_characters_and_mixed_width(data: st.DataObject) -> None:
    run(_mangle(data.draw, data.draw(numbered_document())))


@given(fragments(), st.integers(5_000, 20_000))
@settings(max_examples=5)
def test_very_long_lines(fragment: str, length: int) -> None:
    line = (fragment.replace("\n", "").replace("\r", "") or "新增学位6750个,") * (length // max(1, len(fragment)) + 1)
    run("1." + line[:length] + "\n牵头单位：市教育局\n")


@given(st.lists(st.sampled_from(["一、", "二、", "(一)", "（二）", "附件1", "第一部分 ", "三、"]), min_size=1, max_size=8),
       st.lists(st.sampled_from(["稳增长", "全力稳定经济增长", "民生实事", "钱三雄市长牵头重点工作", ""]), min_size=8, max_size=8))
@EXAMPLES
def test_a_document_of_headings_only(labels: list[str], titles: list[str]) -> None:
    doc = run("\n".join(label + title for label, title in zip(labels, titles)) + "\n")
    assert doc is None or all(not t.targets for t in doc.tasks)
