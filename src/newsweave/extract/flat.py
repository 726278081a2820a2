"""Flattened page text (innerText dumps, WET files, copy-paste) -> article evidence.

A flattened page is a column of lines: menus and icon names, a breadcrumb, the title, a
dateline, prose paragraphs, a byline, then widgets, playlists, footers. Rules classify
each line (prose, short, icon, byline, date, end marker) and find the best-scoring run of
prose (a maximum-subarray: prose earns its length, chrome costs, bylines and "Related"
end it); the line model of :mod:`.flat_model` then decides line by line, with that run
as one of its clues. Title, date, section and byline are read from the few lines just
around the body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

import numpy as np

from newsweave.dates import parse_date_string
from newsweave.extract.flat_model import LineModel, body_lines, line_features, shipped_model
from newsweave.extract.furniture import drop_furniture
from newsweave.extract.html import PageEvidence
from newsweave.extract.metadata import is_dateline, strip_date_label

_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*", re.U)
_ICON_TOKEN_RE = re.compile(r"^[a-z]+(?:_[a-z]+)+$")          # material-icon ligatures: chevron_right
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)\]]*$")
_BYLINE_RE = re.compile(
    r"^(?:(?:written|reported|reporting|words|story|text|posted)\s+by|by|author:?|reporter:?)\s+"
    r"(?P<names>[A-Z][\w.'’\-]+(?:\s+(?:[A-Z][\w.'’\-]+|de|van|von|da|bin|al|and|&|,))*\s*)"
    r"(?:[,|–—-].*)?$", re.I)
_COPYRIGHT_RE = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<name>[A-Z][\w&.'’ -]{1,60}?)"
                           r"(?:[.,|]|\s+all rights|\s*$)", re.I)
_TITLE_SUFFIX_RE = re.compile(r"^(?P<title>.{12,}?)\s+[|–—-]\s+(?P<site>[^|–—-]{2,40})$")
# Lines that close an article or belong to page furniture, whatever the site.
_END_MARKERS = re.compile(
    r"^(?:related(?: (?:articles|stories|news|posts|coverage))?|read (?:more|next|also)|more from|"
    r"share(?: this(?: article| story)?)?|comments?|leave a (?:comment|reply)|advertisement|"
    r"sign up|subscribe|newsletter|recommended|most (?:read|popular|viewed)|trending|tags?:|topics?:|"
    r"you (?:may|might) also like|editor'?s picks)\b", re.I)
_AD_SLOT_RE = re.compile(
    r"^(?:advertisement|advert|ad|sponsored|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|"
    r"continue reading (?:below|the main story))$", re.I)
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# A reader's comment opens on its author and when it was posted: 'Name says:' over a date
# line, 'Name on September 12, 2018 at 4:47 pm said:' (the blog engines' defaults), or a
# name of a few words over a stamp with a time of day ('August 8, 2018 at 3:17 pm', '2 days
# ago at 07:52 am'); the thread sits under a heading ('34 responses to ...').
_COMMENT_HEADER_RE = re.compile(r"^\S.{0,80}?\s(?:says|said|wrote):$", re.I)
_DATED_HEADER_RE = re.compile(r"^.{1,60}?\s(?:on|at)\s(?P<date>.+?)\s(?:says|said|wrote):$", re.I)
_POSTED_AT_RE = re.compile(rf"(?=.*\b\d{{1,2}}:\d{{2}}\b)(?=.*(?:\b{_MONTH_WORD}\s+\d|\d+[/.-]\d+[/.-]\d+|\bago\b))", re.I)
_COMMENTS_HEADING_RE = re.compile(r"\b(?:comments?|thoughts on|responses? to|replies|discussion)\b", re.I)
COMMENT_NAME_WORDS = 3
COMMENT_GAP_LINES = 15      # comments follow each other closely; an article's own byline is far from the next
# How an item of a list opens once the page is flattened: a number ('1)', '2.', '3a etapa',
# '4 Kyle Busch'; numbered items must count up), a date ('June 9 -- Coral Sky Amphitheatre'),
# or a bullet.
_NUMBERED_ITEM_RE = re.compile(r"^\(?(?P<n>\d{1,3})(?:[.)]|[aºª°])?\s+\S")
_DATED_ITEM_RE = re.compile(rf"^{_MONTH_WORD}\s+\d{{1,2}}\b", re.I)
_BULLET_ITEM_RE = re.compile(r"^[•●▪◦·*–—-]\s+\S")
LIST_MIN_ITEMS = 3
LIST_INTRO_LINES = 2        # lines that may introduce a list between the body and its first item
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_CHROME_WORDS = re.compile(
    r"\b(?:cookies?|newsletter|subscribe|sign (?:up|in)|log ?in|widgets?|shortcodes?|customi[sz]er|"
    r"menus?|sidebar|footer|header|all rights reserved|privacy policy|terms of (?:use|service)|"
    r"click here|javascript|browser|advertis\w+|sponsored|follow us|download (?:the|our) app|"
    r"play(?:list)?|podcast)\b", re.I)


@dataclass
class Line:
    text: str
    start: int
    words: int
    kind: str          # blank | gap | prose | short | icon | byline | date | end


# Lines that are never body and never end it: empty ones, and the ad slots that interrupt
# an article mid-way ("Advertisement", "Story continues below").
SKIPPED = frozenset({"blank", "gap"})


SHIPPED = "shipped"


# Reading costs about 65 us a line; the ScrapingHub pages have at most 693. Past this, a text
# is refused, as an HTML page of too many elements is (see :mod:`.html`).
MAX_LINES = 20_000


def flat_evidence(text: str, model: LineModel | None | str = SHIPPED) -> PageEvidence:
    """``model``: the line model to use; by default the shipped one, None for rules only."""
    count = text.count("\n") + 1
    if count > MAX_LINES:
        raise ValueError(f"page text has {count:,} lines (limit {MAX_LINES:,}; an article page has a few hundred)")
    lines = classify_lines(text)
    ev = PageEvidence()
    chosen = body_indices(lines, shipped_model() if model is SHIPPED else model)
    if not chosen:
        return ev
    first, last = chosen[0], chosen[-1]
    ev.body = "\n\n".join(drop_furniture([lines[i].text for i in chosen]))
    _read_header(lines, first, ev)
    _read_footer(lines, last, ev)
    _read_page_title(lines, ev)
    return ev


def body_indices(lines: list[Line], model: Optional[LineModel]) -> list[int]:
    """Indices of the body's lines: the line model's choice when there is one and it keeps
    some line, else the rules' best run of prose (see :mod:`.flat_model`). A reader's
    comment thread ends the article, however much prose it holds."""
    lines = lines[:_comment_thread_start(lines)]
    if model is not None:
        kept, features = page_features(lines)
        chosen = [i for i, inside in zip(kept, body_lines(model.logits(features))) if inside] if kept else []
        if chosen:
            return _with_list(lines, _with_lead(lines, chosen))
    span = _body_span(lines)
    return _with_list(lines, [i for i in range(span[0], span[1] + 1) if lines[i].kind not in SKIPPED]) if span else []


def _with_list(lines: list[Line], chosen: list[int]) -> list[int]:
    """A list the article runs into (tour dates, a ranking, numbered picks) is part of it:
    its items are short lines, so the models and the rules stop where it starts. A run of
    items that open alike (consecutive numbers, dates, bullets), starting within two lines
    of the body's end, joins the body with the lines that introduce it."""
    if not chosen:
        return chosen
    after = list(_nearby(lines, chosen[-1], +1, limit=LIST_INTRO_LINES + 1))
    for start, (index, _) in enumerate(after):
        if any(line.kind in ("end", "byline", "icon") for _, line in after[:start + 1]):
            return chosen
        items = _list_items(lines, index)
        if len(items) >= LIST_MIN_ITEMS:
            last = items[-1]
            return chosen + [i for i in range(chosen[-1] + 1, last + 1) if lines[i].kind not in SKIPPED]
    return chosen


