"""The core knows nothing of the screen: only tui/app may import Textual."""

from __future__ import annotations

import ast
import subprocess
import sys

from .conftest import ROOT

PACKAGE = ROOT / "tui"


def _imported_modules(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_core_module_imports_textual() -> None:
    core = [p for p in PACKAGE.rglob("*.py") if "app" not in p.relative_to(PACKAGE).parts]
    assert core
    offenders = {
        str(p.relative_to(ROOT))
        for p in core
        if any(name.split(".")[0] == "textual" for name in _imported_modules(p))
    }
    assert offenders == set()


def test_command_line_start_up_does_not_load_textual() -> None:
    code = "import sys, tui.cli, tui.dataset; print('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "False"
