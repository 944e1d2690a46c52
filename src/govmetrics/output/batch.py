"""Reading the files named on the command line: progress, one-line errors, and the summary.

`Batch.documents(paths)` yields each readable document in turn while a progress bar runs;
a path or file that fails is reported on one line naming it, kept in `failures`, and the
others go on. `summary()` is the table the commands print at the end.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..errors import GovmetricsError, ReadError
from ..model import Document


@dataclass(frozen=True)
class Counts:
    """What one document held: for the summary table."""

    doc_id: str
    statements: int
    tasks: int
    targets: int
    deadlines: int  # written ones: a task with none is due by default, which is not counted
    warnings: int

    @classmethod
    def of(cls, document: Document) -> Counts:
        return cls(document.meta.doc_id, len(document.statements), len(document.tasks),
                   sum(1 for _ in document.targets()),
                   sum(1 for _, d in document.deadlines() if not d.default), len(document.warnings))


@dataclass
class Batch:
    """One run over files: `console` (stderr) shows progress and errors unless `quiet`."""

    console: Console
    quiet: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)
    counts: list[Counts] = field(default_factory=list)

    def fail(self, path: str, error: Exception) -> None:
        """Note a failed path and print one line naming it."""
        message = str(error)
        problem = message[len(path) + 2:] if message.startswith(f"{path}: ") else message
        self.failures.append((path, problem))
        self.console.print(f"govmetrics: {path}: {problem}", markup=False, highlight=False, soft_wrap=True)

    def files(self, paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
        """The documents under `paths` (files, and folders searched recursively)."""
        from ..documents.folders import find_documents

        found: list[Path] = []
        for p in paths:
            try:
                found += find_documents([p])
            except ReadError as e:
                self.fail(str(p), e)
        return found

    def documents(self, paths: Iterable[str | os.PathLike[str]], *, year: int | None = None) -> Iterator[Document]:
        """Each readable document under `paths`, in order; failures are noted and skipped."""
        from ..documents.folders import read_many

        files = self.files(paths)
        if not files:
            return
        live = not self.quiet and self.console.is_terminal  # no bars drawn into a file or a pipe
        seen: dict[str, Path] = {}
        progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            console=self.console, disable=not live, transient=True)
        with progress:
            bar = progress.add_task("reading", total=len(files))
            for outcome in read_many(files, year=year):
                progress.update(bar, description=f"reading {outcome.path.name}")
                document = outcome.document
                if outcome.error is not None or document is None:
                    self.fail(str(outcome.path), outcome.error or GovmetricsError("not read"))
                elif document.meta.doc_id in seen:
                    self.fail(str(outcome.path), GovmetricsError(
                        f"its document id {document.meta.doc_id!r} is already that of {seen[document.meta.doc_id]}; "
                        f"rename one of the two files"))
                else:
                    seen[document.meta.doc_id] = outcome.path
                    self.counts.append(Counts.of(document))
                    if not self.quiet:
                        for warning in document.warnings:
                            self.console.print(f"warning: {warning}", markup=False, highlight=False)
                    yield document
                progress.advance(bar)

    def summary(self) -> Table:
        """Statements, tasks, targets, written deadlines and warnings: one row a document and a total."""
        table = Table(title="govmetrics extraction")
        for name in ("document", "statements", "tasks", "targets", "written deadlines", "warnings"):
            table.add_column(name, justify="left" if name == "document" else "right")
        keys = ("statements", "tasks", "targets", "deadlines", "warnings")
        for c in self.counts:
            table.add_row(c.doc_id, *(str(getattr(c, k)) for k in keys))
        table.add_section()
        table.add_row(f"{len(self.counts)} documents", *(str(sum(getattr(c, k) for c in self.counts)) for k in keys),
                      style="bold")
        if self.failures:
            table.add_row(f"{len(self.failures)} failed", *([""] * len(keys)), style="red")
        return table

