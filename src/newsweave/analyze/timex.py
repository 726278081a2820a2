"""Time expressions: find them, then resolve each against the article's publication date.

Finding is a set of patterns (absolute dates, weekdays, deictic words, durations, sets,
decades, quarters...). Resolution is ours, not dateparser's: a weekday in a past-tense
sentence is the last such day before publication, in a future-tense one the next; a
month without a year takes the publication year; "last week" is an ISO week. Values
follow TIMEX3 (``2025-09-03``, ``2025-W36``, ``P3Y``, ``XXXX-WXX-2``, ``PAST_REF``), so
the output can be scored with the TempEval-3 scorer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Optional

from newsweave.dates import MONTHS, WEEKDAYS, month_number, to_date
from newsweave.model import TimeExpression

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a couple of": 2,
    "couple of": 2, "half a": 0.5, "half an": 0.5, "a few": None, "few": None, "several": None, "many": None, "some": None,
}
UNIT_CODES = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
              "week": ("W", False), "month": ("M", False), "year": ("Y", False),
              "decade": ("DE", False), "century": ("CE", False), "quarter": ("Q", False)}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}

_MONTH_NAME = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_M = rf"(?:{_MONTH_NAME}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)"
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_TENS = _TENS_WORD + r"[\s-]" + _ONES
_NUM = (r"(?:(?:\d+(?:\.\d+)?(?:\s+1/2|½)?|" + _TENS + "|"
        + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"
        r"(?:\s+and\s+a\s+half(?=\s))?)")          # 'two and a half years'; 'a year and a half' is read off the unit
_UNIT = r"(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# A year read out, as broadcast transcripts write it: 'nineteen ninety-six', 'two thousand one'.
_SPOKEN_YEAR = (r"(?:nineteen\s+(?:" + _TENS_WORD + r"(?:[\s-]" + _ONES + r")?"
                r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
                r"|two\s+thousand(?:\s+(?:and\s+)?" + _ONES + r")?)(?![\w-])(?!\s+years?\b)")
_ANY_YEAR = rf"(?:{_YEAR}|{_SPOKEN_YEAR})"


@dataclass
class Found:
    start: int
    end: int
    type: str
    value: Optional[str]
    granularity: str
    anchor: str = "absolute"


Resolver = Callable[[re.Match, "Context"], Optional[tuple[str, Optional[str], str, str]]]


@dataclass
class Context:
    reference: Optional[date]           # publication date, or the article's best stand-in
    tense_at: Callable[[int], str]      # 'past' | 'present' | 'future' for a character offset


# ---- resolvers: each returns (type, value, granularity, anchor) or None ------------------

def year_number(text: str) -> int:
    """'1996' or 'nineteen ninety-six' -> 1996; 'two thousand one' -> 2001."""
    if text.isdigit():
        return int(text)
    words = [w for w in text.lower().split() if w != "and"]
    century, rest = (2000, words[2:]) if words[:2] == ["two", "thousand"] else (1900, words[1:])
    return century + int(_number(" ".join(rest)) or 0) if rest else century


def _full_date(m, ctx):
    month = month_number(m.group("month"))
    day, year = int(m.group("day")), m.group("year")
    if not month or not 1 <= day <= 31:
        return None
    if year:
        return "DATE", f"{year_number(year):04d}-{month:02d}-{day:02d}", "day", "absolute"
    if ctx.reference is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", "day", "none"
    year = _year_of_weekday(ctx.reference, month, day, m.groupdict().get("wd")) or _year_for_month(ctx, m, month, day)
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}", "day", "publication"


def _week_of(m, ctx):
    """'the week of March 6' is the ISO week holding that day (TIMEX3 2000-W10)."""
    day = _full_date(m, ctx)
    if day is None:
        return None
    if day[1].startswith("XXXX"):
        return "DATE", "XXXX-WXX", "week", "none"
    iso = date.fromisoformat(day[1]).isocalendar()
    return "DATE", f"{iso[0]:04d}-W{iso[1]:02d}", "week", day[3]


def _year_of_weekday(ref: date, month: int, day: int, weekday: Optional[str]) -> Optional[int]:
    """'Saturday, April 25' names its year: the one, of last, this and next, where April 25
    is a Saturday."""
    wd = _weekday_index(weekday) if weekday else None
    if wd is None:
        return None
    for year in (ref.year, ref.year - 1, ref.year + 1):
        try:
            if date(year, month, day).weekday() == wd:
                return year
        except ValueError:
            return None
    return None


def _numeric_date(m, ctx):
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    y = y + 2000 if y < 50 else y + 1900 if y < 100 else y
    month, day = (a, b) if a <= 12 else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return "DATE", f"{y:04d}-{month:02d}-{day:02d}", "day", "absolute"


def _iso_date(m, ctx):
    return "DATE", m.group(0)[:10], "day", "absolute"


def _month_year(m, ctx):
    month = month_number(m.group("month"))
    return ("DATE", f"{year_number(m.group('year')):04d}-{month:02d}", "month", "absolute") if month else None


def _month_alone(m, ctx):
    month = month_number(m.group("month"))
    if not month:
        return None
    if ctx.reference is None:
        return "DATE", f"XXXX-{month:02d}", "month", "none"
    year = _year_for_month(ctx, m, month, None, modifier=(m.groupdict().get("mod") or "").lower())
    return "DATE", f"{year:04d}-{month:02d}", "month", "publication"


def _month_of_relative_year(m, ctx):
    """'July last year', 'April next year': the year is said outright."""
    month = month_number(m.group("month"))
    if not month or ctx.reference is None:
        return ("DATE", f"XXXX-{month:02d}", "month", "none") if month else None
    year = ctx.reference.year + {"this": 0, "last": -1, "next": 1}[m.group("which").lower()]
    return "DATE", f"{year:04d}-{month:02d}", "month", "publication"


def _year_for_month(ctx, m: re.Match, month: int, day: Optional[int], modifier: str = "") -> int:
    """A month (and day) without a year: 'last'/'next'/'this' say which. Otherwise the
    verb's tense decides ('In February, a quake hit': the February past; 'since' looks
    back whatever the verb: 'have been searching since the Oct. 23 slaying'), unless the date
    is a deadline or a term ('extended to Nov. 20', 'payable Jan. 2', 'by February'): those
    look ahead whatever the tense, so the occurrence nearest the reference date wins."""
    ref = ctx.reference
    year = ref.year
    if modifier == "last":
        return year - 1 if (month, day or 1) >= (ref.month, ref.day) else year
    if modifier == "next":
        return year + 1 if (month, day or 31) <= (ref.month, ref.day) else year
    if modifier == "this":
        return year
    before = m.string[max(0, m.start() - 30):m.start()].lower().split()
    tense = "past" if _after_since(m) else ctx.tense_at(m.start())
    planned = _PLANNED_RE.search(m.string, max(0, m.start() - 60), m.start())
    lean = 0 if (before and before[-1] in _TERM_WORDS) or planned else TENSE_LEAN_DAYS

    def cost(candidate: int) -> float:
        try:
            gap = (date(candidate, month, day or 15) - ref).days
        except ValueError:
            return float("inf")
        against = (tense == "past" and gap > 0) or (tense == "future" and gap < 0)
        return abs(gap) + (lean if against else 0)
    return min((year, year - 1, year + 1), key=cost)


TENSE_LEAN_DAYS = 330      # against the tense, a date must be this much nearer to win
_TERM_WORDS = {"to", "until", "till", "through", "by", "before", "effective", "payable", "due", "from", "starting",
               "beginning", "expires", "expire", "ending", "record"}


# What a plan is for ('the accession was planned for early March', 'a summit set for
# Washington in April'): the date of the plan's target, so the nearest occurrence, whatever
# the tense of the planning. No sentence break or comma between the two.
_PLANNED_RE = re.compile(r"\b(?:planned|scheduled|slated|set|due|expected)\s+(?:for|to|in)\b[^.;,!?]{0,40}$", re.I)


def _after_since(m: re.Match) -> bool:
    """'since (shortly after) the Oct. 23 slaying', 'since year-end': it looks back."""
    return "since" in m.string[max(0, m.start() - 30):m.start()].lower().split()[-4:]


def _year(m, ctx):
    return "DATE", f"{year_number(m.group('year')):04d}", "year", "absolute"


def _decade(m, ctx):
    digits = m.group("decade")
    if len(digits) == 2:
        century = "19" if int(digits) >= 30 else "20"
        digits = century + digits
    return "DATE", digits[:3], "decade", "absolute"        # TIMEX3 truncates: the 1980s are "198"


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def _spoken_decade(m, ctx):
    """'the nineties': the latest such decade that has begun by the reference date (in 2026,
    'the twenties' are the 2020s; in 1998, the 1920s)."""
    tens = _DECADE_WORDS[m.group("tens").lower()]
    ref_year = ctx.reference.year if ctx.reference else 1999         # undated: the 1900s
    century = ref_year // 100 if ref_year % 100 >= tens * 10 else ref_year // 100 - 1
    return "DATE", f"{century}{tens}", "decade", "publication" if ctx.reference else "none"


def _weekday(m, ctx):
    wd = _weekday_index(m.group("wd"))
    if wd is None:
        return None
    if ctx.reference is None:
        return "DATE", f"XXXX-WXX-{wd + 1}", "day", "none"
    modifier = (m.group("mod") or "").lower()
    tense = {"last": "past", "next": "future", "this": "present"}.get(modifier) or _planned_or_tense(m, ctx)
    day = _resolve_weekday(ctx.reference, wd, tense)
    if modifier in ("last", "next") and day == ctx.reference:       # 'last Wednesday', said on a Wednesday
        day += timedelta(days=-7 if modifier == "last" else 7)
    day = day.isoformat()
    part = PARTS_OF_DAY.get((m.group("part") or "").lower())
    return ("TIME", f"{day}T{part}", "day", "publication") if part else ("DATE", day, "day", "publication")


def _planned_or_tense(m, ctx) -> str:
    """The verb's tense, but a plan told in the past ('a bail hearing was scheduled for
    Wednesday', in Monday's paper) is for the nearest such day, which may be still to come."""
    tense = ctx.tense_at(m.start())
    if tense == "past" and _PLANNED_RE.search(m.string, max(0, m.start() - 60), m.start()):
        return "present"
    return tense


def _weekday_index(word: str) -> Optional[int]:
    word = word.lower().rstrip(".")
    return next((i for i, name in enumerate(WEEKDAYS) if name.startswith(word[:3])), None)


def _resolve_weekday(ref: date, weekday: int, tense: str) -> date:
    delta = weekday - ref.weekday()
    if tense == "past":
        return ref + timedelta(days=delta if delta <= 0 else delta - 7)
    if tense == "future":
        return ref + timedelta(days=delta if delta > 0 else delta + 7)
    if delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    return ref + timedelta(days=delta)


DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this morning": 0,
                 "this afternoon": 0, "this evening": 0, "last night": -1, "tomorrow morning": 1,
                 "yesterday morning": -1, "yesterday afternoon": -1, "tomorrow night": 1,
                 "the day before yesterday": -2, "the day after tomorrow": 2}


_PART_BEFORE_DAY_RE = re.compile(r"(?:mid-?|early |late )?(morning|afternoon|evening) (yesterday|today|tomorrow)$")


def _deictic_day(m, ctx):
    phrase = re.sub(r"\s+", " ", m.group(0).lower())
    before_day = _PART_BEFORE_DAY_RE.match(phrase)
    if before_day:                                        # 'mid-afternoon yesterday' = 'yesterday afternoon'
        phrase = f"{before_day.group(2)} {before_day.group(1)}"
    offset = DEICTIC_DAYS[phrase] if phrase in DEICTIC_DAYS else DEICTIC_DAYS[phrase.split()[0]]
    if ctx.reference is None:
        return "DATE", None, "day", "none"
    value = (ctx.reference + timedelta(days=offset)).isoformat()
    part = next((code for word, code in PARTS_OF_DAY.items() if phrase.endswith(word)), None)
    if part:
        return "TIME", f"{value}T{part}", "day", "publication"
    return "DATE", value, "day", "publication"


def _relative_period(m, ctx):
    """this/last/next/earlier this/later this + week/month/year/quarter/season."""
    mod = re.sub(r"\s+", " ", m.group("mod").lower())
    unit = m.group("unit").lower()
    if ctx.reference is None:
        return "DATE", None, unit if unit in ("week", "month", "year") else "unknown", "none"
    step = -1 if mod in ("last", "past", "previous") else 1 if mod in ("next", "coming") else 0
    ref = ctx.reference
    if unit == "week":
        day = ref + timedelta(weeks=step)
        iso = day.isocalendar()
        return "DATE", f"{iso[0]:04d}-W{iso[1]:02d}", "week", "publication"
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + step
        return "DATE", f"{index // 12:04d}-{index % 12 + 1:02d}", "month", "publication"
    if unit == "year":
        return "DATE", f"{ref.year + step:04d}", "year", "publication"
    if unit == "quarter":
        index = ref.year * 4 + (ref.month - 1) // 3 + step
        return "DATE", f"{index // 4:04d}-Q{index % 4 + 1}", "quarter", "publication"
    if unit in SEASONS:
        return "DATE", f"{ref.year + step:04d}-{SEASONS[unit]}", "season", "publication"
    return None


def _weekend(m, ctx):
    """'the weekend' just past (or coming, when the verb says so): its ISO week and WE."""
    if ctx.reference is None:
        return "DATE", "XXXX-WXX-WE", "week", "none"
    mod = (m.group("mod") or "").lower()
    tense = {"last": "past", "next": "future", "this": "present"}.get(mod) or ctx.tense_at(m.start())
    saturday = _resolve_weekday(ctx.reference, 5, tense)
    iso = saturday.isocalendar()
    return "DATE", f"{iso[0]:04d}-W{iso[1]:02d}-WE", "week", "publication"


_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's eve": (12, 31),
             "new year's day": (1, 1), "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14)}


def _holiday(m, ctx):
    name = m.group("name").lower()
    if ctx.reference is None:
        return "DATE", None, "day", "none"
    modifier = (m.group("mod") or "").lower()
    if name.startswith("thanksgiving"):                  # the fourth Thursday of November
        year = _year_for_month(ctx, m, 11, 25, modifier)
        first = date(year, 11, 1)
        day = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return "DATE", day.isoformat(), "day", "publication"
    month, dom = _HOLIDAYS[name]
    return "DATE", f"{_year_for_month(ctx, m, month, dom, modifier):04d}-{month:02d}-{dom:02d}", "day", "publication"


def _ago(m, ctx):
    n = _number(m.group("num"))
    unit = _unit(m.group("unit"))
    if ctx.reference is None or n is None or unit not in ("day", "week", "month", "year"):
        return "DATE", "PAST_REF", "unknown", "none"
    if n != int(n) and unit in ("year", "month", "week"):       # 'half a year ago': six months ago
        unit, n = _SMALLER[unit][0], round(n * _SMALLER[unit][1])
    ref = ctx.reference
    if unit == "day":
        return "DATE", (ref - timedelta(days=n)).isoformat(), "day", "publication"
    if unit == "week":
        iso = (ref - timedelta(weeks=n)).isocalendar()
        return "DATE", f"{iso[0]:04d}-W{iso[1]:02d}", "week", "publication"
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 - int(n)
        return "DATE", f"{index // 12:04d}-{index % 12 + 1:02d}", "month", "publication"
    return "DATE", f"{ref.year - int(n):04d}", "year", "publication"


def _year_earlier(m, ctx):
    """'the year-earlier period': the same period a year before (made a quarter below
    when the sentence names one)."""
    if ctx.reference is None:
        return "DATE", "PAST_REF", "unknown", "none"
    return "DATE", f"{ctx.reference.year - 1:04d}", "year", "publication"


# A fraction of a unit is written in the next smaller one: 'two and a half years' = P2Y6M.
_SMALLER = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
            "hour": ("minute", 60), "minute": ("second", 60)}


def _duration(m, ctx):
    n = _number(m.group("num"))
    unit = _unit(m.group("unit"))
    if n is not None and m.groupdict().get("half"):
        n += 0.5
    return "DURATION", _duration_value(n, unit), unit, "none"


def _duration_value(n: Optional[float], unit: str) -> str:
    """TIMEX3 value of ``n`` units ('P2Y6M' for 2.5 years, 'PT5H'); ``n`` None: a number not
    said ('PXY'). Decades and centuries are written in years, as TimeBank does."""
    code, is_time = UNIT_CODES[unit]
    if code in ("DE", "CE"):
        return "PXY" if n is None else f"P{int(n * (10 if code == 'DE' else 100))}Y"
    if n is None:
        return f"PTX{code}" if is_time else f"PX{code}"
    parts = [(int(n), unit)] if int(n) else []
    if n != int(n) and unit in _SMALLER:
        smaller, per = _SMALLER[unit]
        parts.append((round((n - int(n)) * per), smaller))
    return _iso_duration(parts)


def _iso_duration(parts: list[tuple[int, str]]) -> str:
    """[(2, 'year'), (6, 'month')] -> 'P2Y6M'; [(5, 'hour'), (30, 'minute')] -> 'PT5H30M'."""
    day_part = "".join(f"{n}{UNIT_CODES[u][0]}" for n, u in parts if not UNIT_CODES[u][1])
    time_part = "".join(f"{n}{UNIT_CODES[u][0]}" for n, u in parts if UNIT_CODES[u][1])
    return "P" + day_part + (f"T{time_part}" if time_part else "")


def _quarters(m, ctx):
    """'the past two quarters', 'three straight quarters': a span of quarters (P2Q)."""
    return "DURATION", _duration_value(_number(m.group("num") or m.group("num2")), "quarter"), "quarter", "none"


def _recent_decade(m, ctx):
    """'over the past decade', 'the next century': the span up to (or from) now."""
    unit = _unit(m.group("unit"))
    return "DURATION", _duration_value(1, unit), unit, "none"


def _half_year(m, ctx):
    """'the last half of 1989', 'the first two quarters of 1990': a half year (1990-H1)."""
    year = m.group("year")
    if year is None:
        if ctx.reference is None:
            return None
        year = ctx.reference.year + {"next": 1, "last": -1}.get((m.group("rel") or "").lower(), 0)
    half = 1 if m.group("which").lower() == "first" else 2
    return "DATE", f"{int(year):04d}-H{half}", "half", "absolute" if m.group("year") else "publication"


def _accounting_year(m, ctx):
    """'the year ended Aug. 31': a twelve-month period closing on that day, not a calendar year."""
    return "DURATION", "P1Y", "year", "none"


def _century(m, ctx):
    """'the 20th century' -> '19', TIMEX3's truncated year."""
    return "DATE", f"{int(m.group('n')) - 1:02d}", "century", "absolute"


