"""The package layout is the architecture: stage subpackages, imports only down the data's way, no circle.

The import graph is read from the source (every `import`, at module level, inside
functions and under TYPE_CHECKING alike), so a circle hidden in a lazy import fails too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "govmetrics"
TOP_LEVEL = {"__init__", "__main__", "cli", "errors", "model"}
# Which parts each part may import (besides itself). The data types and errors import nothing.
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "model": set(),
    "lexicon": {"errors"},
    "numbers": {"errors", "lexicon"},
    "reading": {"errors", "model", "lexicon"},
    "structure": {"errors", "model", "lexicon", "reading"},
    "extract": {"errors", "model", "lexicon", "numbers"},
    "nlp": {"errors", "model", "lexicon", "extract"},
    "documents": {"errors", "model", "lexicon", "reading", "structure", "numbers", "extract", "nlp"},
    "output": {"errors", "model", "lexicon", "extract", "nlp", "documents"},
    "dask": {"errors", "model", "documents", "output"},
    "cli": {"errors", "model", "lexicon", "reading", "documents", "nlp", "output", "dask"},
    "__main__": {"cli"},
    "__init__": {"errors", "model"},  # the rest lazily, by name, on first use
}
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The package modules `name` imports (a `from pkg import mod` counts as `pkg.mod`)."""
    is_pkg = path.name == "__init__.py"
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.split(".")[0] == "govmetrics")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_pkg else name.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            elif node.module and node.module.split(".")[0] == "govmetrics":
                target = node.module
            else:
                continue
            submodules = {f"{target}.{a.name}" for a in node.names} & known
            out.update(submodules)
            if len(submodules) < len(node.names):  # some names are the package's own objects
                out.add(target)
    return {m for m in out if m in known and m != name}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, set(modules)) for name, path in modules.items()}


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_the_top_level_holds_only_the_cli_the_errors_and_the_data_types() -> None:
    top = {p.stem for p in PACKAGE.glob("*.py")}
    assert top == TOP_LEVEL
    stages = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert stages <= set(ALLOWED), stages - set(ALLOWED)


def test_every_module_has_a_docstring_and_stays_small() -> None:
    for name, path in _modules().items():
        text = path.read_text(encoding="utf-8")
        assert ast.get_docstring(ast.parse(text)), f"{name} has no docstring saying its job"
        assert text.count("\n") <= MAX_LINES, f"{name} has {text.count(chr(10))} lines (> {MAX_LINES})"


def test_stages_import_only_the_stages_before_them() -> None:
    wrong = []
    for module, targets in _graph().items():
        for target in targets:
            a, b = _part(module), _part(target)
            if a != b and b not in ALLOWED[a] and not (b == "__init__" and target == "govmetrics"):
                wrong.append(f"{module} imports {target}")
            if target == "govmetrics" and module != "govmetrics":
                wrong.append(f"{module} imports the package root (import what it needs from its module)")
    assert not wrong, "\n".join(sorted(wrong))


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_circle_anywhere() -> None:
    assert _cycle(_graph()) is None, " → ".join(_cycle(_graph()) or [])


@pytest.mark.parametrize("graph, circular", [
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, True),
    ({"a": {"b"}, "b": {"c"}, "c": set()}, False),
])
def test_the_circle_finder_finds_circles(graph: dict[str, set[str]], circular: bool) -> None:
    assert (_cycle(graph) is not None) == circular
