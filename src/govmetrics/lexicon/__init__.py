"""Loads the language data tables shipped in `govmetrics/data/`.

Every word list the rules use (numerals, magnitudes, units, comparators, verbs of
action and commitment, non-target markers, time words, responsibility labels, unit
aliases) is a TOML file in `data/`, so adding a word is a one-line data change. This
module only reads them: parsed once per machine and version of the file (`diskcache.py`),
read back once per process.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from .diskcache import remember


@cache
def table(name: str) -> dict[str, Any]:
    """The parsed contents of `data/<name>.toml` (cached; do not mutate)."""
    text = (resources.files("govmetrics") / "data" / f"{name}.toml").read_bytes().decode("utf-8")

    def parse() -> dict[str, Any]:
        import tomllib

        return tomllib.loads(text)

    return remember("tables", f"{name}|{text}", parse)


def data_path(filename: str) -> str:
    """Filesystem path of a shipped data file (for tools that want a path, like pkuseg)."""
    return str(resources.files("govmetrics") / "data" / filename)
