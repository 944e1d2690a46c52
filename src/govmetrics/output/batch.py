"""Reading the files named on the command line: progress, one-line errors, and the summary.

`Batch.run(paths, work, jobs=N)` reads the documents in N processes and yields
`work(document)` for each readable one, in the order of the files (never the order the
workers finish in), while a progress bar runs; `Batch.documents(paths)` yields the
documents themselves. A path or file that fails is reported on one line naming it, kept
in `failures`, and the others go on. `summary()` is the table the commands print at the end.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GovmetricsError, ReadError
from ..model import Document

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from ..documents.folders import Outcome


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


def problem_of(path: str, error: Exception) -> str:
    """The error's message without the path it starts with (the line printed names the path once)."""
    message = str(error)
    return message[len(path) + 2:] if message.startswith(f"{path}: ") else message


@dataclass(frozen=True)
class Done:
    """What is sent back for one document: its counts and warnings, and what `work` made of it."""

    counts: Counts
    warnings: tuple[str, ...]
    value: Any


def done(document: Document, work: Callable[[Document], Any] | None = None) -> Done:
    """`Done` for `document`, its value `work(document)` (the document itself without `work`)."""
    return Done(Counts.of(document), tuple(document.warnings), work(document) if work else document)


@dataclass
class Batch:
    """One run over files: `console` (default: stderr) shows progress and errors unless `quiet`."""

    stderr: Console | None = None
    quiet: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)
    counts: list[Counts] = field(default_factory=list)

    @property
    def console(self) -> Console:
        """The console of progress and errors, made on first use: a quiet run that meets no
        error never loads rich (a tenth of the start of a process)."""
        if self.stderr is None:
            from rich.console import Console

            self.stderr = Console(stderr=True)
        return self.stderr

    def fail(self, path: str, error: Exception) -> None:
        """Note a failed path and print one line naming it."""
        problem = problem_of(path, error)
        self.failures.append((path, problem))
        self.console.print(f"govmetrics: {path}: {problem}", markup=False, highlight=False, soft_wrap=True)

    def files(self, paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
        """The documents under `paths` (files, and folders searched recursively)."""
        from ..documents.folders import find_documents  # the stages load only when a command reads

        found: list[Path] = []
        for p in paths:
            try:
                found += find_documents([p])
            except ReadError as e:
                self.fail(str(p), e)
        return found

    def documents(self, paths: Iterable[str | os.PathLike[str]], *, year: int | None = None) -> Iterator[Document]:
        """Each readable document under `paths`, in order, read in this process."""
        return self.run(paths, None, year=year)

    def run(self, paths: Iterable[str | os.PathLike[str]], work: Callable[[Document], Any] | None, *,
            year: int | None = None, jobs: int = 1) -> Iterator[Any]:
        """`work(document)` for each readable document under `paths`, in order, read in `jobs`
        processes (`work` must then be picklable); failures are noted and skipped. The
        worker processes start in this call, before the progress bar's thread."""
        from ..documents.pool import map_documents

        files = self.files(paths)
        if not files:
            return iter(())
        return self._collect(files, map_documents(files, partial(done, work=work), year=year, jobs=jobs))

    def _collect(self, files: list[Path], outcomes: Iterator[Outcome]) -> Iterator[Any]:
        live = not self.quiet and self.console.is_terminal  # no bars drawn into a file or a pipe
        seen: dict[str, Path] = {}
        with _Bar(self.console if live else None, len(files)) as bar:
            for outcome in outcomes:
                bar.update(f"reading {outcome.path.name}")
                result: Done | None = outcome.result
                if outcome.error is not None or result is None:
                    self.fail(str(outcome.path), outcome.error or GovmetricsError("not read"))
                elif result.counts.doc_id in seen:
                    self.fail(str(outcome.path), GovmetricsError(
                        f"its document id {result.counts.doc_id!r} is already that of {seen[result.counts.doc_id]}; "
                        f"rename one of the two files"))
                else:
                    seen[result.counts.doc_id] = outcome.path
                    self.counts.append(result.counts)
                    if not self.quiet:
                        for warning in result.warnings:
                            self.console.print(f"warning: {warning}", markup=False, highlight=False)
                    yield result.value
                bar.advance()

    def summary(self) -> Table:
        """Statements, tasks, targets, written deadlines and warnings: one row a document and a total."""
        from rich.table import Table

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



class _Bar:
    """The progress bar of a run on `console`; with no console, nothing is drawn and rich is not loaded."""

    def __init__(self, console: Console | None, total: int) -> None:
        self.progress: Any = None
        if console is not None:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                     TimeElapsedColumn(), console=console, transient=True)
            self.task = self.progress.add_task("reading", total=total)

    def __enter__(self) -> _Bar:
        if self.progress is not None:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()

    def update(self, description: str) -> None:
        if self.progress is not None:
            self.progress.update(self.task, description=description)

    def advance(self) -> None:
        if self.progress is not None:
            self.progress.advance(self.task)
