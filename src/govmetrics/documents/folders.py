"""Many files: find the documents under folders, and read them in order, one failure at a time.

`find_documents` lists the files a command names; `read_many` reads them one by one (or
`chunk` at a time when the spaCy pipeline runs in several processes), and a file that
fails gives its error while the others go on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import GovmetricsError, ReadError
from ..model import Document
from ..reading.source import FOLDER_SUFFIXES
from .build import BATCH_SIZE, complete_many, structure


@dataclass(frozen=True)
class Outcome:
    """One file of a batch: its `Document` (or what was made of it, `result`), or the error
    that stopped it."""

    path: Path
    document: Document | None = None
    error: GovmetricsError | None = None
    result: Any = None


def find_documents(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files named, and every readable document under the folders named, sorted.

    Raises `ReadError` for a path that does not exist or a folder with no document.
    """
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            # Word's lock files (~$x.docx) and hidden files are not documents.
            inside = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in FOLDER_SUFFIXES
                            and not f.name.startswith((".", "~$")))
            if not inside:
                raise ReadError(str(p), f"no documents in this folder (looked for {', '.join(FOLDER_SUFFIXES)})")
            found.extend(inside)
        elif p.exists():
            found.append(p)
        else:
            raise ReadError(str(p), "no such file or folder")
    return found


def read_many(paths: Iterable[Path], *, year: int | None = None, tokens: bool = False, n_process: int = 1,
              batch_size: int = BATCH_SIZE, chunk: int | None = None) -> Iterator[Outcome]:
    """Read each file, in order; a file that fails gives its error and the others go on.

    Files are structured and then completed `chunk` at a time (default: one by one in a
    single process, 16 with `tokens` and `n_process > 1` so spaCy's worker processes pay off).
    """
    size = chunk or (1 if n_process == 1 else 16)
    pending: list[Outcome] = []
    for path in paths:
        try:
            pending.append(Outcome(path, document=structure(path, year=year)))
        except GovmetricsError as e:
            pending.append(Outcome(path, error=e))
        if sum(o.document is not None for o in pending) >= size:
            yield from _finish(pending, n_process, batch_size, tokens)
            pending = []
    yield from _finish(pending, n_process, batch_size, tokens)


def _finish(pending: list[Outcome], n_process: int, batch_size: int, tokens: bool) -> list[Outcome]:
    ready = [o.document for o in pending if o.document is not None]
    done = iter(complete_many(ready, tokens=tokens, n_process=n_process, batch_size=batch_size))
    return [replace(o, document=next(done)) if o.document is not None else o for o in pending]