def _current_quarter(m, ctx):
    if ctx.reference is None:
        return "DATE", None, "quarter", "none"
    return "DATE", f"{ctx.reference.year:04d}-Q{(ctx.reference.month - 1) // 3 + 1}", "quarter", "publication"


def _anaphoric_period(m, ctx):
    """'the following year', 'later that year', 'that same day', 'the previous Friday':
    resolved by :func:`_on_last_named` against the last date the story named."""
    return "DATE", None, "day" if m.groupdict().get("wd") else m.group("unit").lower(), "event"


def _current_year(m, ctx):
    """'by year-end', 'the current fiscal year', 'the full year', 'for the year', 'the first
    nine months of the year': the year of the report ('since year-end': the one before)."""
    if ctx.reference is None:
        return "DATE", None, "year", "none"
    return "DATE", f"{ctx.reference.year - _after_since(m):04d}", "year", "publication"


def _lasting(m, ctx):
    """'a day-long strike', 'a decades-long feud', 'a two-week-long trip': how long it lasts."""
    if m.group("num"):
        return _duration(m, ctx)
    unit = _unit(m.group("unit"))
    return "DURATION", _duration_value(None if m.group("unit").lower().endswith("s") else 1, unit), unit, "none"


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall)\s+$", re.I)


def _some_day(m, ctx):
    """'Islam will one day be the second largest religion': some day to come, not a span of
    one day (None otherwise: the duration reading takes it)."""
    return ("DATE", "FUTURE_REF", "unknown", "none") if _MODAL_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) else None


