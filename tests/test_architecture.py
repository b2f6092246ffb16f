"""The shape of the code, checked: a one-way import stack, no cycles, no private names reached
across packages, and benchmarks that use test helpers only through their public module.

Imports are read with `ast` from every file (module level, inside functions, and under
TYPE_CHECKING alike), so a lazy import cannot hide a cycle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOPS = ("bot", "summarizer", "config", "bench", "tests")
LIBRARY = ("bot", "summarizer", "config")
PUBLIC_TEST_HELPERS = "tests.helpers"


@dataclass(frozen=True, slots=True)
class Import:
    source: str  # the importing module
    target: str  # the module imported (`a.b` for `from a import b` when b is a module)
    name: str | None  # the name taken from it, if any
    where: str  # file:line


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {
        _module_name(path): path
        for top in TOPS
        for path in sorted((ROOT / top).rglob("*.py"))
        if ".venv" not in path.parts
    }


def package_of(module: str) -> str:
    """The package a module belongs to (a package's `__init__` belongs to itself)."""
    path = modules().get(module)
    return module if path is not None and path.name == "__init__.py" else module.rpartition(".")[0]


def _resolve(source: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = package_of(source).split(".")
    base = base[: len(base) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def _imports_of(source: str, path: Path) -> Iterator[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(ROOT)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(source, alias.name, None, f"{rel}:{node.lineno}")
        elif isinstance(node, ast.ImportFrom):
            module = _resolve(source, node)
            for alias in node.names:
                child = f"{module}.{alias.name}"
                if child in modules():
                    yield Import(source, child, None, f"{rel}:{node.lineno}")
                else:
                    yield Import(source, module, alias.name, f"{rel}:{node.lineno}")


@cache
def all_imports() -> tuple[Import, ...]:
    return tuple(imp for name, path in modules().items() for imp in _imports_of(name, path))


def _top(module: str) -> str:
    return module.split(".", 1)[0]


def _is_private(part: str) -> bool:
    return part.startswith("_") and not part.startswith("__")


def test_the_checker_sees_the_code() -> None:
    """Guards the guards: the walk finds the packages and the imports between them."""
    names = modules()
    assert "summarizer.pipeline" in names and "bot.app" in names
    pairs = {(i.source, i.target) for i in all_imports()}
    assert ("summarizer.pipeline", "summarizer.models") in pairs


def _private_owner(imp: Import) -> str | None:
    """The package that owns the private thing an import reaches, or None if it reaches none.

    `from a.b.mod import _x` reaches into package `a.b`; `import a.b._mod` into `a.b` too.
    """
    parts = imp.target.split(".")
    for i, part in enumerate(parts):
        if _is_private(part):
            return ".".join(parts[:i])
    if imp.name and _is_private(imp.name):
        return package_of(imp.target)
    return None


def test_no_private_name_is_imported_from_another_package() -> None:
    offenders = []
    for imp in all_imports():
        owner = _private_owner(imp)
        if owner is None or _top(imp.target) not in TOPS:
            continue
        if imp.source != owner and not imp.source.startswith(owner + "."):
            offenders.append(f"{imp.where}: {imp.target} {imp.name or ''}".rstrip())
    assert offenders == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_in_the_library() -> None:
    graph: dict[str, set[str]] = {}
    known = modules()
    for imp in all_imports():
        if _top(imp.source) in LIBRARY and imp.target in known and imp.target != imp.source:
            # importing a.b.c runs a/__init__ and a/b/__init__ too, but those are empty of
            # imports by design; the edge that matters is to the module itself
            graph.setdefault(imp.source, set()).add(imp.target)
    assert _cycles(graph) == []


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("summarizer", ("bot", "config", "telegram", "bench", "tests")),
        ("config", ("bot", "telegram", "bench", "tests")),
        ("bot", ("bench", "tests")),
    ],
)
def test_imports_only_go_up_the_stack(layer: str, forbidden: tuple[str, ...]) -> None:
    offenders = [
        f"{imp.where}: {imp.target}"
        for imp in all_imports()
        if _top(imp.source) == layer and _top(imp.target) in forbidden
    ]
    assert offenders == []


def test_tests_never_import_benchmarks() -> None:
    offenders = [
        f"{imp.where}: {imp.target}"
        for imp in all_imports()
        if _top(imp.source) == "tests" and _top(imp.target) == "bench"
    ]
    assert offenders == []


def test_benchmarks_use_test_helpers_only_through_their_public_module() -> None:
    offenders = [
        f"{imp.where}: {imp.target}"
        for imp in all_imports()
        if _top(imp.source) == "bench"
        and _top(imp.target) == "tests"
        and imp.target != PUBLIC_TEST_HELPERS
    ]
    assert offenders == []
