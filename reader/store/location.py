"""Where the reader keeps its data, without importing Qt.

Mirrors `QStandardPaths.AppDataLocation` on Linux
(``$XDG_DATA_HOME/<organisation>/<application>``) so that the command line
and the window use the same store; a test checks that they agree.
"""

from __future__ import annotations

import os
from pathlib import Path

ORGANISATION = "article-reader"
APPLICATION = "article-reader"


def data_folder() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(
        os.path.expanduser("~"), ".local", "share"
    )
    return Path(base) / ORGANISATION / APPLICATION