def _plural_duration(m, ctx):
    unit = _unit(m.group("unit"))
    return "DURATION", _duration_value(None, unit), unit, "none"


_SET_CODES = {"day": "P1D", "daily": "P1D", "week": "P1W", "weekly": "P1W", "month": "P1M", "monthly": "P1M",
              "year": "P1Y", "hour": "PT1H", "hourly": "PT1H", "quarter": "P3M"}


def _set(m, ctx):
    return "SET", _SET_CODES[m.group(0).lower().split()[-1]], "unknown", "none"


def _weekday_set(m, ctx):
    """'every Tuesday', 'the second Tuesday of each month': a recurrence, not a day."""
    wd = _weekday_index(m.group("wd") or m.group("wd2"))
    return None if wd is None else ("SET", f"XXXX-WXX-{wd + 1}", "unknown", "none")


def _month_set(m, ctx):
    """'each July': a month every year (TIMEX3 SET XXXX-07), not the next July."""
    return "SET", f"XXXX-{month_number(m.group('month')):02d}", "unknown", "none"


def _last_quarter(m, ctx):
    """'the quarter' in a results report is the last completed one."""
    if ctx.reference is None:
        return "DATE", None, "quarter", "none"
    index = ctx.reference.year * 4 + (ctx.reference.month - 1) // 3 - 1
    return "DATE", f"{index // 4:04d}-Q{index % 4 + 1}", "quarter", "publication"


