"""The patterns that find time expressions, each with its resolver, most specific first:
when two overlap, the longer wins, then the earlier in this list."""
from __future__ import annotations

import re
from typing import Optional

from newsweave.analyze.timex.calendar_dates import (
    bare_year, full_date, half_year, holiday, iso_date, month_alone, month_of_relative_year, month_year,
    named_quarter, named_season, numbered_century, numbered_decade, numeric_date, spoken_decade, week_of)
from newsweave.analyze.timex.context import Resolver
from newsweave.analyze.timex.durations import (
    accounting_year, duration, lasting, month_recurrence, plural_duration, recent_decade, recurrence, some_day,
    spaced_recurrence, span_of_quarters, weekday_recurrence)
from newsweave.analyze.timex.lexicon import ANY_YEAR, MONTH, MONTH_NAME, NUM, SPOKEN_YEAR, UNIT, WEEKDAY, YEAR, ZONE
from newsweave.analyze.timex.passes import anaphoric_period
from newsweave.analyze.timex.relative_dates import (
    ago, clock_on_day, clock_time, current_quarter, current_year, deictic_day, last_quarter, named_weekday,
    reference_word, relative_period, weekend, year_earlier)


# A 24-hour clock ('14:30', '0630'): a time only with its zone ('0630 GMT', '14:30 local
# time') or in two digits with a colon (see clock_time).
CLOCK_24H = r"(?P<h24>[01]?\d|2[0-3])(?P<sep>:?)(?P<min24>[0-5]\d)(?!:\d)"      # not a race time, '2:10:30'

