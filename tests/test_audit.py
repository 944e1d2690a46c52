"""govmetrics.output.audit: counts by role, the ``other`` residue with its sentence, the printed audit."""

from __future__ import annotations

from conftest import CORPUS_IDS
from rich.console import Console
from test_numbers_accounted import corpus_document

from govmetrics.model import ROLES, Document, DocumentMeta, NumberMention, Task
from govmetrics.output.audit import print_audit, residue, role_counts

TEXT = "重点工作\n1.推进某某二次创业。新增企业5家;建设三江中路。\n牵头单位:市发改委\n2.落实规定。\n"


def _document() -> Document:
    """A hand-made document: task 1 holds a target, an unplaced numeral and a name; task 2 none."""
    start = TEXT.index("推进")
    end = TEXT.index("\n", start)
    second = TEXT.index("落实")

    def mention(surface: str, role: str) -> NumberMention:
        at = TEXT.index(surface)
        return NumberMention(surface, at, at + len(surface), role, f"rule for {role}")  # type: ignore[arg-type]

    numbers = (mention("二次", "other"), mention("5家", "target"), mention("三", "name_or_code"))
    tasks = (
        Task("1", TEXT[start:end], start, end, start - 2, numbers=numbers),
        Task("2", TEXT[second:second + 5], second, second + 5, second - 2),
    )
    return Document(TEXT, DocumentMeta(doc_id="made", path="made.txt"), statements=tasks)


def test_role_counts_hold_every_role_in_order() -> None:
    counts = role_counts(_document())
    assert list(counts) == list(ROLES)
    assert counts["other"] == counts["target"] == counts["name_or_code"] == 1
    assert sum(counts.values()) == 3


def test_residue_gives_the_task_and_the_sentence_of_each_other_numeral() -> None:
    doc = _document()
    [r] = residue(doc)
    assert (r.task, r.number.surface) == ("1", "二次")
    assert r.sentence == "推进某某二次创业。"
    assert doc.text[r.sentence_start:r.sentence_start + len(r.sentence)] == r.sentence


def test_residue_of_the_corpora_is_small_and_in_its_sentences(corpus_id: str) -> None:
    doc = corpus_document(corpus_id)
    counts = role_counts(doc)
    left = residue(doc)
    assert len(left) == counts["other"]
    # Small enough to read: under 3% of the numerals of a document.
    assert counts["other"] <= 0.03 * sum(counts.values()), [(r.task, r.number.surface) for r in left]
    for r in left:
        assert r.number.role == "other"
        assert doc.text[r.sentence_start:r.sentence_start + len(r.sentence)] == r.sentence
        assert r.sentence_start <= r.number.start < r.number.end <= r.sentence_start + len(r.sentence)
        assert "\n" not in r.sentence and "。" not in r.sentence[:-1]


def test_print_audit_shows_counts_and_residue() -> None:
    console = Console(record=True, width=200)
    print_audit([_document(), _document()], console)
    out = console.export_text()
    assert "made.txt: 2 statements (2 tasks), 3 numerals" in out
    assert all(role in out for role in ROLES)
    assert "task 1  二次  (rule for other)  推进某某二次创业。" in out
    assert "all 2 documents" in out


def test_print_audit_of_the_corpora_lists_each_residue() -> None:
    console = Console(record=True, width=400)
    docs = [corpus_document(d) for d in CORPUS_IDS]
    print_audit(docs, console)
    out = console.export_text()
    for doc in docs:
        assert str(doc.meta.path) in out
        for r in residue(doc):
            assert f"task {r.task}  {r.number.surface}  ({r.number.reason})" in out
