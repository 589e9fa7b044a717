"""The package's layout: stages import only from the stages before them, no import circles,
no module over 400 lines (kg/__init__.py and README.md describe the stages)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg"
MAX_LINES = 400

# rank of each top-level part of kg: a module may import from its own rank or below
RANKS = {
    "": 0,  # kg/__init__.py: the version and the lazy public API
    "errors": 0,
    "resources": 0,
    "vocab": 0,
    "lexicon": 0,
    "budget": 0,
    "ahead": 0,
    "ingest": 1,
    "nlp": 2,
    "entities": 3,
    "facts": 4,
    "rdf": 5,
    "stores": 6,
    "workers": 6,
    "extraction": 7,
    "write": 8,
    "distributed": 8,
    "report": 8,
    "evaluation": 9,
    "cli": 10,
    "training": 11,
}


def _modules() -> dict[str, Path]:
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """kg modules imported anywhere in the file (also inside functions)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        found.update(name for name in names if name in modules and name.startswith("kg"))
    return found


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_part_of_kg_has_a_rank() -> None:
    stages = {_stage(module) for module in _modules()}
    assert stages - {"pipeline"} <= set(RANKS), stages - set(RANKS)


def test_imports_only_go_down_the_stages() -> None:
    modules = _modules()
    upward = [
        f"{module} imports {imported}"
        for module, path in modules.items()
        for imported in _imports(path, modules)
        if RANKS[_stage(imported)] > RANKS[_stage(module)]
    ]
    assert upward == []


def test_no_import_circles() -> None:
    modules = _modules()
    graph = {module: _imports(path, modules) - {module} for module, path in modules.items()}
    # a package imports its own submodules only when its __init__ does (none here)
    state: dict[str, int] = {}
    circles = []

    def visit(module: str, stack: list[str]) -> None:
        state[module] = 1
        for imported in sorted(graph[module]):
            if state.get(imported) == 1:
                circles.append(" -> ".join(stack[stack.index(imported) :] + [imported]))
            elif imported not in state:
                visit(imported, [*stack, imported])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert circles == []


@pytest.mark.parametrize("module", sorted(_modules()))
def test_no_module_over_400_lines(module: str) -> None:
    lines = len(_modules()[module].read_text().splitlines())
    assert lines <= MAX_LINES, f"{module}: {lines} lines"


def test_each_stage_says_what_it_takes_and_gives() -> None:
    for stage in ("ingest", "nlp", "entities", "facts", "rdf", "stores", "evaluation"):
        doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text()))
        assert doc and " in, " in doc.split("\n")[0] and " out" in doc, stage


def _identity_comparisons(tree: ast.AST) -> list[tuple[int, str]]:
    """`a is b` / `a is not b` where neither side is a constant, outside `same_entity`."""
    allowed = {
        id(node)
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef) and function.name == "same_entity"
        for node in ast.walk(function)
    }
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare) or id(node) in allowed:
            continue
        operands = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, operands[:-1], operands[1:], strict=True):
            constant = isinstance(left, ast.Constant) or isinstance(right, ast.Constant)
            if isinstance(op, ast.Is | ast.IsNot) and not constant:
                found.append((node.lineno, ast.unparse(node)))
    return found


def test_the_lint_finds_token_identity() -> None:
    tree = ast.parse("while clause.head is not clause:\n    clause = clause.head\nx = a is None")
    assert _identity_comparisons(tree) == [(1, "clause.head is not clause")]


def test_tokens_are_never_compared_by_identity() -> None:
    """spaCy makes a new Token (and Span) object on every access, so `token.head is token`
    is never true, even at the root: a loop that waits for it never ends. Compare `.i`."""
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {text}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, text in _identity_comparisons(ast.parse(path.read_text()))
    ]
    assert found == []
