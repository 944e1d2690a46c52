"""The pkuseg segmentation model on disk: where it lives, fetching it, checking it.

spaCy's Chinese tokenizer needs a trained pkuseg model. Its usual download host is
often unreachable (firewalls), but the package registry is not: the source
distribution of `pkuseg==0.0.25` ships the model in `pkuseg/models/default/`.
`fetch()` has pip download that sdist (pinned by its sha256), extracts only the model
files into `<home>/models/<name>/`, checks their sizes and sha256 against the values
recorded here, and writes a marker file last. Everything is written in a temporary
directory beside the target and renamed into place, so an interrupted fetch never
leaves a model that looks complete.

`check()` is cheap by default (marker present, sizes right) so that loading and a
second `fetch()` cost nothing; `check(full=True)` hashes the files again.

The model stays as `features.pkl` + `weights.npz`: spacy-pkuseg can also read
`features.msgpack`, but loading that form was measured slower (bench/model_load.py,
docs/model.md), so nothing is converted.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import platformdirs

from ..errors import ModelError

# Every command imports this module for the model's paths; the modules of the fetch itself
# (shutil, subprocess, tarfile, tempfile) load in the functions that fetch.
HOME_ENV = "GOVMETRICS_HOME"
FETCH_COMMAND = "govmetrics model fetch"
MARKER = "CHECKED.json"
_CHUNK = 1 << 20

# Progress callback: (step, done, total). Steps: "download" (total 0: size unknown),
# "extract" and "verify" (bytes).
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ModelSource:
    """One model: the sdist that ships it and the files it must yield (name -> size, sha256)."""

    requirement: str
    sdist_name: str
    sdist_size: int
    sdist_sha256: str
    member_dir: str
    files: Mapping[str, tuple[int, str]]
    dirname: str

    @property
    def total_size(self) -> int:
        return sum(size for size, _ in self.files.values())


PKUSEG_DEFAULT = ModelSource(
    requirement="pkuseg==0.0.25",
    sdist_name="pkuseg-0.0.25.tar.gz",
    sdist_size=48751866,
    sdist_sha256="dd012bf93689721c9574bc2b2ba98fb4ac22790cec0af354a78e217828b81e91",
    member_dir="pkuseg-0.0.25/pkuseg/models/default",
    files={
        "features.pkl": (76848940, "265dcf5534a11d6429776f7e7450a9eef8e075b1a4bedb82ef996994d9c721ac"),
        "weights.npz": (105745354, "95d1632a1fed45993b5006d8ba85939cb110fae71313987673582d24669811dd"),
    },
    dirname="pkuseg-0.0.25-default",
)


@dataclass(frozen=True)
class ModelStatus:
    """What `check()` found at `path`; `complete` when there are no problems."""

    path: Path
    problems: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class FetchResult:
    """Where the model is, and whether this call fetched it (False: a checked copy was there)."""

    path: Path
    fetched: bool


def home() -> Path:
    """The govmetrics data folder: `$GOVMETRICS_HOME`, else the platform's per-user data folder."""
    env = os.environ.get(HOME_ENV)
    return Path(env).expanduser() if env else Path(platformdirs.user_data_dir("govmetrics"))


def model_dir(source: ModelSource = PKUSEG_DEFAULT) -> Path:
    """Where the fetched model lives (whether or not it is there)."""
    return home() / "models" / source.dirname


def check(
    path: Path | None = None,
    *,
    source: ModelSource = PKUSEG_DEFAULT,
    full: bool = False,
    progress: Progress | None = None,
) -> ModelStatus:
    """Check the model at `path` (default: `model_dir()`): marker and sizes; sha256 too if `full`."""
    path = model_dir(source) if path is None else Path(path)
    if not path.is_dir():
        return ModelStatus(path, ("not found",))
    problems = []
    for name, (size, _) in source.files.items():
        f = path / name
        if not f.is_file():
            problems.append(f"{name} is missing")
        elif f.stat().st_size != size:
            problems.append(f"{name} has {f.stat().st_size} bytes, expected {size} (truncated or replaced)")
    if not problems and _read_marker(path) != _marker(source):
        problems.append(f"{MARKER} is missing or does not match (the files were never fully checked)")
    if full and not problems:
        done = 0
        for name, (size, digest) in source.files.items():
            with open(path / name, "rb") as reader:
                actual = _copy_hashing(reader, None, _counter(progress, "verify", done, source.total_size))
            done += size
            if actual != digest:
                problems.append(f"{name} has sha256 {actual}, expected {digest} (damaged)")
    return ModelStatus(path, tuple(problems))


def require_model(path: Path | None = None, *, source: ModelSource = PKUSEG_DEFAULT) -> Path:
    """The checked model folder, or a ModelError that names the command which fixes it."""
    status = check(path, source=source)
    if status.complete:
        return status.path
    raise ModelError(problem_message(status))


def problem_message(status: ModelStatus) -> str:
    """The one-line error for an incomplete model: where, what, and the command that fixes it."""
    where = f"{status.path}" + ("" if os.environ.get(HOME_ENV) else f" (set {HOME_ENV} to use another folder)")
    what = "; ".join(status.problems)
    return f"pkuseg segmentation model at {where}: {what}; run `{FETCH_COMMAND}` to fetch it"


