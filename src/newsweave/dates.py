"""Date strings -> (ISO value, granularity): dateparser parses, we decide precision.

Why our own layer: dateparser fills missing fields from *today* ("March 2019" becomes
2019-03-22 on the 22nd), which would invent a day nobody wrote. We look at which parts
the string actually has and cut the value to that precision.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Optional

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_ISO_RE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?")
_HAS_DAY_RE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\b[\s,.]*{_MONTH_RE}|{_MONTH_RE}[\s,.]*\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)"
                         r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", re.I)
_HAS_MONTH_RE = re.compile(rf"\b{_MONTH_RE}", re.I)
_HAS_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def month_number(word: str) -> Optional[int]:
    return MONTH_ABBR.get(word.lower().rstrip(".")[:4]) or MONTH_ABBR.get(word.lower().rstrip(".")[:3])


def parse_date_string(text: str, reference: Optional[date] = None) -> Optional[tuple[str, str]]:
    """'September 2, 2025' -> ('2025-09-02', 'day'); 'March 2019' -> ('2019-03', 'month').

    ``reference`` supplies a missing year (the year of the reference date). Returns None
    for anything that is not a calendar date.
    """
    text = text.strip()
    if not text or len(text) > 80:
        return None
    iso = _ISO_RE.fullmatch(text) or _ISO_RE.match(text)
    if iso:
        year, month, day = iso.group(1), iso.group(2), iso.group(3)
        if not 1 <= int(month) <= 12:
            return None
        if day is None:
            return f"{year}-{month}", "month"
        if iso.group(4):
            return f"{year}-{month}-{day}T{iso.group(4)}:{iso.group(5)}", "minute"
        return f"{year}-{month}-{day}", "day"
    has_day, has_month = bool(_HAS_DAY_RE.search(text)), bool(_HAS_MONTH_RE.search(text))
    has_year = bool(_HAS_YEAR_RE.search(text))
    if not (has_day or has_month or has_year):
        return None
    parsed = _dateparser(text)
    if parsed is None:
        return None
    year = parsed.year if has_year else (reference.year if reference else None)
    if year is None:
        return None
    if has_day:
        return f"{year:04d}-{parsed.month:02d}-{parsed.day:02d}", "day"
    if has_month:
        return f"{year:04d}-{parsed.month:02d}", "month"
    return f"{year:04d}", "year"


@lru_cache(maxsize=4096)
def _dateparser(text: str) -> Optional[datetime]:
    try:
        return _english_parser().get_date_data(text).date_obj
    except Exception:  # dateparser raises assorted errors on odd strings
        return None


@lru_cache(maxsize=1)
def _english_parser():
    """One parser for the process: ``dateparser.parse`` with languages builds a new one
    (and reloads its locale data) on every call, which cost ~8 ms per date string."""
    from dateparser import DateDataParser
    return DateDataParser(languages=["en"], settings={
        "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["absolute-time", "custom-formats"], "REQUIRE_PARTS": []})


def to_date(value: Optional[str]) -> Optional[date]:
    """The first day an ISO value covers ('2025-09' -> 2025-09-01, '2025-W36' -> its Monday,
    '2025-W36-WE' -> its Saturday, '2025-Q3' -> 2025-07-01, '2025-H2' -> 2025-07-01); None if
    unparseable."""
    if not value:
        return None
    week = re.match(r"(\d{4})-W(\d{1,2})(-WE)?", value)
    quarter = re.match(r"(\d{4})-Q([1-4])", value)
    half = re.match(r"(\d{4})-H([12])", value)
    try:
        if week:
            return date.fromisocalendar(int(week.group(1)), int(week.group(2)), 6 if week.group(3) else 1)
        if quarter:
            return date(int(quarter.group(1)), 3 * int(quarter.group(2)) - 2, 1)
        if half:
            return date(int(half.group(1)), 6 * int(half.group(2)) - 5, 1)
    except ValueError:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def latest_calendar_day(timexes) -> Optional[date]:
    """The latest full calendar date stated among time expressions ('September 3, 2025';
    not 'Tuesday', not 'May'), None if there is none: an undated article's best clue to
    when it was written and what it tells of."""
    days = [to_date(t.value) for t in timexes if t.type == "DATE" and t.granularity == "day" and t.anchor == "absolute"]
    return max((d for d in days if d), default=None)
