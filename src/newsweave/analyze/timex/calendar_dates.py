"""Dates the text names on the calendar: 'March 6', '11/30/09', 'May 1998', '1998', the
1980s, the third quarter, the first half of 1990, spring 2019, Christmas. What the words
leave out (most often the year) is supplied from the publication date and the tense of
the verb: 'In February, a quake hit' is the February before publication."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from newsweave.analyze.timex.lexicon import SEASONS, weekday_index, year_number
from newsweave.dates import month_number


def full_date(m, ctx):
    month = month_number(m.group("month"))
    day, year = int(m.group("day")), m.group("year")
    if not month or not 1 <= day <= 31:
        return None
    if year:
        return "DATE", f"{year_number(year):04d}-{month:02d}-{day:02d}", "day", "absolute"
    if ctx.reference is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", "day", "none"
    year = _year_of_weekday(ctx.reference, month, day, m.groupdict().get("wd")) or year_for_month(ctx, m, month, day)
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}", "day", "publication"


def week_of(m, ctx):
    """'the week of March 6' is the ISO week holding that day (TIMEX3 2000-W10)."""
    day = full_date(m, ctx)
    if day is None:
        return None
    if day[1].startswith("XXXX"):
        return "DATE", "XXXX-WXX", "week", "none"
    iso = date.fromisoformat(day[1]).isocalendar()
    return "DATE", f"{iso[0]:04d}-W{iso[1]:02d}", "week", day[3]


def _year_of_weekday(ref: date, month: int, day: int, weekday: Optional[str]) -> Optional[int]:
    """'Saturday, April 25' names its year: the one, of last, this and next, where April 25
    is a Saturday."""
    wd = weekday_index(weekday) if weekday else None
    if wd is None:
        return None
    for year in (ref.year, ref.year - 1, ref.year + 1):
        try:
            if date(year, month, day).weekday() == wd:
                return year
        except ValueError:
            return None
    return None


def numeric_date(m, ctx):
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    y = y + 2000 if y < 50 else y + 1900 if y < 100 else y
    month, day = (a, b) if a <= 12 else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return "DATE", f"{y:04d}-{month:02d}-{day:02d}", "day", "absolute"


def iso_date(m, ctx):
    return "DATE", m.group(0)[:10], "day", "absolute"


def month_year(m, ctx):
    month = month_number(m.group("month"))
    return ("DATE", f"{year_number(m.group('year')):04d}-{month:02d}", "month", "absolute") if month else None


def month_alone(m, ctx):
    month = month_number(m.group("month"))
    if not month:
        return None
    if ctx.reference is None:
        return "DATE", f"XXXX-{month:02d}", "month", "none"
    year = year_for_month(ctx, m, month, None, modifier=(m.groupdict().get("mod") or "").lower())
    return "DATE", f"{year:04d}-{month:02d}", "month", "publication"


def month_of_relative_year(m, ctx):
    """'July last year', 'April next year': the year is said outright."""
    month = month_number(m.group("month"))
    if not month or ctx.reference is None:
        return ("DATE", f"XXXX-{month:02d}", "month", "none") if month else None
    year = ctx.reference.year + {"this": 0, "last": -1, "next": 1}[m.group("which").lower()]
    return "DATE", f"{year:04d}-{month:02d}", "month", "publication"


def year_for_month(ctx, m: re.Match, month: int, day: Optional[int], modifier: str = "") -> int:
    """A month (and day) without a year: 'last'/'next'/'this' say which. Otherwise the
    verb's tense decides ('In February, a quake hit': the February past; 'since' looks
    back whatever the verb: 'have been searching since the Oct. 23 slaying'), unless the date
    is a term ('extended to Nov. 20', 'payable Jan. 2', 'by February'): that looks ahead
    whatever the tense, so the occurrence nearest the reference date wins. The date of a
    fixture ('an April 15 deadline', 'the Nov. 8 election', 'the election in November') is its own,
    not its sentence's: told in the past it is the nearest ('the nominee for the Nov. 8
    election later said', in July: the coming one); otherwise it is the one to come ('may not
    be completed by the Nov. 8 election', in April) unless the last one is half a year nearer
    ('compared with the October debate', in November)."""
    ref = ctx.reference
    year = ref.year
    if modifier == "last":          # 'last June', written in June, is the June before
        return year - 1 if (month, day or 32) >= (ref.month, ref.day) else year
    if modifier == "next":
        return year + 1 if (month, day or 0) <= (ref.month, ref.day) else year
    if modifier == "this":
        return year
    before = m.string[max(0, m.start() - 30):m.start()].lower().split()
    since = after_since(m)
    tense = "past" if since else ctx.tense_at(m.start())
    planned = PLANNED_RE.search(m.string, max(0, m.start() - 60), m.start())
    lean = 0 if (before and before[-1] in _TERM_WORDS) or planned else TENSE_LEAN_DAYS
    if tense != "future" and not since and _fixture_date(m, tense):
        tense, lean = ("past", 0) if tense == "past" else ("future", FIXTURE_LEAN_DAYS)

    def cost(candidate: int) -> float:
        try:
            gap = (date(candidate, month, day or 15) - ref).days
        except ValueError:
            return float("inf")
        against = (tense == "past" and gap > 0) or (tense == "future" and gap < 0)
        return abs(gap) + (lean if against else 0)
    return min((year, year - 1, year + 1), key=cost)


def _fixture_date(m: re.Match, tense: str) -> bool:
    """Whether the date is a fixture's: before it ('the Nov. 8 election'), or after it when
    the sentence is not told in the past ('can win the general election in November'). Told
    in the past, what it tells may have happened at the fixture ('lit into at a debate in
    August'), and the verb's tense dates it."""
    return bool(_FIXTURE_AFTER_RE.match(m.string, m.end()) or tense != "past"
                and _FIXTURE_BEFORE_RE.search(m.string, max(0, m.start() - 40), m.start()))


TENSE_LEAN_DAYS = 330      # against the tense, a date must be this much nearer to win
FIXTURE_LEAN_DAYS = 183    # a fixture's last occurrence must be half a year nearer than its next
_TERM_WORDS = {"to", "until", "till", "through", "by", "before", "effective", "payable", "due", "from", "starting",
               "beginning", "expires", "expire", "ending", "record"}
# What is held or falls due on a date: 'an April 15 deadline', 'the Nov. 8 general election',
# 'the Republican convention in July'
_FIXTURE = (r"(?:deadline|due\s+date|elections?|primary|primaries|caucus(?:es)?|referendum|runoff|vote|debate|hearing"
            r"|trial|sentencing|summit|meeting|conference|convention|inauguration|ceremony|launch|opening|premiere"
            r"|showdown)")
_FIXTURE_AFTER_RE = re.compile(rf"\s+(?:(?:general|presidential|special|primary|runoff|filing)\s+)?{_FIXTURE}\b", re.I)
_FIXTURE_BEFORE_RE = re.compile(rf"\b{_FIXTURE}\s+(?:(?:in|on)\s+)?$", re.I)
# What a plan is for ('the accession was planned for early March', 'a summit set for
# Washington in April'): the date of the plan's target, so the nearest occurrence, whatever
# the tense of the planning. No sentence break or comma between the two.
PLANNED_RE = re.compile(r"\b(?:planned|scheduled|slated|set|due|expected)\s+(?:for|to|in)\b[^.;,!?]{0,40}$", re.I)


def after_since(m: re.Match) -> bool:
    """'since (shortly after) the Oct. 23 slaying', 'since year-end': it looks back."""
    return "since" in m.string[max(0, m.start() - 30):m.start()].lower().split()[-4:]


def bare_year(m, ctx):
    return "DATE", f"{year_number(m.group('year')):04d}", "year", "absolute"


def numbered_decade(m, ctx):
    """'the 1980s' ("198": TIMEX3 truncates), 'the ’90s' (as 'the nineties')."""
    digits = m.group("decade")
    if len(digits) == 2:
        return _latest_decade_begun(int(digits) // 10, ctx)
    return "DATE", digits[:3], "decade", "absolute"


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def spoken_decade(m, ctx):
    """'the nineties': the latest such decade that has begun by the reference date (in 2026,
    'the twenties' are the 2020s; in 1998, the 1920s)."""
    return _latest_decade_begun(_DECADE_WORDS[m.group("tens").lower()], ctx)


def _latest_decade_begun(tens: int, ctx):
    ref_year = ctx.reference.year if ctx.reference else 1999         # undated: the 1900s
    century = ref_year // 100 if ref_year % 100 >= tens * 10 else ref_year // 100 - 1
    return "DATE", f"{century}{tens}", "decade", "publication" if ctx.reference else "none"


def named_quarter(m, ctx):
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


def half_year(m, ctx):
    """'the last half of 1989', 'the first two quarters of 1990': a half year (1990-H1)."""
    year = m.group("year")
    if year is None:
        if ctx.reference is None:
            return None
        year = ctx.reference.year + {"next": 1, "last": -1}.get((m.group("rel") or "").lower(), 0)
    half = 1 if m.group("which").lower() == "first" else 2
    return "DATE", f"{int(year):04d}-H{half}", "half", "absolute" if m.group("year") else "publication"


def numbered_century(m, ctx):
    """'the 20th century' -> '19', TIMEX3's truncated year."""
    return "DATE", f"{int(m.group('n')) - 1:02d}", "century", "absolute"


def named_season(m, ctx):
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


_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's eve": (12, 31),
             "new year's day": (1, 1), "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14)}


def holiday(m, ctx):
    name = m.group("name").lower()
    if ctx.reference is None:
        return "DATE", None, "day", "none"
    modifier = (m.group("mod") or "").lower()
    if name.startswith("thanksgiving"):                  # the fourth Thursday of November
        year = year_for_month(ctx, m, 11, 25, modifier)
        first = date(year, 11, 1)
        day = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return "DATE", day.isoformat(), "day", "publication"
    month, dom = _HOLIDAYS[name]
    return "DATE", f"{year_for_month(ctx, m, month, dom, modifier):04d}-{month:02d}-{dom:02d}", "day", "publication"
