"""The package's import graph: no circles, and nothing at the bottom (the article, its
sources, the language, the document) imports an analysis. Function-level imports count: a
circle deferred into a function is still a circle."""

from __future__ import annotations

import ast
from pathlib import Path

import analysis

SOURCE = Path(analysis.__file__).parent

#: The bottom layer: what every analysis may use, which uses no analysis.
BOTTOM = ("analysis.article", "analysis.sources", "analysis.language", "analysis.paths",
          "analysis.patterns", "analysis.sentences", "analysis.frames",
          "analysis.document")  # fmt: skip
ANALYSES = ("analysis.dates", "analysis.quotes", "analysis.ner", "analysis.tone",
            "analysis.readability", "analysis.sentiment", "analysis.terms", "analysis.corpus",
            "analysis.viz", "analysis.report", "analysis.cli", "analysis.tokenizer",
            "analysis.structure", "analysis.vader")  # fmt: skip


def _modules() -> dict[str, Path]:
    modules = {}
    for path in SOURCE.rglob("*.py"):
        parts = path.relative_to(SOURCE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    return modules


def import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports, anywhere in its body (``TYPE_CHECKING``
    blocks aside: they are read by type checkers only)."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = {
            id(child)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
            for child in ast.walk(node)
        }
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    target = f"{node.module}.{alias.name}"
                    graph[name].add(target if target in modules else node.module)
            elif isinstance(node, ast.Import):
                graph[name].update(alias.name for alias in node.names)
        graph[name] = {t for t in graph[name] if t in modules and t != name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circle():
    assert circles(import_graph()) == []


def test_the_bottom_layer_imports_no_analysis():
    graph = import_graph()
    climbing = [
        f"{module} imports {target}"
        for module, targets in graph.items()
        if module.startswith(BOTTOM)
        for target in targets
        if target.startswith(ANALYSES)
    ]
    assert not climbing, climbing


def test_the_check_sees_a_circle_inside_a_function():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [{"a", "b", "c"}]
    assert circles({"a": {"b"}, "b": set()}) == []
