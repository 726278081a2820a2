"""Extract: RawDocument -> Article (body, title, published, authors, section, language, outlet).

HTML goes through :mod:`.html` (trafilatura plus metadata witnesses), flattened page
text through :mod:`.flat`; both give a :class:`PageEvidence` that :mod:`.metadata`
turns into one Article. Hints given by the container (a JSONL field, a feed entry)
win over what the page says, because the user gave them explicitly.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

import ftfy

from newsweave.extract import metadata
from newsweave.extract.flat import SHIPPED, flat_evidence
from newsweave.extract.html import PageEvidence, page_evidence
from newsweave.ingest import outlet_from_url
from newsweave.model import Article, RawDocument


MIN_BODY_WORDS = 5       # fewer is a menu or a button, not an article


class ExtractionError(ValueError):
    """The document holds no article text."""


def evidence_of(raw: RawDocument, line_model=SHIPPED) -> PageEvidence:
    """What the page says about itself, its words repaired: not the whole page, whose repair
    took 25 ms a page of the ScrapingHub benchmark, against 1 ms for the words."""
    ev = page_evidence(raw.content, raw.url) if raw.media_type == "html" else flat_evidence(raw.content, line_model)
    ev.body = repair_encoding(ev.body)
    for words in (ev.title, ev.authors, ev.section, ev.site):
        words[:] = [repair_encoding(w) for w in words]
    return ev


# ftfy's repairs of text decoded with the wrong codec (and its NFC normalisation, which they
# need), nothing else: quotes, entities, ligatures, widths and line breaks stay as written.
_ENCODING_ONLY = ftfy.TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
                                      fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
                                      remove_control_chars=False, explain=False)


def repair_encoding(text: str) -> str:
    """Mojibake undone: UTF-8 that some step read as Windows-1252, once or twice over, as
    in 'Miguel BasÃƒÂ¡ÃƒÂ±ez' (a Washington Post page as PolNeAR holds it), which made a
    name no other report spells so. Text without such sequences comes back as it was, but
    for NFC composition ('e' and a combining accent become 'é')."""
    return ftfy.fix_text(text, _ENCODING_ONLY)


def extract(raw: RawDocument, line_model=SHIPPED) -> Article:
    """``line_model``: for flattened text, the line model to use (see :mod:`.flat_model`);
    benchmarks pass one trained without the page, or None for the rules alone."""
    ev = evidence_of(raw, line_model)
    if len(ev.body.split()) < MIN_BODY_WORDS:
        raise ExtractionError("no article text found")
    hints = raw.hints
    title = repair_encoding(hints["title"]) if hints.get("title") else None
    if not title or metadata.is_dateline(title):          # a feed's or record's timestamp is no title
        title = metadata.choose_title(ev.title, ev.site[0] if ev.site else None)
    ev.body = metadata.strip_leading_title(ev.body, [title, *ev.title] if title else ev.title, ev.section)
    url = raw.url or hints.get("url") or next(iter(ev.url), None)
    site = ev.site[0] if ev.site else None
    published, precision = metadata.choose_date([hints["published"]] if hints.get("published") else ev.published)
    modified, _ = metadata.choose_date(ev.modified)
    return Article(
        id=raw.id,
        body=ev.body,
        title=title,
        published=published,
        published_precision=precision,
        modified=modified,
        authors=metadata.clean_authors(hints.get("authors") or ev.authors),
        section=metadata.choose_section(ev.section),
        language=metadata.choose_language(ev.language, ev.body),
        outlet=hints.get("outlet") or outlet_from_url(url) or site or _outlet_from_source(raw.source),
        url=url,
        source_id=hints.get("source_id"),
        source=raw.source,
    )


def _outlet_from_source(source: str) -> Optional[str]:
    """Last resort: the name of a file that is one document, without its suffixes. A record
    of a JSON Lines file or a feed entry is its own source ('records.jsonl:3'): the file's
    name says nothing of who published it, and would make all its records one outlet, so
    that none could corroborate another."""
    if re.search(r"(?::\d+|#[^/]*)$", source):
        return Path(source).name
    name = Path(source.split("#")[0]).name
    for suffix in (".gz", ".html", ".htm", ".txt", ".jsonl", ".warc"):
        name = name.removesuffix(suffix)
    return name or None


__all__ = ["ExtractionError", "extract", "evidence_of"]