def _quarter(m, ctx):
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}[m.group("q").lower()]
    given = m.group("year") or m.group("year_before")         # 'the 1988 second quarter'
    year = given
    if year is None and ctx.reference is not None and (m.group("rel") or m.group("ago")):
        # "this year's third quarter", "next year's first quarter", "the year-ago third quarter"
        year = ctx.reference.year + {"this": 0, "next": 1}.get((m.group("rel") or "").lower(), -1)
    elif year is None and ctx.reference is not None:
        current = (ctx.reference.month - 1) // 3 + 1
        year = ctx.reference.year - (1 if q > current and ctx.tense_at(m.start()) != "future" else 0)
    if year is None:
        return "DATE", f"XXXX-Q{q}", "quarter", "none"
    return "DATE", f"{int(year):04d}-Q{q}", "quarter", "absolute" if given else "publication"


def _season(m, ctx):
    """'last fall', 'spring 2019', 'the summer'; a bare 'the fall' is more often a fall
    ('lost his hat and gloves in the fall') than autumn: TimeBank's all carry 'last' or 'this'."""
    season, year = m.group("season").lower(), m.group("year")
    if season == "fall" and not year and not m.group("mod"):
        return None
    code = SEASONS[season]
    if year:
        return "DATE", f"{year_number(year):04d}-{code}", "season", "absolute"
    if ctx.reference is None:
        return "DATE", f"XXXX-{code}", "season", "none"
    mod = (m.group("mod") or "").lower()
    step = -1 if mod == "last" else 1 if mod == "next" else 0
    return "DATE", f"{ctx.reference.year + step}-{code}", "season", "publication"


