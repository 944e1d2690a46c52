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
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..errors import GovmetricsError
from ..extract.quantities import extract_quantities, holds_numeral
from ..extract.roles import analyse
from ..extract.targets import extract_targets
from ..model import Coverage, Document, Statement, copied
from ..reading.source import read_source
from ..structure import build_document
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
    statements = tuple(_statement(s, year, tokenizer) for s in document.statements)
    done = replace(document, statements=statements, tokenizer=tokenizer)
    coverage, outside = _coverage(done)
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
    return replace(done, coverage=coverage, warnings=tuple(notes))


def _statement(statement: Statement, year: int | None, tokenizer: Tokenizer) -> Statement:
    """`statement` with what its text holds, moved to document offsets, and its lazy tokenizer."""
    if statement.reading:
        return replace(read_pieces(statement, year), tokenizer=tokenizer)
    found = analyse(statement.text, year=year, section_titles=statement.section)
    by = statement.start
    # `copied`, not `replace`: the frozen __init__ of twenty fields is not run again per statement.
    return copied(statement, targets=tuple(t.shifted(by) for t in found.targets),
                  deadlines=tuple(d.shifted(by) for d in found.deadlines),
                  numbers=tuple(n.shifted(by) for n in found.numbers), tokenizer=tokenizer, _tokens=None)


def _coverage(document: Document) -> tuple[Coverage, list[Any]]:
    """The document's coverage, and the targets its body holds outside every statement.

    A statement's number label (1. / (二十三)) counts as inside it."""
    statements = document.statements
    body = document.meta.body_start
    gaps, at = [], body
    for s in statements:
        if s.label_start > at:
            gaps.append((at, s.label_start))
        at = max(at, s.end)
    gaps.append((at, len(document.text)))
    # Most gaps are headings and blank lines: one without a numeral holds no target.
    outside = [t.shifted(a) for a, b in gaps if holds_numeral(document.text[a:b])
               for t in extract_targets(document.text[a:b], year=document.meta.year)]
    starts = [s.label_start for s in statements]
    quantities = extract_quantities(document.text[body:])
    inside = 0
    for q in quantities:
        i = bisect_right(starts, q.start + body) - 1
        inside += i >= 0 and q.end + body <= statements[i].end
    coverage = Coverage(statements=len(statements), tasks=sum(s.is_task for s in statements),
                        body_numbers=len(quantities), outside=len(quantities) - inside)
    return coverage, outside


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
