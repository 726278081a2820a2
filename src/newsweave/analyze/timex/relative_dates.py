"""Times counted from the publication date: weekdays ('on Tuesday', by the verb's tense),
'yesterday', 'last week', 'this quarter', 'two years ago', 'the weekend', clock times,
and 'now' or 'in the past' (TIMEX3's PRESENT_REF, PAST_REF)."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from newsweave.analyze.timex.calendar_dates import PLANNED_RE, after_since, year_for_month
from newsweave.analyze.timex.lexicon import (
    DEICTIC_DAYS, PARTS_OF_DAY, SEASONS, SMALLER_UNITS, parse_number, unit_name, weekday_index)
from newsweave.dates import month_number


def named_weekday(m, ctx):
    wd = weekday_index(m.group("wd"))
    if wd is None:
        return None
    if ctx.reference is None or _SOME_DAY_BEFORE.search(m.string, max(0, m.start() - 5), m.start()):
        return "DATE", f"XXXX-WXX-{wd + 1}", "day", "none"      # 'One Sunday in late 2001': some Sunday
    modifier = (m.group("mod") or "").lower()
    tense = {"last": "past", "next": "future", "this": "present"}.get(modifier) or _planned_or_tense(m, ctx)
    if _NAMED_DAY_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return _named_day(ctx.reference, wd, tense)
    day = _resolve_weekday(ctx.reference, wd, tense)
    if modifier in ("last", "next") and day == ctx.reference:       # 'last Wednesday', said on a Wednesday
        day += timedelta(days=-7 if modifier == "last" else 7)
    day = day.isoformat()
    part = PARTS_OF_DAY.get((m.group("part") or "").lower())
    return ("TIME", f"{day}T{part}", "day", "publication") if part else ("DATE", day, "day", "publication")


_SOME_DAY_BEFORE = re.compile(r"\b[Oo]ne\s+$")
# the first word of a day's name: 'Super Tuesday' is the primaries' day, which its weekday does not date
_NAMED_DAY_BEFORE = re.compile(r"\b(?:Super|Mini-Super|Patch|Black|Cyber|Giving|Fat|Bloody|Good|Holy|Maundy|Ash|Palm|Easter)"
                               r"[ -]$")


def _named_day(reference: date, weekday: int, tense: str):
    """'Super Tuesday', 'Patch Tuesday', 'Black Friday': a day with a name of its own, which
    the nearest such weekday does not date ('Super Tuesday' in a report of Tuesday 9
    February 2016 is 1 March). Only a report of that very day telling it as done or doing
    ('Clinton is marking several Super Tuesday victories', 1 March), or of the day after
    telling it as done, dates it; otherwise it has no value and no expression is given."""
    since = (reference.weekday() - weekday) % 7
    if since == 0 and tense != "future" or since == 1 and tense == "past":
        return "DATE", (reference - timedelta(days=since)).isoformat(), "day", "publication"
    return None


def _planned_or_tense(m, ctx) -> str:
    """The verb's tense, but a plan told in the past ('a bail hearing was scheduled for
    Wednesday', in Monday's paper) is for the nearest such day, which may be still to come."""
    tense = ctx.tense_at(m.start())
    if tense == "past" and PLANNED_RE.search(m.string, max(0, m.start() - 60), m.start()):
        return "present"
    return tense


def _resolve_weekday(ref: date, weekday: int, tense: str) -> date:
    delta = weekday - ref.weekday()
    if tense == "past":
        return ref + timedelta(days=delta if delta <= 0 else delta - 7)
    if tense == "future":
        return ref + timedelta(days=delta if delta >= 0 else delta + 7)
    if delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    return ref + timedelta(days=delta)


_PART_BEFORE_DAY_RE = re.compile(r"(?:mid-?|early |late )?(morning|afternoon|evening) (yesterday|today|tomorrow)$")


def deictic_day(m, ctx):
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


def relative_period(m, ctx):
    """this/last/next/earlier this/later this + week/month/year/quarter/season."""
    mod = re.sub(r"\s+", " ", m.group("mod").lower())
    unit = m.group("unit").lower()
    if ctx.reference is None:
        return "DATE", None, unit if unit in ("week", "month", "year") else "unknown", "none"
    step = -1 if mod in ("last", "past", "previous") else 1 if mod in ("next", "coming") else 0
    ref = ctx.reference
    if unit == "week" and mod == "past" and ref.weekday() >= 5:
        step = 0            # 'this past week' in a weekend paper: the seven days up to it, this week
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


def weekend(m, ctx):
    """'the weekend' just past (or coming, when the verb says so): its ISO week and WE."""
    if ctx.reference is None:
        return "DATE", "XXXX-WXX-WE", "week", "none"
    mod = (m.group("mod") or "").lower()
    tense = {"last": "past", "next": "future", "this": "present"}.get(mod) or ctx.tense_at(m.start())
    saturday = _resolve_weekday(ctx.reference, 5, tense)
    iso = saturday.isocalendar()
    return "DATE", f"{iso[0]:04d}-W{iso[1]:02d}-WE", "week", "publication"


def ago(m, ctx):
    n = parse_number(m.group("num"))
    unit = unit_name(m.group("unit"))
    if ctx.reference is None or n is None or unit not in ("day", "week", "month", "year"):
        return "DATE", "PAST_REF", "unknown", "none"
    if n != int(n) and unit in ("year", "month", "week"):       # 'half a year ago': six months ago
        unit, n = SMALLER_UNITS[unit][0], round(n * SMALLER_UNITS[unit][1])
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


def year_earlier(m, ctx):
    """'the year-earlier period': the same period a year before (made a quarter below
    when the sentence names one)."""
    if ctx.reference is None:
        return "DATE", "PAST_REF", "unknown", "none"
    return "DATE", f"{ctx.reference.year - 1:04d}", "year", "publication"


def current_quarter(m, ctx):
    if ctx.reference is None:
        return "DATE", None, "quarter", "none"
    return "DATE", f"{ctx.reference.year:04d}-Q{(ctx.reference.month - 1) // 3 + 1}", "quarter", "publication"


def last_quarter(m, ctx):
    """'the quarter' in a results report is the last completed one."""
    if ctx.reference is None:
        return "DATE", None, "quarter", "none"
    index = ctx.reference.year * 4 + (ctx.reference.month - 1) // 3 - 1
    return "DATE", f"{index // 4:04d}-Q{index % 4 + 1}", "quarter", "publication"


def current_year(m, ctx):
    """'by year-end', 'the current fiscal year', 'the full year', 'for the year', 'the first
    nine months of the year': the year of the report ('since year-end': the one before;
    'since the start of the year': this one)."""
    if ctx.reference is None:
        return "DATE", None, "year", "none"
    since_its_end = after_since(m) and "end" in m.group(0).lower()
    return "DATE", f"{ctx.reference.year - since_its_end:04d}", "year", "publication"


def reference_word(m, ctx):
    word = m.group(0).lower()
    if word in ("now", "currently", "right now", "at present", "the present", "these days"):
        return "DATE", "PRESENT_REF", "unknown", "publication"
    if "future" in word or word.endswith(("quarters", " term")) or word == "a later date":
        return "DATE", "FUTURE_REF", "unknown", "none"
    return "DATE", "PAST_REF", "unknown", "none"


def clock_on_day(m, ctx):
    """'10 p.m. Wednesday', 'noon Thursday', '5 p.m. EST Nov. 9': a time on a named day."""
    clock = _clock(m)
    if clock is None or _converted(m) or m.group("h24") and not (m.group("zone") or m.group("sep")):
        return None
    if ctx.reference is None:
        return "TIME", f"XXXX-XX-XXT{clock}", "minute", "none"
    ref = ctx.reference
    if m.group("deictic"):
        day = ref + timedelta(days=DEICTIC_DAYS[m.group("deictic").lower()])
    elif m.group("wd"):
        wd = weekday_index(m.group("wd"))
        if wd is None:
            return None
        day = _resolve_weekday(ref, wd, ctx.tense_at(m.start()))
    else:
        month, dom = month_number(m.group("month")), int(m.group("day"))
        if not month or not 1 <= dom <= 31:
            return None
        try:
            day = date(year_for_month(ctx, m, month, dom), month, dom)
        except ValueError:
            return None
    return "TIME", f"{day.isoformat()}T{clock}", "minute", "publication"


_PREPOSITION_BEFORE = re.compile(r"\b(?:at|by|until|till|around|about|after|before|past|from|since|near|toward|towards)\s+$")


def _converted(m) -> bool:
    """A 24-hour clock opening a bracket is the time before it converted ('at about
    10:35 a.m. (0735 GMT) Friday', '6:41pm PST this evening (0241 GMT Friday)')."""
    return bool(m.group("h24")) and m.string.endswith("(", 0, m.start())


def _clock(m) -> Optional[str]:
    found = m.groupdict()
    named = (found.get("named") or "").lower()
    if named:
        return "12:00" if named == "noon" else "24:00"
    if found.get("h24"):
        return f"{int(found['h24']):02d}:{found['min24']}"
    hour, minute = int(m.group("h")), int(m.group("min") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}" if hour <= 23 and minute <= 59 else None


def clock_time(m, ctx):
    """'10:35 a.m.', 'at noon', '0630 GMT', 'at 14:30': a time on the day of publication.
    'Noon' or 'midnight' alone only after a preposition ('the midnight regulations' are no
    time), a 24-hour clock with no zone only in two digits after 'at' ('stopped the fight
    at 2:56' tells a round's clock)."""
    clock = _clock(m)
    before = m.string[max(0, m.start() - 12):m.start()].lower()
    if clock is None or _converted(m):
        return None
    if m.group("named") and not _PREPOSITION_BEFORE.search(before):
        return None
    if m.group("h24") and not m.group("zone") and not (
            m.group("sep") and len(m.group("h24")) == 2 and before.endswith("at ")):
        return None
    day = ctx.reference.isoformat() if ctx.reference else "XXXX-XX-XX"
    return "TIME", f"{day}T{clock}", "minute", "publication" if ctx.reference else "none"