def _ref_word(m, ctx):
    word = m.group(0).lower()
    if word in ("now", "currently", "right now", "at present", "the present", "these days"):
        return "DATE", "PRESENT_REF", "unknown", "publication"
    if "future" in word or word.endswith(("quarters", " term")) or word == "a later date":
        return "DATE", "FUTURE_REF", "unknown", "none"
    return "DATE", "PAST_REF", "unknown", "none"


def _clock_on_day(m, ctx):
    """'10 p.m. Wednesday', 'noon Thursday', '5 p.m. EST Nov. 9': a time on a named day."""
    clock = _clock(m)
    if clock is None:
        return None
    if ctx.reference is None:
        return "TIME", f"XXXX-XX-XXT{clock}", "minute", "none"
    ref = ctx.reference
    if m.group("deictic"):
        day = ref + timedelta(days=DEICTIC_DAYS[m.group("deictic").lower()])
    elif m.group("wd"):
        wd = _weekday_index(m.group("wd"))
        if wd is None:
            return None
        day = _resolve_weekday(ref, wd, ctx.tense_at(m.start()))
    else:
        month, dom = month_number(m.group("month")), int(m.group("day"))
        if not month or not 1 <= dom <= 31:
            return None
        try:
            day = date(_year_for_month(ctx, m, month, dom), month, dom)
        except ValueError:
            return None
    return "TIME", f"{day.isoformat()}T{clock}", "minute", "publication"


def _clock(m) -> Optional[str]:
    named = (m.groupdict().get("named") or "").lower()
    if named:
        return "12:00" if named == "noon" else "24:00"
    hour, minute = int(m.group("h")), int(m.group("min") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}" if hour <= 23 and minute <= 59 else None


def _clock_time(m, ctx):
    clock = _clock(m)
    if clock is None:
        return None
    day = ctx.reference.isoformat() if ctx.reference else "XXXX-XX-XX"
    return "TIME", f"{day}T{clock}", "minute", "publication" if ctx.reference else "none"


def _number(word: str) -> Optional[float]:
    """'two', '2.5', '2 1/2', 'twenty-four', 'two and a half'."""
    word = word.lower()
    whole, half = re.subn(r"\s+and\s+a\s+half$", "", word)
    if half:
        n = _number(whole)
        return None if n is None else n + 0.5
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if re.search(r"1/2|½", word):
        return float(re.match(r"\d+", word).group(0)) + 0.5
    tens = re.fullmatch(r"(\w+)[\s-](\w+)", word)
    if tens and tens.group(1) in NUMBER_WORDS and tens.group(2) in NUMBER_WORDS:
        return NUMBER_WORDS[tens.group(1)] + NUMBER_WORDS[tens.group(2)]
    try:
        return float(word)
    except ValueError:
        return None


def _unit(word: str) -> str:
    word = word.lower().rstrip("s")
    return "century" if word.startswith("centur") else word


# ---- the patterns, most specific first ---------------------------------------------------

