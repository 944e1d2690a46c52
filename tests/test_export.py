"""govmetrics.output.rows and govmetrics.output.export on the corpora: every format written, read back with
its own library, and compared; the DuckDB keys and the SQL of docs/exports.md; the gold layout."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import CORPORA, GOLD, ROOT, SCORER, corpus_text
from hypothesis import given
from hypothesis import strategies as st

import govmetrics
from govmetrics.errors import GovmetricsError
from govmetrics.model import Document
from govmetrics.output.export import (
    FILENAMES,
    GOLD_KEYS,
    export,
    extracted,
    from_json_value,
    from_text_cell,
    gold_lines,
    text_cell,
)
from govmetrics.output.report import coverage
from govmetrics.output.rows import EXPORT, TABLES, Column, Rows

SQL_BLOCK = re.compile(r"```sql\n(.*?)```", re.DOTALL)


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return [govmetrics.read(p) for p in sorted(CORPORA.glob("*.txt"))]


@pytest.fixture(scope="module")
def rows(documents: list[Document]) -> Rows:
    r = Rows()
    for d in documents:
        r.add(d)
    return r


@pytest.fixture(scope="module")
def out(documents: list[Document], tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    export(documents, folder, ["csv", "jsonl", "parquet", "xlsx", "duckdb", "gold"])
    return folder


def by_id(rows: list[dict]) -> dict[str, dict]:
    return {r["target_id"]: r for r in rows}


# --- the rows -------------------------------------------------------------------------


def test_one_row_per_target_with_its_provenance(documents: list[Document], rows: Rows) -> None:
    flat = rows.export()
    assert len(flat) == sum(1 for d in documents for _ in d.targets()) > 400
    assert len(by_id(flat)) == len(flat)  # ids are unique
    assert [c.name for c in EXPORT][:2] == ["target_id", "doc_id"]
    texts = {d.meta.doc_id: d.text for d in documents}
    tasks = {(d.meta.doc_id, i): t for d in documents for i, t in enumerate(d.tasks, 1)}
    for row in flat:
        text = texts[row["doc_id"]]
        assert text[row["start"]:row["end"]] == row["surface"]
        position = int(row["task_id"].split("/")[1])
        task = tasks[(row["doc_id"], position)]
        assert task.start <= row["start"] and row["end"] <= task.end
        assert row["task_number"] == task.number and row["section"] == list(task.section)
        assert row["leaders"] == list(task.leaders) and row["lead_units"] == list(task.lead_units)
        assert row["surface"] in row["sentence"] and row["sentence"] in task.text
        assert not re.search("[。；;\n]", row["sentence"])
        for exact, number in (("value", "value_number"), ("low", "low_number"), ("high", "high_number")):
            assert (row[exact] is None) == (row[number] is None)
            if row[exact] is not None:
                assert isinstance(row[exact], Decimal) and row[number] == float(row[exact])
        assert isinstance(row["deadline_due"], date) or row["deadline_recurring"] or row["deadline_due"] is None


def test_the_tables_hold_every_document_task_and_deadline(documents: list[Document], rows: Rows) -> None:
    assert [d["doc_id"] for d in rows.documents] == [d.meta.doc_id for d in documents]
    assert len(rows.tasks) == sum(len(d.tasks) for d in documents)
    assert len(rows.deadlines) == sum(1 for d in documents for _ in d.deadlines())
    for d, row in zip(documents, rows.documents):
        assert row["targets"] == sum(1 for _ in d.targets())
        assert row["deadlines"] == sum(1 for _, x in d.deadlines() if not x.default)
        # The coverage: every statement counted, the body's quantities, those in no statement.
        assert (row["statements"], row["tasks"]) == (len(d.statements), len(d.tasks))
        assert row["body_numbers"] >= row["numbers_outside"] >= 0
        assert row["body_numbers"] >= row["targets"]
    # A default deadline has no surface; a written one has its text.
    for row in rows.deadlines:
        assert (row["surface"] is None) == row["default"]


# --- every format read back -------------------------------------------------------------


def test_csv_is_utf8_with_a_bom_and_reads_back(out: Path, rows: Rows) -> None:
    raw = (out / FILENAMES["csv"]).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbftarget_id,doc_id,")
    with (out / FILENAMES["csv"]).open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0] == [c.name for c in EXPORT]
    back = [{c.name: from_text_cell(cell, c) for c, cell in zip(EXPORT, line, strict=True)} for line in lines[1:]]
    assert back == rows.export()
    assert "150000000000" in raw.decode("utf-8-sig")  # 1500亿元 as an exact integer string, not 1.5e+11


def test_jsonl_reads_back(out: Path, rows: Rows) -> None:
    lines = (out / FILENAMES["jsonl"]).read_text(encoding="utf-8").splitlines()
    back = [{c.name: from_json_value(json.loads(line)[c.name], c) for c in EXPORT} for line in lines]
    assert back == rows.export()
    first = json.loads(lines[0])
    assert list(first) == [c.name for c in EXPORT] and isinstance(first["value"], str)


def test_parquet_is_typed_and_reads_back(out: Path, rows: Rows) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(out / FILENAMES["parquet"])
    schema = table.schema
    assert pa.types.is_decimal(schema.field("value").type) and pa.types.is_decimal(schema.field("low").type)
    assert schema.field("deadline_due").type == pa.date32()
    assert schema.field("leaders").type == pa.list_(pa.string())
    assert schema.field("start").type == pa.int64() and schema.field("value_number").type == pa.float64()
    assert table.to_pylist() == rows.export()  # Decimal('7.00') == Decimal('7'): the value is exact


def test_xlsx_reads_back(out: Path, rows: Rows) -> None:
    from openpyxl import load_workbook

    sheet = load_workbook(out / FILENAMES["xlsx"], read_only=True)["targets"]
    lines = list(sheet.iter_rows(values_only=True))
    assert list(lines[0]) == [c.name for c in EXPORT]
    back = [{c.name: from_text_cell(cell, c) for c, cell in zip(EXPORT, line, strict=True)} for line in lines[1:]]
    assert back == rows.export()
    # Numbers are numbers in Excel; the exact value is text.
    start = [c.name for c in EXPORT].index("start")
    assert isinstance(lines[1][start], int) and isinstance(lines[1][start + 3], str)


def test_duckdb_has_the_four_tables_with_keys_and_the_flat_view(out: Path, rows: Rows) -> None:
    import duckdb

    with duckdb.connect(str(out / FILENAMES["duckdb"]), read_only=True) as con:
        for name, columns in TABLES.items():
            cursor = con.execute(f"SELECT * FROM {name}")
            assert [d[0] for d in cursor.description] == [c.name for c in columns]
            assert len(cursor.fetchall()) == len(getattr(rows, name))
        keys = con.execute("SELECT table_name, constraint_type, referenced_table FROM duckdb_constraints() "
                           "WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')").fetchall()
        assert ("targets", "FOREIGN KEY", "tasks") in keys and ("tasks", "FOREIGN KEY", "documents") in keys
        assert {t for t, kind, _ in keys if kind == "PRIMARY KEY"} == set(TABLES)
        cursor = con.execute("SELECT * FROM target_rows")
        names = [d[0] for d in cursor.description]
        back = [dict(zip(names, r)) for r in cursor.fetchall()]
    assert names == [c.name for c in EXPORT]
    assert by_id(back) == by_id(rows.export())


def test_duckdb_refuses_a_target_of_no_task(out: Path, tmp_path: Path) -> None:
    import duckdb

    copy = tmp_path / "copy.duckdb"
    copy.write_bytes((out / FILENAMES["duckdb"]).read_bytes())
    with duckdb.connect(str(copy)) as con, pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO targets (target_id, task_id, doc_id) VALUES ('x/1/1', 'x/1', 'x')")


def test_the_queries_of_the_docs_give_what_the_documents_hold(out: Path, documents: list[Document]) -> None:
    import duckdb

    queries = SQL_BLOCK.findall((ROOT / "docs" / "exports.md").read_text(encoding="utf-8"))
    assert len(queries) == 3
    with duckdb.connect(str(out / FILENAMES["duckdb"]), read_only=True) as con:
        of_unit, by_leader, covered = (con.execute(q).fetchall() for q in queries)
    unit = "市教育局"
    expected = [(d.meta.doc_id, task.number, t.surface) for d in documents for task, t in d.targets()
                if unit in task.lead_units + task.cooperating_units + task.responsible_units]
    assert [r[:3] for r in of_unit] == expected and len(expected) > 10
    leaders = Counter((leader, t.kind) for d in documents for task, t in d.targets() for leader in task.leaders)
    assert {(a, b): n for a, b, n in by_leader} == leaders
    for d, row in zip(documents, covered):
        c = coverage(d)
        assert row == (d.meta.doc_id, c.tasks, c.with_target, c.with_deadline, c.one_lead_unit)


def test_an_unknown_format_is_refused_before_anything_is_written(documents: list[Document], tmp_path: Path) -> None:
    with pytest.raises(GovmetricsError, match="unknown export format pdf"):
        export(documents, tmp_path / "x", ["csv", "pdf"])
    assert not (tmp_path / "x").exists()


def test_rows_made_for_the_line_formats_write_the_same_files(documents: list[Document], out: Path,
                                                                tmp_path: Path) -> None:
    """What a worker sends back for CSV and JSON Lines is their text, not the rows; the files are the same."""
    made = [extracted(d, ["csv", "jsonl"]) for d in documents]
    assert all(m.rows is None and set(m.lines) == {"csv", "jsonl"} for m in made)
    export(made, tmp_path / "lines", ["csv", "jsonl"])
    for name in ("targets.csv", "targets.jsonl"):
        assert (tmp_path / "lines" / name).read_bytes() == (out / name).read_bytes()
    with pytest.raises(GovmetricsError, match=r"cixi-2021: its rows were made without what parquet, gold needs"):
        export(made, tmp_path / "more", ["csv", "parquet", "gold"])


# List items are names (units, leaders, headings), which hold no "|".
@given(st.lists(st.text(st.characters(exclude_categories=("Cs",), exclude_characters="|"), min_size=1)),
       st.decimals(allow_nan=False, allow_infinity=False), st.floats(allow_nan=False, allow_infinity=False),
       st.dates(), st.booleans(), st.text(min_size=1))
def test_text_cells_read_back_as_they_were(items: list[str], value: Decimal, number: float, day: date,
                                          flag: bool, text: str) -> None:
    for v, type_ in ((items, "list"), (value, "decimal"), (number, "float"), (day, "date"), (flag, "bool"),
                     (text, "text"), (None, "int"), (None, "decimal")):
        c = Column("x", type_)
        assert from_text_cell(text_cell(v, c), c) == v


# --- gold -----------------------------------------------------------------------------


def test_gold_lines_have_exactly_the_spec_layout(out: Path, documents: list[Document]) -> None:
    for d in documents:
        text = corpus_text(d.meta.doc_id)
        for kind, keys in GOLD_KEYS.items():
            lines = [json.loads(x) for x in (out / f"{d.meta.doc_id}.{kind}.jsonl").read_text("utf-8").splitlines()]
            assert lines == gold_lines(d)[kind]
            for line in lines:
                assert list(line) == ["doc", *keys] and line["doc"] == d.meta.doc_id
                if kind != "tasks":
                    assert text[line["start"]:line["start"] + len(line["surface"])] == line["surface"]
        assert len(gold_lines(d)["tasks"]) == len(d.tasks)
        assert len(gold_lines(d)["deadlines"]) == sum(1 for _, x in d.deadlines() if not x.default)


@pytest.mark.skipif(not GOLD.is_dir(), reason="the gold answers (tests/gold) are absent")
def test_the_scorer_reads_the_gold_export(out: Path) -> None:
    result = subprocess.run([sys.executable, str(SCORER), "--gold", str(GOLD), "--pred", str(out), "--json"],
                            check=False, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["targets"]["strict"]["f1"] >= 0.95 and scores["tasks"]["strict"]["f1"] >= 0.95
