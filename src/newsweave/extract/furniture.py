"""Page furniture that survives body extraction, dropped paragraph by paragraph.

Extractors (trafilatura for HTML, our line scorer for flattened text) find the region of
the page that holds the article, but that region still carries furniture: "Related: ..."
and "Read more: ..." teasers, lists of linked headlines, newsletter and follow-us calls,
comment counters, reading-time and timestamp lines, and end credits ("Reporting by ...").
None of it is something the outlet reports, and downstream every kept line becomes a
candidate fact, so each is dropped here by one rule that holds on any site:

* a paragraph that *is* a furniture marker, or starts with one and is short;
* a short paragraph made (almost) only of link text, when the page's links are known;
* a short call to action (subscribe, sign up, follow us on, delivered to your inbox);
* at the edges of the body only: credits, timestamps and reading-time lines.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from newsweave.dates import parse_date_string

SHORT = 25              # words: teasers and calls to action are short; prose runs longer
HEADLINE = 5            # words: fewer is a product or section name, which an article may link
EDGE = 2                # paragraphs at either end of the body where credits and stamps sit

_MARKER = (r"(?:related(?:\s+(?:articles?|stories|story|posts?|coverage|content|reading|links?|news|roundup|video))?"
           r"|read\s+(?:more|next|also|the\s+full\s+story)|see\s+(?:more|also)|more\s+(?:on\s+this(?:\s+story)?|from\s+\S+(?:\s+\S+)?)"
           r"|more|also(?:\s+(?:on|read|see)\b[^:]*)?|don'?t\s+miss|must\s+read|most\s+(?:read|popular|viewed|shared)(?:\s+in\s+[\w ]+)?"
           r"|you\s+(?:may|might)\s+also\s+(?:like|enjoy)|recommended(?:\s+for\s+you)?|editor'?s\s+picks?|trending(?:\s+now)?"
           r"|tags?|topics?|filed\s+under|categor(?:y|ies)|comments?|\d+\s+comments?|leave\s+a\s+(?:comment|reply)"
           r"|share(?:\s+this)?(?:\s+(?:article|story|post))?|advertisement|sponsored(?:\s+content)?|source|sources|watch|listen)")
_MARKER_ONLY_RE = re.compile(rf"^\W*{_MARKER}\W*$", re.I)
_MARKER_LEAD_RE = re.compile(rf"^\W*{_MARKER}\s*(?::|\||-|–|—|»)\s*\S", re.I)
_CALL_TO_ACTION_RE = re.compile(
    r"\b(?:subscribe\s+(?:to|now|today)\b|by\s+subscribing\b|sign\s+up\b[^.]{0,60}\b(?:newsletters?|our|today|here)\b"
    r"|(?:delivered|straight|right)\s+(?:to|in|into|through)\s+your\s+(?:inbox|letterbox|mailbox)"
    r"|follow\s+(?:us|him|her|them|@\w+|[\w.@]+(?:\s+[\w.@]+){0,5})\s+on\s+(?:twitter|facebook|instagram|youtube|linkedin|tiktok)"
    r"|click\s+here|share\s+it\s+with\s+a\s+friend|(?:email|reach)\s+(?:him|her|them|the\s+reporters?|[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+at\s+\S+@"
    r"|have\s+a\s+(?:news\s+)?tip\b|click\s+to\s+tweet|join\s+[A-Z][\w+]+\s*\.)", re.I)
_CREDIT_RE = re.compile(
    r"^\W*(?:(?:additional\s+)?reporting\s+by|(?:writing|editing)\s+by|compiled\s+by|photos?\s+by"
    r"|[\w’'.,& -]{0,120}\bcontributed\s+(?:reporting|to\s+this\s+(?:report|story|article))"
    r"|(?:the\s+)?associated\s+press\s+writers?\b)", re.I)
_STAMP_RE = re.compile(r"^\W*(?:(?:published|updated|posted|last\s+updated|first\s+published)\b[^.]{0,60}"
                       r"|\d+\s*(?:-\s*)?min(?:ute)?s?\s+read|reading\s+time\b.{0,20})\W*$", re.I)
_WORD_RE = re.compile(r"\w+", re.U)
_URL_RE = re.compile(r"https?://|www\.|\S@\S")


def drop_furniture(paragraphs: list[str], link_texts: Optional[Iterable[str]] = None) -> list[str]:
    """The paragraphs that are article text, in order. ``link_texts`` are the page's
    anchor texts when known (HTML); flattened text has none."""
    links = link_index(link_texts or ())
    last = len(paragraphs) - 1
    kept = []
    for i, para in enumerate(paragraphs):
        at_edge = i < EDGE or i > last - EDGE
        if not is_furniture(para, at_edge, links):
            kept.append(para)
    return kept if kept else paragraphs


def is_furniture(para: str, at_edge: bool = False, links: frozenset = frozenset()) -> bool:
    words = len(_WORD_RE.findall(para))
    if words == 0:
        return True
    if _MARKER_ONLY_RE.match(para):
        return True
    if words <= SHORT and _MARKER_LEAD_RE.match(para):
        return True
    if HEADLINE <= words <= SHORT and links and _is_linked_headline(para, links):
        return True
    if words <= 2 * SHORT and _CALL_TO_ACTION_RE.search(para):
        return True
    if at_edge and words <= 2 * SHORT and _CREDIT_RE.match(para):
        return True
    if at_edge and words <= 12 and (_STAMP_RE.match(para) or _is_bare_date(para)):
        return True
    return False


def _is_bare_date(para: str) -> bool:
    """'November 20, 2019 - 11:28 AMT' alone on a line is a stamp, not a sentence."""
    if para.rstrip().endswith((".", "!", "?", "”", '"')):
        return False
    return bool(parse_date_string(re.split(r"\s+[-–—|]\s+|\s+às\s+|\s+at\s+", para.strip())[0]))


def link_index(link_texts: Iterable[str]) -> frozenset:
    return frozenset(key for key in (_key(t) for t in link_texts) if len(key.split()) >= 2)


def _key(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.lower()))


def _is_linked_headline(para: str, links: frozenset) -> bool:
    """The paragraph is a linked headline (a bullet, tag or marker around it allowed): link
    text with no closing full stop. A bare URL or address is content some pages list."""
    if para.rstrip().endswith(".") or _URL_RE.search(para):
        return False
    key = _key(para)
    if key in links:
        return True
    words = key.split()
    for size in range(len(words) - 1, 1, -1):          # longest linked run inside the paragraph
        if size < 0.7 * len(words):
            break
        for start in range(len(words) - size + 1):
            if " ".join(words[start:start + size]) in links:
                return True
    return False