def _list_items(lines: list[Line], first: int) -> list[int]:
    """Indices of the items of a list opening at ``first`` (a line between two items, such
    as a link under each, is allowed), or [] when no list opens there."""
    pattern = next((p for p in (_NUMBERED_ITEM_RE, _DATED_ITEM_RE, _BULLET_ITEM_RE) if p.match(lines[first].text)), None)
    if pattern is None:
        return []
    items, number, misses = [first], _item_number(lines[first].text), 0
    for index, line in _nearby(lines, first, +1, limit=len(lines)):
        if pattern.match(line.text) and (number is None or _item_number(line.text) == number + 1):
            items.append(index)
            number = number + 1 if number is not None else None
            misses = 0
            continue
        misses += 1
        if misses > 1 or line.kind in ("end", "byline"):
            break
    return items


def _item_number(text: str) -> Optional[int]:
    m = _NUMBERED_ITEM_RE.match(text)
    return int(m.group("n")) if m else None


def _comment_thread_start(lines: list[Line]) -> Optional[int]:
    """Index of the first of two comment headers that follow each other closely under a
    comments heading ('34 responses to ...', '[ 167 comments ]'), else None: one 'X said:'
    over a date can be an article's own block quote, a name over a stamp its own byline, and
    a live blog's entries look like comments but sit under no such heading."""
    headers = [i for i, line in enumerate(lines) if line.kind not in SKIPPED and _is_comment_header(lines, i)]
    if len(headers) < 2:
        return None
    rank = {i: k for k, i in enumerate(i for i, line in enumerate(lines) if line.kind not in SKIPPED)}
    for first, second in zip(headers, headers[1:]):
        if rank[second] - rank[first] <= COMMENT_GAP_LINES and _under_comments_heading(lines, first):
            return first
    return None


