"""Many files on several cores: read each document and apply a function to it, in a pool of processes.

`map_documents(paths, work, jobs=N)` reads every file and gives `work(document)` for
each, in the order of `paths` whatever order the workers finish in. A file that fails
gives its error and the others go on. Only the results of `work` cross between
processes, and at most `2 * jobs` of them are under way at once, so memory does not grow
with the number of files. With `jobs=1` (or one file) everything runs in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import GovmetricsError
from .build import read
from .folders import Outcome


def cores() -> int:
    """The cores this process may run on (the default number of jobs)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_documents(paths: Sequence[Path], work: Callable[[Any], Any], *, year: int | None = None,
                  jobs: int = 1) -> Iterator[Outcome]:
    """`Outcome(path, result=work(document))` for each file of `paths`, in that order.

    `work` must be picklable (a module-level function, or a `functools.partial` of one)
    when `jobs > 1`; its result crosses back from the worker. A file that cannot be read
    gives `Outcome(path, error=...)`, whose message names it. The worker processes start
    in this call, so call it before starting threads (a progress bar's): on Linux they are
    then forked.
    """
    jobs = max(1, min(jobs, len(paths)))
    if jobs == 1:
        return (process(path, work, year) for path in paths)
    return _in_order(multiprocessing.get_context(_start_method()).Pool(jobs), paths, work, year, 2 * jobs)


def _start_method() -> str | None:
    """Fork on Linux while this process has one thread: the workers start at once, with the
    modules and tables already loaded. With other threads running a fork could copy a lock
    held half-way, so the workers are then started afresh (spawn), as elsewhere by default."""
    if sys.platform.startswith("linux"):
        return "fork" if threading.active_count() == 1 else "spawn"
    return None


def _in_order(pool: Any, paths: Sequence[Path], work: Callable[[Any], Any], year: int | None,
              window: int) -> Iterator[Outcome]:
    """The outcomes in the order of `paths`, with at most `window` files under way."""
    with pool:
        pending: deque[Any] = deque()
        queue = iter(paths)
        for path in queue:
            pending.append(pool.apply_async(process, (path, work, year)))
            if len(pending) >= window:
                break
        while pending:
            outcome = pending.popleft().get()
            for path in queue:
                pending.append(pool.apply_async(process, (path, work, year)))
                break
            yield outcome


def process(path: Path, work: Callable[[Any], Any], year: int | None) -> Outcome:
    """Read one file and apply `work`; a `GovmetricsError` becomes the outcome's error.

    The error is passed on as a plain `GovmetricsError` with the same message, which
    crosses between processes whatever the subclass's constructor takes."""
    try:
        document = read(path, year=year)
    except GovmetricsError as e:
        return Outcome(path, error=GovmetricsError(str(e)))
    return Outcome(path, result=work(document))
