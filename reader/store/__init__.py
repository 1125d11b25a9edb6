"""Persistence: highlights and reading positions (sqlite3)."""
