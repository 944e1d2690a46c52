"""The HTML audit view in a real browser: Debian's chromium, driven headless by playwright.

Checks that the targets are highlighted and show their fields on a click, that the filters
and the sorting of the targets table work, and keeps a screenshot in
out/test-artifacts/report.png. CI installs chromium (.ci/run); the test skips without it.
Playwright only drives the system browser: it never downloads one of its own.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import CORPORA, ROOT

import govmetrics
from govmetrics.output.report import write_page

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "out" / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="no /usr/bin/chromium (CI installs it: apt-get install chromium)")
playwright = pytest.importorskip("playwright.sync_api", reason="playwright (the test extra) is not installed")


@pytest.fixture(scope="module")
def document() -> govmetrics.Document:
    return govmetrics.read(CORPORA / "jinhua-2018.txt")


@pytest.fixture(scope="module")
def page(document: govmetrics.Document, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("report")
    entry = write_page(document, folder)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1300, "height": 1000})
            errors: list[str] = []
            tab.on("pageerror", lambda e: errors.append(str(e)))
            tab.goto((folder / entry.filename).as_uri())
            yield tab
            assert errors == []
        finally:
            browser.close()


def visible_rows(tab) -> list[dict[str, str]]:
    return tab.eval_on_selector_all(
        "#target-table tbody tr:not(.hidden)",
        "rows => rows.map(r => ({kind: r.dataset.kind, unit: r.dataset.unit, leader: r.dataset.leader,"
        " value: r.cells[3].dataset.sort}))")


def test_targets_are_highlighted_and_a_click_shows_their_fields(page, document: govmetrics.Document) -> None:
    spans = {(t.start, t.end) for _, t in document.targets()}
    assert page.locator("mark.target[id]").count() == len(spans)
    assert page.locator("mark.target[id]").first.is_visible()
    _, target = next(document.targets())
    mark = page.locator("mark.target[id]").first
    assert mark.inner_text() == target.surface
    assert target.indicator in (mark.get_attribute("title") or "")
    assert page.locator("#details").is_hidden()
    mark.click()
    details = page.locator("#details")
    assert details.is_visible()
    assert target.indicator in details.inner_text() and target.kind in details.inner_text()
    assert page.locator(".num").count() > 0  # other numerals, greyed


def test_the_filters_keep_only_the_matching_targets(page, document: govmetrics.Document) -> None:
    kinds = Counter(t.kind for _, t in document.targets())
    assert len(visible_rows(page)) == sum(kinds.values())
    page.select_option("select[data-filter=kind]", "growth")
    rows = visible_rows(page)
    assert len(rows) == kinds["growth"] > 0 and {r["kind"] for r in rows} == {"growth"}
    assert page.inner_text(".shown") == f"{kinds['growth']} of {sum(kinds.values())} targets shown"
    page.select_option("select[data-filter=unit]", "%")
    rows = visible_rows(page)
    expected = sum(1 for _, t in document.targets() if t.kind == "growth" and t.unit == "%")
    assert len(rows) == expected and all(r["unit"] == "%" for r in rows)
    page.select_option("select[data-filter=kind]", "")
    page.select_option("select[data-filter=unit]", "")
    leader = next(task.leaders[0] for task, _ in document.targets() if task.leaders)
    page.select_option("select[data-filter=leader]", leader)
    rows = visible_rows(page)
    assert len(rows) == sum(1 for task, _ in document.targets() if leader in task.leaders)
    page.select_option("select[data-filter=leader]", "")


def test_a_click_on_a_heading_sorts_the_table(page) -> None:
    page.click("#target-table th:has-text('value')")
    values = [float(r["value"]) for r in visible_rows(page) if r["value"]]
    assert values == sorted(values) and len(values) > 10
    page.click("#target-table th:has-text('value')")
    values = [float(r["value"]) for r in visible_rows(page) if r["value"]]
    assert values == sorted(values, reverse=True)


def test_a_screenshot_is_kept(page) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.select_option("select[data-filter=kind]", "growth")
    page.locator("mark.target[id]").nth(2).click()
    page.evaluate("document.getElementById('targets').scrollIntoView()")
    path = ARTIFACTS / "report.png"
    page.screenshot(path=str(path))
    page.select_option("select[data-filter=kind]", "")
    assert path.stat().st_size > 10_000