PATTERNS: list[tuple[str, Resolver]] = [
    (rf"the\s+week\s+of\s+(?P<month>{_M})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>{_YEAR}))?(?!\d)", _week_of),
    (rf"(?:(?P<wd>{_WD}),?\s+)?(?P<month>{_M})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>{_YEAR}))?(?!\d)", _full_date),
    (rf"(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_M})(?:,?\s+(?P<year>{_YEAR}))?(?!\d)", _full_date),
    # '11/30/09', and as tokenised text spaces it ('16 / 08 / 2011'): one separator throughout
    (r"(?P<a>\d{1,2})(?P<sep>[/.]| / )(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/.])", _numeric_date),
    (r"\b\d{4}-\d{2}-\d{2}(?:T[\d:]+)?", _iso_date),
    (rf"(?P<month>{_M})(?:\s+of)?,?\s+(?P<year>{_ANY_YEAR})\b", _month_year),
    (rf"(?:the\s+)?(?:(?P<rel>this|last|next)\s+year['’]s\s+|(?P<ago>year-(?:ago|earlier))\s+)?(?:fiscal\s+)?"
     rf"(?:(?P<year_before>{_YEAR})\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)"
     r"[\s-]quarter(?:\s+of\s+(?P<year>\d{4}))?", _quarter),
    (rf"the\s+(?P<year>{_YEAR})\s+(?:quarter|period)\b", _year),
    (rf"(?:the\s+)?(?P<which>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+"
     rf"(?:(?P<year>{_YEAR})|(?P<rel>this|next|last)\s+year|the\s+year)\b", _half_year),
    # not 'three quarters of the vote': a share, not a time
    (rf"(?:the\s+)?(?:(?:past|last|next|coming|previous|first|final)\s+(?P<num>{_NUM})|(?P<num2>{_NUM})\s+(?:consecutive|straight))"
     r"\s+quarters(?!\s+of\b)(?![\w-])", _quarters),
    (r"(?:the\s+)?(?:past|last|next|coming)\s+(?P<unit>decade|century)\b", _recent_decade),
    (r"the\s+(?:(?:latest\s+|most\s+recent\s+|just-ended\s+)?quarter|(?:latest|most\s+recent)\s+period)\b", _last_quarter),
    (r"the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending|ends)\b)", _accounting_year),
    (r"(?:the\s+end\s+of\s+the\s+year|year[-\s]end|year's\s+end|the\s+(?:current|full)\s+(?:fiscal\s+)?year"
     r"|(?:earlier|later)\s+in\s+the\s+year"
     r"|(?:for|of|during|throughout)\s+the\s+year(?!\s+(?:ended|ending|ends|before|after|earlier|ago|to)\b|\s*\d|['’]s))(?![\w-])",
     _current_year),
    (rf"(?:(?P<mod>this|last|next|past|coming)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>{_ANY_YEAR}))?(?![\w-])", _season),
    (r"(?:the\s+)?(?:(?:early|mid|late)[-\s])?(?P<decade>(?:1[5-9]|20)\d0|\d0)['’]?s\b", _decade),
    (r"(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:yesterday|tomorrow)\s+(?:morning|afternoon|night)"
     r"|(?:mid-?|early\s+|late\s+)?(?:morning|afternoon|evening)\s+(?:yesterday|today|tomorrow)"
     r"|this\s+(?:morning|afternoon|evening)|last\s+night|today|yesterday|tomorrow|tonight)\b", _deictic_day),
    (rf"(?:(?P<mod>last|next|this|coming)\s+)?(?P<wd>{_WD})(?:\s+(?P<part>morning|afternoon|evening|night))?(?!\w)", _weekday),
    (r"(?:the\s+(?=past|previous))?(?P<mod>this|last|next|past|previous|coming)\s+(?P<unit>week|month|year|quarter)\b", _relative_period),
    (rf"(?P<num>{_NUM})\s+(?P<unit>{_UNIT})\s+(?:ago|earlier)\b", _ago),
    (r"(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period|level|figure))?", _year_earlier),
    (r"one\s+day(?=\s+[a-z])", _some_day),
    (rf"(?:the\s+)?(?:(?:past|last|next|coming|previous|first|final)\s+)?(?P<num>{_NUM})[-\s](?:(?:more|additional|further|trading|business|straight|consecutive)\s+)?"
     rf"(?P<unit>{_UNIT})(?P<half>\s+and\s+a\s+half)?(?![\w-])(?!\s+(?:quarter|half)\b)", _duration),
    (r"(?:(?:the\s+)?(?:past|last|next|coming)\s+)?(?P<unit>hours|days|weeks|months|years|decades)(?![\w-])", _plural_duration),
    (rf"(?:(?P<num>{_NUM})-)?(?P<unit>{_UNIT})-long\b", _lasting),
    (r"(?:every|each)\s+(?:day|week|month|year|hour|quarter)|(?:daily|weekly|monthly|hourly)\b", _set),
    (rf"(?:every|each)\s+(?P<month>{_MONTH_NAME})\b", _month_set),
    (rf"(?:(?:every|each)\s+(?P<wd>{_WD})|(?:the\s+)?(?:first|second|third|fourth|last)\s+(?P<wd2>{_WD})\s+of\s+"
     rf"(?:each|every|the|a)\s+month)(?!\w)", _weekday_set),
    (rf"\b(?:(?P<h>\d{{1,2}})(?::(?P<min>\d{{2}}))?\s*(?P<ampm>[ap]\.?m\.?)|(?P<named>noon|midnight))"
     rf"(?:\s+(?:[ECMP][SD]T|GMT|UTC|ET|local time))?,?\s+(?:(?P<deictic>yesterday|today|tomorrow)|(?:on\s+)?(?P<wd>{_WD})"
     rf"|(?P<month>{_M})\s+(?P<day>\d{{1,2}}))(?!\w)", _clock_on_day),
    (r"\b(?P<h>\d{1,2})(?::(?P<min>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)(?![\w])", _clock_time),
    (rf"(?<![\d,.$£€])(?:(?:in|since|by|until|of|from|during|before|after|through)\s+)?\b(?P<year>{_YEAR})\b(?![\d%]|[,.]\d|\s*(?:percent|people|dead|troops|soldiers|units))", _year),
    (rf"(?:the\s+year\s+|\b(?=nineteen\s))(?P<year>{_SPOKEN_YEAR})", _year),
    (r"\b(?:now|currently|recently|right now|at present|the present|these days|the future|the past|a later date"
     r"|(?:future|coming)\s+quarters|the\s+(?:near|distant)\s+future|the\s+(?:near|short|long)\s+term)\b", _ref_word),
    (r"(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century\b", _century),
    (r"the\s+(?P<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", _spoken_decade),
    (r"the\s+current\s+quarter\b", _current_quarter),
    (r"(?:(?P<step>the\s+(?:following|next|previous))|(?:(?:later|earlier)\s+)?that(?:\s+same)?)\s+(?P<unit>year|month|day)\b",
     _anaphoric_period),
    (rf"the\s+(?:following|next|previous)\s+(?P<wd>{_WD})(?!\w)", _anaphoric_period),
    (r"\b(?:(?P<mod>this|last|next|the)\s+)weekend\b", _weekend),
    (r"\b(?:(?P<mod>last|next|this)\s+)?(?P<name>christmas eve|christmas day|christmas|new year's eve|new year's day|independence day|"
     r"thanksgiving day|thanksgiving|halloween|valentine's day)\b", _holiday),
    (rf"(?P<month>{_M})\s+(?P<which>this|last|next)\s+year\b", _month_of_relative_year),
    # '(?!\.?\s*\d)': 'since Jan. 13' is a day, not 'since Jan' with the abbreviation's dot left over
    (rf"\b(?P<mod>early|mid|late)-(?P<month>{_M})(?!\.?\s*\d)\b", _month_alone),
    (rf"(?P<mod>last|next|this|early|late|mid|in|since|by|until|during)\s+(?P<month>{_M})(?!\.?\s*\d)\b", _month_alone),
    # a month named alone ('the figures for January', 'a June agreement'), written as a name
    # is written; not May and March, which are also a modal and a verb, nor a first name
    # ('April Ryan', 'June Carter')
    (r"(?-i:(?P<month>January|February|April|June|July|August|September|October|November|December))"
     r"(?!\s*\d)(?![\w-])(?!\s+(?-i:[A-Z][a-z]))", _month_alone),
]
# A match starts a word (find_timexes rejects any other): the look-behind fails fast inside
# words, where most positions of a text are, instead of trying every alternative there.
COMPILED = [(re.compile(rf"(?<!\w)(?:{p})", re.I), r) for p, r in PATTERNS]
_LEADING_PREPOSITION = re.compile(r"^(?:in|since|by|until|of|for|from|during|throughout|before|after|through)\s+", re.I)
_ADJECTIVAL = re.compile(r"the\s+[\w]+-[\w-]+", re.I)              # 'the two-week', 'the year-ago'
_AGO_END = re.compile(r"\bago$", re.I)
_POINT_MODIFIERS = re.compile(r"(?<![\w-])(?:early|late|earlier|later|fiscal)\s+$", re.I)
_PERIOD_EDGE = re.compile(r"(?<![\w-])the\s+(?:end|beginning|start|middle)\s+of\s+$", re.I)
_APPROXIMATE = re.compile(r"(?<![\w-])(?:nearly|almost|about|some|more\s+than)\s+$", re.I)
_AMOUNT_MODIFIERS = re.compile(r"(?<![\w-])(?:recent|several|nearly|more\s+than|less\s+than|no\s+more\s+than"
                               r"|up\s+to|at\s+least)\s+$", re.I)
