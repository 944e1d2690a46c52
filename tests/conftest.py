"""Shared test set-up: hypothesis profiles and paths to the project's corpora.

Profiles: `ci` (the default: derandomized, so a run is reproducible) and `dev`
(many more examples, for local runs: HYPOTHESIS_PROFILE=dev make test).
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
CORPUS_IDS = sorted(p.stem for p in CORPORA.glob("*.txt"))
# The hand-checked gold answers and their scorer (a copy of the brief's shared folder).
GOLD = ROOT / "tests" / "gold"
SCORER = GOLD / "score.py"

settings.register_profile(
    "ci", derandomize=True, max_examples=200, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@cache
def gold_scorer() -> ModuleType:
    """tests/gold/score.py as a module (it is a script, not a package module)."""
    spec = importlib.util.spec_from_file_location("gold_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_text(doc_id: str) -> str:
    """A corpus document exactly as the gold offsets count it (UTF-8, nothing changed)."""
    return (CORPORA / f"{doc_id}.txt").read_text(encoding="utf-8")


@pytest.fixture(params=CORPUS_IDS)
def corpus_id(request: pytest.FixtureRequest) -> str:
    return request.param
