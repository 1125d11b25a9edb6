"""Build the benchmark's news page: about 200 KB of HTML, as a news site serves it.

The article is the bundled seed's text (lead, headed sections, quotes); around it
the page carries what real news pages do: inline scripts and JSON-LD, a stylesheet,
navigation, a cookie banner, share bars, advertising slots, a donation box inside
the article, "related" lists, comments and a long footer.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

from reader.bundled import default_article_path
from reader.model import parse_file

TARGET_BYTES = 200 * 1024


def _links(prefix: str, count: int) -> str:
    return "".join(
        f'<li class="menu-item"><a href="/{prefix}/{n}" data-track="{prefix}-{n}">'
        f"{prefix.title()} story number {n}</a></li>"
        for n in range(count)
    )


def page_html(target: int = TARGET_BYTES) -> str:
    seed = parse_file(default_article_path())
    body: list[str] = [f"<p>{html.escape(p.text)}</p>" for p in seed.lead]
    for number, section in enumerate(seed.sections):
        body.append(f"<h2>{html.escape(section.title)}</h2>")
        body.extend(f"<p>{html.escape(p.text)}</p>" for p in section.paragraphs)
        if number == 1:
            body.append(
                '<div class="donation-box"><h3>Support our newsroom</h3><p>Independent '
                "journalism needs your help. Donate today.</p><a href='/donate'>Donate</a></div>"
            )
        body.append(f'<div class="ad-slot" id="ad-{number}"><p>Advertisement</p></div>')
    metadata = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": seed.title,
        "datePublished": "2024-10-03T15:20:00+03:00",
        "author": [{"@type": "Person", "name": name} for name in seed.authors],
    }
    script = "window.__STATE__ = " + json.dumps(
        {"items": [{"id": n, "t": "x" * 40} for n in range(400)]}
    )
    head = (
        f"<head><meta charset='utf-8'><title>{html.escape(seed.title)} | Babel</title>"
        f"<script type='application/ld+json'>{json.dumps(metadata)}</script>"
        f"<script>{script}</script><style>{'.c{color:red}' * 800}</style></head>"
    )
    chrome_top = (
        "<div class='cookie-banner'><p>We use cookies.</p><button>Accept</button></div>"
        f"<header><nav><ul>{_links('section', 80)}</ul></nav></header>"
    )
    article = (
        f"<main><article><h1>{html.escape(seed.title)}</h1>"
        f"<div class='byline'>{html.escape(', '.join(seed.authors))}</div>"
        "<ul class='share'><li><a href='https://facebook.com/share'>Share</a></li></ul>"
        f"<div class='article-body'>{''.join(body)}</div>"
        f"<div class='related'><h3>Read more</h3><ul>{_links('related', 12)}</ul></div>"
        "</article>"
        "<section class='comments'>"
        + "".join(f"<div class='comment'><p>Comment {n}: I agree.</p></div>" for n in range(30))
        + "</section></main>"
    )
    footer = f"<footer><ul>{_links('archive', 60)}</ul></footer>"
    page = f"<!DOCTYPE html><html lang='en'>{head}<body>{chrome_top}{article}{footer}"
    padding: list[str] = []
    size = len(page)
    while size < target:
        widget = f"<div class='footer-widget' data-id='{len(padding)}'><ul>{_links('more', 5)}</ul>"
        padding.append(widget + "</div>")
        size += len(widget) + 6
    return page + "".join(padding) + "</body></html>"


def write_page(path: Path, target: int = TARGET_BYTES) -> Path:
    path.write_text(page_html(target), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_page(Path(sys.argv[1] if len(sys.argv) > 1 else "page.html")))
