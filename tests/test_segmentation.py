"""govmetrics.nlp.segmentation: fetching, extracting and checking the pkuseg model on disk.

The extraction and checking logic runs against a small sdist built here with the layout
of the real one (pkuseg-0.0.25/pkuseg/models/default/...). One test fetches the real
model from the package registry (marked `network`; CI has the registry).
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import tarfile
from dataclasses import replace
from pathlib import Path

import pytest

from govmetrics import cli
from govmetrics.errors import ModelError
from govmetrics.nlp import segmentation
from govmetrics.nlp.segmentation import FETCH_COMMAND, MARKER, PKUSEG_DEFAULT, ModelSource

FAKE_FILES = {"features.pkl": b"fake features " * 300, "weights.npz": b"fake weights " * 500}


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_sdist(path: Path, files: dict[str, bytes]) -> Path:
    """A .tar.gz laid out like the pkuseg sdist, with `files` in its model folder."""
    top = PKUSEG_DEFAULT.member_dir.split("/")[0]
    members = {
        f"{top}/setup.py": b"raise SystemExit('never run')\n",
        f"{top}/pkuseg/__init__.py": b"",
        f"{PKUSEG_DEFAULT.member_dir}/__init__.py": b"",
        **{f"{PKUSEG_DEFAULT.member_dir}/{name}": data for name, data in files.items()},
    }
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def fake_source(sdist: Path, files: dict[str, bytes] = FAKE_FILES) -> ModelSource:
    """The real source's layout and names, with the fake sdist's and files' sizes and hashes."""
    data = sdist.read_bytes()
    return replace(
        PKUSEG_DEFAULT,
        sdist_size=len(data),
        sdist_sha256=_sha(data),
        files={name: (len(content), _sha(content)) for name, content in files.items()},
    )


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty GOVMETRICS_HOME for the test."""
    home = tmp_path / "home"
    monkeypatch.setenv(segmentation.HOME_ENV, str(home))
    return home


@pytest.fixture
def sdist(tmp_path: Path) -> Path:
    return build_sdist(tmp_path / PKUSEG_DEFAULT.sdist_name, FAKE_FILES)


def test_home_is_the_environment_variable_else_the_platform_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv(segmentation.HOME_ENV, raising=False)
    assert segmentation.home() == Path(platformdirs.user_data_dir("govmetrics"))
    monkeypatch.setenv(segmentation.HOME_ENV, "/some/where")
    assert segmentation.model_dir() == Path("/some/where/models/pkuseg-0.0.25-default")


def test_extract_takes_only_the_model_files_and_checks_them(tmp_path: Path, sdist: Path) -> None:
    source = fake_source(sdist)
    dest = tmp_path / "out"
    seen: list[tuple[str, int, int]] = []
    segmentation.extract_model(sdist, dest, source=source, progress=lambda *a: seen.append(a))
    assert sorted(p.name for p in dest.iterdir()) == sorted([*FAKE_FILES, MARKER])
    for name, data in FAKE_FILES.items():
        assert (dest / name).read_bytes() == data
    assert segmentation.check(dest, source=source, full=True).complete
    assert seen[-1] == ("extract", source.total_size, source.total_size)


@pytest.mark.parametrize(
    "files, problem",
    [
        ({"features.pkl": FAKE_FILES["features.pkl"]}, "no pkuseg-0.0.25/pkuseg/models/default/weights.npz"),
        ({**FAKE_FILES, "weights.npz": FAKE_FILES["weights.npz"][:-1]}, "weights.npz has 6499 bytes, expected 6500"),
        ({**FAKE_FILES, "weights.npz": FAKE_FILES["weights.npz"].upper()}, "weights.npz has sha256"),
    ],
    ids=["member missing", "member truncated", "member altered"],
)
def test_extract_refuses_a_bad_archive_and_writes_no_marker(
    tmp_path: Path, files: dict[str, bytes], problem: str
) -> None:
    source = fake_source(build_sdist(tmp_path / "good.tar.gz", FAKE_FILES))
    bad = build_sdist(tmp_path / "bad.tar.gz", files)
    with pytest.raises(ModelError, match=problem):
        segmentation.extract_model(bad, tmp_path / "out", source=source)
    assert not (tmp_path / "out" / MARKER).exists()


def test_extract_refuses_a_file_that_is_not_an_archive(tmp_path: Path) -> None:
    junk = tmp_path / "junk.tar.gz"
    junk.write_bytes(b"<html>proxy login</html>")
    with pytest.raises(ModelError, match="cannot read the archive"):
        segmentation.extract_model(junk, tmp_path / "out")


def test_fetch_installs_a_checked_copy_then_does_nothing(home: Path, sdist: Path) -> None:
    source = fake_source(sdist)
    first = segmentation.fetch(source=source, sdist=sdist)
    assert first.fetched and first.path == home / "models" / source.dirname
    assert segmentation.check(source=source, full=True).complete
    inode = (first.path / "features.pkl").stat().st_ino
    second = segmentation.fetch(source=source, sdist=sdist)
    assert not second.fetched and second.path == first.path
    assert (first.path / "features.pkl").stat().st_ino == inode
    assert [p.name for p in (home / "models").iterdir()] == [source.dirname]  # no staging left


def test_a_truncated_copy_is_reported_and_fetch_repairs_it(home: Path, sdist: Path) -> None:
    source = fake_source(sdist)
    path = segmentation.fetch(source=source, sdist=sdist).path
    with open(path / "weights.npz", "r+b") as f:
        f.truncate(100)
    status = segmentation.check(source=source)
    assert status.problems == ("weights.npz has 100 bytes, expected 6500 (truncated or replaced)",)
    with pytest.raises(ModelError, match=f"weights.npz has 100 bytes.*run `{FETCH_COMMAND}`"):
        segmentation.require_model(source=source)
    assert segmentation.fetch(source=source, sdist=sdist).fetched
    assert segmentation.check(source=source, full=True).complete


def test_same_size_damage_is_found_only_by_the_full_check(home: Path, sdist: Path) -> None:
    source = fake_source(sdist)
    path = segmentation.fetch(source=source, sdist=sdist).path
    data = bytearray((path / "features.pkl").read_bytes())
    data[10] ^= 0xFF
    (path / "features.pkl").write_bytes(bytes(data))
    assert segmentation.check(source=source).complete
    problems = segmentation.check(source=source, full=True).problems
    assert len(problems) == 1 and problems[0].startswith("features.pkl has sha256")


def test_files_without_the_marker_are_not_a_complete_model(home: Path, sdist: Path) -> None:
    source = fake_source(sdist)
    path = segmentation.fetch(source=source, sdist=sdist).path
    (path / MARKER).unlink()
    assert "never fully checked" in segmentation.check(source=source).problems[0]


def test_an_interrupted_fetch_leaves_nothing_that_looks_complete(home: Path, sdist: Path) -> None:
    source = fake_source(sdist)

    def interrupt(step: str, done: int, total: int) -> None:
        if step == "extract" and done > 0:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        segmentation.fetch(source=source, sdist=sdist, progress=interrupt)
    assert list((home / "models").iterdir()) == []
    assert segmentation.check(source=source).problems == ("not found",)


def test_fetch_refuses_an_sdist_with_another_hash(home: Path, tmp_path: Path, sdist: Path) -> None:
    source = fake_source(sdist)
    other = build_sdist(tmp_path / "other.tar.gz", {**FAKE_FILES, "extra": b"x"})
    with pytest.raises(ModelError, match=f"sha256 .*expected {source.sdist_sha256}"):
        segmentation.fetch(source=source, sdist=other)
    assert list((home / "models").iterdir()) == []


def test_a_failed_download_is_a_model_error_with_pip_s_reason(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No index and an empty local folder: pip fails at once, as it would without network.
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(tmp_path))
    with pytest.raises(ModelError, match=r"pip could not download pkuseg==0\.0\.25.*--sdist FILE"):
        segmentation.fetch()
    assert list((home / "models").iterdir()) == []


def test_a_missing_model_names_the_command_that_fixes_it(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ModelError) as e:
        segmentation.require_model()
    message = str(e.value)
    assert str(segmentation.model_dir()) in message and f"run `{FETCH_COMMAND}`" in message
    assert cli.main(["model", "info"]) == 1
    out = capsys.readouterr().out
    assert "features.pkl: missing" in out and FETCH_COMMAND in out


def test_the_tokenizer_turns_a_missing_or_truncated_model_into_the_documented_error(home: Path) -> None:
    from govmetrics.nlp.tokenizer import blank_nlp

    with pytest.raises(ModelError, match=f"not found; run `{FETCH_COMMAND}`"):
        blank_nlp()
    path = segmentation.model_dir()
    path.mkdir(parents=True)
    (path / "features.pkl").write_bytes(b"\x80\x04truncated")
    (path / "weights.npz").write_bytes(b"")
    with pytest.raises(ModelError, match=f"features.pkl has 11 bytes, expected 76848940.*`{FETCH_COMMAND}`"):
        blank_nlp()


def test_extract_needs_no_model_and_tokens_name_the_fetch_command(home: Path, tmp_path: Path) -> None:
    # Fresh processes: in this one the pipeline may already be loaded and cached.
    (tmp_path / "doc.txt").write_text("1.新增二级以上幼儿园25所\n", encoding="utf-8")
    env = {**os.environ, segmentation.HOME_ENV: str(home)}
    run = subprocess.run([sys.executable, "-m", "govmetrics", "extract", str(tmp_path / "doc.txt"),
                          "--out", str(tmp_path / "out"), "--year", "2021"], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert "25" in (tmp_path / "out" / "targets.csv").read_text(encoding="utf-8-sig")
    ask = ("import govmetrics, sys\n"
           "try:\n    govmetrics.read(sys.argv[1], tokens=True)\n"
           "except govmetrics.ModelError as e:\n    print(e)\n")
    tokens = subprocess.run([sys.executable, "-c", ask, str(tmp_path / "doc.txt")], capture_output=True, text=True,
                            env=env)
    err = tokens.stdout.strip()
    assert err.startswith("pkuseg segmentation model at") and "\n" not in err
    assert FETCH_COMMAND in err


@pytest.mark.network
def test_the_real_fetch_from_the_package_registry(tmp_path: Path) -> None:
    env = {**os.environ, segmentation.HOME_ENV: str(tmp_path)}
    command = [sys.executable, "-m", "govmetrics", "model", "fetch"]
    first = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("pkuseg model fetched and checked")
    path = tmp_path / "models" / PKUSEG_DEFAULT.dirname
    assert segmentation.check(path, full=True).complete
    second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert second.returncode == 0 and second.stdout.startswith("pkuseg model already in place and checked")
