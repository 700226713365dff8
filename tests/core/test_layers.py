"""The layers of docs/architectuur.md hold: a domain app imports neither another domain
app nor the shell, and the base layer (taxonomy, and the runtime of operations: caches,
logging, middleware) imports no domain app and no shell. The tools of operations that
drive every record type (load, fault and bench commands) are shell; a domain app uses
only the caching modules of operations."""

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
# What a domain app may use of operations: content-versioned caching.
OPERATIONS_FOR_DOMAIN = tuple(
    f"jos_portal.operations.{name}" for name in ("caching", "localcache", "pagecache", "release")
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
                # "from package import module" imports that module too.
                for alias in node.names:
                    yield path, f"{node.module}.{alias.name}"


def violations(package_dir, forbidden, skip=()):
    return sorted(
        f"{path.relative_to(ROOT)}: {module}"
        for path, module in imported_modules(package_dir)
        if any(module == f or module.startswith(f + ".") for f in forbidden)
        and not any(part in skip for part in path.relative_to(package_dir).parts)
    )


@pytest.mark.parametrize("app", DOMAIN)
def test_a_domain_app_imports_no_other_domain_app_and_no_shell(app):
    others = tuple(name for name in DOMAIN if name != app)
    assert violations(ROOT / app, others + SHELL) == []
    used = {
        module
        for _path, module in imported_modules(ROOT / app)
        if module.startswith("jos_portal.operations.")
    }
    allowed = {
        module
        for module in used
        if any(module == m or module.startswith(m + ".") for m in OPERATIONS_FOR_DOMAIN)
    }
    assert used == allowed, sorted(used - allowed)


def test_the_base_layer_imports_no_domain_app_and_no_shell():
    assert violations(ROOT / "jos_portal" / "taxonomy", DOMAIN + SHELL) == []


def test_the_runtime_of_operations_imports_no_domain_app_and_no_shell():
    # Its management commands (load, fault and bench runs over every record type) are
    # tools of the shell and may.
    assert violations(ROOT / "jos_portal" / "operations", DOMAIN + SHELL, skip={"management"}) == []
