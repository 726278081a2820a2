"""Which matches are no time expression ('May' the modal, ABC's "This Week", 'in his
30s', 'Euro 2016'), and where a kept one begins, as TimeBank draws it: 'in 2022' ->
'2022', but 'early March', 'nearly two years', 'the end of 1990'."""
from __future__ import annotations

import re
from functools import lru_cache

from newsweave.analyze.timex.lexicon import DEICTIC_DAYS, GAME_PLAY_RE, RESULTS_RE, SENTENCE_END
from newsweave.dates import month_number


_LEADING_PREPOSITION = re.compile(r"^(?:in|since|by|until|of|for|from|during|throughout|before|after|through)\s+", re.I)
_ADJECTIVAL = re.compile(r"the\s+[\w]+-[\w-]+", re.I)              # 'the two-week', 'the year-ago'
_AGO_END = re.compile(r"\bago$", re.I)
_POINT_MODIFIERS = re.compile(r"(?<![\w-])(?:(?:early|late|earlier|later|fiscal)\s+|mid-)$", re.I)
_PERIOD_EDGE = re.compile(r"(?<![\w-])the\s+(?:end|beginning|start|middle)\s+of\s+$", re.I)
_APPROXIMATE = re.compile(r"(?<![\w-])(?:nearly|almost|about|some|more\s+than)\s+$", re.I)
_AMOUNT_MODIFIERS = re.compile(r"(?<![\w-])(?:recent|several|nearly|more\s+than|less\s+than|no\s+more\s+than"
                               r"|up\s+to|at\s+least)\s+$", re.I)
# "may" the modal verb and "march" the verb are months only when a day or year is near.
_AMBIGUOUS_MONTHS = re.compile(r"^(?:may|march|sun|sat|wed)\.?$", re.I)
_SEASON_CONTEXT = re.compile(r"\b(?:in|during|since|until|by|the|early|late|mid)\s+(?:the\s+)?$", re.I)


def word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


# a capitalised word inside a sentence (not its first word) right before a bare year
_NAME_BEFORE = re.compile(r"(?<=[\w,;] )([A-Z][a-z]+) $")
_ORDINAL_AFTER = re.compile(r"\s+(?!(?:later|ago|earlier|before|after|longer|more|or|and|to|of|in|too)\b)[a-z]")
_CAPITALISED_AFTER = re.compile(r" [A-Z]")
# what follows a weekday's night in a programme's name: 'Saturday Night Live', 'Friday Night Lights'
_PROGRAMME_AFTER = re.compile(r" (?:Live|Football|Baseball|Lights|Raw)\b")
_SMALL_HOURS_BEFORE = re.compile(r"\b(?:early|small|wee)\s+$", re.I)
_RECURRENCE_ADJECTIVES = ("daily", "weekly", "monthly", "hourly")
# 'in his 30s', 'in their 30s, 40s and 50s'
_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|its)\s+(?:(?:early|mid|late)[-\s])?"
                         r"(?:\d0['’]?s,?\s+(?:and\s+|or\s+)?)*$", re.I)
# 'the low 50s', 'the upper 40s', '$20s': a figure's range or a banknote
_FIGURE_BEFORE = re.compile(r"(?:\b(?:low|high|upper|lower)[-\s]+|\$)$", re.I)
# what a figure in the 30s or the 50s measures
_FIGURE_SENTENCE = re.compile(r"%|\b(?:percent|approval|ratings?|polls?|polling|unemployment|temperatures?|degrees)\b",
                              re.I)


def is_false_positive(m: re.Match, text: str) -> bool:
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
    if "season" in groups and _CAPITALISED_AFTER.match(text, m.end()) \
            and _is_title(m.group("season"), text, m.start("season")):
        return True          # 'the Winter Meetings', 'the Summer Olympics': a name, not the season
    if matched.endswith("Century") and _CAPITALISED_AFTER.match(text, m.end()):
        return True          # '21st Century Fox': a company
    if "unit" in groups and "mod" in groups and m.group("mod") and _is_title(matched, text, m.start()):
        return True          # ABC's "This Week": a programme's name, not a week
    if "wd" in groups and m.group("wd") and _PROGRAMME_AFTER.match(text, m.end()) \
            and _is_title(matched, text, m.start()):
        return True          # 'Saturday Night Live', 'Monday Night Football': a programme's name
    lowered = matched.lower()
    if (lowered in DEICTIC_DAYS or lowered in _RECURRENCE_ADJECTIVES) and _is_title(matched, text, m.start()):
        return True          # "World News Tonight", "USA Today", "The Daily Beast", "the Weekly Standard": names
    if _AWARD_PERIOD.fullmatch(matched):
        return True          # 'Woman of the Year', 'Person of the Week': an honour, not a period
    if "unit" in groups and m.group("unit") and m.group("unit")[0].isupper() and m.group(0)[0].isdigit():
        return True          # CBS's "60 Minutes": a programme's name
    found = m.groupdict()
    if (found.get("num") or "").lower() in ("a", "one") and (found.get("unit") or "").lower() == "second" \
            and _ORDINAL_AFTER.match(text, m.end()):
        return True          # 'a second group', 'a second betrayal': the ordinal, not a time unit
    if "q" in groups and _is_game_period(m, text):
        return True          # 'late in the fourth quarter' of a game: a period of play
    if "name" in groups and (not lowered.endswith(("day", "eve")) and _HOLIDAY_THING_AFTER.match(text, m.end())
                             or _GREETING_BEFORE.search(text, max(0, m.start() - 7), m.start())):
        return True          # 'the San Bernardino Christmas party' (2 December), 'Merry Christmas': not the day
    if lowered == "hours" and _SMALL_HOURS_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return True          # 'in the early hours of Sunday': a part of that day, not a stretch of hours
    if "decade" in groups and m.group("decade") and _is_age_or_figure(m, text):
        return True          # 'in his 30s', 'the low 50s': an age or a figure, not the 1930s
    name = _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()) if matched[:1].isdigit() and "year" in groups else None
    if name and not month_number(name.group(1)):
        return True          # 'a joint venture called Orion 1980', 'Euro 2016': part of a name
    if matched == "Now" and text.startswith(",", m.end()) and text[:m.start()].rstrip(" \"'`“")[-1:] in ("", ".", "!", "?", "\n"):
        return True          # 'Now, the question is ...': a turn in the argument, not the present
    return bool(_AGE_AFTER.match(text, m.end()))      # '52 years old': an age, not a period


