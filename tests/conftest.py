"""Headless Qt, and every data and config folder in a temporary place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="article-reader-tests-"))
for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
    folder = _SANDBOX / variable.lower()
    folder.mkdir(mode=0o700, exist_ok=True)
    os.environ[variable] = str(folder)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fa23456de02c1621.txt"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def private_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own data and config folders: no highlight or setting leaks."""
    from PySide6.QtCore import QSettings

    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        folder = home / variable.lower()
        folder.mkdir()
        monkeypatch.setenv(variable, str(folder))
    # QSettings reads XDG_CONFIG_HOME once per process; point it at this test's folder.
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(home / "xdg_config_home"))
    return home
