"""govmetrics.dask on a LocalCluster of two worker processes that the tests start: the rows of the exports,
the failures reported as the CLI reports them, and `govmetrics extract --dask ADDRESS`."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPORA, CORPUS_IDS

pytest.importorskip("distributed", reason="the Dask extra is not installed (pip install 'govmetrics[dask]')")

import govmetrics  # noqa: E402
from govmetrics import cli  # noqa: E402
from govmetrics.output.export import FILENAMES, export  # noqa: E402
from govmetrics.output.rows import EXPORT, TABLES, Column, Rows  # noqa: E402
from govmetrics.output.values import text_cell  # noqa: E402

PATHS = sorted(CORPORA.glob("*.txt"))
SMALL = 40_000  # bytes a partition: the five documents make three partitions


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=":0") as cluster, Client(cluster) as c:
        c.wait_for_workers(2)
        yield c


@pytest.fixture(scope="module")
def rows() -> Rows:
    r = Rows()
    for p in PATHS:
        r.add(govmetrics.read(p))
    return r


def as_text(frame: Any, columns: tuple[Column, ...]) -> list[list[str]]:
    """A computed frame's rows as the CSV export writes them (its decimals are already exact strings)."""
    import pyarrow as pa

    records = pa.Table.from_pandas(frame, preserve_index=False).to_pylist()
    return [[r[c.name] or "" if c.type == "decimal" else text_cell(r[c.name], c) for c in columns] for r in records]


def test_partitions_follow_the_files_order_and_size() -> None:
    from govmetrics.dask import partitions

    groups = partitions(PATHS, SMALL)
    assert [p for g in groups for p in g] == [str(p) for p in PATHS]
    assert len(groups) == 3 and all(sum(Path(p).stat().st_size for p in g[:-1]) < SMALL for g in groups)
    assert partitions(PATHS) == [tuple(str(p) for p in PATHS)]  # the default holds about 4 MB


def test_targets_on_two_workers_are_the_rows_of_the_csv_export(client: Any, tmp_path: Path) -> None:
    import govmetrics.dask

    frame = govmetrics.dask.targets(PATHS, partition_bytes=SMALL)
    assert frame.npartitions == 3 and list(frame.columns) == [c.name for c in EXPORT]
    export([govmetrics.read(p) for p in PATHS], tmp_path, ["csv"])
    with (tmp_path / FILENAMES["csv"]).open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f))[1:]
    assert as_text(frame.compute(), EXPORT) == written and len(written) > 400
    workers = client.run(lambda: 1)
    assert len(workers) == 2


def test_tasks_and_deadlines_are_the_tables_of_the_exports(client: Any, rows: Rows) -> None:
    import dask

    import govmetrics.dask

    ex = govmetrics.dask.extraction(PATHS, partition_bytes=SMALL)
    tasks, deadlines = dask.compute(ex.tasks, ex.deadlines)
    for frame, name in ((tasks, "tasks"), (deadlines, "deadlines")):
        columns = TABLES[name]
        assert as_text(frame, columns) == [[text_cell(r[c.name], c) for c in columns] for r in getattr(rows, name)]


def test_a_file_that_fails_on_a_worker_is_reported_and_the_others_are_read(client: Any, tmp_path: Path) -> None:
    import govmetrics.dask

    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.7\n\x00\x01binary")
    ex = govmetrics.dask.extraction([PATHS[0], bad, PATHS[1]], partition_bytes=SMALL)
    failures = ex.failures.compute().values.tolist()
    assert len(failures) == 1 and failures[0][0] == str(bad) and "PDF" in failures[0][1]
    assert sorted(ex.documents.compute()["doc_id"].tolist()) == [PATHS[0].stem, PATHS[1].stem]


def test_the_cli_writes_partitioned_parquet_on_the_cluster(client: Any, tmp_path: Path, rows: Rows,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    import pyarrow.parquet as pq

    folder = tmp_path / "in"
    (folder / "b").mkdir(parents=True)
    for p in PATHS:
        shutil.copy(p, folder)
    shutil.copy(PATHS[0], folder / "b")  # the same document id again
    (folder / "b" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert cli.main(["extract", str(folder), "--dask", client.scheduler.address, "--out", str(out)]) == 1
    stdout, err = capsys.readouterr()
    lines = err.splitlines()
    assert len(lines) == 2 and all(line.startswith("govmetrics: ") for line in lines)
    assert any(str(folder / "b" / "empty.txt") in line for line in lines)
    assert any(str(folder / "b" / PATHS[0].name) in line and "document id" in line for line in lines)
    assert f"{len(CORPUS_IDS)} documents" in stdout and "2 failed" in stdout
    for name in ("targets", "tasks", "deadlines", "documents"):
        assert (out / name / "part-00000.parquet").is_file()
    targets = pq.read_table(out / "targets").to_pylist()
    assert [r["target_id"] for r in targets] == [r["target_id"] for r in rows.export()]
    assert pq.read_table(out / "tasks").num_rows == len(rows.tasks)
