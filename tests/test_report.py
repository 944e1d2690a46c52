"""govmetrics.output.highlight and govmetrics.output.report on the corpora: marks, coverage, escaping, no network."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest
from conftest import CORPORA, corpus_text

import govmetrics
from govmetrics.model import Document
from govmetrics.output.highlight import segments
from govmetrics.output.report import coverage, document_page, index_page, write_index, write_page


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return [govmetrics.read(p) for p in sorted(CORPORA.glob("*.txt"))]


class Marks(HTMLParser):
    """The text inside each <mark> and <span class="num">, with the element's attributes."""

    VOID: ClassVar = frozenset({"meta", "br", "img", "input", "link", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, dict[str, str | None]]] = []
        self.found: list[tuple[dict[str, str | None], str]] = []
        self.text: dict[int, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.open.append((tag, dict(attrs)))
            self.text[len(self.open)] = ""

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1][0] == tag, f"</{tag}> closes {self.open[-1:]}"  # well nested
        _, attrs = self.open.pop()
        content = self.text.pop(len(self.open) + 1)
        if tag == "mark" or attrs.get("class") == "num":
            self.found.append(({"tag": tag, **attrs}, content))
        if self.open:
            self.text[len(self.open)] += content

    def handle_data(self, data: str) -> None:
        if self.open:
            self.text[len(self.open)] += data


def parse(page: str) -> Marks:
    p = Marks()
    p.feed(page)
    p.close()
    assert p.open == []
    return p


def test_segments_cover_the_task_text_and_mark_every_target(documents: list[Document]) -> None:
    for d in documents:
        for task in d.tasks:
            segs = segments(task)
            assert "".join(s.text for s in segs) == task.text
            for s in segs:
                assert d.text[s.start:s.end] == s.text
            marked = [t for s in segs if s.mark == "target" for t in s.targets]
            assert sorted(marked, key=lambda t: (t.start, t.indicator or "")) == \
                sorted(task.targets, key=lambda t: (t.start, t.indicator or ""))
            written = {(x.start, x.end) for x in task.deadlines if not x.default}
            drawn = {(s.start, s.end) for s in segs if s.mark == "deadline"}
            # A deadline gives way only to a target on the same characters.
            for start, end in written - drawn:
                assert any(t.start < end and start < t.end for t in task.targets)


def test_the_page_marks_targets_deadlines_and_greys_other_numbers(documents: list[Document]) -> None:
    for d in documents:
        found = [(a, text) for a, text in parse(document_page(d)).found if "title" in a]  # not the legend's
        targets = [(a, text) for a, text in found if a.get("class") == "target"]
        spans = {(t.start, t.end): t.surface for _, t in d.targets()}
        assert sorted(text for _, text in targets) == sorted(spans.values())
        ids = {a["id"] for a, _ in targets}
        assert len(ids) == len(targets)
        for a, text in targets:
            assert a["title"] and "kind: " in a["title"] and text in a["data-fields"]
        numbers = [(a, text) for a, text in found if a.get("class") == "num"]
        roles = {(n.surface, n.role) for task in d.tasks for n in task.numbers}
        for a, text in numbers:
            assert (text, a["data-role"]) in roles
            assert a["title"].startswith(a["data-role"].replace("_", " ") + ": ")
        deadlines = [text for a, text in found if a.get("class") == "deadline"]
        assert len(deadlines) <= sum(1 for _, x in d.deadlines() if not x.default)


def test_the_page_is_self_contained(documents: list[Document]) -> None:
    page = document_page(documents[0])
    assert "<style>" in page and "<script>" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "<link" not in page and "@import" not in page


def test_every_text_from_the_document_is_escaped() -> None:
    text = corpus_text("huzhou-2019")
    anchor = "加快建筑业转型升级"
    assert text.count(anchor) == 1
    evil = '<script>alert("x")</script>&'
    document = govmetrics.parse_document(text.replace(anchor, evil + anchor), source="evil.txt")
    page = document_page(document)
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;" in page


def test_coverage_lists_exactly_the_tasks_with_none_of_the_three(documents: list[Document]) -> None:
    for d in documents:
        c = coverage(d)
        assert c.tasks == len(d.tasks)
        for i, task in enumerate(d.tasks, 1):
            has = (bool(task.targets), any(not x.default for x in task.deadlines), len(task.lead_units) == 1)
            assert (i in c.with_none) == (not any(has))
        assert 0 < c.with_target <= c.tasks
        page = document_page(d)
        assert f"{c.with_target} / {c.tasks}" in page
        for i in c.with_none:
            assert f'href="#task-{i}"' in page and f'id="task-{i}"' in page


def test_pages_and_index_are_written(documents: list[Document], tmp_path: Path) -> None:
    entries = [write_page(d, tmp_path) for d in documents[:2]]
    index = write_index(entries, tmp_path, [("bad.txt", "is a PDF <file>")])
    page = index.read_text(encoding="utf-8")
    for e in entries:
        assert (tmp_path / e.filename).is_file() and f'href="{e.filename}"' in page
    assert "is a PDF &lt;file&gt;" in page
    assert "Not read" not in index_page(entries)