def fetch(
    *,
    source: ModelSource = PKUSEG_DEFAULT,
    sdist: Path | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> FetchResult:
    """Put a checked copy of the model in `model_dir()`; do nothing if one is already there.

    `sdist` uses an already downloaded source distribution instead of running pip (it
    must have the recorded sha256). `force` fetches again even over a checked copy.
    """
    import shutil
    import tempfile

    target = model_dir(source)
    if not force and check(target, source=source).complete:
        return FetchResult(target, fetched=False)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # The staging folder sits beside the target so the final rename stays on one filesystem.
        work = Path(tempfile.mkdtemp(prefix=".fetch-", dir=target.parent))
    except OSError as e:
        raise ModelError(f"cannot write under {target.parent}: {e}; set {HOME_ENV} to a writable folder") from e
    try:
        if sdist is None:
            sdist = download_sdist(work, source=source, progress=progress)
        else:
            _check_sdist(Path(sdist), source)
        staging = work / "model"
        extract_model(sdist, staging, source=source, progress=progress)
        try:
            _install(staging, target, work, source, force)
        except OSError as e:
            raise ModelError(f"cannot move the checked model into {target}: {e}") from e
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return FetchResult(target, fetched=True)


def download_sdist(dest: Path, *, source: ModelSource = PKUSEG_DEFAULT, progress: Progress | None = None) -> Path:
    """Download the sdist into `dest` with pip (hash-pinned) and return its path."""
    import subprocess

    if progress:
        progress("download", 0, 0)
    requirements = dest / "requirements.txt"
    requirements.write_text(f"{source.requirement} --hash=sha256:{source.sdist_sha256}\n", encoding="utf-8")
    # --no-build-isolation: pip reads the sdist's metadata by running its setup.py, which
    # imports numpy; in an isolated build environment numpy is missing and pip fails.
    cmd = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--no-build-isolation",
        "--no-binary", ":all:", "--require-hashes", "--progress-bar", "off",
        "-r", str(requirements), "-d", str(dest),
    ]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except OSError as e:
        raise ModelError(f"cannot run pip to download {source.requirement}: {e}") from e
    sdist = dest / source.sdist_name
    if done.returncode != 0 or not sdist.is_file():
        tail = " | ".join(line.strip() for line in (done.stderr or done.stdout).strip().splitlines()[-4:])
        raise ModelError(
            f"pip could not download {source.requirement} from the package registry "
            f"(exit status {done.returncode}): {tail or 'no output'}. Check the network or the "
            f"pip index settings, or download {source.sdist_name} elsewhere and run "
            f"`{FETCH_COMMAND} --sdist FILE`"
        )
    return sdist


def extract_model(
    sdist: Path, dest: Path, *, source: ModelSource = PKUSEG_DEFAULT, progress: Progress | None = None
) -> None:
    """Extract only the model files from `sdist` into `dest`, checking sizes and sha256, then the marker.

    Raises ModelError (and leaves no marker) if a file is missing, of the wrong size or hash.
    """
    import tarfile

    dest.mkdir(parents=True, exist_ok=True)
    done = 0
    try:
        with tarfile.open(sdist, "r:*") as tar:
            for name, (size, digest) in source.files.items():
                member_name = f"{source.member_dir}/{name}"
                try:
                    member = tar.getmember(member_name)
                except KeyError:
                    raise ModelError(f"{sdist}: no {member_name} in the archive") from None
                if not member.isfile() or member.size != size:
                    raise ModelError(f"{sdist}: {member_name} has {member.size} bytes, expected {size}")
                reader = tar.extractfile(member)
                assert reader is not None  # a regular file member always has a reader
                with reader, open(dest / name, "wb") as out:
                    actual = _copy_hashing(reader, out, _counter(progress, "extract", done, source.total_size))
                if actual != digest:
                    raise ModelError(f"{sdist}: {member_name} has sha256 {actual}, expected {digest}")
                done += size
    except (tarfile.TarError, EOFError) as e:
        raise ModelError(f"{sdist}: cannot read the archive: {e}") from e
    except OSError as e:
        raise ModelError(f"cannot extract the model from {sdist} into {dest}: {e}") from e
    (dest / MARKER).write_text(json.dumps(_marker(source), indent=1), encoding="utf-8")


def _install(staging: Path, target: Path, work: Path, source: ModelSource, force: bool) -> None:
    """Rename the checked `staging` folder to `target`, moving any old copy into `work` first."""
    if target.exists():
        if not force and check(target, source=source).complete:
            return  # another fetch finished first; keep its copy
        target.rename(work / "old")
    staging.rename(target)


def _check_sdist(sdist: Path, source: ModelSource) -> None:
    if not sdist.is_file():
        raise ModelError(f"{sdist}: no such file")
    with open(sdist, "rb") as f:
        actual = _copy_hashing(f, None, None)
    if actual != source.sdist_sha256:
        raise ModelError(f"{sdist}: sha256 {actual}, expected {source.sdist_sha256} ({source.sdist_name})")


def _copy_hashing(reader: IO[bytes], out: IO[bytes] | None, on_bytes: Callable[[int], None] | None) -> str:
    """Read `reader` to the end (copying to `out` if given) and return its sha256 hex digest."""
    h = hashlib.sha256()
    n = 0
    while chunk := reader.read(_CHUNK):
        h.update(chunk)
        if out is not None:
            out.write(chunk)
        n += len(chunk)
        if on_bytes:
            on_bytes(n)
    return h.hexdigest()


def _counter(progress: Progress | None, step: str, base: int, total: int) -> Callable[[int], None] | None:
    """A bytes callback for `_copy_hashing` that reports `base + n` of `total` to `progress`."""
    if progress is None:
        return None
    return lambda n: progress(step, base + n, total)


def _marker(source: ModelSource) -> dict[str, object]:
    return {
        "requirement": source.requirement,
        "files": {name: {"size": size, "sha256": digest} for name, (size, digest) in source.files.items()},
    }


def _read_marker(path: Path) -> object:
    try:
        return json.loads((path / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
