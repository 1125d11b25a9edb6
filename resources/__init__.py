"""Stylesheets, icon and desktop entry."""
