"""The layout test batches (tests/layouts/): their gold is what the marked sources say, and
the library keeps the scores it reached on them.

Each batch holds documents written for the purpose in one or more layout families of
spec/layouts.md, with gold written by hand in marked sources. The first test rebuilds
every batch's documents and gold from its sources into a temporary folder and compares
them byte for byte with the committed files (gold is never edited apart from its source).
The second runs `govmetrics extract --format gold` over each batch, as a user would, and
scores it with the brief's scorer: every batch keeps targets, deadlines and tasks F1 of at
least 0.95 (the figures of each batch before and after its fixes are in its README and in
docs/scores.md). A batch scored once but not yet fitted keeps, instead, the floors just
under that first score (`NOT_YET_FITTED`), so a change never makes it worse unseen.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

LAYOUTS = Path(__file__).resolve().parent / "layouts"
sys.path.insert(0, str(LAYOUTS))

import marked_source  # noqa: E402
import score_layouts  # noqa: E402

FLOOR = 0.95
# Scored once before any change, not yet fitted: floors just under that first score (README).
NOT_YET_FITTED: dict[str, dict[str, float]] = {
    # its gold reads the main-target paragraphs before the first task as statements; the spec
    # (targets.md §1) makes them preamble (README of the batch)
    "t21-fresh": {"targets": 0.90, "deadlines": 0.88},
    # b02's gold starts its tasks at the 建设内容 cell, the spec's task-text header is 项目名称 (README)
    "t25-fresh": {"tasks": 0.82},
    # its gold reads a project's 总投资 in an item's background as no target and 今年 before 主要预期目标是 as a
    # deadline, where other batches' golds do the opposite; a news report's figures of the meeting (README)
    "t26-fresh": {"targets": 0.94, "deadlines": 0.93},
    # a village's bare 责任： label and small counts in words (README of the batch)
    "t34-fresh": {"targets": 0.96},
    # festival and season times with no calendar day (春节前, 汛期前), span surfaces with 到 / 截至, Q3 (README)
    "t37-fresh": {"deadlines": 0.93},
    # its gold makes a reply's 下一步 items and a speech's points tasks, which the library reads as prose (README)
    "t38-fresh": {"targets": 0.93, "tasks": 0.92},
    # TAB rows whose cells wrap with TABs inside the row (aj04): their deadlines are read out of place (README)
    "t69-fresh": {"deadlines": 0.94},
    # losing candidates' figures in an attached table and a closing paragraph are still read (README)
    "t85-fresh": {"targets": 0.94},
    # a Word table of one cell a paragraph: two 年底前 its gold leaves out, one 每月 missed (README)
    "t87-fresh": {"deadlines": 0.94},
    # brackets that open with a task code (任务编号：…；…；完成时限：…): their times are lost (README)
    "t91-fresh": {"deadlines": 0.91},
    # 今年 before the year's work, which its gold leaves out where earlier golds read it (README)
    "t108-fresh": {"deadlines": 0.94},
    # spaces typed inside figures (1 20个, 3. 5万亩) and tasks glued to the bracket before them (README)
    "t115-fresh": {"targets": 0.88},
    # meeting minutes: who answers in the middle of a point, points that decide nothing (README)
    "t120-fresh": {"targets": 0.90, "deadlines": 0.93, "tasks": 0.95},
}


def _same_tree(made: Path, kept: Path) -> None:
    for sub in ("docs", "gold"):
        made_files = sorted(p.name for p in (made / sub).iterdir())
        assert made_files == sorted(p.name for p in (kept / sub).iterdir()), sub
        for name in made_files:
            assert (made / sub / name).read_bytes() == (kept / sub / name).read_bytes(), f"{kept.name}/{sub}/{name}"


@pytest.mark.parametrize("batch", score_layouts.batches())
def test_the_committed_gold_is_what_the_sources_say(batch: str, tmp_path: Path) -> None:
    folder = LAYOUTS / batch
    sources = sorted((folder / "source").glob("*.src"))
    assert sources, f"{batch}: no source/*.src"
    for path in sources:
        marked_source.write(tmp_path, marked_source.read(path))
    _same_tree(tmp_path, folder)


@pytest.mark.parametrize("batch", score_layouts.batches())
def test_every_batch_keeps_its_scores(batch: str) -> None:
    result = score_layouts.score([batch])[batch]
    for kind in ("targets", "deadlines", "tasks"):
        f1 = result[kind]["strict"]["f1"]
        floor = NOT_YET_FITTED.get(batch, {}).get(kind, FLOOR)
        assert f1 >= floor, f"{batch} {kind} F1 {f1} < {floor}"
