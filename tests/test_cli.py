"""The `govmetrics` command, run in-process (`cli.main`) on the corpora: outputs, summary, errors, help."""

from __future__ import annotations

import csv
import importlib.util
import shutil
from pathlib import Path

import pytest
from conftest import CORPORA, CORPUS_IDS

from govmetrics import cli
from govmetrics.output.export import FILENAMES, FORMATS

COMMANDS = (["extract"], ["report"], ["show"], ["audit"], ["model"], ["model", "fetch"], ["model", "info"])


def csv_doc_ids(path: Path) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return {row["doc_id"] for row in csv.DictReader(f)}


def test_extract_writes_every_format_and_prints_the_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["extract", str(CORPORA), "--out", str(tmp_path)]
    for fmt in FORMATS:
        argv += ["--format", fmt]
    assert cli.main(argv) == 0
    out, err = capsys.readouterr()
    assert err == ""
    for name in FILENAMES.values():
        assert (tmp_path / name).stat().st_size > 0 and f"wrote {tmp_path / name}" in out
    for doc_id in CORPUS_IDS:
        assert doc_id in out  # a summary row per document
        for kind in ("targets", "deadlines", "tasks"):
            assert (tmp_path / f"{doc_id}.{kind}.jsonl").is_file()
    assert f"{len(CORPUS_IDS)} documents" in out and "written deadlines" in out
    assert csv_doc_ids(tmp_path / FILENAMES["csv"]) == set(CORPUS_IDS)


def test_extract_quiet_prints_nothing_and_writes_csv_by_default(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["extract", str(CORPORA / "cixi-2021.txt"), "--out", str(tmp_path), "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")
    assert [p.name for p in tmp_path.iterdir()] == [FILENAMES["csv"]]


def test_a_missing_file_fails_on_one_line_and_the_others_are_written(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.txt"
    out = tmp_path / "out"
    assert cli.main(["extract", str(missing), str(CORPORA / "xuchang-2020.txt"), "--out", str(out)]) == 1
    stdout, err = capsys.readouterr()
    assert err == f"govmetrics: {missing}: no such file or folder\n"
    assert csv_doc_ids(out / FILENAMES["csv"]) == {"xuchang-2020"}
    assert "1 failed" in stdout


def test_a_bad_file_in_a_folder_fails_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(CORPORA / "cixi-2021.txt", folder)
    shutil.copy(CORPORA / "xuchang-2020.txt", folder / "sub")
    bad = folder / "scan.txt"
    bad.write_bytes(b"%PDF-1.7\n\x00\x01binary")
    empty = folder / "sub" / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    assert cli.main(["extract", str(folder), "--out", str(out), "--format", "csv", "--format", "gold"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all(line.startswith("govmetrics: ") for line in err)
    assert any(str(bad) in line and "PDF" in line for line in err)
    assert any(str(empty) in line for line in err)
    assert csv_doc_ids(out / FILENAMES["csv"]) == {"cixi-2021", "xuchang-2020"}
    assert (out / "xuchang-2020.targets.jsonl").is_file() and not (out / "scan.targets.jsonl").exists()


def test_two_files_with_one_document_id_do_not_overwrite_each_other(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        shutil.copy(CORPORA / "cixi-2021.txt", tmp_path / sub)
    assert cli.main(["extract", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "out"),
                     "--format", "duckdb", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert str(tmp_path / "b" / "cixi-2021.txt") in err and "'cixi-2021'" in err
    assert (tmp_path / "out" / FILENAMES["duckdb"]).is_file()


def test_an_empty_folder_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["extract", str(tmp_path), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    assert capsys.readouterr().err.startswith(f"govmetrics: {tmp_path}: no documents in this folder")


def test_report_writes_pages_and_an_index_naming_the_failures(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "gone.txt"
    out = tmp_path / "report"
    assert cli.main(["report", str(CORPORA / "huzhou-2019.txt"), str(missing), "--out", str(out)]) == 1
    stdout, err = capsys.readouterr()
    assert f"open {out / 'index.html'}" in stdout and str(missing) in err
    assert sorted(p.name for p in out.iterdir()) == ["huzhou-2019.html", "index.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="huzhou-2019.html"' in index and str(missing) in index


def test_show_prints_the_task_and_its_targets(capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import govmetrics

    monkeypatch.setenv("COLUMNS", "220")  # rich folds the table's cells to fit the width

    document = govmetrics.read(CORPORA / "huzhou-2019.txt")
    task = next(t for t in document.tasks if len(t.targets) >= 2)
    assert cli.main(["show", str(CORPORA / "huzhou-2019.txt"), "--task", task.number]) == 0
    out = capsys.readouterr().out
    assert f"task {task.number}" in out and f"{len(task.targets)} targets" in out
    for target in task.targets:
        assert target.surface in out and target.kind in out
    for leader in task.leaders:
        assert leader in out


def test_show_names_the_numbers_when_the_task_is_not_there(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["show", str(CORPORA / "cixi-2021.txt"), "--task", "999"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no task numbered '999'" in err and str(CORPORA / "cixi-2021.txt") in err


@pytest.mark.skipif(importlib.util.find_spec("govmetrics.output.audit") is None, reason="govmetrics.output.audit is not there yet")
def test_audit_runs_on_a_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["audit", str(CORPORA / "cixi-2021.txt")]) == 0
    assert "cixi-2021" in capsys.readouterr().out


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        cli.main([*command, "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert "example:\n  govmetrics " in out


def test_a_bad_argument_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        cli.main(["extract", str(CORPORA), "--format", "pdf"])
    assert e.value.code == 2 and "invalid choice: 'pdf'" in capsys.readouterr().err
