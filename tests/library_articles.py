"""Short articles written for the library's tests, in the reader's plain-text format."""

from __future__ import annotations

import sqlite3
from pathlib import Path

RUTTE_BRUSSELS = """Allies weigh new air defence pledges in Brussels

Author: Test Desk
Date: 2025-10-14

NATO Secretary General Mark Rutte opened the meeting with a warning about the winter.

"Every launcher we send this autumn saves a power station," Mark Rutte said.

Ministers spent the afternoon on ammunition stocks and training.
"""

RUTTE_HAGUE = """Rutte returns to The Hague for a defence conference

Author: Test Desk
Date: 2025-11-02

The former Dutch prime minister spoke to students before the conference opened.

"Air defence is not a luxury, it is the floor of our security," Rutte said.

He left for Brussels in the evening.
"""

RUTTE_KYIV = """A night visit to Kyiv

Author: Test Desk
Date: 2025-09-03

The alliance's chief arrived by train and met the president at dawn.

"We will keep the interceptors coming," said NATO Secretary General Mark Rutte.
"""

BILL_CLINTON = """The former president at a campaign dinner

Author: Test Desk
Date: 2016-05-20

The former president spoke first.

"We have been here before, and we got through it," Bill Clinton said.
"""

HILLARY_CLINTON = """The candidate at a rally in Iowa

Author: Test Desk
Date: 2016-05-22

The candidate took the stage after the governor.

"This election is about the next generation," Hillary Clinton said.
"""

CLINTON_ALONE = """A fundraiser in Ohio

Author: Test Desk
Date: 2016-06-01

The speech was short and the hall was full.

"Ohio decides elections," Clinton said.
"""

KRAVCHENKO_GENITIVE = """Волонтери відкрили пункт обігріву

Автор: Тестова редакція
Дата: 2025-12-01

За словами Ольги Кравченко, пункт працюватиме всю зиму.

"Ми приймаємо всіх, хто замерз", — розповіла Ольга Кравченко.
"""

KRAVCHENKO_NOMINATIVE = """Пункт обігріву прийняв тисячного відвідувача

Автор: Тестова редакція
Дата: 2025-12-20

Ольга Кравченко зустріла гостей біля входу.

"Тут завжди є гарячий чай", — сказала Ольга Кравченко.
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def numbered_article(number: int) -> str:
    """A distinct small article with two quotes (for bulk adds)."""
    return (
        f"Council meeting number {number}\n\nAuthor: Test Desk\n"
        f"Date: 2024-01-{number % 28 + 1:02d}\n\n"
        f"The council met for the {number}th time to discuss the harbour.\n\n"
        f'"The harbour needs dredging before spring {number}," Anna Lindqvist said.\n\n'
        f'"We cannot pay for item {number} this year," said treasurer Piotr Nowak.\n'
    )


def corrupt_page(path: Path, table: str) -> None:
    """Overwrite the first page of ``table`` in the library file at ``path``."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
    page = root.fetchone()[0]
    connection.close()
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(b"\xa5" * page_size)
