"""The shared model must stay free of Qt, so the CLI and tests never pay for it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

MODEL = Path(__file__).parents[2] / "reader" / "model"


def test_no_model_module_imports_qt() -> None:
    for source in MODEL.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n.split(".")[0] in ("PySide6", "PyQt6", "shiboken6") for n in names), (
                f"{source.name} imports Qt"
            )


def test_importing_and_using_the_model_loads_no_qt(seed_path: Path) -> None:
    code = (
        "import sys\n"
        "from reader.model import parse_file\n"
        "from reader.model.render import render_body\n"
        f"render_body(parse_file({str(seed_path)!r}))\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
