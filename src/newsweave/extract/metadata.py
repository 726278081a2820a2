"""Decide each metadata field from the page's evidence.

The page's witnesses disagree often (a JSON-LD date copied from a template, an "author"
that is "Staff" or "3 Minute Read"); each field gets one small rule that says which
witness wins and what is noise.
"""
from __future__ import annotations

import re
from typing import Optional

from newsweave.dates import parse_date_string

_NOISE_AUTHOR = re.compile(
    r"\b(?:minute|min|read|staff|editor(?:ial)?s?|team|desk|newsroom|admin|contributor|"
    r"correspondent|agency|wire|news|press|reporter|updated|published|share|follow|"
    r"view all|posts|photo|image|getty)\b|\d|@|https?:", re.I)
_NAME_PART = re.compile(r"^[A-Z][\w'’.\-]*$|^(?:de|van|von|der|da|bin|al|la|le|di|du)$", re.U)
_DATE_LABEL_RE = re.compile(r"^(?:published|updated|posted|first published|date)\s*(?:on)?\s*:?\s*", re.I)


def strip_date_label(line: str) -> str:
    """'Updated: November 11, 2011' -> 'November 11, 2011'."""
    return _DATE_LABEL_RE.sub("", line)


def is_dateline(line: str) -> bool:
    """A short line that is a date and nothing more ('Updated: November 11, 2011 20:09 IST',
    'Friday, November 11, 2011'): a timestamp, not a headline."""
    return len(line.split()) <= 8 and parse_date_string(strip_date_label(line)) is not None


def choose_title(candidates: list[str], site: Optional[str]) -> Optional[str]:
    """The first candidate of two words or more, without its site suffix; a dateline is
    no title (pages put timestamps in headline slots)."""
    candidates = [c for c in candidates if not is_dateline(c)]
    for title in candidates:
        title = _strip_site_suffix(title, site)
        if len(title.split()) >= 2:
            return title
    return candidates[0] if candidates else None


def _strip_site_suffix(title: str, site: Optional[str]) -> str:
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) > 1 and (site is None or site.lower() in parts[-1].lower() or len(parts[-1].split()) <= 3):
        return " - ".join(parts[:-1]).strip()
    return title.strip()


def strip_leading_title(body: str, titles: list[str], sections: list[str]) -> str:
    """Extractors often keep the headline (and a kicker above it) as the first paragraphs;
    the body starts after them. Any of the page's title candidates counts (og:title,
    <title> without the site name, h1), since the one chosen may be worded differently."""
    paragraphs = body.split("\n\n")
    headlines = {_squash(t) for t in titles} | {_squash(_strip_site_suffix(t, None)) for t in titles}
    kickers = {_squash(s) for s in sections}
    cut, headline_seen = 0, False
    for i, para in enumerate(paragraphs[:3]):
        key = _squash(para)
        if key in headlines:
            cut, headline_seen = i + 1, True
        elif key in kickers:
            cut = i + 1
    if not headline_seen or cut >= len(paragraphs):
        return body          # only a kicker matched, or nothing would be left: keep the text
    return "\n\n".join(paragraphs[cut:])


def _squash(text: str) -> str:
    return re.sub(r"\W+", " ", text or "").strip().lower()


def choose_date(candidates: list[str]) -> tuple[Optional[str], Optional[str]]:
    """First candidate that parses to at least a day wins; else the first that parses. A
    content system's empty date ('0001-01-01', the Unix epoch's '1970-01-01') dates nothing."""
    parsed = [p for p in (parse_date_string(c) for c in candidates) if p and _plausible(p[0])]
    for value, granularity in parsed:
        if granularity in ("day", "minute"):
            return value[:10], "day"
    return parsed[0] if parsed else (None, None)


PLACEHOLDER_DATES = ("1970-01-01",)


def _plausible(value: str) -> bool:
    return value[:4].isdigit() and 1800 <= int(value[:4]) <= 2200 and not value.startswith(PLACEHOLDER_DATES)


def clean_authors(candidates: list[str]) -> list[str]:
    """People only: 2-5 capitalised name parts, no 'Staff', 'Minute Read', dates or handles."""
    out: list[str] = []
    for raw in candidates:
        for name in re.split(r"\s*(?:;|,|\band\b|&|\|)\s*", raw):
            name = re.sub(r"^(?:by|written by|author:?)\s+", "", name.strip(), flags=re.I).strip(" .")
            parts = name.split()
            if not 2 <= len(parts) <= 5 or _NOISE_AUTHOR.search(name):
                continue
            if not all(_NAME_PART.match(p) for p in parts):
                continue
            if name.isupper():
                name = name.title()
            if name not in out:
                out.append(name)
    return out


def choose_section(candidates: list[str]) -> Optional[str]:
    for section in candidates:
        section = section.strip()
        if section and len(section.split()) <= 4 and not section.lower().startswith("http"):
            return section
    return None


def choose_language(candidates: list[str], body: str) -> Optional[str]:
    """What the text itself shows first: a page declares its site's language, not always the
    article's (two English businessinsider.com pages in the ScrapingHub set say lang="de"); then what
    the page declares."""
    guessed = guess_language(body)
    if guessed:
        return guessed
    for lang in candidates:
        code = lang.split("-")[0].split("_")[0].lower()
        if re.fullmatch(r"[a-z]{2,3}", code):
            return code
    return None


_EN_WORDS = set("the of and to in a is that for on was with as by it at from are has have said be".split())


def guess_language(text: str) -> Optional[str]:
    """A cheap guess that only answers when the text leaves no doubt: script first, then
    English function words."""
    sample = text[:3000]
    if not sample.strip():
        return None
    if re.search(r"[\u3040-\u30ff]", sample):
        return "ja"
    if re.search(r"[\uac00-\ud7af]", sample):
        return "ko"
    if len(re.findall(r"[\u4e00-\u9fff]", sample)) > len(sample) * 0.2:
        return "zh"
    words = re.findall(r"[a-z]+", sample.lower())
    if words and sum(w in _EN_WORDS for w in words) / len(words) > 0.12:
        return "en"
    return None
