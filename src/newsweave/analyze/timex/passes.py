"""Passes over a document's expressions once all are found, for those whose value leans
on another one the story named before them: 'the following year' after '1995', 'a year
earlier' after 'the third quarter', a clock time after 'on Friday'."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from newsweave.analyze.timex.context import Found
from newsweave.analyze.timex.lexicon import MONTH, SENTENCE_END, WEEKDAY, ZONE, weekday_index
from newsweave.dates import to_date


def anaphoric_period(m, ctx):
    """'the following year', 'later that year', 'that same day', 'the previous Friday':
    resolved by :func:`on_last_named` against the last date the story named."""
    return "DATE", None, "day" if m.groupdict().get("wd") else m.group("unit").lower(), "event"


_YEAR_BEFORE_RE = re.compile(r"(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:the\s+)?(?:comparable\s+)?year-(?:earlier|ago)"
                             r"(?:\s+(?:period|quarter|figure|level|results))?)", re.I)
_QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])$")
_YEARS_PERIOD_RE = re.compile(r"the\s+(\d{4})\s+(?:quarter|period)", re.I)


def same_period_a_year_before(found: list[Found], text: str) -> None:
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


_MONTH_NAME_RE = re.compile(rf"\b{MONTH}", re.I)
_CALENDAR_MONTH_RE = re.compile(r"(\d{4})-(\d\d)(?:-\d\d)?")


def month_in_the_year_named(found: list[Found], text: str, reference: Optional[date]) -> None:
    """'... in June 2005. The deputy was killed on June 24, while ...', in a report of May
    2007: a month or a day without a year, which its tense puts more than half a year back
    and in a later year than the one the story gave that same month, is in that year (the
    report is looking back on it). A recent one stays ('Iraq's invasion of Kuwait on Aug.
    2', in mid-August 1990, after 'the August 1988 cease-fire')."""
    if reference is None:
        return
    named: dict[str, int] = {}
    for f in found:
        calendar = _CALENDAR_MONTH_RE.fullmatch(f.value or "")
        if calendar is None or f.type != "DATE":
            continue
        year, month = int(calendar.group(1)), calendar.group(2)
        if f.anchor == "absolute":
            named[month] = year
        elif f.anchor == "publication" and named.get(month, year) < year \
                and _MONTH_NAME_RE.search(text, f.start, f.end) and (reference - date(year, int(month), 28)).days > _RECENT_DAYS:
            f.value = f"{named[month]:04d}{f.value[4:]}"


_RECENT_DAYS = 183


def month_in_the_sentence_year(found: list[Found], text: str) -> None:
    """'In 2008, Barack Obama's campaign began airing Spanish-language ads in mid-September':
    a sentence that opens on a year frames the months it names without one, whatever the
    tense and however far back (in a report of September 2016 this is September 2008, not a
    fortnight ahead)."""
    frame = None
    for f in found:
        if f.type == "DATE" and f.anchor == "absolute" and re.fullmatch(r"\d{4}", f.value or "") \
                and _SENTENCE_OPENING_IN_RE.search(text, max(0, f.start - 14), f.start):
            frame = f
        elif frame is not None and SENTENCE_END.search(text, frame.end, f.start):
            frame = None
        elif frame is not None and f.type == "DATE" and f.anchor == "publication" \
                and _CALENDAR_MONTH_RE.fullmatch(f.value or "") and _MONTH_NAME_RE.search(text, f.start, f.end):
            f.value = frame.value + f.value[4:]


_SENTENCE_OPENING_IN_RE = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)(?:(?:But|And|Yet|So|Back|Then)\s+)?[Ii]n\s+$")


_BARE_CLOCK_RE = re.compile(rf"(?:about\s+|around\s+)?(?:\d{{1,2}}(?::\d{{2}})?\s*[ap]\.?m\.?|\d{{1,2}}:?\d{{2}}|noon|midnight)"
                            rf"(?:\s+{ZONE})?", re.I)


def clock_on_last_day(found: list[Found], text: str) -> None:
    """'The bombings occurred on Friday ... The blast occurred at about 10:35 a.m.': a clock
    time with no day of its own is on the day named just after it, past its conversion ('at
    about 10:35 a.m. (0735 GMT) Friday'), else on the last day the story named shortly
    before, not on the day of publication. A clock alone on its line is a live page's time
    stamp ('___.\n\n2 p.m.\n\nHillary Clinton is ...'): it stays on the day of publication,
    and so do the clocks of its entry that name no day."""
    last_day = None
    for f, after in zip(found, [*found[1:], None]):
        if _is_day(f):
            last_day = f
            continue
        if f.type != "TIME" or f.anchor != "publication" or not _BARE_CLOCK_RE.fullmatch(text[f.start:f.end]):
            continue
        if _alone_on_its_line(text, f):
            last_day = None                 # a new entry of a live page
            continue
        day = after if after is not None and _is_day(after) and _JUST_BEFORE_RE.fullmatch(
            text, f.end, after.start) else last_day
        if day is not None and f.start - day.end < 1500:
            f.value, f.anchor = day.value[:10] + f.value[10:], "event"


_JUST_BEFORE_RE = re.compile(r"\s*(?:\([^()\n]{1,25}\))?\s*,?\s*(?:on\s+)?")    # ' (0735 GMT) ', ' on '


def _alone_on_its_line(text: str, f: Found) -> bool:
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    rest = text[f.end:] if line_end < 0 else text[f.end:line_end]
    return not text[line_start:f.start].strip() and not rest.strip(" \t.")


_PART_OF_DAY_RE = re.compile(r"\d{4}-\d\d-\d\dT[A-Z]{2}")          # 'tonight', 'Tuesday night'


def _is_day(f: Found) -> bool:
    """A day named, or a part of one ('tonight's Kelly File at 9 p.m.')."""
    if not f.value or f.granularity != "day":
        return False
    return f.type == "DATE" and len(f.value) == 10 or f.type == "TIME" and bool(_PART_OF_DAY_RE.fullmatch(f.value))


_PERIOD_DIGITS = {"year": 4, "month": 7, "day": 10}
_STEP_RE = re.compile(r"the\s+(following|next|previous)", re.I)
# a year, month or day; or some day ('One Sunday in late 2001'), after which 'the next day' has no date
_CALENDAR_VALUE_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?|XXXX-WXX-\d")


def on_last_named(found: list[Found], text: str) -> None:
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
        weekday = weekday_index(word) if re.fullmatch(WEEKDAY, word, re.I) else None
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
