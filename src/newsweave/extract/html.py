"""HTML pages -> body text and metadata evidence.

trafilatura finds the body (``favor_precision``: on the ScrapingHub benchmark it is the
best open setting). Metadata comes from several witnesses — JSON-LD, OpenGraph/meta
tags, trafilatura's own guesses — and :mod:`newsweave.extract.metadata` decides.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Optional

import lxml.html
import trafilatura

_JSON_LD_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "webpage",
                  "analysisnewsarticle", "opinionnewsarticle", "report", "liveblogposting"}


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


def extract_body(html: str, url: Optional[str] = None) -> str:
    """The article text, paragraphs separated by blank lines."""
    text = trafilatura.extract(html, url=url, favor_precision=True, include_comments=False,
                               include_tables=True, deduplicate=False)
    return _paragraphs(text or "")


def _paragraphs(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def page_evidence(html: str, url: Optional[str] = None) -> PageEvidence:
    evidence = PageEvidence(body=extract_body(html, url))
    try:
        tree = lxml.html.fromstring(html.encode("utf-8") if isinstance(html, str) else html)
    except (lxml.etree.ParserError, ValueError):
        return evidence
    _json_ld(tree, evidence)
    _meta_tags(tree, evidence)
    if not (evidence.title and evidence.published):
        _trafilatura_metadata(tree, url, evidence)     # slow (date heuristics): only when needed
    return evidence


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


def _meta_tags(tree, ev: PageEvidence) -> None:
    def meta(*names: str) -> list[str]:
        out = []
        for name in names:
            out += tree.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content')
        return out
    for v in meta("og:title", "twitter:title"):
        _add(ev.title, v)
    for v in meta("article:published_time", "datePublished", "pubdate", "publishdate", "date",
                  "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date"):
        _add(ev.published, v)
    for v in meta("article:modified_time", "og:updated_time", "dateModified"):
        _add(ev.modified, v)
    for v in meta("author", "article:author", "byl", "parsely-author", "dc.creator"):
        if not v.startswith("http"):
            _add(ev.authors, v)
    for v in meta("article:section", "section", "parsely-section"):
        _add(ev.section, v)
    for v in meta("og:site_name", "application-name", "publisher"):
        _add(ev.site, v)
    for v in tree.xpath("/html/@lang"):
        _add(ev.language, v)
    for v in tree.xpath('//link[@rel="canonical"]/@href') + meta("og:url"):
        _add(ev.url, v)
    for v in tree.xpath("//title/text()") + tree.xpath("//h1//text()"):
        _add(ev.title, v)
    for v in tree.xpath('//*[@itemprop="author"]//*[@itemprop="name"]/text()|//*[@rel="author"]/text()'):
        _add(ev.authors, v)
    for v in tree.xpath('//time/@datetime'):
        _add(ev.published, v)


def _trafilatura_metadata(tree, url: Optional[str], ev: PageEvidence) -> None:
    try:
        meta = trafilatura.extract_metadata(tree, default_url=url)
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
