"""The CLI over many files: the same bytes for every --jobs and every run, no model loaded, flat streaming.

`--jobs 2` reads the documents in two processes; the files written must be those of
`--jobs 1`, byte for byte, whatever order the workers finish in, and a second run must
write the same bytes again (no clock in any format). `govmetrics extract` must not load
the segmentation model: run with an empty model folder, it still works, and neither
spaCy nor pkuseg is imported.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from functools import partial
from pathlib import Path

import pytest
from conftest import CORPORA, CORPUS_IDS

import govmetrics
from govmetrics import cli
from govmetrics.documents import map_documents
from govmetrics.nlp.segmentation import HOME_ENV
from govmetrics.output import writers
from govmetrics.output.batch import Done, done
from govmetrics.output.export import FORMATS, export, extracted

ALL_FORMATS = [arg for f in FORMATS for arg in ("--format", f)]


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight documents (the corpora and three copies under other names) and a file that fails, in a tree."""
    root = tmp_path_factory.mktemp("many")
    (root / "b").mkdir()
    for p in sorted(CORPORA.glob("*.txt")):
        shutil.copy(p, root / p.name)
    for name in ("cixi-2021", "xuchang-2020", "huzhou-2019"):
        shutil.copy(CORPORA / f"{name}.txt", root / "b" / f"{name}-copy.txt")
    (root / "b" / "scan.txt").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    return root


