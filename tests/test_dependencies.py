"""Every package the project's code imports is declared in pyproject.toml, so that
an upgrade of Wagtail that drops one of its own dependencies cannot break the site."""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
FIRST_PARTY = {"bench", "demo", "discovery", "editorial", "home", "news"}
FIRST_PARTY |= {
    "partners",
    "portal",
    "resources",
    "search",
    "uploads",
    "tests",
    "manage",
}


def imported_top_level_modules():
    found = set()
    for path in ROOT.rglob("*.py"):
        if {".venv", "node_modules", "migrations"} & set(path.parts):
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split(".")[0])
    return found - FIRST_PARTY - set(sys.stdlib_module_names)


def normalised(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_distributions():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = [*project["dependencies"]]
    for extra in project["optional-dependencies"].values():
        requirements += extra
    return {
        normalised(re.split(r"[<>=!~\[; ]", req, maxsplit=1)[0]) for req in requirements
    }


def test_every_imported_package_is_declared():
    distributions = packages_distributions()
    declared = declared_distributions()
    undeclared = {
        module: distributions.get(module)
        for module in imported_top_level_modules()
        if not {normalised(d) for d in distributions.get(module, [])} & declared
    }
    assert undeclared == {}