def _under_comments_heading(lines: list[Line], index: int) -> bool:
    return any(len(line.text.split()) <= 25 and _COMMENTS_HEADING_RE.search(line.text)
               for _, line in _nearby(lines, index, -1, limit=4))


def _is_comment_header(lines: list[Line], index: int) -> bool:
    text = lines[index].text
    following = next((line for _, line in _nearby(lines, index, +1, limit=1)), None)
    if len(text) <= 120 and _COMMENT_HEADER_RE.match(text):
        dated = _DATED_HEADER_RE.match(text)
        return bool(dated and is_dateline(dated.group("date"))) or (following is not None and following.kind == "date")
    return (lines[index].kind == "short" and len(text.split()) <= COMMENT_NAME_WORDS and following is not None
            and len(following.text.split()) <= 8 and bool(_POSTED_AT_RE.match(following.text)))


def _with_lead(lines: list[Line], chosen: list[int]) -> list[int]:
    """A prose paragraph between the dateline (or byline) and the chosen body is the lead:
    models lose it because teasers in 'related' lists sit under a date too."""
    above = list(_nearby(lines, chosen[0], -1, limit=2))
    if len(above) == 2 and above[0][1].kind == "prose" and above[1][1].kind in ("date", "byline"):
        return [above[0][0], *chosen]
    return chosen


def page_features(lines: list[Line]) -> tuple[list[int], np.ndarray]:
    """(indices of the lines not skipped, their feature rows) for the line model."""
    kept = [i for i, l in enumerate(lines) if l.kind not in SKIPPED]
    if not kept:
        return [], np.zeros((0, 0))
    span = _body_span(lines)
    position = {i: k for k, i in enumerate(kept)}
    rule_span = (position[span[0]], position[span[1]]) if span else None
    texts = [lines[i].text for i in kept]
    features = line_features(texts, [lines[i].kind for i in kept], rule_span, _CHROME_WORDS,
                             _SENTENCE_END_RE, _title_repeat(texts))
    return kept, features


def _title_repeat(texts: list[str]) -> Optional[int]:
    """Where the page's first line (its <title>, site name cut off) is repeated as the headline."""
    m = _TITLE_SUFFIX_RE.match(texts[0])
    title = " ".join(_WORD_RE.findall((m.group("title") if m else texts[0]).lower()))
    for i, text in enumerate(texts[1:], start=1):
        key = " ".join(_WORD_RE.findall(text.lower()))
        if key and title and (key == title or (len(key) > 15 and key in title)
                              or (len(title) > 15 and title in key and len(key) < 1.5 * len(title))):
            return i
    return None


def classify_lines(text: str) -> list[Line]:
    out, offset = [], 0
    for raw in text.splitlines(keepends=True):
        clean = re.sub(r"\s+", " ", _ZERO_WIDTH_RE.sub("", raw)).strip()
        out.append(Line(clean, offset, len(_WORD_RE.findall(clean)), _kind(clean)))
        offset += len(raw)
    return out


def _kind(line: str) -> str:
    if not line:
        return "blank"
    if _AD_SLOT_RE.match(line):
        return "gap"
    tokens = line.split()
    if sum(bool(_ICON_TOKEN_RE.match(t)) for t in tokens) * 3 >= len(tokens):
        return "icon"
    if _BYLINE_RE.match(line) and len(tokens) <= 9:
        return "byline"
    if is_dateline(line):
        return "date"
    if _END_MARKERS.match(line) and len(tokens) <= 6:
        return "end"
    words = len(_WORD_RE.findall(line))
    ends_sentence = bool(_SENTENCE_END_RE.search(line))
    if (words >= 12 and (ends_sentence or ". " in line)) or (words >= 6 and ends_sentence):
        return "prose"
    return "short"


