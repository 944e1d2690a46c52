"""The `govmetrics` command: argument parsing and progress only; the work is in the library."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import segmentation
from .errors import GovmetricsError, ReadError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govmetrics",
        description="Numeric targets, deadlines and responsibilities from Chinese government task documents.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_model_commands(sub)
    _add_demo_command(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except GovmetricsError as e:
        print(f"govmetrics: {e}", file=sys.stderr)
        return 1


# --- model -------------------------------------------------------------------------


def _add_model_commands(sub: argparse._SubParsersAction) -> None:
    model = sub.add_parser("model", help="the pkuseg segmentation model: fetch it, show where it is")
    model_sub = model.add_subparsers(dest="model_command", metavar="ACTION", required=True)
    fetch = model_sub.add_parser(
        "fetch",
        help="download the model from the package registry (nothing to do if a checked copy is there)",
        description=f"Put a checked copy of the pkuseg model in {segmentation.model_dir()} "
        f"(set {segmentation.HOME_ENV} to use another folder).",
    )
    fetch.add_argument("--sdist", type=Path, metavar="FILE",
                       help=f"use an already downloaded {segmentation.PKUSEG_DEFAULT.sdist_name} instead of pip")
    fetch.add_argument("--force", action="store_true", help="fetch again even over a checked copy")
    fetch.set_defaults(run=_model_fetch)
    info = model_sub.add_parser("info", help="where the model is and whether it is complete")
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


# --- demo (temporary: tokenizes until extraction exists) ----------------------------


def _add_demo_command(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="tokenize every .txt document under PATH and show counts")
    demo.add_argument("path", type=Path, metavar="PATH", help="a .txt file or a folder of them")
    demo.set_defaults(run=_demo)


def _demo(args: argparse.Namespace) -> int:
    from .tokenizer import load_tokenizer  # imports spaCy: only for the commands that need it

    files = [args.path] if args.path.is_file() else sorted(args.path.rglob("*.txt"))
    if not files:
        raise ReadError(str(args.path), "no .txt documents found")
    console = Console()
    start = time.perf_counter()
    with console.status("loading the pkuseg tokenizer…"):
        nlp = load_tokenizer()
    console.print(f"tokenizer loaded in {time.perf_counter() - start:.1f} s")
    table = Table(title=f"documents under {args.path}")
    for column in ("document", "characters", "tokens", "seconds", "characters/s", "tokens/s"):
        table.add_column(column, justify="left" if column == "document" else "right")
    all_chars = all_tokens = 0
    all_seconds = 0.0
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise ReadError(str(path), str(e)) from e
        t0 = time.perf_counter()
        n_tokens = len(nlp(text))
        seconds = time.perf_counter() - t0
        table.add_row(path.name, *_counts(len(text), n_tokens, seconds))
        all_chars, all_tokens, all_seconds = all_chars + len(text), all_tokens + n_tokens, all_seconds + seconds
    table.add_section()
    table.add_row("all", *_counts(all_chars, all_tokens, all_seconds))
    console.print(table)
    return 0


def _counts(chars: int, tokens: int, seconds: float) -> tuple[str, ...]:
    rate = 1 / seconds if seconds > 0 else 0.0
    return f"{chars:,}", f"{tokens:,}", f"{seconds:.3f}", f"{chars * rate:,.0f}", f"{tokens * rate:,.0f}"
