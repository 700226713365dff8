"""The layers of docs/architectuur.md hold: a domain app imports neither another domain
app nor the shell, and the base layer (taxonomy) imports no domain app and no shell."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = ("practices", "workshops", "publications")
SHELL = tuple(
    f"jos_portal.{name}"
    for name in (
        "discovery",
        "stories",
        "events",
        "scan",
        "api",
        "accounts",
        "core",
        "reach",
        "alerts",
    )
)


def imported_modules(package_dir):
    for path in package_dir.rglob("*.py"):
        if "migrations" in path.parts:
            continue  # a migration names its dependencies; that is no import of code
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield path, alias.name
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                yield path, node.module


def violations(package_dir, forbidden):
    return sorted(
        f"{path.relative_to(ROOT)}: {module}"
        for path, module in imported_modules(package_dir)
        if any(module == f or module.startswith(f + ".") for f in forbidden)
    )


@pytest.mark.parametrize("app", DOMAIN)
def test_a_domain_app_imports_no_other_domain_app_and_no_shell(app):
    others = tuple(name for name in DOMAIN if name != app)
    assert violations(ROOT / app, others + SHELL) == []


def test_the_base_layer_imports_no_domain_app_and_no_shell():
    assert violations(ROOT / "jos_portal" / "taxonomy", DOMAIN + SHELL) == []
