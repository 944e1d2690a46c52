"""The whole way from a source to a finished `Document`: read, structure, extract.

`read(path)` and `parse_document(text)` give a `Document` whose every statement has its
targets, deadlines (written, or its default) and numbers with roles, all with offsets
into `Document.text`. Extraction is plain Python (`extract.roles.analyse`): no spaCy
model is loaded unless tokens are asked for, either at once (`tokens=True`, through
`nlp.pipe`, so a batch of documents shares one loaded pipeline) or on first use of
`Statement.tokens` / `Document.doc`. The results are the same either way.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..errors import GovmetricsError
from ..extract.quantities import extract_quantities
from ..extract.roles import analyse
from ..extract.targets import extract_targets
from ..model import Coverage, Document, Statement, copied
from ..reading.source import read_source
from ..structure import build_document
from ..structure.reviews import review_heading
from .pieces import read_pieces

BATCH_SIZE = 64


@dataclass(frozen=True)
class Tokenizer:
    """Text → the spaCy `Doc` of the govmetrics pipeline for a document's year.

    A small picklable value, so Documents built in worker processes keep their lazy
    tokens; the pipeline (and its pkuseg model) loads on the first call only.
    """

    year: int | None = None

    def __call__(self, text: str) -> Any:
        from ..nlp.components import load  # spaCy and the model only for who asks for tokens

        return load(self.year)(text)


def read(source: str | os.PathLike[str] | bytes, *, name: str | None = None, year: int | None = None,
         tokens: bool = False, nlp: Any = None, n_process: int = 1, batch_size: int = BATCH_SIZE) -> Document:
    """Read a document (.txt in any common Chinese encoding, .html, .docx, .pdf, .xlsx / .xls,
    .csv / .tsv) into a `Document`.

    `source` is a path or the file's bytes (`name` then gives its name and format).
    `year` overrides the year the tasks are for (else the document's own; when it names
    none, deadlines that need a year have no date and a warning says so). `tokens=True`
    tokenizes every statement now, with `nlp` (default `govmetrics.load(year)`),
    otherwise `Statement.tokens` does it on first use. Raises `ReadError` naming the
    file when it is not a readable document; a readable one with no statement gives a
    warning.
    """
    return complete(structure(source, name=name, year=year), tokens=tokens, nlp=nlp, n_process=n_process,
                    batch_size=batch_size)


def structure(source: str | os.PathLike[str] | bytes, *, name: str | None = None,
              year: int | None = None) -> Document:
    """Read a source into a `Document` with metadata, sections and statements, before extraction."""
    got = read_source(source, name=name)
    return build_document(
        got.text, source_map=got.source_map, path=got.path or name, source_format=got.source_format,
        encoding=got.encoding, warnings=got.warnings, year=year, hints=got.hints,
    )


def parse_document(text: str, *, source: str | None = None, year: int | None = None, tokens: bool = False,
                   nlp: Any = None, n_process: int = 1, batch_size: int = BATCH_SIZE) -> Document:
    """A `Document` from text already in memory; `source` names it in messages and metadata."""
    if not isinstance(text, str):
        raise GovmetricsError(f"parse_document needs a str, not {type(text).__name__}")
    document = build_document(text, path=source, year=year)
    return complete(document, tokens=tokens, nlp=nlp, n_process=n_process, batch_size=batch_size)


def complete(document: Document, *, tokens: bool = False, nlp: Any = None, n_process: int = 1,
             batch_size: int = BATCH_SIZE) -> Document:
    """`document` with targets, deadlines and numbers on every statement (document offsets)."""
    return complete_many([document], tokens=tokens, nlp=nlp, n_process=n_process, batch_size=batch_size)[0]


def complete_many(documents: Sequence[Document], *, tokens: bool = False, nlp: Any = None, n_process: int = 1,
                  batch_size: int = BATCH_SIZE) -> list[Document]:
    """`complete` for several documents; with `tokens`, the statements of all documents of
    one year go through one `nlp.pipe`, so `n_process > 1` starts its workers once."""
    done = [_extracted(d) for d in documents]
    if tokens:
        done = _tokenized(done, nlp, n_process, batch_size)
    return done


def _extracted(document: Document) -> Document:
    year = document.meta.year
    tokenizer = Tokenizer(year)
    done = [_statement(s, year, tokenizer, document.text) for s in document.statements]
    statements = tuple(s for s, _ in done)
    coverage, outside = _coverage(document, statements, [n for _, n in done])
    notes = list(document.warnings)
    name = document.meta.path or "the text"
    if year is None:
        notes.append(f"{name}: no year found in the document (title, document number, date line, first "
                     f"sentence); deadlines that need one have no date (pass year= or --year to set it)")
    if not any(s.targets for s in statements):
        notes.append(f"{name}: no targets found in {coverage.statements} statements ({coverage.tasks} of them tasks)")
    if outside:
        # Say how many stand in text read as no statement on purpose (`Document.skipped`: a
        # preamble, a headline, a covering letter's sentence), so that a hole no rule read shows.
        meant = sum(any(s <= t.start < e for s, e in document.skipped) for t in outside)
        holes = [t for t in outside if not any(s <= t.start < e for s, e in document.skipped)] or outside
        notes.append(f"{name}: {len(outside)} quantities that read as targets stand outside every statement "
                     f"(first: {holes[0].surface!r} at {holes[0].start})"
                     + (f"; {meant} of them in a preamble or headline read as no statement on purpose"
                        if meant else ""))
    return replace(document, statements=statements, tokenizer=tokenizer, coverage=coverage, warnings=tuple(notes))


def _statement(statement: Statement, year: int | None, tokenizer: Tokenizer, text: str) -> tuple[Statement, int]:
    """`statement` with what its text holds, moved to document offsets, and its lazy tokenizer;
    and the number of quantities its text holds (for the coverage)."""
    if statement.reading:
        return (replace(read_pieces(statement, year, text), tokenizer=tokenizer),
                len(extract_quantities(statement.text)))
    found = analyse(statement.text, year=year, section_titles=statement.section,
                    reported=review_heading(statement.section))
    by = statement.start
    # `copied`, not `replace`: the frozen __init__ of twenty fields is not run again per statement.
    return copied(statement, targets=tuple(t.shifted(by) for t in found.targets),
                  deadlines=tuple(d.shifted(by) for d in found.deadlines),
                  numbers=tuple(n.shifted(by) for n in found.numbers), tokenizer=tokenizer,
                  _tokens=None), len(found.quantities)


def _coverage(document: Document, statements: tuple[Statement, ...], held: list[int]) -> tuple[Coverage, list[Any]]:
    """The document's coverage, and the targets its body holds outside every statement.

    `held[i]` is the number of quantities statement i's text holds. The text between two
    statements (a heading, a responsibility line, the next one's number label) is read
    apart from them, so every numeral is read where the structure puts it: the label of
    15.6月底前 is item 15 before 6月底前 (layouts §9), not the decimal 15.6. A statement's
    label (1. / (二十三)) counts as inside it. Statements come in text order; one may stand
    inside another's span (a progress line between a task's text and its deadline line,
    both of the task's span): its quantities are counted once, with the task's.
    """
    text = document.text
    between: list[tuple[int, int, int]] = []  # (start, label start, end) of the text before each statement
    at = document.meta.body_start
    inside = 0
    for s, n in zip(statements, held):
        if s.label_start < at:
            continue  # inside the span of the statement before
        between.append((at, s.label_start, s.start))
        inside += n
        at = s.end
    between.append((at, len(text), len(text)))
    # One reading of all the texts between statements, each ended by a sentence end (no
    # number or unit runs on across it): one call instead of one per statement. A statement's
    # label (12. / （三）) is read alone: the same few labels number every list.
    inside += sum(_label_quantities(text[label:e]) for _, label, e in between)
    pieces = [text[a:label] + _APART for a, label, _ in between]
    offsets = list(accumulate((len(p) for p in pieces), initial=0))
    outside_count, gaps_with_quantities = 0, set()
    for q in extract_quantities("".join(pieces)):
        outside_count += 1
        gaps_with_quantities.add(bisect_right(offsets, q.start) - 1)
    outside = [t.shifted(between[i][0]) for i in sorted(gaps_with_quantities)
               for t in extract_targets(text[between[i][0]:between[i][1]], year=document.meta.year)]
    coverage = Coverage(statements=len(statements), tasks=sum(s.is_task for s in statements),
                        body_numbers=inside + outside_count, outside=outside_count)
    return coverage, outside


_APART = "。\n"


@lru_cache(maxsize=1024)
def _label_quantities(label: str) -> int:
    """How many quantities a statement's label holds, read alone (ended like the texts between)."""
    return len(extract_quantities(label + _APART)) if label else 0


def _tokenized(documents: list[Document], nlp: Any, n_process: int, batch_size: int) -> list[Document]:
    """`documents` with every statement's tokens made now, one `nlp.pipe` per year."""
    from ..nlp.components import PIPES, load

    out = list(documents)
    years = sorted({d.meta.year for d in documents}, key=lambda y: (y is None, y or 0))
    for year in years:
        group = [i for i, d in enumerate(documents) if d.meta.year == year]
        pipe = nlp if nlp is not None else load(year)
        missing = [p for p in PIPES if p not in pipe.pipe_names]
        if missing:
            raise GovmetricsError(f"the pipeline lacks the components {', '.join(missing)} "
                                  f"(govmetrics.nlp.components.add_pipes adds them)")
        docs = iter(pipe.pipe((s.text for i in group for s in documents[i].statements),
                              n_process=n_process, batch_size=batch_size))
        for i in group:
            for s in documents[i].statements:
                object.__setattr__(s, "_tokens", next(docs))
    return out
