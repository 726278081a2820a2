"""Quantities: a number, what it counts, and any approximation marker kept verbatim.

"up to 20 agreements" -> 20, unit "agreements", approx "up to"; "the 80th anniversary"
-> 80 (ordinal), unit "anniversary"; "at least 12 dead" -> 12, "dead", "at least";
"$140-150 million" and "between $140 and $150 million" -> 140e6 to 150e6, one range;
"a 14-0 lead" -> 14 versus 0, one score.
Numbers that are dates are left to the time-expression finder.
"""
from __future__ import annotations

import re

from newsweave.model import Quantity, TimeExpression

_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12, "hundred": 100}
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
          "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
          "a dozen": 12, "dozens of": 24, "hundreds of": 200, "thousands of": 2000}
# A vague plural is a range, not its lower end: 'hundreds of people' holds the 612 another
# report counts, 'thousands of' the 100,000 ('tens of thousands of people took to the streets')
_VAGUE_UPPER = {"dozens of": 143, "hundreds of": 999, "thousands of": 999_999}
APPROX = (r"up to|as many as|as much as|at least|at most|more than|over|nearly|almost|about|around|"
          r"roughly|approximately|some|fewer than|less than|under|an estimated|estimated|close to|"
          r"upwards of|no fewer than|no more than|just over|just under|well over|in excess of")
# Units written onto their number ('58km', '10kg'); a glued 'm' stays a million ('$5m').
_GLUED = r"km\s?/\s?h|km|kg|cm|ft|mph|kph|kmh|lbs?"
_NUMBER = (r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.?\d+|"
           + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)) + r")(?!(?!(?:bn|mm|m|k|" + _GLUED + r")\b)\w)")
_ORDINAL = r"(?P<ord>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|tenth|hundredth)(?!\w)"
# A measure named by two words is counted in the second: "170,000-square - foot" and
# "15,800-square - metre" are feet and metres, not both "square".
_MEASURE_MODIFIERS = r"square|cubic|nautical|metric|light"
# Words between a count and what it counts: "winners of eight straight games" counts games.
# ("three more suspects", "two other victims" count an increment, not a total: their unit
# stays "more", "other", which no total is compared with.)
_COUNT_MODIFIERS = r"straight|consecutive|successive|separate"
# A quantity starts a word and is no piece of a number ('hit.358', '2,292nd', '15:14'); the
# look-behinds say so up front, so the engine does not try every alternative inside words.
QUANTITY_RE = re.compile(
    rf"(?<![\w:])(?<![\w:][.,])(?:(?P<approx>{APPROX})\s+)?(?:(?:US|A|C|NZ|HK|S)?(?P<cur>[$£€¥])(?:US)?)?(?:{_ORDINAL}|{_NUMBER})"
    rf"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|mm|m|k)\b)?"
    rf"(?:\s*(?P<pct>%|percent|per cent))?"
    rf"(?:(?:[\s-]+|(?=(?:{_GLUED})\b))(?:(?:{_COUNT_MODIFIERS})\s+(?=[a-z]))?(?P<unit>(?:{_MEASURE_MODIFIERS})[\s-]+[a-z]+|"
    rf"(?:{_GLUED})(?!\w)|(?:[a-z](?:\w|-(?=[a-z])|\s-\s(?=old\b))*)(?:\s+(?:dead|died|killed|wounded|injured|missing|hurt))?))?",
    re.I)
_STOP_UNITS = {"of", "and", "or", "to", "in", "on", "at", "the", "a", "an", "for", "from", "by", "with",
               "was", "were", "is", "are", "has", "have", "had", "will", "would", "who", "which", "that",
               "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "over", "into", "per",
               "than", "as", "after", "before", "since", "while", "when", "if"}
# A clock reading is a time, not a count: "02:41 GMT", "0241 GMT", "6:41pm".
_CLOCK_UNITS = {"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "et",
                "am", "pm", "a.m", "p.m", "hrs", "hours"}
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10, "hundredth": 100}


def find_quantities(text: str, article_id: str, timexes: list[TimeExpression]) -> list[Quantity]:
    found = _join_ranges(text, list(_quantities(text, article_id, timexes)))
    return _conversions(text, _elided_units(text, _parts_of_wholes(text, found)))