# "may" the modal verb and "march" the verb are months only when a day or year is near.
_AMBIGUOUS_MONTHS = re.compile(r"^(?:may|march|sun|sat|wed)\.?$", re.I)
_SEASON_CONTEXT = re.compile(r"\b(?:in|during|since|until|by|the|early|late|mid)\s+(?:the\s+)?$", re.I)


def find_timexes(text: str, article_id: str, reference: Optional[date],
                 tense_at: Callable[[int], str] = lambda _: "present") -> list[TimeExpression]:
    ctx = Context(reference, tense_at)
    found: list[Found] = []
    taken = [False] * (len(text) + 1)
    candidates = []
    for order, (regex, resolver) in enumerate(COMPILED):
        for m in regex.finditer(text):
            if m.end() > m.start():
                candidates.append((m, resolver, order))
    # longest first, then pattern order: specific patterns beat the generic ones they contain
    candidates.sort(key=lambda c: (-(c[0].end() - c[0].start()), c[2], c[0].start()))
    for m, resolver, _ in candidates:
        start, end = m.start(), m.end()
        if any(taken[start:end]) or not _word_bounded(text, start, end):
            continue
        if _is_false_positive(m, text):
            continue
        result = resolver(m, ctx)
        if result is None:
            continue
        kind, value, granularity, anchor = result
        start = _span_start(text, start, end, kind)
        for i in range(start, end):
            taken[i] = True
        found.append(Found(start, end, kind, value, granularity, anchor))
    found.sort(key=lambda f: f.start)
    _same_period_a_year_before(found, text)
    _clock_on_last_day(found, text)
    _on_last_named(found, text)
    found = [f for f in found if not (f.anchor == "event" and f.value is None)]   # 'that day', no day named
    return [TimeExpression(article_id, (f.start, f.end), text[f.start:f.end], f.type, f.value,
                           f.granularity, f.anchor) for f in found]


_YEAR_BEFORE_RE = re.compile(r"(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:the\s+)?(?:comparable\s+)?year-(?:earlier|ago)"
                             r"(?:\s+(?:period|quarter|figure|level|results))?)", re.I)
_QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])$")
_YEARS_PERIOD_RE = re.compile(r"the\s+(\d{4})\s+(?:quarter|period)", re.I)


def _same_period_a_year_before(found: list[Found], text: str) -> None:
    """'Profit rose in the third quarter from a year earlier': the comparison is with the
    same quarter of the year before, so its value is that quarter, not the year; 'the 1988
    quarter' is that year's same quarter."""
    last_quarter = None
    for f in found:
        quarter = _QUARTER_RE.match(f.value or "")
        if quarter:
            last_quarter = (f, int(quarter.group(1)), quarter.group(2))
            continue
        if last_quarter is None or f.start - last_quarter[0].end >= 1500:
            continue
        _, year, number = last_quarter
        named_year = _YEARS_PERIOD_RE.fullmatch(text[f.start:f.end])
        if named_year:                  # 'the 1988 quarter': that year's same quarter
            f.value, f.granularity = f"{named_year.group(1)}-Q{number}", "quarter"
        elif _YEAR_BEFORE_RE.fullmatch(text[f.start:f.end]):
            f.value, f.granularity = f"{year - 1:04d}-Q{number}", "quarter"


_BARE_CLOCK_RE = re.compile(r"(?:about\s+|around\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?", re.I)


def _clock_on_last_day(found: list[Found], text: str) -> None:
    """'The bombings occurred on Friday ... The blast occurred at about 10:35 a.m.': a clock
    time with no day of its own is on the last day the story named shortly before, not on
    the day of publication."""
    last_day = None
    for f in found:
        if f.type == "DATE" and f.granularity == "day" and f.value and len(f.value) == 10:
            last_day = f
        elif f.type == "TIME" and f.anchor == "publication" and _BARE_CLOCK_RE.fullmatch(text[f.start:f.end]) \
                and last_day is not None and f.start - last_day.end < 1500:
            f.value, f.anchor = last_day.value + f.value[10:], "event"


_PERIOD_DIGITS = {"year": 4, "month": 7, "day": 10}
_STEP_RE = re.compile(r"the\s+(following|next|previous)", re.I)
_CALENDAR_VALUE_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")          # a year, month or day


def _on_last_named(found: list[Found], text: str) -> None:
    """'In 1995 he was made a general, and the following year ...': a period named by
    reference to another ('the following year', 'later that year', 'that same day') is
    counted from the last date the story named, as TimeML anchors it."""
    named: list[Found] = []
    for f in found:
        if f.anchor != "event" or f.value is not None or f.granularity not in _PERIOD_DIGITS:
            if f.value and _CALENDAR_VALUE_RE.fullmatch(f.value):
                named.append(f)
            continue
        digits = _PERIOD_DIGITS[f.granularity]
        last = next((n for n in reversed(named) if len(n.value) >= digits), None)
        if last is None:
            continue
        step = _STEP_RE.match(text, f.start)
        steps = {"following": 1, "next": 1, "previous": -1}[step.group(1).lower()] if step else 0
        word = text[step.end():f.end].strip() if step else ""
        weekday = _weekday_index(word) if re.fullmatch(_WD, word, re.I) else None
        if weekday is not None:       # 'down 4.5% from the previous Friday': the Friday before the day last named
            f.value = _weekday_from(to_date(last.value[:digits]), weekday, steps)
        else:
            f.value = _shifted(last.value[:digits], f.granularity, steps)


