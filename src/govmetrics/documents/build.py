"""The whole way from a source to a finished `Document`: read, structure, then the pipeline.

`read(path)` and `parse_document(text)` give a `Document` whose every task has its
spaCy tokens, targets, deadlines (written, or its default) and numbers with roles, all
with offsets into `Document.text`. The tasks go through `nlp.pipe`, so a batch of
documents uses one loaded pipeline, and `n_process` spreads the tokenizing.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import GovmetricsError
from ..extract.deadlines import default_deadline
from ..model import Deadline, Document, Task
from ..nlp.components import PIPES, load
from ..reading.source import read_source
from ..structure.tasks import build_document

BATCH_SIZE = 64


def read(source: str | os.PathLike[str] | bytes, *, name: str | None = None, year: int | None = None,
         nlp: Language | None = None, n_process: int = 1, batch_size: int = BATCH_SIZE,
         tokens: bool = True) -> Document:
    """Read a document (.txt in any common Chinese encoding, .html, .docx, .pdf, .xlsx / .xls,
    .csv / .tsv) into a `Document`.

    `source` is a path or the file's bytes (`name` then gives its name and format).
    `year` overrides the year the tasks are for (else the document's own, else this
    year, with a warning). `nlp` is a pipeline with the govmetrics components (default
    `govmetrics.load(year)`). `tokens=False` leaves `Task.tokens` empty: the spaCy docs
    are about three quarters of a finished Document's memory (docs/audit.md). Raises
    `ReadError` naming the file when it is not a readable document; a readable one with
    no tasks gives a warning and no tasks.
    """
    return complete(structure(source, name=name, year=year), nlp=nlp, n_process=n_process, batch_size=batch_size,
                    tokens=tokens)


def structure(source: str | os.PathLike[str] | bytes, *, name: str | None = None,
              year: int | None = None) -> Document:
    """Read a source into a `Document` with metadata, sections and tasks, before the pipeline."""
    got = read_source(source, name=name)
    return build_document(
        got.text, source_map=got.source_map, path=got.path or name, source_format=got.source_format,
        encoding=got.encoding, warnings=got.warnings, year=year, hints=got.hints,
    )


def parse_document(text: str, *, source: str | None = None, year: int | None = None, nlp: Language | None = None,
                   n_process: int = 1, batch_size: int = BATCH_SIZE, tokens: bool = True) -> Document:
    """A `Document` from text already in memory; `source` names it in messages and metadata."""
    if not isinstance(text, str):
        raise GovmetricsError(f"parse_document needs a str, not {type(text).__name__}")
    document = build_document(text, path=source, year=year)
    return complete(document, nlp=nlp, n_process=n_process, batch_size=batch_size, tokens=tokens)


def complete(document: Document, *, nlp: Language | None = None, n_process: int = 1,
             batch_size: int = BATCH_SIZE, tokens: bool = True) -> Document:
    """`document` with tokens, targets, deadlines and numbers on every task (document offsets)."""
    return complete_many([document], nlp=nlp, n_process=n_process, batch_size=batch_size, tokens=tokens)[0]


def complete_many(documents: Sequence[Document], *, nlp: Language | None = None, n_process: int = 1,
                  batch_size: int = BATCH_SIZE, tokens: bool = True) -> list[Document]:
    """`complete` for several documents: the tasks of all documents of one year go through one
    `nlp.pipe`, so that `n_process > 1` starts its worker processes once, not per document."""
    years = [_year(d) for d in documents]
    out: list[Document | None] = [None] * len(documents)
    for year in sorted(set(years)):
        group = [i for i, y in enumerate(years) if y == year]
        pipe = nlp if nlp is not None else load(year)
        missing = [p for p in PIPES if p not in pipe.pipe_names]
        if missing:
            raise GovmetricsError(f"the pipeline lacks the components {', '.join(missing)} "
                                  f"(govmetrics.nlp.components.add_pipes adds them)")
        texts = (task.text for i in group for task in documents[i].tasks)
        docs = iter(pipe.pipe(texts, n_process=n_process, batch_size=batch_size))
        for i in group:
            document = documents[i]
            tasks = tuple(_task(task, next(docs), year, tokens) for task in document.tasks)
            warnings = document.warnings
            if document.meta.year is None:
                warnings += (f"{document.meta.path or 'the text'}: no year found for the tasks; "
                             f"deadlines resolved against {year} (pass year= to set it)",)
            out[i] = replace(document, tasks=tasks, warnings=warnings)
    return [d for d in out if d is not None]


def _year(document: Document) -> int:
    return document.meta.year if document.meta.year is not None else date.today().year


def _task(task: Task, doc: Doc, year: int, tokens: bool) -> Task:
    """`task` with what the pipeline found in its text, moved to document offsets."""
    by = task.start
    targets = [t.shifted(by) for t in doc._.targets]
    written = [d.shifted(by) for d in doc._.deadlines]
    default = default_deadline(year, task.section).shifted(by)
    deadlines: list[Deadline] = written or [default]
    # The component, which sees no headings, gives the year's end as a default; the
    # task's own default may be a period named in its section heading.
    targets = [replace(t, deadline=default) if t.deadline and t.deadline.default else t for t in targets]
    numbers = [n.shifted(by) for n in doc._.numbers]
    return replace(task, tokens=doc if tokens else None, targets=tuple(targets), deadlines=tuple(deadlines),
                   numbers=tuple(numbers))
