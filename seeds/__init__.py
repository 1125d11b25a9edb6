"""Bundled articles; the first is the default."""