def _weekday_from(day: Optional[date], weekday: int, step: int) -> Optional[str]:
    """The first such weekday strictly after (step 1) or before (step -1) ``day``."""
    if day is None:
        return None
    ahead, back = (weekday - day.weekday()) % 7 or 7, (day.weekday() - weekday) % 7 or 7
    return (day + timedelta(days=ahead if step > 0 else -back)).isoformat()


def _shifted(value: str, unit: str, steps: int) -> Optional[str]:
    day = to_date(value)
    if day is None:
        return None
    if unit == "day":
        return (day + timedelta(days=steps)).isoformat()
    if unit == "month":
        index = day.year * 12 + day.month - 1 + steps
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{day.year + steps:04d}"


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


# a capitalised word inside a sentence (not its first word) right before a bare year
_NAME_BEFORE = re.compile(r"(?<=[\w,;] )([A-Z][a-z]+) $")
_ORDINAL_AFTER = re.compile(r"\s+(?!(?:later|ago|earlier|before|after|longer|more|or|and|to|of|in|too)\b)[a-z]")
_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|its)\s+(?:(?:early|mid|late)[-\s])?$", re.I)


def _is_false_positive(m: re.Match, text: str) -> bool:
    matched = m.group(0)
    if _AMBIGUOUS_MONTHS.match(matched.strip()):
        return True
    groups = m.re.groupindex
    month = m.group("month") if "month" in groups else None
    if month and _AMBIGUOUS_MONTHS.match(month) and not month[0].isupper():
        return True
    if "wd" in groups and m.group("wd") and not m.group("wd")[0].isupper():
        return True
    if "season" in groups and not (m.group("mod") or m.group("year")) and not _SEASON_CONTEXT.search(
            text[max(0, m.start() - 12):m.start()]):
        return True          # "prices would fall", "a hot spring": the verb or noun, not the season
    if "unit" in groups and "mod" in groups and m.group("mod") and _is_title(matched, text, m.start()):
        return True          # ABC's "This Week": a programme's name, not a week
    if matched.lower() in DEICTIC_DAYS and _is_title(matched, text, m.start()):
        return True          # ABC's "World News Tonight", "CBS This Morning", "USA Today": names
    if _AWARD_PERIOD.fullmatch(matched):
        return True          # 'Woman of the Year', 'Person of the Week': an honour, not a period
    if "unit" in groups and m.group("unit") and m.group("unit")[0].isupper() and m.group(0)[0].isdigit():
        return True          # CBS's "60 Minutes": a programme's name
    found = m.groupdict()
    if (found.get("num") or "").lower() in ("a", "one") and (found.get("unit") or "").lower() == "second" \
            and _ORDINAL_AFTER.match(text, m.end()):
        return True          # 'a second group', 'a second betrayal': the ordinal, not a time unit
    if "decade" in groups and _AGE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return True          # 'in his 30s': an age, not the 1930s
    name = _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()) if matched[:1].isdigit() and "year" in groups else None
    if name and not month_number(name.group(1)):
        return True          # 'a joint venture called Orion 1980', 'Euro 2016': part of a name
    if matched == "Now" and text.startswith(",", m.end()) and text[:m.start()].rstrip(" \"'`“")[-1:] in ("", ".", "!", "?", "\n"):
        return True          # 'Now, the question is ...': a turn in the argument, not the present
    return bool(_AGE_AFTER.match(text, m.end()))      # '52 years old': an age, not a period


def _is_title(matched: str, text: str, start: int) -> bool:
    """Every word capitalised, and not because a sentence, a line or a quotation starts
    there (ABC's "This Week" is a title; he said, "Today we ..." is not)."""
    before = text[max(0, start - 12):start].rstrip(" ")
    quoted = before[-1:] in ('"', "“", "‘", "'", "`")
    before = before.rstrip(" \"“‘'`")
    starts = ".!?:\n" + ("," if quoted else "")
    return all(w[:1].isupper() for w in matched.split()) and bool(before.strip()) and before[-1] not in starts


_AGE_AFTER = re.compile(r"\s+old\b", re.I)
_AWARD_PERIOD = re.compile(r"(?:(?:of|for)\s+)?the (?:Year|Week|Month|Day)")


def _span_start(text: str, start: int, end: int, kind: str) -> int:
    """Where a TIMEX3 span begins: without a governing preposition ('in 2022' -> '2022')
    or 'the' before an adjective ('the two-week strike'), but with what TimeBank puts
    inside it: 'early March', 'late yesterday', 'earlier this month', 'the end of 1990',
    'fiscal 1989', 'nearly two years', 'recent years', 'about a year ago'."""
    trimmed = _LEADING_PREPOSITION.match(text[start:end])
    if trimmed and trimmed.end() < end - start:
        start += trimmed.end()
    elif _ADJECTIVAL.fullmatch(text[start:end]):
        return start + text[start:end].index(" ") + 1
    before = text[max(0, start - 30):start]
    if kind == "DURATION":
        extensions = (_AMOUNT_MODIFIERS,)
    elif _AGO_END.search(text[start:end]):
        extensions = (_APPROXIMATE,)
    else:
        extensions = (_PERIOD_EDGE, _POINT_MODIFIERS)
    for extension in extensions:
        found = extension.search(before)
        if found:
            return start - (len(before) - found.start())
    return start


__all__ = ["find_timexes", "MONTHS"]
