"""The package layout of ARCHITECTURE.md: imports run pipeline → stages → shared → schemas, never back."""
import ast

import pytest

from tests.conftest import REPO

STAGES = ("read", "extract", "language", "datelines", "wire", "dedup", "write")
SHARED = ("newsroom", "common")


def _is_module(name):
    path = REPO.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _imports(path):
    """Every module a file imports, absolute: `from transforms.wire import credits` gives
    "transforms.wire" and "transforms.wire.credits"; `from transforms.wire import TagWireSources`
    gives "transforms.wire" only."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names
                         if _is_module(f"{node.module}.{alias.name}"))
    return names


def _part(module):
    """Which room of the house a module name belongs to: a stage, a shared package, or a top level."""
    parts = module.split(".")
    if parts[0] == "transforms" and len(parts) > 1:
        return parts[1]
    return parts[0]


def _files(folder):
    return sorted((REPO / folder).rglob("*.py"))


def test_every_stage_is_a_package_or_module_of_transforms():
    found = {p.stem if p.is_file() else p.name for p in (REPO / "transforms").iterdir()
             if p.name != "__pycache__" and not p.name.startswith("__init__")}
    assert found == set(STAGES) | set(SHARED)


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_no_other_stage(stage):
    base = REPO / "transforms"
    files = [base / "language.py"] if stage == "language" else _files(f"transforms/{stage}")
    crossing = {(f.name, m) for f in files for m in _imports(f)
                if m.startswith("transforms.") and _part(m) in STAGES and _part(m) != stage}
    assert crossing == set()


@pytest.mark.parametrize("shared", SHARED)
def test_shared_packages_import_no_stage_and_no_pipeline(shared):
    crossing = {(f.name, m) for f in _files(f"transforms/{shared}") for m in _imports(f)
                if _part(m) in STAGES or _part(m) == "pipeline"}
    assert crossing == set()


def test_schemas_import_nothing_of_the_job():
    crossing = {(f.name, m) for f in _files("schemas") for m in _imports(f) if _part(m) in ("transforms", "pipeline")}
    assert crossing == set()


@pytest.mark.parametrize("folder", ["pipeline", "benchmarks"])
def test_pipeline_and_benchmarks_use_only_public_stage_names(folder):
    # `transforms.wire` (the package) is public; `transforms.wire.tag` (a module inside) is not.
    private = {(f.name, m) for f in _files(folder) for m in _imports(f)
               if m.startswith("transforms.") and _part(m) in STAGES and m.count(".") > 1}
    assert private == set()
