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

from newsweave.analyze.quotes.lexicon import CLOSING_MARKS, DOUBLED_MARKS, OPENING_MARKS, quotation_spans
from newsweave.analyze.timex.context import Context, Found
from newsweave.analyze.timex.edges import is_false_positive, span_start, word_bounded
from newsweave.analyze.timex.lexicon import DEICTIC_DAYS
from newsweave.analyze.timex.passes import (
    clock_on_last_day, month_in_the_sentence_year, month_in_the_year_named, on_last_named,
    same_period_a_year_before)
from newsweave.analyze.timex.patterns import COMPILED, LOWERCASE_TWINS
from newsweave.model import Mention, TimeExpression

__all__ = ["find_timexes", "outside_names", "DEICTIC_DAYS"]


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


def outside_names(timexes: list[TimeExpression], mentions: list[Mention], text: str) -> list[TimeExpression]:
    """The time expressions that are no part of a name the entity model found: not a
    person's ('Jill June', 'referee Tony Weeks'), not a capitalised span or recurrence in
    any name ('the N. Y. Daily News', 'a Second Circuit judge'), not in a title written as a
    whole quotation ('“Sunday Morning Futures,”', '"Back to the Future"')."""
    quotations = quotation_spans(text)
    return [t for t in timexes if not any(_part_of_name(t, m, text, quotations) for m in mentions)]


_ARTICLES = ("a", "an", "the")


def _part_of_name(timex: TimeExpression, mention: Mention, text: str, quotations) -> bool:
    (start, end), (name_start, name_end) = timex.span, mention.span
    if not (name_start <= start and end <= name_end and name_end - name_start > end - start):
        return False
    if mention.type == "PERSON":
        return True
    if timex.type in ("DURATION", "SET") and all(w[:1].isupper() for w in timex.text.split()
                                                 if w[:1].isalpha() and w.lower() not in _ARTICLES):
        return True
    return mention.type == "WORK_OF_ART" and any(_all_of(text, q, mention.span) for q in quotations)


def _all_of(text: str, quotation: tuple[int, int], span: tuple[int, int]) -> bool:
    """Whether the words are all the quotation holds but its marks; a title may keep its
    sentence's comma inside them ('“A Very Clinton Christmas,”')."""
    (start, end), (name_start, name_end) = quotation, span
    return start <= name_start and name_end <= end and not text[start:name_start].strip(_MARKS) \
        and not text[name_end:end].strip(_MARKS + ",.!?")


_MARKS = OPENING_MARKS + CLOSING_MARKS + "".join(DOUBLED_MARKS)      # the quote reader's marks


def _matches(regex, twin, text: str, lowered: str):
    """The pattern's matches in ``text``: found by its lower-case twin in ``lowered``, then
    matched again where each starts, so that a match reads the text as written (its capitals
    tell 'May' the month from 'may')."""
    if twin is None or len(lowered) != len(text):       # lower-casing changed a length: 'İ'
        return regex.finditer(text)
    return filter(None, (regex.match(text, m.start()) for m in twin.finditer(lowered)))