PATTERNS: list[tuple[str, Resolver]] = [
    (rf"the\s+week\s+of\s+(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>{YEAR}))?(?!\d)", week_of),
    (rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>{YEAR}))?(?!\d)", full_date),
    (rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?(?!\d)", full_date),
    # '11/30/09', and as tokenised text spaces it ('16 / 08 / 2011'): one separator throughout
    (r"(?P<a>\d{1,2})(?P<sep>[/.]| / )(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/.])", numeric_date),
    (r"\b\d{4}-\d{2}-\d{2}(?:T[\d:]+)?", iso_date),
    (rf"(?P<month>{MONTH})(?:\s+of)?,?\s+(?P<year>{ANY_YEAR})\b", month_year),
    (rf"(?:the\s+)?(?:(?P<rel>this|last|next)\s+year['’]s\s+|(?P<ago>year-(?:ago|earlier))\s+)?(?:fiscal\s+)?"
     rf"(?:(?P<year_before>{YEAR})\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)"
     r"[\s-]quarter(?:\s+of\s+(?P<year>\d{4}))?", named_quarter),
    (rf"the\s+(?P<year>{YEAR})\s+(?:quarter|period)\b", bare_year),
    (rf"(?:the\s+)?(?P<which>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+"
     rf"(?:(?P<year>{YEAR})|(?P<rel>this|next|last)\s+year|the\s+year)\b", half_year),
    # not 'three quarters of the vote': a share, not a time
    (rf"(?:the\s+)?(?:(?:past|last|next|coming|previous|first|final)\s+(?P<num>{NUM})|(?P<num2>{NUM})\s+(?:consecutive|straight))"
     r"\s+quarters(?!\s+of\b)(?![\w-])", span_of_quarters),
    (r"(?:the\s+)?(?:past|last|next|coming)\s+(?P<unit>decade|century)\b", recent_decade),
    # not 'the quarter of Democratic caucus voters' (a share) or 'the quarter-century-old brigade'
    (r"the\s+(?:(?:latest\s+|most\s+recent\s+|just-ended\s+)?quarter(?!-century|\s+of\b)|(?:latest|most\s+recent)\s+period)\b",
     last_quarter),
    (r"the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending|ends)\b)", accounting_year),
    (r"(?:the\s+end\s+of\s+the\s+year|year[-\s]end|year's\s+end|the\s+(?:current|full)\s+(?:fiscal\s+)?year"
     r"|(?:earlier|later)\s+in\s+the\s+year"
     r"|(?:for|of|during|throughout)\s+the\s+year(?!\s+(?:ended|ending|ends|before|after|earlier|ago|to)\b|\s*\d|['’]s))(?![\w-])",
     current_year),
    (rf"(?:(?P<mod>this|last|next|past|coming)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>{ANY_YEAR}))?(?![\w-])", named_season),
    (r"(?:the\s+)?(?:(?:early|mid|late)[-\s])?(?P<decade>(?:1[5-9]|20)\d0|\d0)['’]?s\b", numbered_decade),
    (r"(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:yesterday|tomorrow)\s+(?:morning|afternoon|night)"
     r"|(?:mid-?|early\s+|late\s+)?(?:morning|afternoon|evening)\s+(?:yesterday|today|tomorrow)"
     r"|this\s+(?:morning|afternoon|evening)|last\s+night|today|yesterday|tomorrow|tonight)\b", deictic_day),
    (rf"(?:(?P<mod>last|next|this|coming)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>morning|afternoon|evening|night))?(?!\w)", named_weekday),
    (r"(?:the\s+(?=past|previous))?(?P<mod>this|last|next|past|previous|coming)\s+(?P<unit>week|month|year|quarter)\b", relative_period),
    (rf"(?:{NUM}\s+(?:or|to)\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+(?:ago|earlier)\b", ago),    # 'five or six weeks ago': the farther
    (r"(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period|level|figure))?", year_earlier),
    (r"one\s+day(?=\s+[a-z])", some_day),
    (rf"(?:the\s+)?(?:(?:past|last|next|coming|previous|first|final)\s+)?(?P<num>{NUM})(?:\s+(?:or|to)\s+(?P<num_to>{NUM}))?"
     rf"[-\s](?:(?:more|additional|further|trading|business|straight|consecutive)\s+)?"
     rf"(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?![\w-])(?!\s+(?:quarter|half)\b)", duration),
    (r"(?:(?:the\s+)?(?:past|last|next|coming)\s+)?(?P<unit>hours|days|weeks|months|years|decades)(?![\w-])", plural_duration),
    (rf"(?:(?P<num>{NUM})-)?(?P<unit>{UNIT})-long\b", lasting),
    (r"(?:every|each)\s+(?:day|week|month|year|hour|quarter)|(?:daily|weekly|monthly|hourly)\b", recurrence),
    (rf"(?:every|each)\s+(?P<num>{NUM})\s+(?P<unit>{UNIT})(?![\w-])", spaced_recurrence),
    (rf"(?:every|each)\s+(?P<month>{MONTH_NAME})\b", month_recurrence),
    (rf"(?:(?:every|each)\s+(?P<wd>{WEEKDAY})|(?:the\s+)?(?:first|second|third|fourth|last)\s+(?P<wd2>{WEEKDAY})\s+of\s+"
     rf"(?:each|every|the|a)\s+month)(?!\w)", weekday_recurrence),
    (rf"\b(?:(?P<h>\d{{1,2}})(?::(?P<min>\d{{2}}))?\s*(?P<ampm>[ap]\.?m\.?)|(?P<named>noon|midnight)|{CLOCK_24H})"
     rf"(?:\s+(?P<zone>{ZONE}))?,?\s+(?:(?P<deictic>yesterday|today|tomorrow)|(?:on\s+)?(?P<wd>{WEEKDAY})"
     rf"|(?P<month>{MONTH})\s+(?P<day>\d{{1,2}}))(?!\w)", clock_on_day),
    (rf"\b(?:(?P<h>\d{{1,2}})(?::(?P<min>\d{{2}}))?\s*(?P<ampm>[ap]\.?m\.?)|(?P<named>noon|midnight)"
     rf"|{CLOCK_24H})(?:\s+(?P<zone>{ZONE}))?(?!\w)", clock_time),
    (rf"(?<![\d,.$£€])(?:(?:in|since|by|until|of|from|during|before|after|through)\s+)?\b(?P<year>{YEAR})\b(?![\d%]|[,.]\d|\s*(?:percent|people|dead|troops|soldiers|units))", bare_year),
    (rf"(?:the\s+year\s+|\b(?=nineteen\s))(?P<year>{SPOKEN_YEAR})", bare_year),
    (r"\b(?:now|currently|recently|right now|at present|the present|these days|the future|the past|a later date"
     r"|(?:future|coming)\s+quarters|the\s+(?:near|distant)\s+future|the\s+(?:near|short|long)\s+term)\b", reference_word),
    (r"(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century\b", numbered_century),
    (r"the\s+(?P<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", spoken_decade),
    (r"the\s+current\s+quarter\b", current_quarter),
    (r"(?:(?P<step>the\s+(?:following|next|previous))|(?:(?:later|earlier)\s+)?that(?:\s+same)?)\s+(?P<unit>year|month|day)\b",
     anaphoric_period),
    (rf"the\s+(?:following|next|previous)\s+(?P<wd>{WEEKDAY})(?!\w)", anaphoric_period),
    (r"\b(?:(?P<mod>this|last|next|the)\s+)weekend\b", weekend),
    (r"\b(?:(?P<mod>last|next|this)\s+)?(?P<name>christmas eve|christmas day|christmas|new year's eve|new year's day|independence day|"
     r"thanksgiving day|thanksgiving|halloween|valentine's day)\b", holiday),
    (rf"(?P<month>{MONTH})\s+(?:of\s+)?(?P<which>this|last|next)\s+year\b", month_of_relative_year),
    # '(?!\.?\s*\d)': 'since Jan. 13' is a day, not 'since Jan' with the abbreviation's dot left over
    (rf"\b(?P<mod>early|mid|late)-(?P<month>{MONTH})(?!\.?\s*\d)\b", month_alone),
    (rf"(?P<mod>last|next|this|early|late|mid|in|since|by|until|during)\s+(?P<month>{MONTH})(?!\.?\s*\d)\b", month_alone),
    # a month named alone ('the figures for January', 'a June agreement'), written as a name
    # is written; not May and March, which are also a modal and a verb, nor a first name
    # ('April Ryan', 'June Carter')
    (r"(?-i:(?P<month>January|February|April|June|July|August|September|October|November|December))"
     r"(?!\s*\d)(?![\w-])(?!\s+(?-i:[A-Z][a-z]))", month_alone),
]
# A match starts a word (find_timexes rejects any other): the look-behind fails fast inside
# words, where most positions of a text are, instead of trying every alternative there.
COMPILED = [(re.compile(rf"(?<!\w)(?:{p})", re.I), r) for p, r in PATTERNS]


def _lowercase_twin(regex: re.Pattern) -> Optional[re.Pattern]:
    """The pattern without re.I, to scan a lower-cased copy of the text: a case-blind scan
    takes 1.7 times as long. None for a pattern that reads capitals ('T' in ISO times, a
    month written as a name), which must scan the text itself."""
    bare = re.sub(r"\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)", "", regex.pattern)     # escapes and group names
    if "(?-i" in regex.pattern or any(c.isupper() for c in bare):
        return None
    return re.compile(regex.pattern, regex.flags & ~re.I)


LOWERCASE_TWINS = [_lowercase_twin(regex) for regex, _ in COMPILED]
