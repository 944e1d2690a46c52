"""The `govmetrics` command: argument parsing and progress only; the work is in the library."""

from __future__ import annotations

import argparse
import sys

from .errors import GovmetricsError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govmetrics",
        description="Numeric targets, deadlines and responsibilities from Chinese government task documents.",
    )
    parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except GovmetricsError as e:
        print(f"govmetrics: {e}", file=sys.stderr)
        return 1
