"""How long and how often: 'three years' (P3Y), 'two and a half years' (P2Y6M), 'a
decades-long feud', 'the past two quarters', 'every Tuesday' (XXXX-WXX-2), 'each July'.
A span is never a point: 'for three years' says nothing of when."""
from __future__ import annotations

import re
from typing import Optional

from newsweave.analyze.timex.lexicon import SMALLER_UNITS, UNIT_CODES, parse_number, unit_name, weekday_index
from newsweave.dates import month_number


def duration(m, ctx):
    """'three weeks', 'the past two years'; a range, 'two or three weeks', says no one number (PXW)."""
    n = None if m.groupdict().get("num_to") else parse_number(m.group("num"))
    unit = unit_name(m.group("unit"))
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
    if n != int(n) and unit in SMALLER_UNITS:
        smaller, per = SMALLER_UNITS[unit]
        parts.append((round((n - int(n)) * per), smaller))
    return _iso_duration(parts)


def _iso_duration(parts: list[tuple[int, str]]) -> str:
    """[(2, 'year'), (6, 'month')] -> 'P2Y6M'; [(5, 'hour'), (30, 'minute')] -> 'PT5H30M'."""
    day_part = "".join(f"{n}{UNIT_CODES[u][0]}" for n, u in parts if not UNIT_CODES[u][1])
    time_part = "".join(f"{n}{UNIT_CODES[u][0]}" for n, u in parts if UNIT_CODES[u][1])
    return "P" + day_part + (f"T{time_part}" if time_part else "")


def span_of_quarters(m, ctx):
    """'the past two quarters', 'three straight quarters': a span of quarters (P2Q)."""
    return "DURATION", _duration_value(parse_number(m.group("num") or m.group("num2")), "quarter"), "quarter", "none"


def recent_decade(m, ctx):
    """'over the past decade', 'the next century': the span up to (or from) now."""
    unit = unit_name(m.group("unit"))
    return "DURATION", _duration_value(1, unit), unit, "none"


def accounting_year(m, ctx):
    """'the year ended Aug. 31': a twelve-month period closing on that day, not a calendar year."""
    return "DURATION", "P1Y", "year", "none"


def lasting(m, ctx):
    """'a day-long strike', 'a decades-long feud', 'a two-week-long trip': how long it lasts."""
    if m.group("num"):
        return duration(m, ctx)
    unit = unit_name(m.group("unit"))
    return "DURATION", _duration_value(None if m.group("unit").lower().endswith("s") else 1, unit), unit, "none"


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall)\s+$", re.I)


def some_day(m, ctx):
    """'Islam will one day be the second largest religion': some day to come, not a span of
    one day (None otherwise: the duration reading takes it)."""
    return ("DATE", "FUTURE_REF", "unknown", "none") if _MODAL_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) else None


def plural_duration(m, ctx):
    unit = unit_name(m.group("unit"))
    return "DURATION", _duration_value(None, unit), unit, "none"


_SET_CODES = {"day": "P1D", "daily": "P1D", "week": "P1W", "weekly": "P1W", "month": "P1M", "monthly": "P1M",
              "year": "P1Y", "hour": "PT1H", "hourly": "PT1H", "quarter": "P3M"}


def recurrence(m, ctx):
    return "SET", _SET_CODES[m.group(0).lower().split()[-1]], "unknown", "none"


def spaced_recurrence(m, ctx):
    """'every three years': a recurrence (TIMEX3 SET P3Y), not a stretch of three years."""
    return "SET", _duration_value(parse_number(m.group("num")), unit_name(m.group("unit"))), "unknown", "none"


def weekday_recurrence(m, ctx):
    """'every Tuesday', 'the second Tuesday of each month': a recurrence, not a day."""
    wd = weekday_index(m.group("wd") or m.group("wd2"))
    return None if wd is None else ("SET", f"XXXX-WXX-{wd + 1}", "unknown", "none")


def month_recurrence(m, ctx):
    """'each July': a month every year (TIMEX3 SET XXXX-07), not the next July."""
    return "SET", f"XXXX-{month_number(m.group('month')):02d}", "unknown", "none"
