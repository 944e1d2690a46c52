"""The `govmetrics` command: argument parsing and progress only; the work is in the library.

    govmetrics extract PATH... [--out DIR] [--format FORMAT] [--year Y] [--jobs N] [--dask ADDRESS] [--quiet]
    govmetrics report PATH... [--out DIR] [--jobs N]
    govmetrics show FILE --task N
    govmetrics audit PATH... [--jobs N]
    govmetrics model fetch | info

Every command's `--help` gives an example. Errors are one line naming the file.
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
import time
from contextlib import nullcontext
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import GovmetricsError
from .nlp import segmentation
from .output.batch import Batch
# light: each writer imports its library when it runs
from .output.export import FILENAMES, FORMATS, export, extracted

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

# rich, the report and the task view load in the commands that print with them: a quiet
# `extract` never loads them (a tenth of the start of every process).


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govmetrics",
        description="Numeric targets, deadlines and responsibilities from Chinese government task documents.",
        epilog="example:\n  govmetrics extract corpora/ --out out/\n  govmetrics report corpora/ --out out/report/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_extract_command(sub)
    _add_report_command(sub)
    _add_show_command(sub)
    _add_audit_command(sub)
    _add_model_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except (GovmetricsError, OSError) as e:
        print(f"govmetrics: {e}", file=sys.stderr)
        return 1


def _command(sub: argparse._SubParsersAction, name: str, help: str, example: str,
             description: str | None = None) -> argparse.ArgumentParser:
    """A subcommand whose --help ends with an example."""
    return sub.add_parser(name, help=help, description=textwrap.fill(description or help, 88),
                          epilog=f"example:\n  {example}",
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def _add_reading_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                        help="a document (.txt in any Chinese encoding, .html, .docx) or a folder (searched recursively)")
    parser.add_argument("--year", type=int, metavar="Y",
                        help="the year the tasks are for (default: the document's own), which resolves deadlines")
    parser.add_argument("--jobs", type=_positive, metavar="N",
                        help="documents read at once, each in its own process (default: the machine's cores); "
                        "the output is the same for every N")


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    return int(text)


def _jobs(args: argparse.Namespace) -> int:
    from .documents.pool import cores

    return args.jobs or cores()


# --- extract ------------------------------------------------------------------------


def _add_extract_command(sub: argparse._SubParsersAction) -> None:
    files = ", ".join(f"{f}: {n}" for f, n in FILENAMES.items())
    extract = _command(
        sub, "extract", "extract every target, deadline and task to files",
        "govmetrics extract corpora/ --out out/ --format parquet --format duckdb",
        description=f"Read the documents and write one row per target with its provenance ({files}; "
        "gold: <doc>.targets.jsonl, <doc>.deadlines.jsonl, <doc>.tasks.jsonl in the scorer's layout). "
        "Exit status 1 when a file could not be read; the others are still written.",
    )
    _add_reading_arguments(extract)
    extract.add_argument("--out", type=Path, default=Path("out"), metavar="DIR", help="output folder (default: out)")
    extract.add_argument("--format", dest="formats", action="append", choices=FORMATS, metavar="FORMAT",
                         help=f"one of {', '.join(FORMATS)}; repeat for several (default: csv)")
    extract.add_argument("--dask", metavar="ADDRESS",
                         help="run on the Dask cluster at ADDRESS (`local`: start one on this machine, of --jobs "
                         "workers) and write partitioned Parquet: DIR/targets/, DIR/tasks/, DIR/deadlines/, "
                         "DIR/documents/ (needs the extra: pip install 'govmetrics[dask]')")
    extract.add_argument("--quiet", action="store_true", help="no progress and no summary; errors only")
    extract.set_defaults(run=_extract)


def _extract(args: argparse.Namespace) -> int:
    formats = list(dict.fromkeys(args.formats or ["csv"]))
    if args.dask:
        return _extract_on_dask(args, formats)
    batch = Batch(quiet=args.quiet)
    work = partial(extracted, formats=formats)
    written = export(batch.run(args.paths, work, year=args.year, jobs=_jobs(args)), args.out, formats)
    if not args.quiet:
        from rich.console import Console

        console = Console()
        console.print(batch.summary())
        gold = [p for p in written if p.name not in FILENAMES.values()]
        for path in written:
            if path not in gold:
                console.print(f"wrote {path}", highlight=False, soft_wrap=True)
        if gold:
            console.print(f"wrote {len(gold)} gold files to {args.out}", highlight=False, soft_wrap=True)
    return 1 if batch.failures else 0


def _extract_on_dask(args: argparse.Namespace, formats: list[str]) -> int:
    if formats != ["parquet"] and args.formats:
        raise GovmetricsError("--dask writes partitioned Parquet only: leave out --format or give --format parquet")
    try:
        from .dask.cluster import extract_to_parquet  # the extra, imported only when asked for
    except ImportError as e:
        raise GovmetricsError(f"--dask needs the Dask extra ({e}): pip install 'govmetrics[dask]'") from None
    batch = Batch(quiet=args.quiet)
    files = batch.files(args.paths)
    if not files:
        return 1
    live = not args.quiet and batch.console.is_terminal
    with batch.console.status(f"reading {len(files)} files on Dask ({args.dask})") if live else nullcontext():
        result = extract_to_parquet(files, args.out, address=args.dask, year=args.year, jobs=args.jobs)
    for path, problem in result.failures:
        batch.fail(path, GovmetricsError(problem))
    if not args.quiet:
        from rich.console import Console

        console = Console()
        console.print(result.summary(), highlight=False, soft_wrap=True)
        for folder in result.folders:
            console.print(f"wrote {folder}", highlight=False, soft_wrap=True)
    return 1 if batch.failures else 0


# --- report -------------------------------------------------------------------------


def _add_report_command(sub: argparse._SubParsersAction) -> None:
    report = _command(
        sub, "report", "write the HTML audit view: a page per document and an index",
        "govmetrics report corpora/ --out out/report/",
        description="Write one self-contained HTML page per document (metadata, coverage, a sortable and "
        "filterable table of targets, every task with its targets and deadlines highlighted) and index.html.",
    )
    _add_reading_arguments(report)
    report.add_argument("--out", type=Path, default=Path("out/report"), metavar="DIR",
                        help="output folder (default: out/report)")
    report.add_argument("--quiet", action="store_true", help="no progress; errors only")
    report.set_defaults(run=_report)


def _report(args: argparse.Namespace) -> int:
    from rich.console import Console

    from .output.report import page, write_index, write_page

    batch = Batch(quiet=args.quiet)
    entries = [write_page(made, args.out) for made in batch.run(args.paths, page, year=args.year, jobs=_jobs(args))]
    index = write_index(entries, args.out, batch.failures)
    if not args.quiet:
        Console().print(f"wrote {len(entries)} document pages; open {index}", highlight=False, soft_wrap=True)
    return 1 if batch.failures else 0


# --- show ---------------------------------------------------------------------------


def _add_show_command(sub: argparse._SubParsersAction) -> None:
    show = _command(
        sub, "show", "one task in the terminal: its text with targets highlighted and their fields",
        "govmetrics show corpora/quzhou-2021.txt --task 12",
    )
    show.add_argument("file", type=Path, metavar="FILE", help="a document")
    show.add_argument("--task", required=True, metavar="N",
                      help="the task's number as written (12, 二十三); every task with that number is shown")
    show.add_argument("--year", type=int, metavar="Y", help="the year the tasks are for (default: the document's)")
    show.set_defaults(run=_show)


def _show(args: argparse.Namespace) -> int:
    from rich.console import Console

    from .output.show import find_tasks, task_view

    batch = Batch()
    documents = list(batch.documents([args.file], year=args.year))
    if not documents:
        return 1
    console = Console()
    for task in find_tasks(documents[0], args.task):
        console.print(task_view(task))
    return 0


# --- audit --------------------------------------------------------------------------


def _add_audit_command(sub: argparse._SubParsersAction) -> None:
    audit = _command(
        sub, "audit", "count the numerals of each document by role and list those left unexplained",
        "govmetrics audit corpora/",
    )
    _add_reading_arguments(audit)
    audit.set_defaults(run=_audit)


def _audit(args: argparse.Namespace) -> int:
    from rich.console import Console

    from .output.audit import audited, print_audit  # a separate module, imported only by this command

    batch = Batch()
    print_audit(batch.run(args.paths, audited, year=args.year, jobs=_jobs(args)), Console())
    return 1 if batch.failures else 0


# --- model -------------------------------------------------------------------------


def _add_model_commands(sub: argparse._SubParsersAction) -> None:
    model = _command(sub, "model", "the pkuseg segmentation model: fetch it, show where it is",
                     "govmetrics model info --verify")
    model_sub = model.add_subparsers(dest="model_command", metavar="ACTION", required=True)
    fetch = _command(
        model_sub, "fetch",
        "download the model from the package registry (nothing to do if a checked copy is there)",
        "govmetrics model fetch",
        description=f"Put a checked copy of the pkuseg model in {segmentation.model_dir()} "
        f"(set {segmentation.HOME_ENV} to use another folder).",
    )
    fetch.add_argument("--sdist", type=Path, metavar="FILE",
                       help=f"use an already downloaded {segmentation.PKUSEG_DEFAULT.sdist_name} instead of pip")
    fetch.add_argument("--force", action="store_true", help="fetch again even over a checked copy")
    fetch.set_defaults(run=_model_fetch)
    info = _command(model_sub, "info", "where the model is and whether it is complete",
                    "govmetrics model info --verify")
    info.add_argument("--verify", action="store_true", help="also check every file's sha256 (slower)")
    info.set_defaults(run=_model_info)


def _model_fetch(args: argparse.Namespace) -> int:
    start = time.perf_counter()
    with _progress_bar() as bar:
        result = segmentation.fetch(sdist=args.sdist, force=args.force, progress=_reporter(bar))
    if result.fetched:
        print(f"pkuseg model fetched and checked in {time.perf_counter() - start:.1f} s: {result.path}")
    else:
        print(f"pkuseg model already in place and checked: {result.path}")
    return 0


def _model_info(args: argparse.Namespace) -> int:
    source = segmentation.PKUSEG_DEFAULT
    path = segmentation.model_dir(source)
    env = segmentation.HOME_ENV
    origin = f"from ${env}" if os.environ.get(env) else f"the platform default; set ${env} to change it"
    print(f"home:    {segmentation.home()} ({origin})")
    print(f"model:   {path}")
    print(f"source:  {source.requirement} ({source.sdist_name}, sha256 {source.sdist_sha256})")
    for name, (size, _) in source.files.items():
        f = path / name
        on_disk = f"{f.stat().st_size} bytes" if f.is_file() else "missing"
        print(f"file:    {name}: {on_disk} (expected {size})")
    with _progress_bar() as bar:
        status = segmentation.check(path, full=args.verify, progress=_reporter(bar))
    how = "sizes, marker and sha256 checked" if args.verify else "sizes and marker checked; --verify hashes the files"
    if status.complete:
        print(f"status:  complete ({how})")
        return 0
    print(f"status:  incomplete: {segmentation.problem_message(status)}")
    return 1


def _progress_bar() -> Progress:
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[amount]}"), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    )


_SDIST = segmentation.PKUSEG_DEFAULT
_STEPS = {
    "download": f"downloading {_SDIST.sdist_name} ({_SDIST.sdist_size / 1e6:.1f} MB) with pip",
    "extract": "extracting and checking the model",
    "verify": "hashing the model files",
}


def _reporter(bar: Progress) -> segmentation.Progress:
    """A `segmentation.Progress` callback drawing one bar per step on `bar`."""
    tasks: dict[str, TaskID] = {}

    def report(step: str, done: int, total: int) -> None:
        if step not in tasks:
            for task in tasks.values():  # a new step means the earlier ones are finished
                bar.update(task, total=1, completed=1)
            tasks[step] = bar.add_task(_STEPS.get(step, step), total=total or None, amount="")
        amount = f"{done / 1e6:.1f}/{total / 1e6:.1f} MB" if total else ""
        bar.update(tasks[step], completed=done, amount=amount)

    return report