# 'shot three co-workers — killing two', 'wounding 40, killing seven': the count after a
# participle of harm counts what the sentence's count before it counts.
_ELIDED_AFTER = re.compile(r"\b(?:killing|injuring|wounding|hurting)\s+$", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s")


def _elided_units(text: str, quantities: list[Quantity]) -> list[Quantity]:
    for before, q in zip(quantities, quantities[1:]):
        if q.unit is None and before.unit and not q.ordinal and _ELIDED_AFTER.search(text, max(0, q.span[0] - 12), q.span[0]) \
                and not _SENTENCE_END.search(text, before.span[1], q.span[0]):
            q.unit = before.unit
    return quantities


_OPENS_BRACKET = re.compile(r"\s*\(\s*")


def _conversions(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """'about 58km (36 miles)', '60 metres (200 feet)': a figure converted in brackets is
    rounded, so it is approximate, as the figure it converts may say it is."""
    for figure, converted in zip(quantities, quantities[1:]):
        if converted.approx is None and _OPENS_BRACKET.fullmatch(text[figure.span[1]:converted.span[0]]):
            converted.approx = figure.approx or "about"
    return quantities


_PART_OF = re.compile(r"\s+of\s+(?:(?:his|her|their|its|the)\s+)?$", re.I)


def _parts_of_wholes(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """'completed 28 of 41 passes', 'landed 28 of his 68 punches': the part counts what the
    whole counts, so '28 passes' in another report finds its match."""
    for part, whole in zip(quantities, quantities[1:]):
        if part.unit is None and whole.unit and not part.ordinal and part.versus is None \
                and _PART_OF.fullmatch(text[part.span[1]:whole.span[0]] + " "):
            part.unit = whole.unit
    return quantities


def _quantities(text: str, article_id: str, timexes: list[TimeExpression]):
    """Each number with its unit, as (quantity, match) pairs."""
    taken = [(t.span[0], t.span[1]) for t in timexes]
    for m in QUANTITY_RE.finditer(text):
        if not (m.group("num") or m.group("ord")):
            continue
        start, end = m.start(), m.end()
        if _is_clock(m):
            continue
        if any(s < m.end("num" if m.group("num") else "ord") and m.start("num" if m.group("num") else "ord") < e
               for s, e in taken):
            continue
        value, ordinal = _value(m)
        if value is None:
            continue
        unit = _unit(m)
        if not _unit_word(m):       # "$150 million over", "82 percent in": the span ends at the number
            end = next(m.end(g) for g in ("pct", "scale", "num", "ord") if m.group(g))
        if unit is None and value < 10 and not m.group("approx") and m.group("num") and not m.group("num").isdigit() \
                and not _ELIDED_AFTER.search(text, max(0, start - 12), start):
            continue          # "one of the", "two leaders": a bare small word-number is rarely a fact
        high = _VAGUE_UPPER.get((m.group("num") or "").lower())
        approx = _negated_bound(text, start, (m.group("approx") or "").lower()) or None
        yield Quantity(article_id, (start, end), text[start:end], value, unit, approx, ordinal, high), m


_NEGATED_BEFORE = re.compile(r"\b(?:never|not|n[’']t)\s+(?!only\b|just\b|merely\b)(?:[a-z]+\s+){0,2}$", re.I)
_OPPOSITE_BOUND = {"fewer than": "no fewer than", "less than": "no fewer than", "under": "no fewer than",
                   "more than": "no more than", "over": "no more than"}


def _negated_bound(text: str, start: int, approx: str) -> str:
    """'has never hit fewer than 26 homers' bounds the count from below, as 'no fewer than'
    does; the marker is kept as the sentence means it."""
    if approx in _OPPOSITE_BOUND and _NEGATED_BEFORE.search(text[max(0, start - 30):start]):
        return _OPPOSITE_BOUND[approx]
    return approx


# Between the two ends of a range. "and" only after "between" ("13 homers and 43 RBIs" are
# two counts); "to" not after "from" ("rose from 10 to 20" is a change); a bare dash only
# for money, percentages and scaled numbers ("a 3-2 win" is a score).
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and)\s*")


def _join_ranges(text: str, found: list[tuple[Quantity, re.Match]]) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        (low, m_low), nxt = found[i], found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and _is_range(text, low, m_low, *nxt):
            high, m_high = nxt
            out.append(Quantity(low.article_id, (low.span[0], high.span[1]), text[low.span[0]:high.span[1]],
                                _low_end(low, m_low, m_high), high.unit or low.unit, low.approx, False, high.value))
            i += 2
            continue
        if nxt is not None and _is_score(text, low, m_low, *nxt):
            second = nxt[0]
            out.append(Quantity(low.article_id, (low.span[0], second.span[1]), text[low.span[0]:second.span[1]],
                                low.value, second.unit, None, False, None, second.value))
            i += 2
            continue
        out.append(low)
        i += 1
    return out


# Two bare numbers joined by a dash are a score or a record ('a 14-0 lead', 'stand at
# 10-5', 'finished 29-of-34'): one quantity, never a count of its second number ('0 lead').
_SCORE_JOIN = re.compile(r"\s?[-–]\s?|-of-")


def _is_score(text: str, low: Quantity, m_low: re.Match, high: Quantity, m_high: re.Match) -> bool:
    bare = all(m.group("num") and m.group("num").isdigit() and len(m.group("num")) <= 3
               and not any(m.group(g) for g in ("cur", "pct", "scale", "approx")) for m in (m_low, m_high))
    return bare and low.unit is None and bool(_SCORE_JOIN.fullmatch(text[low.span[1]:high.span[0]]))


def _is_range(text: str, low: Quantity, m_low: re.Match, high: Quantity, m_high: re.Match) -> bool:
    joint = text[low.span[1]:high.span[0]]
    if low.ordinal or high.ordinal or not _RANGE_JOIN.fullmatch(joint) or high.approx:
        return False
    if low.unit not in (None, high.unit) and not (m_low.group("cur") or m_low.group("pct")):
        return False
    before = text[max(0, low.span[0] - 8):low.span[0]].lower()
    word = joint.strip()
    if word == "and" and not before.endswith("between "):
        return False
    if word == "to" and before.endswith("from "):
        return False
    marked = any(m.group(g) for m in (m_low, m_high) for g in ("cur", "pct", "scale"))
    if word in "-–—" and not marked:
        return False
    return _low_end(low, m_low, m_high) < high.value


def _low_end(low: Quantity, m_low: re.Match, m_high: re.Match) -> float:
    """'$140-150 million': the low end takes the high end's scale when it has none."""
    return low.value * (1.0 if m_low.group("scale") else _scale(m_high))


def _scale(m: re.Match) -> float:
    scale = (m.group("scale") or "").lower()
    return {"bn": 1e9, "mm": 1e6, "m": 1e6, "k": 1e3}.get(scale, _SCALE.get(scale, 1.0))


def _is_clock(m: re.Match) -> bool:
    after = m.string[m.end("num") if m.group("num") else m.end():][:1]
    return after == ":" or (m.group("unit") or "").lower().split(" ")[0].rstrip(".") in _CLOCK_UNITS


def _value(m: re.Match) -> tuple[float | None, bool]:
    if m.group("ord"):
        word = m.group("ord").lower()
        return (float(_ORDINAL_WORDS[word]) if word in _ORDINAL_WORDS else float(re.sub(r"\D", "", word))), True
    raw = m.group("num").lower()
    value = float(_WORDS[raw]) if raw in _WORDS else float(raw.replace(",", ""))
    return value * _scale(m), False


_TOLL_BEFORE = re.compile(r"death toll\b[^.]{0,40}?\b(?:to|of|at|reached|hit)\s*$", re.I)


def _unit(m: re.Match):
    if m.group("pct"):
        return "%"
    if _TOLL_BEFORE.search(m.string[max(0, m.start() - 80):m.start()]):
        return "dead"
    if m.group("cur"):
        return m.group("cur")
    return _unit_word(m)


def _unit_word(m: re.Match):
    """The words after the number, unless they are a function word ('20 of', '5 to')."""
    unit = re.sub(r"\s+-\s+(?=old\b)", "-", (m.group("unit") or "").lower())    # "36-year - old": an age, as "36-year-old"
    unit = re.sub(r"\s+-\s+", " ", unit)                                  # "square - foot": a tokenised page
    unit = re.sub(r"\s*/\s*", "/", unit)                                  # "km / h"
    first = unit.split()[0] if unit else ""
    return unit if first and first not in _STOP_UNITS else None
