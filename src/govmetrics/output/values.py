"""A value of each column type in each export format: text cells, JSON values, Arrow types.

In CSV and Excel a list is written as its items joined by `LIST_SEP` and a missing value
as an empty cell; a `decimal` is an exact decimal string everywhere but in Parquet and
DuckDB, which have a decimal type (precision 38, the scale the values need).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from .rows import Column

LIST_SEP = " | "
DECIMAL_PRECISION = 38


def text_cell(value: Any, column: Column) -> str:
    """A value as CSV text: lists joined by `LIST_SEP`, exact decimals, ISO dates, '' for None."""
    if value is None:
        return ""
    if column.type == "list":
        return LIST_SEP.join(value)
    if column.type == "bool":
        return "true" if value else "false"
    if column.type == "decimal":
        return format(value, "f")
    if column.type == "date":
        return value.isoformat()
    return str(value) if column.type != "float" else repr(value)


def from_text_cell(cell: str | None, column: Column) -> Any:
    """The inverse of `text_cell` (also reads Excel cells, which keep their own types)."""
    if column.type == "list":
        return cell.split(LIST_SEP) if cell else []
    if cell is None or cell == "":
        return None
    if column.type == "text":
        return cell
    if column.type == "int":
        return int(cell)
    if column.type == "float":
        return float(cell)
    if column.type == "bool":
        return cell if isinstance(cell, bool) else cell == "true"
    if column.type == "decimal":
        return Decimal(cell)
    if column.type == "date":
        return cell.date() if hasattr(cell, "date") else date.fromisoformat(cell)
    raise AssertionError(column)


def json_value(value: Any, column: Column) -> Any:
    """A value as JSON: decimals as exact strings, dates in ISO form, the rest as is."""
    if value is None:
        return None
    if column.type == "decimal":
        return format(value, "f")
    if column.type == "date":
        return value.isoformat()
    return value


def from_json_value(value: Any, column: Column) -> Any:
    """The inverse of `json_value`."""
    if value is None:
        return None
    if column.type == "decimal":
        return Decimal(value)
    if column.type == "date":
        return date.fromisoformat(value)
    return value


def decimal_scale(columns: Sequence[Column], rows: list[dict[str, Any]]) -> int:
    """The digits after the point that the decimals of `rows` need (0 when they are whole)."""
    scale = 0
    for c in columns:
        if c.type == "decimal":
            for r in rows:
                v: Decimal | None = r[c.name]
                if v is not None:
                    exponent = v.normalize().as_tuple().exponent
                    scale = max(scale, -exponent if isinstance(exponent, int) else 0)
    return scale


def arrow_type(column: Column, scale: int) -> Any:
    """The Arrow type of a column (decimals at `scale`)."""
    import pyarrow as pa

    types = {"text": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "date": pa.date32(), "list": pa.list_(pa.string()),
             "decimal": pa.decimal128(DECIMAL_PRECISION, scale)}
    return types[column.type]


def arrow_schema(columns: Sequence[Column], scale: int) -> Any:
    """The Arrow schema of `columns`, decimals at `scale`."""
    import pyarrow as pa

    return pa.schema([pa.field(c.name, arrow_type(c, scale)) for c in columns])


def arrow_table(columns: Sequence[Column], rows: list[dict[str, Any]], scale: int | None = None) -> Any:
    """A pyarrow Table of `rows`, typed by `columns` (decimals at `scale`, by default the
    scale `rows` need)."""
    import pyarrow as pa

    schema = arrow_schema(columns, decimal_scale(columns, rows) if scale is None else scale)
    return pa.Table.from_pydict({c.name: [r[c.name] for r in rows] for c in columns}, schema=schema)
