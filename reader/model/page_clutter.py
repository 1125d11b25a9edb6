"""What on a web page is not the article, removed from its tree before extraction.

Extractors keep some of it, above all where a site puts it inside its
``<article>``: share bars, donation and newsletter boxes, "related" lists,
comments. An element goes when its tag, its ARIA role, its being hidden (the
``hidden`` attribute, ``aria-hidden``; not an inline ``display: none`` nor
``hidden="until-found"``, behind which sites keep the rest of a long article
until "read more" is pressed), or a word of its class or id says it is one of
these. An element that holds the
article (``<main>``, the headline, the body, the paragraphs of the article's
body, or half the page's text) is never removed, so a site whose article
element carries a word like "comment" keeps its text.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Never part of the text; nothing in them is shown or run. (Forms go unless they hold
# the article: a page may be wrapped whole in one.)
_DROPPED_TAGS = (
    "style", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "button",
    "input", "select", "textarea", "svg", "math", "canvas", "video", "audio", "template",
    "dialog", "nav", "link",
)  # fmt: skip
_CLUTTER_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog",
     "search", "menu", "menubar", "toolbar", "tablist"}
)  # fmt: skip
# Words of class and id names (split at "-", "_" and spaces) that name clutter.
_CLUTTER_WORDS = frozenset(
    """share shares sharing sharebar social socials sociallinks cookie cookies consent gdpr
    donate donation donations donor contribute contributions subscribe subscription
    subscriptions newsletter newsletters signup promo promotion promoted advert adverts
    advertisement advertising ad ads
    adslot sponsored sponsor related recommended recommendations recirculation recirc
    trending popular mostread outbrain taboola comment comments commenting disqus replies
    breadcrumb breadcrumbs sidebar widget widgets popup modal overlay toolbar navbar menu
    nav navigation masthead skiplink skip print tags tagcloud pagination pager bio
    relatedposts sharedaddy sharethis addthis addtoany socialshare sharebuttons
    cookiebanner cookienotice cookieconsent commentlist commentform respond wpdiscuz
    adsbygoogle""".split()
)  # and the names of common plugins, written as one word
_SPLIT = re.compile(r"[^a-z0-9]+")
# What holds the article. Not every ``<article>``: sites list other stories as
# ``<article>`` cards, in a "recommended" box inside the article's own.
_HOLDS_ARTICLE = (
    "self::main or self::body or self::html or descendant::main or descendant::h1 or "
    "descendant-or-self::*[@itemprop='articleBody' or @itemprop='articlebody']"
)


# A run of paragraphs this long under one element is taken for the article's body.
_BODY_MIN_CHARS = 400


def remove_clutter(tree: HtmlElement) -> None:
    """Remove from ``tree`` (in place) every element that is not the article."""
    for script in list(tree.iter("script")):
        if (script.get("type") or "").lower() != "application/ld+json":  # metadata stays
            script.drop_tree()
    for tag in _DROPPED_TAGS:
        for element in list(tree.iter(tag)):
            element.drop_tree()
    # Half the page's text is the article, whatever its names say (an old page's
    # one wrapper div may be called "main-with-sidebar"); so is the element that
    # holds the most paragraphs' text ("article-body has-ads"), and what holds it
    # (a page wrapped whole in a form, as ASP.NET writes them).
    most_text = len(tree.text_content()) // 2
    body = _paragraphs_holder(tree)
    for form in list(tree.iter("form")):
        if form not in body and not _holds_article(form, most_text):
            form.drop_tree()
    pending = list(tree)
    while pending:
        element = pending.pop()
        if not isinstance(element.tag, str):
            continue
        if element not in body and _is_clutter(element) and not _holds_article(element, most_text):
            element.drop_tree()
        else:
            pending.extend(element)


def _paragraphs_holder(tree: HtmlElement) -> set[HtmlElement]:
    """The element whose own paragraphs hold the most text, and its ancestors (none
    when no element holds a few paragraphs' worth): comments and teasers spread
    their paragraphs over an element each, an article's body keeps them together."""
    text_under: dict[HtmlElement, int] = {}
    for paragraph in tree.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            text_under[parent] = text_under.get(parent, 0) + len(paragraph.text_content())
    if not text_under:
        return set()
    holder = max(text_under, key=text_under.__getitem__)
    if text_under[holder] < _BODY_MIN_CHARS:
        return set()
    return {holder, *holder.iterancestors()}


def _holds_article(element: HtmlElement, most_text: int) -> bool:
    return bool(element.xpath(_HOLDS_ARTICLE)) or len(element.text_content()) > most_text


def _is_clutter(element: HtmlElement) -> bool:
    hidden = element.get("hidden")  # "until-found": folded text, shown when searched for
    if (hidden is not None and hidden != "until-found") or element.get("aria-hidden") == "true":
        return True
    if (element.get("role") or "").lower() in _CLUTTER_ROLES:
        return True
    if element.tag in ("header", "footer", "aside") and element.getparent() is not None:
        return _is_site_furniture(element)
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return bool(names.strip()) and not _CLUTTER_WORDS.isdisjoint(_SPLIT.split(names))


def _is_site_furniture(element: HtmlElement) -> bool:
    """A ``<footer>`` or ``<aside>`` is always clutter; a ``<header>`` only outside the
    article (the article's own header holds its headline and byline)."""
    if element.tag != "header":
        return True
    return not element.xpath("ancestor::article or descendant::h1")