def test_jobs_2_writes_the_bytes_of_jobs_1_and_reports_the_same(folder: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    outputs = {}
    for jobs in (1, 2):
        out = tmp_path / f"jobs{jobs}"
        assert cli.main(["extract", str(folder), "--out", str(out), "--jobs", str(jobs), *ALL_FORMATS]) == 1
        stdout, err = capsys.readouterr()
        assert err.startswith(f"govmetrics: {folder / 'b' / 'scan.txt'}: ") and err.count("\n") == 1
        assert "8 documents" in stdout and "1 failed" in stdout
        outputs[jobs] = (digests(out), stdout.replace(str(out), "OUT"))
    assert outputs[1] == outputs[2]
    assert len(outputs[1][0]) == 5 + 3 * 8  # the five files, and the gold lines of eight documents


def test_report_and_audit_are_the_same_for_any_jobs(folder: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    pages, audits = {}, {}
    for jobs in (1, 2):
        assert cli.main(["report", str(folder), "--out", str(tmp_path / f"r{jobs}"), "--jobs", str(jobs),
                         "--quiet"]) == 1
        pages[jobs] = digests(tmp_path / f"r{jobs}")
        capsys.readouterr()
        assert cli.main(["audit", str(folder), "--jobs", str(jobs)]) == 1
        audits[jobs] = capsys.readouterr()
    assert pages[1] == pages[2] and len(pages[1]) == 9
    assert audits[1] == audits[2] and "all 8 documents" in audits[1].out


def _slow_first(document: object) -> str:
    """The document's id, after a pause for the first file, so that the second worker finishes first."""
    doc_id = document.meta.doc_id  # type: ignore[attr-defined]
    if doc_id == CORPUS_IDS[0]:
        time.sleep(1.0)
    return doc_id


def test_outcomes_come_in_the_order_of_the_files_not_of_completion() -> None:
    paths = sorted(CORPORA.glob("*.txt"))
    outcomes = list(map_documents(paths, partial(done, work=_slow_first), jobs=2))
    assert [o.path for o in outcomes] == paths
    assert [o.result.value for o in outcomes] == CORPUS_IDS and all(isinstance(o.result, Done) for o in outcomes)


def test_with_another_thread_running_the_workers_are_spawned_not_forked() -> None:
    """A fork would copy the other thread's locks as they stand; the results are the same either way."""
    from govmetrics.documents import pool

    paths = sorted(CORPORA.glob("*.txt"))[:3]
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert sys.platform != "linux" or pool._start_method() == "spawn"
        spawned = [o.result.value for o in map_documents(paths, partial(done, work=_slow_first), jobs=2)]
    finally:
        stop.set()
        other.join()
    assert spawned == [p.stem for p in paths]


def test_the_same_input_gives_the_same_bytes_in_every_format(tmp_path: Path) -> None:
    """openpyxl writes the time of writing into a workbook and DuckDB a random id into its header;
    two runs a couple of seconds apart must still give the same files."""
    import duckdb

    documents = [extracted(govmetrics.read(p)) for p in sorted(CORPORA.glob("*.txt"))[:2]]
    export(documents, tmp_path / "first", FORMATS)
    time.sleep(2.1)  # the zip format counts time in two-second steps
    export(documents, tmp_path / "second", FORMATS)
    assert digests(tmp_path / "first") == digests(tmp_path / "second")
    with duckdb.connect(str(tmp_path / "second" / "govmetrics.duckdb"), read_only=True) as con:  # still a sound file
        assert con.execute("SELECT count(*) FROM target_rows").fetchone()[0] == sum(
            len(d.rows.targets) for d in documents)


def test_parquet_and_duckdb_rows_stream_in_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With groups smaller than a document, the files hold several row groups and the same rows."""
    import duckdb
    import pyarrow.parquet as pq

    documents = [govmetrics.read(p) for p in sorted(CORPORA.glob("*.txt"))[:2]]
    export(documents, tmp_path / "whole", ["parquet", "duckdb"])
    monkeypatch.setattr(writers, "GROUP", 7)
    export(documents, tmp_path / "groups", ["parquet", "duckdb"])
    whole, groups = (pq.ParquetFile(tmp_path / f / "targets.parquet") for f in ("whole", "groups"))
    assert whole.metadata.num_row_groups == 1 and groups.metadata.num_row_groups > 10
    assert groups.read().to_pylist() == whole.read().to_pylist()
    tables = []
    for f in ("whole", "groups"):
        with duckdb.connect(str(tmp_path / f / "govmetrics.duckdb"), read_only=True) as con:
            tables.append([con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                           for t in ("documents", "tasks", "targets", "deadlines")])
    assert tables[0] == tables[1]


def test_extract_loads_no_model(tmp_path: Path) -> None:
    """With an empty model folder `extract` still works, and spaCy and pkuseg are never imported."""
    empty = tmp_path / "no-model"
    empty.mkdir()
    script = (
        "import sys, json\n"
        "from govmetrics import cli\n"
        f"code = cli.main(['extract', {str(CORPORA)!r}, '--out', {str(tmp_path / 'out')!r}, '--jobs', '1', "
        "'--format', 'gold', '--format', 'csv', '--quiet'])\n"
        "print(json.dumps([code, sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'spacy_pkuseg'))]))\n"
    )
    env = {**os.environ, HOME_ENV: str(empty)}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.stderr == ""
    code, imported = json.loads(result.stdout)
    assert code == 0 and imported == []
    assert len(list((tmp_path / "out").glob("*.targets.jsonl"))) == len(CORPUS_IDS)
    assert list(empty.iterdir()) == []


def test_a_quiet_extract_loads_no_terminal_library(tmp_path: Path) -> None:
    """rich draws progress, warnings and the summary; a quiet run that meets no error never loads it,
    and still reports a failing file on one line."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "broken.docx").write_bytes(b"not a zip")
    script = (
        "import sys, json\n"
        "from govmetrics import cli\n"
        f"code = cli.main(['extract', {str(CORPORA)!r}, '--out', {str(tmp_path / 'out')!r}, '--jobs', '1', '--quiet'])\n"
        "quiet = sorted(m for m in sys.modules if m.split('.')[0] == 'rich')\n"
        f"failed = cli.main(['extract', {str(tmp_path / 'in')!r}, '--out', {str(tmp_path / 'out2')!r}, '--quiet'])\n"
        "print(json.dumps([code, quiet, failed]))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert json.loads(result.stdout) == [0, [], 1]
    assert "broken.docx" in result.stderr and result.stderr.count("\n") == 1
