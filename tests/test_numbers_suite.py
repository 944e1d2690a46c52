"""Every case of tests/numbers_suite (single numbers and percents as officials and other
libraries' users write them, or texts that are no single number) is read as it says."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from govmetrics.errors import NumberError
from govmetrics.numbers import parse

CASES = [json.loads(line) for line in
         (Path(__file__).parent / "numbers_suite" / "cases.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['batch']}-{c['form']}-{c['text']!r}" for c in CASES])
def test_case(case: dict) -> None:
    if case["expect"] == "error":
        with pytest.raises(NumberError):
            parse(case["text"])
    else:
        assert parse(case["text"]) == Decimal(case["expect"])