def _is_age_or_figure(m: re.Match, text: str) -> bool:
    """A decade written with two digits ('the 30s', 'mid-20s') is an age after 'his' or
    'their', and a figure's range after 'low' or 'upper' or in a sentence of ratings, polls
    or rates ('Bush's approval rating dipped into the mid-20s'); a decade with its century
    ('the 1930s') or its apostrophe ('the ’90s') is a decade."""
    if _AGE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return True
    written = text[max(0, m.start() - 1):m.end()]
    if len(m.group("decade")) != 2 or any(mark in written for mark in "'‘’"):
        return False
    return bool(_FIGURE_BEFORE.search(text, max(0, m.start() - 8), m.start())
                or _FIGURE_SENTENCE.search(_sentence_of(m, text)))


def _is_game_period(m: re.Match, text: str) -> bool:
    """'scored on a 2-yard touchdown in the second quarter', 'fourth-quarter comebacks': an
    ordinal quarter with no year or fiscal year of its own is a period of a game when its
    sentence or its article tells a game's play (one of the words 'touchdown', 'interception',
    'overtime', 'innings' in the sentence, two in the article) and the sentence has no money,
    share or results: a company's or a campaign's quarter comes with its figures ('raised
    $23 million in the third quarter')."""
    if any(m.group(g) for g in ("year", "year_before", "rel", "ago")) or "fiscal" in m.group(0).lower():
        return False
    sentence = _sentence_of(m, text)
    if RESULTS_RE.search(sentence):
        return False
    return bool(GAME_PLAY_RE.search(sentence)) or _game_words(text) >= 2


@lru_cache(maxsize=4)
def _game_words(text: str) -> int:
    """How many of a game's words the article uses: counted once per article, not per quarter."""
    return len({w.lower() for w in GAME_PLAY_RE.findall(text)})


def _sentence_of(m: re.Match, text: str) -> str:
    """The sentence around the match, as far as a stop or a line break, at most 400
    characters back: the time expressions' scan runs before sentences are split."""
    window = max(0, m.start() - 400)
    start = max((e.end() for e in SENTENCE_END.finditer(text, window, m.start())), default=window)
    end = SENTENCE_END.search(text, m.end())
    return text[start:end.start() if end else len(text)]


def _is_title(matched: str, text: str, start: int) -> bool:
    """Every word capitalised, and not because a sentence, a line or a quotation starts
    there (ABC's "This Week" is a title; he said, "Today we ..." is not)."""
    before = text[max(0, start - 12):start].rstrip(" ")
    quoted = before[-1:] in ('"', "“", "‘", "'", "`")
    before = before.rstrip(" \"“‘'`")
    starts = ".!?:\n" + ("," if quoted else "")
    return all(w[:1].isupper() for w in matched.split()) and bool(before.strip()) and before[-1] not in starts


_AGE_AFTER = re.compile(r"(?:\s+|\s*-\s*)old\b", re.I)        # "52 years old", "the 36-year - old champion"
# what a holiday's name may qualify that is not held on the holiday itself
_HOLIDAY_THING_AFTER = re.compile(
    r"\s+(?:part(?:y|ies)|markets?|trees?|cards?|gifts?|presents?|shopp(?:ing|ers?)|sales|decorations?|lights"
    r"|carols?|songs?|music|specials?|episodes?|albums?|movies?|films?|ads?|spirit|masks?|costumes?|seals"
    r"|islands?|stockings?|ornaments?|cookies|bonus(?:es)?|lists?|candy|bombings?|attacks?)\b", re.I)
_GREETING_BEFORE = re.compile(r"\b(?:[Mm]erry|[Hh]appy)\s+$")
_AWARD_PERIOD = re.compile(r"(?:(?:of|for)\s+)?the (?:Year|Week|Month|Day)")


def span_start(text: str, start: int, end: int, kind: str) -> int:
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