def _line_score(line: Line) -> float:
    """Prose earns its words, chrome vocabulary and furniture cost; skipped lines are free."""
    if line.kind in SKIPPED:
        return 0.0
    chrome = len(_CHROME_WORDS.findall(line.text))
    if line.kind == "prose":
        return line.words - 8.0 * chrome
    if line.kind == "short" and line.words >= 3 and not chrome:
        return -1.0          # subheadings and captions inside an article are cheap to cross
    return -3.0 - line.words


def _body_span(lines: list[Line]) -> Optional[tuple[int, int]]:
    """Best contiguous run of lines, never crossing a byline or an end marker."""
    best, best_span = 0.0, None
    run, run_start = 0.0, None
    for i, line in enumerate(lines):
        if line.kind in ("byline", "end") and run_start is not None:
            run, run_start = 0.0, None
            continue
        score = _line_score(line)
        if run_start is None:
            if score <= 0:
                continue
            run, run_start = 0.0, i
        run += score
        if run > best:
            best, best_span = run, (run_start, i)
        if run <= 0:
            run, run_start = 0.0, None
    return best_span


def _nearby(lines: list[Line], index: int, step: int, limit: int = 8):
    """Lines not skipped, walking away from ``index``, at most ``limit`` of them."""
    seen = 0
    i = index + step
    while 0 <= i < len(lines) and seen < limit:
        if lines[i].kind not in SKIPPED:
            yield i, lines[i]
            seen += 1
        i += step


def _read_header(lines: list[Line], body_start: int, ev: PageEvidence) -> None:
    """Dateline, byline, title and breadcrumb sit in the lines just above the body."""
    title_index = None
    for i, line in _nearby(lines, body_start, -1):
        if line.kind == "date":
            ev.published.append(strip_date_label(line.text))
        elif line.kind == "byline":
            ev.authors.extend(_byline_names(line.text))
            ev.published.extend(_dates_in_byline(line.text))
        elif line.kind in ("short", "prose") and title_index is None and _looks_like_title(line.text):
            title_index = i
            ev.title.append(line.text)
        elif line.kind == "short" and title_index is not None:
            crumb = _breadcrumb_leaf(line.text)
            if crumb:
                ev.section.append(crumb)
            break
        elif line.kind == "icon" and title_index is not None:
            break


def _read_footer(lines: list[Line], body_end: int, ev: PageEvidence) -> None:
    for _, line in _nearby(lines, body_end, +1, limit=4):
        if line.kind == "byline":
            ev.authors.extend(_byline_names(line.text))
        elif line.kind == "date" and not ev.published:
            ev.published.append(strip_date_label(line.text))
    for line in lines:
        m = _COPYRIGHT_RE.search(line.text) if len(line.text) < 120 else None
        if m and not re.match(r"\d", m.group("name")):
            ev.site.append(m.group("name").strip())


def _read_page_title(lines: list[Line], ev: PageEvidence) -> None:
    """A first line shaped like an HTML <title> ('Headline - Site') names the site."""
    for _, line in _nearby(lines, -1, +1, limit=1):
        m = _TITLE_SUFFIX_RE.match(line.text)
        if m:
            ev.title.append(m.group("title").strip())
            ev.site.append(m.group("site").strip())


def _looks_like_title(text: str) -> bool:
    words = text.split()
    if not 3 <= len(words) <= 30 or _CHROME_WORDS.search(text):
        return False
    capitalised = sum(w[:1].isupper() for w in words)
    return capitalised >= 2


def _breadcrumb_leaf(text: str) -> Optional[str]:
    """'Home > World > Europe' -> 'Europe'; 'NewsPolitics' (separators lost) -> 'Politics'."""
    parts = [p.strip() for p in re.split(r"\s*(?:>|»|/|\||›|chevron_right)\s*", text) if p.strip()]
    if not parts or len(parts[-1].split()) > 3:
        return None
    leaf = parts[-1]
    glued = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", leaf)
    if len(glued) > 1 and "".join(glued) == leaf.replace(" ", ""):
        leaf = glued[-1]
    return leaf if leaf[:1].isupper() else None


def _dates_in_byline(text: str) -> list[str]:
    """'By Jane Roe | March 11, 2026' carries the date too."""
    parts = re.split(r"\s+[|·•–—]\s+", text)[1:]
    return [strip_date_label(p) for p in parts if parse_date_string(strip_date_label(p))]


def _byline_names(text: str) -> list[str]:
    m = _BYLINE_RE.match(text)
    if not m:
        return []
    names = re.split(r"\s*(?:,|&|\band\b)\s*", m.group("names").strip())
    return [n.strip() for n in names if n.strip()]
