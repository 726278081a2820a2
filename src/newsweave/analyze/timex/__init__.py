"""Time expressions: find them, then resolve each against the article's publication date.

Finding is a set of patterns (absolute dates, weekdays, deictic words, durations, sets,
decades, quarters...). Resolution is ours, not dateparser's: a weekday in a past-tense
sentence is the last such day before publication, in a future-tense one the next; a
month without a year takes the publication year; "last week" is an ISO week. Values
follow TIMEX3 (``2025-09-03``, ``2025-W36``, ``P3Y``, ``XXXX-WXX-2``, ``PAST_REF``), so
the output can be scored with the TempEval-3 scorer.

Where each part lives: ``patterns.py`` (what is found, and by which resolver),
``calendar_dates.py`` (dates named on the calendar, a missing year supplied),
``relative_dates.py`` (counted from publication: weekdays, 'yesterday', 'last week',
'two years ago', clock times), ``durations.py`` (spans and recurrences), ``passes.py``
(values that lean on a date named earlier in the story), ``edges.py`` (what is no time
expression, and where a span begins), ``lexicon.py`` (the words and number readers).
"""
from __future__ import annotations

from datetime import date
from typing import Callable, Optional

from newsweave.analyze.timex.context import Context, Found
from newsweave.analyze.timex.edges import is_false_positive, span_start, word_bounded
from newsweave.analyze.timex.lexicon import DEICTIC_DAYS
from newsweave.analyze.timex.passes import (
    clock_on_last_day, month_in_the_sentence_year, month_in_the_year_named, on_last_named,
    same_period_a_year_before)
from newsweave.analyze.timex.patterns import COMPILED, LOWERCASE_TWINS
from newsweave.model import TimeExpression

__all__ = ["find_timexes", "DEICTIC_DAYS"]


def find_timexes(text: str, article_id: str, reference: Optional[date],
                 tense_at: Callable[[int], str] = lambda _: "present") -> list[TimeExpression]:
    ctx = Context(reference, tense_at)
    found: list[Found] = []
    taken = [False] * (len(text) + 1)
    candidates = []
    lowered = text.lower()
    for order, ((regex, resolver), twin) in enumerate(zip(COMPILED, LOWERCASE_TWINS)):
        for m in _matches(regex, twin, text, lowered):
            if m.end() > m.start():
                candidates.append((m, resolver, order))
    # longest first, then pattern order: specific patterns beat the generic ones they contain
    candidates.sort(key=lambda c: (-(c[0].end() - c[0].start()), c[2], c[0].start()))
    for m, resolver, _ in candidates:
        start, end = m.start(), m.end()
        if any(taken[start:end]) or not word_bounded(text, start, end):
            continue
        if is_false_positive(m, text):
            continue
        result = resolver(m, ctx)
        if result is None:
            continue
        kind, value, granularity, anchor = result
        start = span_start(text, start, end, kind)
        for i in range(start, end):
            taken[i] = True
        found.append(Found(start, end, kind, value, granularity, anchor))
    found.sort(key=lambda f: f.start)
    same_period_a_year_before(found, text)
    month_in_the_year_named(found, text, reference)
    month_in_the_sentence_year(found, text)
    clock_on_last_day(found, text)
    on_last_named(found, text)
    found = [f for f in found if not (f.anchor == "event" and f.value is None)]   # 'that day', no day named
    return [TimeExpression(article_id, (f.start, f.end), text[f.start:f.end], f.type, f.value,
                           f.granularity, f.anchor) for f in found]


def _matches(regex, twin, text: str, lowered: str):
    """The pattern's matches in ``text``: found by its lower-case twin in ``lowered``, then
    matched again where each starts, so that a match reads the text as written (its capitals
    tell 'May' the month from 'may')."""
    if twin is None or len(lowered) != len(text):       # lower-casing changed a length: 'İ'
        return regex.finditer(text)
    return filter(None, (regex.match(text, m.start()) for m in twin.finditer(lowered)))
