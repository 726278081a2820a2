"""HTML pages -> body text and metadata evidence.

trafilatura finds the body; :mod:`newsweave.extract.furniture` then drops the page
furniture it keeps (teasers, linked headlines, calls to action, credits). Metadata comes
from several witnesses — JSON-LD, OpenGraph/meta tags, trafilatura's own guesses — and
:mod:`newsweave.extract.metadata` decides. The page is parsed once and the tree shared.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Optional

import trafilatura
from trafilatura.utils import load_html

from newsweave.extract.furniture import drop_furniture

_JSON_LD_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "webpage",
                  "analysisnewsarticle", "opinionnewsarticle", "report", "liveblogposting"}
RESCUE_WORDS = 80        # a first pass this short may have lost the article: ask a second one
# trafilatura's time grows with the page's element count (about 90 us each here: 35 s for a
# 400,000-paragraph dump); the ScrapingHub pages have at most 1,709. Past this, a page is
# refused, so no single input holds the run for more than a few seconds.
MAX_ELEMENTS = 30_000


@dataclass
class PageEvidence:
    """What the page says about itself, one list of candidates per field, best first."""
    body: str = ""
    title: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    section: list[str] = field(default_factory=list)
    site: list[str] = field(default_factory=list)
    language: list[str] = field(default_factory=list)
    url: list[str] = field(default_factory=list)


def page_evidence(html: str, url: Optional[str] = None) -> PageEvidence:
    evidence = PageEvidence()
    tree = load_html(html)            # trafilatura's loader: encoding repair, bytes fallback
    if tree is None:
        return evidence
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_ELEMENTS:
        raise ValueError(f"page has {elements:,} HTML elements (limit {MAX_ELEMENTS:,}; an article page has a few thousand)")
    _json_ld(tree, evidence)
    _meta_tags(tree, evidence)
    if not (evidence.title and evidence.published):
        _trafilatura_metadata(tree, url, evidence)     # slow (date heuristics): only when needed
    evidence.body = extract_body(tree, url)            # trafilatura works on its own copy
    return evidence


def extract_body(tree, url: Optional[str] = None) -> str:
    """The article text, paragraphs separated by blank lines, page furniture dropped.

    trafilatura's ``favor_precision`` pass is its best open setting on the ScrapingHub
    benchmark. It runs in fast mode, without trafilatura's readability/jusText fallback
    (which costs a third of its time and changed no page's score there): the fallback is
    for pages where the main pass finds little, and those get our rescue instead. When
    the precision pass returns very little (some layouts leave only a reprint notice),
    the recall pass runs with the fallback, and the longer answer wins.
    """
    text = _trafilatura_text(tree, url, focus="precision")
    if len(text.split()) < RESCUE_WORDS:
        text = max(text, _trafilatura_text(tree, url, focus="recall"), key=lambda t: len(t.split()))
    links = (a.text_content() for a in tree.iter("a"))
    return "\n\n".join(drop_furniture(_paragraphs(text), links))


def _trafilatura_text(tree, url: Optional[str], focus: str) -> str:
    return trafilatura.extract(tree, url=url, favor_precision=focus == "precision",
                               favor_recall=focus == "recall", fast=focus == "precision", include_comments=False,
                               include_tables=True, deduplicate=False) or ""


def _paragraphs(text: str) -> list[str]:
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return [line for line in lines if line]


def _json_ld(tree, ev: PageEvidence) -> None:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except (json.JSONDecodeError, TypeError):
            continue
        for node in _ld_nodes(data):
            kinds = node.get("@type")
            kinds = {k.lower() for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)}
            if not kinds & _JSON_LD_TYPES:
                continue
            _add(ev.title, node.get("headline"))
            _add(ev.published, node.get("datePublished"))
            _add(ev.modified, node.get("dateModified"))
            _add(ev.section, node.get("articleSection"))
            _add(ev.language, node.get("inLanguage"))
            _add(ev.url, node.get("url") if isinstance(node.get("url"), str) else None)
            for author in _as_list(node.get("author")):
                _add(ev.authors, author.get("name") if isinstance(author, dict) else author)
            publisher = node.get("publisher")
            _add(ev.site, publisher.get("name") if isinstance(publisher, dict) else publisher)


def _ld_nodes(data):
    if isinstance(data, list):
        for item in data:
            yield from _ld_nodes(item)
    elif isinstance(data, dict):
        yield data
        yield from _ld_nodes(data.get("@graph", []))


_META_FIELDS = {
    "title": ("og:title", "twitter:title"),
    "published": ("article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date",
                  "dc.date.issued", "sailthru.date", "parsely-pub-date"),
    "modified": ("article:modified_time", "og:updated_time", "datemodified"),
    "authors": ("author", "article:author", "byl", "parsely-author", "dc.creator"),
    "section": ("article:section", "section", "parsely-section"),
    "site": ("og:site_name", "application-name", "publisher"),
}


def _meta_tags(tree, ev: PageEvidence) -> None:
    """<meta> tags read in one pass, then the page's own title, canonical link and times."""
    content: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or "").strip().lower()
        if name and meta.get("content"):
            content.setdefault(name, []).append(meta.get("content"))
    for field_name, names in _META_FIELDS.items():
        for name in names:
            for value in content.get(name, ()):
                if not (field_name == "authors" and value.startswith("http")):
                    _add(getattr(ev, field_name), value)
    for v in tree.xpath("/html/@lang"):
        _add(ev.language, v)
    for v in tree.xpath('//link[@rel="canonical"]/@href') + content.get("og:url", []):
        _add(ev.url, v)
    for v in tree.xpath("//title/text()") + tree.xpath("//h1//text()"):
        _add(ev.title, v)
    for v in tree.xpath('//*[@itemprop="author"]//*[@itemprop="name"]/text()|//*[@rel="author"]/text()'):
        _add(ev.authors, v)
    for v in tree.xpath('//time/@datetime'):
        _add(ev.published, v)


def _trafilatura_metadata(tree, url: Optional[str], ev: PageEvidence) -> None:
    try:
        # extensive=False: htmldate reads the page's markup, not dates anywhere in its text
        meta = trafilatura.extract_metadata(tree, default_url=url, extensive=False)
    except Exception:  # metadata is evidence; a failure of one witness is not fatal
        return
    if meta is None:
        return
    _add(ev.title, meta.title)
    _add(ev.published, meta.date)
    for name in (meta.author or "").split(";"):
        _add(ev.authors, name)
    for category in meta.categories or []:
        _add(ev.section, category)
    _add(ev.site, meta.sitename)
    _add(ev.url, meta.url)


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value] if value else []


def _add(target: list[str], value) -> None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        value = re.sub(r"\s+", " ", value).strip()
        if value and value not in target:
            target.append(value)
