"""An article's quotes and highlights, exported for notes and for other tools."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from reader.model.article import Article
from reader.model.cite import citation
from reader.model.highlights import Highlight

FORMATS = ("markdown", "json")


def _section_title(article: Article, offset: int) -> str:
    section = article.section_at(offset)
    return section.title if section else "Lead"


def export_markdown(article: Article, highlights: Sequence[Highlight]) -> str:
    """A header citing the article, then its quotes and highlights by section."""
    lines = [f"# {article.title}", ""]
    lines.append(f"- Author: {', '.join(article.authors) or 'unknown'}")
    lines.append(f"- Date: {article.date or 'undated'}")
    if article.path:
        lines.append(f"- File: {article.path}")
    elif article.source:
        lines.append(f"- Link: {article.source}")
    lines.append(f"- Cite as: {citation(article)}")
    groups: dict[str, list[tuple[int, str]]] = {}
    order: list[str] = []

    def add(offset: int, entry: str) -> None:
        title = _section_title(article, offset)
        if title not in groups:
            groups[title] = []
            order.append(title)
        groups[title].append((offset, entry))

    for quote in article.quotes:
        partial = " (partial)" if quote.partial else ""
        add(quote.start, f"> “{quote.text}”\n>\n> — {quote.speaker or 'unattributed'}{partial}")
    placed = [h for h in highlights if not h.detached]
    for highlight in placed:
        note = f"\n>\n> Note: {highlight.note}" if highlight.note else ""
        add(highlight.start, f"> {highlight.text}\n>\n> Highlight ({highlight.colour}){note}")
    sections_in_order = sorted(order, key=lambda t: min(o for o, _ in groups[t]))
    for title in sections_in_order:
        lines.extend(["", f"## {title}"])
        for _, entry in sorted(groups[title], key=lambda item: item[0]):
            lines.extend(["", entry])
    detached = [h for h in highlights if h.detached]
    if detached:
        lines.extend(["", "## Detached highlights", "", "Their text is no longer in the article."])
        for highlight in detached:
            note = f"\n>\n> Note: {highlight.note}" if highlight.note else ""
            lines.extend(["", f"> {highlight.text}{note}"])
    return "\n".join(lines).rstrip() + "\n"


def _target(
    article: Article, start: int, end: int, exact: str, prefix: str, suffix: str
) -> dict[str, object]:
    source = Path(os.path.abspath(article.path)).as_uri() if article.path else "urn:article"
    return {
        "source": source,
        "selector": [
            {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix},
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
    }


def export_json(article: Article, highlights: Sequence[Highlight]) -> str:
    """W3C Web Annotation Data Model annotations, one per quote and highlight."""
    text = article.text
    annotations: list[dict[str, object]] = []
    for quote in article.quotes:
        body: list[dict[str, object]] = [
            {
                "type": "TextualBody",
                "purpose": "identifying",
                "value": f"Speaker: {quote.speaker}" if quote.speaker else "Speaker unknown",
            }
        ]
        if quote.cue:
            body.append(
                {"type": "TextualBody", "purpose": "describing", "value": f"Cue: {quote.cue}"}
            )
        annotations.append(
            {
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "id": f"urn:article-reader:quote:{quote.id}",
                "type": "Annotation",
                "motivation": "identifying",
                "body": body,
                "target": _target(
                    article,
                    quote.start,
                    quote.end,
                    text[quote.start : quote.end],
                    text[max(0, quote.start - 32) : quote.start],
                    text[quote.end : quote.end + 32],
                ),
            }
        )
    for highlight in highlights:
        anchor = highlight.anchor
        annotation: dict[str, object] = {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "id": f"urn:uuid:{highlight.id}",
            "type": "Annotation",
            "motivation": "highlighting",
            "created": highlight.created,
            "modified": highlight.updated,
            "body": [{"type": "TextualBody", "purpose": "tagging", "value": highlight.colour}]
            + (
                [{"type": "TextualBody", "purpose": "commenting", "value": highlight.note}]
                if highlight.note
                else []
            ),
            "target": _target(
                article,
                anchor.start,
                anchor.end,
                anchor.quote.exact,
                anchor.quote.prefix,
                anchor.quote.suffix,
            ),
        }
        if highlight.detached:
            annotation["reader:detached"] = True
        annotations.append(annotation)
    return json.dumps(annotations, ensure_ascii=False, indent=2) + "\n"


def export(article: Article, highlights: Sequence[Highlight], format_name: str) -> str:
    if format_name == "json":
        return export_json(article, highlights)
    if format_name == "markdown":
        return export_markdown(article, highlights)
    raise ValueError(f"unknown export format {format_name!r}; use one of {', '.join(FORMATS)}")
