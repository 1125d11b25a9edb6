"""Article reader: a desktop reader for news articles and long reads."""

__version__ = "0.1.0"
