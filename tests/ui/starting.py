"""What the window imports to start: checked in a fresh process."""

from __future__ import annotations

import subprocess
import sys


def modules_at_start(*prefixes: str) -> list[str]:
    """The modules whose names start with any of ``prefixes`` that a fresh process
    has imported once it has made and shown the window on the bundled article."""
    code = (
        "import sys\n"
        "from reader.app import create_window\n"
        "window = create_window()\n"
        "window.show()\n"
        f"print('\\n'.join(sorted(m for m in sys.modules if m.startswith({prefixes!r}))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout.split()
