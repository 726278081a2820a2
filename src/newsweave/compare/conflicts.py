"""Slot-by-slot checks between aligned claims of different outlets.

A conflict must be explainable in one line, because a false alarm costs more trust than
a miss: every check compares values that cannot both hold (disjoint date intervals,
disjoint number ranges once "up to"/"about" are taken into account, different speakers
of the same words, opposite polarity), and says which claims gave which value.
A later report revising a count or a time is an update, not a dispute.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from newsweave.analyze.claims import NEGATION_WORDS, SPEECH_LEMMAS
from newsweave.analyze.timex import DEICTIC_DAYS
from newsweave.dates import MONTHS, WEEKDAYS, to_date
from newsweave.compare.support import FUNCTION_WORDS
from newsweave.model import Article, Claim, Conflict, ConflictValue, EventTime, Quantity

UPDATE_CUES = re.compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|now|revised|updated|"
                         r"latest|has since|have since|so far|at least now|upgraded|sweetened|lowered|"
                         r"initial|initially|originally)\b", re.I)
FAR_PAST, FAR_FUTURE = date(1, 1, 1), date(9999, 12, 31)


def find_conflicts(claims: list[Claim], articles: dict[str, Article], key_of=lambda k: k) -> list[Conflict]:
    conflicts: list[Conflict] = []
    for slot, check in (("date", _date_values), ("number", _number_values), ("person", _person_values),
                        ("polarity", _polarity_values), ("place", _place_values)):
        conflict = check(claims, articles, key_of)
        if conflict is not None:
            conflicts.append(conflict)
    return conflicts


def _value(claim: Claim, articles, value: str, text: Optional[str] = None, span=None) -> ConflictValue:
    return ConflictValue(claim.article_id, articles[claim.article_id].outlet, value,
                         text or claim.text, span or claim.span)


def _pairs(claims: list[Claim]):
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a.article_id != b.article_id:
                yield a, b


# ---- date ---------------------------------------------------------------------------------

def interval(t: EventTime) -> Optional[tuple[date, date]]:
    start = to_date(t.value)
    if start is None:
        return None
    end = _period_end(start, t.value, t.granularity)
    if t.relation == "before":
        return FAR_PAST, end
    if t.relation == "after":
        return start, FAR_FUTURE
    return start, end


def _period_end(start: date, value: str, granularity: str) -> date:
    if granularity in ("day", "minute", "hour", "instant"):
        return start
    if granularity == "week":
        return start + timedelta(days=1 if value.endswith("-WE") else 6)
    if granularity == "quarter":
        return _month_end(start.year, start.month + 2)
    if granularity == "half":
        return _month_end(start.year, start.month + 5)
    if granularity == "month" or re.fullmatch(r"\d{4}-\d{2}", value):
        return _month_end(start.year, start.month)
    return date(start.year, 12, 31)


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def describe_time(t: EventTime) -> str:
    if t.relation == "before":
        return f"on or before {t.value} (told as already done in a report of that date)"
    if t.relation == "after":
        return f"on or after {t.value}"
    return t.value


def _date_values(claims, articles, key_of) -> Optional[Conflict]:
    for a, b in _pairs(claims):
        if a.time is None or b.time is None:
            continue
        if a.time.basis == "publication" and b.time.basis == "publication":
            continue          # two dates both implied by tense say little
        ia, ib = interval(a.time), interval(b.time)
        if ia is None or ib is None:
            continue
        ia, ib = _as_used(a, ia, articles), _as_used(b, ib, articles)
        if not (ia[1] < ib[0] or ib[1] < ia[0]):
            continue
        if not _dates_one_event(a, b, ia, ib) or _same_words(a, b) or _guessed(a, articles) or _guessed(b, articles):
            continue
        if _a_day_apart_from_deixis(a, b, ia, ib) or _news_and_background(a, b, ia, ib, articles):
            continue
        values = [_value(c, articles, describe_time(c.time)) for c in (a, b)]
        update = _is_update(a, b, articles) or _happened_since(a, b, ia, ib, articles)
        return Conflict("date", values, update,
                        f"{values[0].outlet} dates it {values[0].value}; {values[1].outlet}: {values[1].value}")
    return None


_LAST_WEEK = re.compile(r"(?:the\s+)?(?:last|past)\s+week", re.I)


def _as_used(claim: Claim, span: tuple[date, date], articles) -> tuple[date, date]:
    """'He escaped last week' in a Saturday paper may mean the Monday just past: papers use
    'last week' for the past seven days as much as for the calendar week before, so it runs
    up to the day before publication."""
    published = to_date(articles[claim.article_id].published)
    if published and claim.time.relation == "on" and _LAST_WEEK.fullmatch((claim.time.text or "").strip()):
        return span[0], max(span[1], published - timedelta(days=1))
    return span


def _dates_one_event(a: Claim, b: Claim, ia, ib) -> bool:
    """Both claims date the same event: one names the event the other dates ('the eve of
    the parade'); or they say the same thing and one is told as done by its publication
    day, or both give a day-to-month date ('from 1978' and 'in 2000' in one career are two
    facts, not one in dispute)."""
    if a.event_noun or b.event_noun:
        return True
    told_as_done = "publication" in (a.time.basis, b.time.basis)
    return _same_statement(a, b) and (told_as_done or (_short(ia) and _short(ib)))


def _happened_since(a: Claim, b: Claim, ia, ib, articles) -> bool:
    """A report told it as done by its publication day (no date of its own); a later report
    dates it after that day. What the later one tells happened since (Seacom's outage told
    in August, its repairs dated in November): an update. Undated reports have no order."""
    order = _in_order(a, b, articles)
    if order is None:
        return False
    earlier, later = order
    span = ia if later is a else ib
    return earlier.time.basis == "publication" and later.time.basis != "publication" \
        and span[0] > to_date(articles[earlier.article_id].published)


def _same_words(a: Claim, b: Claim) -> bool:
    """Each outlet's date words appear in the other's sentence ('Saturday night' in both):
    any difference comes from resolving them against two publication days, not from what
    the outlets said."""
    ta, tb = (a.time.text or "").lower(), (b.time.text or "").lower()
    return bool(ta and tb) and (ta == tb or ta in b.text.lower() or tb in a.text.lower())


def _a_day_apart_from_deixis(a: Claim, b: Claim, ia, ib) -> bool:
    """'this afternoon' in a Melbourne paper dated the 10th, 'Monday afternoon' (the 9th) in
    an American one: a day read off the publication date ('today', 'last night') is a day
    uncertain (time zones, reports filed after midnight); one day apart is no dispute."""
    gap = max((ib[0] - ia[1]).days, (ia[0] - ib[1]).days)
    return gap <= 1 and any(_read_off_publication(c.time) for c in (a, b))


BACKGROUND_DAYS = 14       # an event this long before its report is told as background ...
NEWS_DAYS = 3              # ... beside one this close to its report, the news


def _news_and_background(a: Claim, b: Claim, ia, ib, articles) -> bool:
    """One report dates its event within days of its publication, the other weeks or months
    before its own ('A 6.4-magnitude quake hit Zarand in February' in a report of November's
    quake): the earlier sentence recalls an earlier event of the same kind, which reports
    of the news do; outlets do not misdate this week's news by months."""
    ages = [_days_before_report(claim, span, articles) for claim, span in ((a, ia), (b, ib))]
    return None not in ages and min(ages) <= NEWS_DAYS and max(ages) > BACKGROUND_DAYS


def _days_before_report(claim: Claim, span: tuple[date, date], articles) -> Optional[int]:
    """How many days before its report's publication the claim's dates end (None: undated report)."""
    published = to_date(articles[claim.article_id].published or "")
    return (published - span[1]).days if published is not None else None


def _read_off_publication(time: EventTime) -> bool:
    """'this afternoon', 'last night', 'yesterday evening': a day named only by its distance
    from the publication date."""
    words = (time.text or "").lower().split()
    return " ".join(words) in DEICTIC_DAYS or any(w in DEICTIC_DAYS for w in words)


def _guessed(claim: Claim, articles) -> bool:
    """A relative date ('Thursday', 'yesterday') in an undated article was resolved against
    a guessed day; 'September 4' there only had its year guessed."""
    return not articles[claim.article_id].published and not re.search(r"\d", claim.time.text or "")


def _short(span: tuple[date, date]) -> bool:
    """A day, a week or a month: how events are dated; a year or a range is background."""
    return (span[1] - span[0]).days <= 31


# ---- number -------------------------------------------------------------------------------

def number_range(q: Quantity) -> tuple[float, float]:
    v, approx = q.value, (q.approx or "")
    if q.high is not None:
        return v, q.high
    if approx in ("up to", "as many as", "as much as", "at most", "no more than"):
        return 0.0, v
    if approx in ("at least", "no fewer than", "upwards of"):
        return v, float("inf")
    # 'more than $1 million' against an estimated '$1 million': outlets round to the figure
    # they bound, so a bound holds the figure itself
    if approx in ("more than", "over", "just over", "well over", "in excess of"):
        return v, float("inf")
    if approx in ("fewer than", "less than", "under", "just under"):
        return 0.0, v
    if approx in ("nearly", "almost", "close to"):
        return v * 0.85, v
    if approx:
        return v * 0.85, v * 1.15         # about, around, roughly, some, an estimated ...
    return v, v


CASUALTY_WORDS = {"dead": "dead", "died": "dead", "killed": "dead", "deaths": "dead", "fatalities": "dead",
                  "injured": "injured", "wounded": "injured", "hurt": "injured", "missing": "missing"}


def unit_key(unit: Optional[str]) -> Optional[str]:
    if not unit:
        return None
    word = unit.split()[-1].lower()
    if word in CASUALTY_WORDS:
        return CASUALTY_WORDS[word]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _number_values(claims, articles, key_of) -> Optional[Conflict]:
    """Counts of the same thing that cannot both hold. A sentence giving several counts of
    one unit ("a seven-yard pass ... a 73-yard drive") conflicts only where each side has
    a count the other side cannot accommodate, never with its own other counts."""
    for a, b in _pairs(claims):
        if not _same_statement(a, b) or _totals(a) != _totals(b):
            continue
        for qa in a.quantities:
            unit = unit_key(qa.unit)
            if unit is None or not _told_outright(qa, articles) or _accommodated(qa, b.quantities):
                continue
            rivals = [qb for qb in b.quantities if _counts_alike(qa, qb) and not _accommodated(qb, a.quantities)
                      and _told_outright(qb, articles) and _selection(qa, articles) == _selection(qb, articles)
                      and not _other_agents(a, qa, b, qb)
                      and _measured_thing(qa, articles) == _measured_thing(qb, articles)]
            if unit not in RUNNING_TOTALS:      # an event has one death toll; other counts need their words
                rivals = [qb for qb in _same_names(a, qa, b, rivals) if _same_frame(a, qa, b, qb)]
            for qb in rivals:
                values = [_value(a, articles, qa.text), _value(b, articles, qb.text)]
                rising = unit in RUNNING_TOTALS and _later_is_larger(a, qa, b, qb, articles)
                return Conflict("number", values, rising or _is_update(a, b, articles),
                                f"{qa.text} ({values[0].outlet}) vs {qb.text} ({values[1].outlet})")
    return None


def _counts_alike(q: Quantity, other: Quantity) -> bool:
    """Both count the same unit the same way: cardinal or ordinal, a score or a count."""
    return (other.ordinal == q.ordinal and unit_key(other.unit) == unit_key(q.unit)
            and (other.versus is None) == (q.versus is None))


_MEASURE_ADJECTIVE = re.compile(r"\d-[a-z]+$", re.I)


def _measured_thing(q: Quantity, articles) -> Optional[str]:
    """'a 7-yard touchdown pass', 'a 73-yard drive': a measure written as an adjective
    measures the noun after it; the pass and the drive are two things."""
    if not _MEASURE_ADJECTIVE.search(q.text):
        return None
    after = re.match(r"\s+([a-z]+)", articles[q.article_id].body[q.span[1]:q.span[1] + 30])
    return after.group(1).lower() if after else None


_SELECTION = re.compile(r"\b(first|last|final|past|next|opening|previous|top)\s+$", re.I)


def _selection(q: Quantity, articles) -> Optional[str]:
    """'his first 17 passes', 'their last 10 games': a stretch picked out of a longer run,
    compared with the same stretch ('their last 36 games'), not with the run's count
    ('completed 29 of 34 passes')."""
    picked = _SELECTION.search(articles[q.article_id].body[max(0, q.span[0] - 12):q.span[0]])
    return picked.group(1).lower() if picked else None


def _other_agents(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """Each count is named with someone, and not the same one: 'Jamaal Charles rushed for
    226 yards' and 'Peyton Hillis rushed for 101 yards' count two players' yards. Who tells
    the count (the sentence's source) and where it happened are left out: two outlets
    quoting different officials, or naming a city and its region, may well disagree."""
    return _different_people(_agents(a, qa), _agents(b, qb))


def _different_people(these, those) -> bool:
    """Both sides name someone, and no one on one side is anyone on the other."""
    return bool(these and those) and not any(_same_person(x, y) for x in these for y in those)


def _agents(claim: Claim, q: Quantity) -> set[str]:
    """Who is named with the count: in its clause, else the last one named before it ('Charles
    turned in a 86-yard touchdown run and rushed for a total of 226 yards and Hillis ...':
    Charles, whose verbs share one subject; Hillis's clause comes after)."""
    near = {_bare(w) for w in _names(claim, q)}
    agents = {key for key in claim.entities if key.split()[-1] in near and _may_act(claim, key)}
    if agents:
        return agents
    before = [_bare(w) for w in re.findall(r"[\w'’-]+", claim.text[:q.span[0] - claim.span[0]]) if w[:1].isupper()]
    for word in reversed(before):
        agents = {key for key in claim.entities if key.split()[-1] == word and _may_act(claim, key)}
        if agents:
            return agents
    return set()


def _bare(word: str) -> str:
    return re.sub(r"['’]s?$", "", word.lower())      # 'Charles'', 'AFC's'


def _may_act(claim: Claim, key: str) -> bool:
    """Not where it happened, nor who tells it."""
    teller = claim.source or ""
    return key not in claim.places and key != claim.location and not (teller and _same_person(key, teller))


def _told_outright(q: Quantity, articles) -> bool:
    """Whether the count is a figure of its own to compare, not an occasion, a model's size
    or a figure pointed back to."""
    return not (_counts_occasions(q) or _names_a_model(q, articles) or _refers_back(q, articles))


_POINTING_BACK = re.compile(r"\b(?:these|those)\s+$", re.I)


def _refers_back(q: Quantity, articles) -> bool:
    """'Those 10 points tied McDermott with Rodney Buford', 'carried on these three cable
    systems': a demonstrative points back to a part already told (his last 10 of 23
    points, three of the cables), not to the event's whole count."""
    return bool(_POINTING_BACK.search(articles[q.article_id].body[max(0, q.span[0] - 8):q.span[0]]))


def _counts_occasions(q: Quantity) -> bool:
    """'hosting the Oscars for the second time' and 'so nice as a host the first time' name
    two occasions, not two counts of one: an ordinal time picks which occasion is meant."""
    return q.ordinal and unit_key(q.unit) == "time"


_MODEL_SIZE = re.compile(r"\d-(?:inch|in|cm|mm)\b")      # a screen's or a lens's size, not an age ('33-year-old Reid')


def _names_a_model(q: Quantity, articles) -> bool:
    """'the 16-inch MacBook Pro', 'iPad Pro 12.9-inch 64GB': a size in inches or millimetres
    followed by a name or a figure names a model, which a report about another model does
    not dispute."""
    after = articles[q.article_id].body[q.span[1]:q.span[1] + 2]
    return bool(_MODEL_SIZE.search(q.text)) and after[:1] == " " and (after[1:].isupper() or after[1:].isdigit())


# A count over a season, a career or "so far" is not the count of one event.
_CUMULATIVE = re.compile(r"\b(?:season|career|so far|this year|in total|combined|all-time|history|record|"
                         r"since|to date|overall|cumulative)\b", re.I)
# Nor is a count still needed ("needed just nine points to ..."): a goal, not a result.
_GOAL = re.compile(r"\b(?:needs?|needed|needing|requires?|required|requiring|short|shy|away|enough)\b", re.I)
NAME_WORDS = 6              # ... and the names near it, which pick the count to compare
FRAME_WORDS = 3             # words either side of a count that say what it counts


# Nor is a count over one stretch of a game or a fight ('in the first half', 'on the last
# drive', 'during the round') the count of the whole.
_STRETCH = re.compile(r"\b(?:first|second|third|fourth|fifth|last|final|opening|the|that|each)\s+"
                      r"(?:half|quarter|period|inning|round|drive|set|lap|overtime)\b", re.I)


def _totals(claim: Claim) -> frozenset[str]:
    """What the sentence's counts add up over: a season's total is compared with a
    season's total, not with one game's count or a combined career's; a half's with the
    same half's."""
    return frozenset(m.lower() for cue in (_CUMULATIVE, _STRETCH) for m in cue.findall(claim.text))


def _same_names(a: Claim, qa: Quantity, b: Claim, rivals: list[Quantity]) -> list[Quantity]:
    """Of the other side's counts, those next to a name that is next to ``qa`` ('65% of
    traffic to India' is compared with '82 percent in India', not with '55 percent of voice
    traffic in Saudi Arabia'); all of them when no name is shared."""
    names = _names(a, qa)
    shared = [qb for qb in rivals if names & _names(b, qb)]
    return shared or [qb for qb in rivals if not _named_apart(a, qa, b, qb)]


def _named_apart(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """One count is named with a name the other sentence gives to another of its counts:
    'injured three people in the Persian Gulf Island of Qeshm' counts Qeshm's injured;
    'injuring 40, 15 of them on Qeshm' counts the whole quake's, Qeshm's 15 apart."""
    names_a, names_b = _names(a, qa), _names(b, qb)

    def elsewhere(names: set[str], claim: Claim, q: Quantity) -> bool:
        return any(names & _names(claim, other) for other in claim.quantities if other is not q)
    return elsewhere(names_a - names_b, b, qb) or elsewhere(names_b - names_a, a, qa)


def _names(claim: Claim, q: Quantity) -> set[str]:
    return {w for w in _frame(claim, q, NAME_WORDS) if w[:1].isupper()}


def _same_frame(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """The two counts sit among the same words ('two undersea cables ... damaged' / 'three
    undersea cables ... damaged'), not merely in sentences on one topic ('Lawson posted 15
    points' / 'Green scored his 1,000th point'). A total or a goal is compared only with
    the same total or goal."""
    words_a, words_b = _frame(a, qa), _frame(b, qb)
    if any(cue.search(" ".join(words)) for cue in (_CUMULATIVE, _GOAL) for words in (words_a, words_b)):
        return words_a == words_b          # 'a combined 157 games' is not '54 games'
    return bool({w.lower()[:5] for w in words_a} & {w.lower()[:5] for w in words_b})


_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:and|but|while|whereas)\s")


def _frame(claim: Claim, q: Quantity, width: int = FRAME_WORDS) -> set[str]:
    """Up to ``width`` content words either side of a count within its own clause, leaving out the
    sentence's other counts ('13 homers and 43 RBIs': the RBIs say nothing about the
    homers; 'killing seven people and injuring 40': the injuring is about the 40)."""
    text = claim.text
    for other in claim.quantities:
        if other is not q:
            lo, hi = other.span[0] - claim.span[0], other.span[1] - claim.span[0]
            text = text[:lo] + "0".ljust(hi - lo) + text[hi:]          # still a word, never a frame word
    at = q.span[0] - claim.span[0]
    head, tail = text[:max(0, at)], text[at + len(q.text):]
    unit = (unit_key(q.unit) or "")[:5]

    def content(part: str) -> list[str]:
        return [w for w in re.findall(r"[\w'-]+", part)
                if w.lower() not in FUNCTION_WORDS and not w[0].isdigit() and w.lower()[:5] != unit]

    def words(before: str, after: str) -> set[str]:
        return set(content(before)[-width:] + content(after)[:width])
    # a count alone in its clause ('(eight years, $160 million)') is read with its neighbours
    return words(_CLAUSE_BREAK.split(head)[-1], _CLAUSE_BREAK.split(tail)[0]) or words(head, tail)


SAME_STATEMENT = 0.25       # keyword Jaccard: two sentences about one count, not two counts of one event
# When a sentence says it happened is not what it says happened: two reports of one event
# that date it differently ('on Monday night', 'on Tuesday') differ in exactly these words.
CALENDAR_WORDS = frozenset(WEEKDAYS + MONTHS + ["morning", "afternoon", "evening", "night", "tonight", "today",
                                                "yesterday", "tomorrow", "weekend"])


def _same_statement(a: Claim, b: Claim, same_predicate: bool = False) -> bool:
    """A fact groups every sentence that dates one event ('lost on Sunday', 'a 68-yard drive
    on Sunday'); their counts, dates and negations disagree only where the two sentences
    say the same thing: enough content words in common (and, when asked, the same verb)."""
    ka, kb = set(a.keywords) - CALENDAR_WORDS, set(b.keywords) - CALENDAR_WORDS
    both_reported = ka & kb & SPEECH_LEMMAS          # two quotations are not one statement for both being 'said'
    ka, kb = ka - both_reported, kb - both_reported
    if same_predicate and a.predicate != b.predicate:
        return False
    return bool(ka | kb) and len(ka & kb) / len(ka | kb) >= SAME_STATEMENT


def _accommodated(q: Quantity, others: list[Quantity]) -> bool:
    """Some count of the same unit on the other side is compatible with ``q``."""
    low, high = number_range(q)
    for other in others:
        if _counts_alike(q, other) and other.versus == q.versus:
            o_low, o_high = number_range(other)
            if not (high < o_low or o_high < low):
                return True
    return False


# ---- person, polarity, place ----------------------------------------------------------------

# Quoted words: a whole quotation, or the part of one in this sentence when the quotation
# runs over several ('... second time. You know what they say – the charm,” said X.')
_QUOTED = re.compile(r"[“\"]([^”\"]{8,})[”\"]|^([^“”\"]{8,})”|“([^“”\"]{8,})$")
QUOTE_WORDS = 4             # fewer quoted words is a title or a phrase, not something said


def _same_quoted_words(a: Claim, b: Claim) -> bool:
    words_a, words_b = _quoted_words(a), _quoted_words(b)
    return bool(words_a and words_b) and len(words_a & words_b) / len(words_a | words_b) >= 0.6


def _quoted_words(claim: Claim) -> set[str]:
    quoted = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(claim.text.strip())]
    return {w for q in quoted if len(q.split()) >= QUOTE_WORDS for w in re.findall(r"\w+", q.lower())}


def _person_values(claims, articles, key_of) -> Optional[Conflict]:
    """The same quoted words put in different mouths."""
    for a, b in _pairs(claims):
        sa, sb = key_of(a.source) if a.source else None, key_of(b.source) if b.source else None
        if not (sa and sb and _named(a, sa, articles) and _named(b, sb, articles)):
            continue
        if not _same_person(sa, sb) and _same_quoted_words(a, b) \
                and not _names_outside_quotes(b, sa) and not _names_outside_quotes(a, sb):
            values = [_value(a, articles, sa), _value(b, articles, sb)]
            return Conflict("person", values, False, f"attributed to {sa} by {values[0].outlet}, "
                                                     f"to {sb} by {values[1].outlet}")
    return None


def _names_outside_quotes(claim: Claim, key: str) -> bool:
    """The sentence names that speaker outside its quotation ('..., said ABC Entertainment
    Group prexy Paul Lee'): both outlets credit the same person, whoever our parse found."""
    return _holds_name(_QUOTED.sub(" ", claim.text), key)


def _named(claim: Claim, key: str, articles) -> bool:
    """The sentence names its speaker ('said Edward J. Markey (D-Mass.)'): a speaker we
    resolved from 'he' or from a description ('the US software giant said') is our
    reading, not the outlet's attribution."""
    if claim.source_span is None:
        return False
    return _holds_name(articles[claim.article_id].body[claim.source_span[0]:claim.source_span[1]], key)


def _holds_name(text: str, key: str) -> bool:
    """``text`` holds the key's last word as a name (capitalised; not a pronoun)."""
    last = key.split()[-1] if key else ""
    return last not in _NOT_NAMES and any(
        m.group(0)[:1].isupper() for m in re.finditer(rf"\b{re.escape(last)}\b", text, re.I))


_NOT_NAMES = frozenset("i we you he she it they this that these those the a an who which".split())


def _same_person(a: str, b: str) -> bool:
    """'ellen degeneres' and 'comedian ellen degeneres': one name inside the other;
    'edward markey' and 'edward j. markey': same first and last name."""
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return short == long_[len(long_) - len(short):] or (len(short) >= 2 and short[0] == long_[0]
                                                        and short[-1] == long_[-1])


def _polarity_values(claims, articles, key_of) -> Optional[Conflict]:
    """One side asserts what the other denies: the main event's polarity differs, or a verb
    both sentences use is negated in one only ('was halted' / 'was not halted')."""
    for a, b in _pairs(claims):
        if a.modality != b.modality or a.modality == "hedged" or not _same_statement(a, b, same_predicate=True):
            continue
        if (a.predicate in LIGHT_VERBS and not _same_complement(a, b)) or _different_objects(a, b) \
                or EARLIER_STATE.search(a.text + " " + b.text) \
                or _other_subjects(a, b) or _of_other_times(a, b, articles):
            continue
        if a.polarity != b.polarity:
            values = [_value(c, articles, "denied" if c.polarity == "negative" else "asserted") for c in (a, b)]
            update = _not_yet_then_done(*sorted((a, b), key=lambda c: c.polarity != "negative"), articles)
        elif _negated_differently(a, b):
            verb = sorted(set(a.negated) ^ set(b.negated))[0]
            values = [_value(c, articles, f"'{verb}' denied" if verb in c.negated else f"'{verb}' asserted")
                      for c in (a, b)]
            update = False
        else:
            continue
        return Conflict("polarity", values, update, f"{values[0].outlet}: {values[0].value}; "
                                                    f"{values[1].outlet}: {values[1].value}")
    return None


def _other_subjects(a: Claim, b: Claim) -> bool:
    """Each sentence names its subject, and not the same one: 'Ross is not signed for a
    sequel' does not deny that 'the film's main stars, including Jennifer Lawrence, ... are
    all signed on'."""
    return _different_people(a.actors, b.actors)


def _of_other_times(a: Claim, b: Claim, articles) -> bool:
    """A sentence recalling an earlier event ('The same island was hit by a 6.1 quake in
    September', in a November report) neither asserts nor denies what another sentence says
    of another time ('The surrounding area has not been hit by a quake in more than 25
    years'), unless both are dated alike."""
    spans = [_recalled(claim, articles) for claim in (a, b)]
    if not any(spans):
        return False
    if all(spans):
        return spans[0][1] < spans[1][0] or spans[1][1] < spans[0][0]
    return True


def _recalled(claim: Claim, articles) -> Optional[tuple[date, date]]:
    """The claim's dates, when they lie weeks before its report (BACKGROUND_DAYS)."""
    span = interval(claim.time) if claim.time is not None else None
    age = _days_before_report(claim, span, articles) if span is not None else None
    return span if age is not None and age > BACKGROUND_DAYS else None


# Verbs that say little without their object: 'have our deep sympathy' and 'have no idea
# what caused it' share 'have', not a statement.
LIGHT_VERBS = {"be", "have", "get", "do", "make", "take", "give"}

# 'Previously, federal agencies were required to consult ...' against 'The regulations
# don't require federal agencies to seek consultation': a sentence about how things were
# before tells a change, which the other report's present does not dispute.
EARLIER_STATE = re.compile(r"\b(?:previously|formerly|used\s+to|until\s+(?:now|recently)|no\s+longer)\b", re.I)

NOT_YET = re.compile(r"\b(?:has|have|had)\s+(?:not|never)\b|\b(?:hasn|haven|hadn)['’]t\b|\bnot\s+yet\b|"
                     r"\byet\s+to\b|\bstill\s+(?:not|no)\b", re.I)


def _not_yet_then_done(negative: Claim, positive: Claim, articles: dict[str, Article]) -> bool:
    """'Results of the test have not been released' in February, 'The results were released
    Wednesday' in April: what had not happened yet happened since; an update."""
    return _in_order(negative, positive, articles) == (negative, positive) and bool(NOT_YET.search(negative.text))


def _different_objects(a: Claim, b: Claim) -> bool:
    """Two objects that share no word make two statements, whatever the verb: 'Hillary
    Clinton needs to sell herself' is not denied by 'Hillary Clinton didn't need an
    earthshaking event'."""
    words_a, words_b = _object_words(a), _object_words(b)
    return bool(words_a and words_b) and not words_a & words_b


def _same_complement(a: Claim, b: Claim) -> bool:
    """Two sentences with 'to be' (or another light verb) say the same thing only of the same
    thing: 'Cheeks is out as head coach' and 'Cheeks was not long for the job' share a name,
    not a statement."""
    return bool(_object_words(a) & _object_words(b))


def _object_words(claim: Claim) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (claim.object or "").lower())
            if w not in FUNCTION_WORDS and w not in NEGATION_WORDS}


def _negated_differently(a: Claim, b: Claim) -> bool:
    """A verb negated on one side appears un-negated on the other (its lemma is among that
    claim's content words)."""
    only_a, only_b = set(a.negated) - set(b.negated), set(b.negated) - set(a.negated)
    return any(v in b.keywords or v == b.predicate for v in only_a) or \
        any(v in a.keywords or v == a.predicate for v in only_b)


def _place_values(claims, articles, key_of) -> Optional[Conflict]:
    """Different locations in sentences that say the same thing, unless each outlet also
    names the other's place (then both places belong to the story: a city and its
    country, a flight's two ends)."""
    for a, b in _pairs(claims):
        if not a.location or not b.location or _same_place(key_of(a.location), key_of(b.location)) \
                or _is_street(a.location) != _is_street(b.location):
            continue
        body_a, body_b = articles[a.article_id].body, articles[b.article_id].body
        if (_names_place(body_b, a.location) and _names_place(body_a, b.location)) or not _same_statement(a, b):
            continue
        moved = _moved_since(a, b, articles)
        if not moved and (_names_place(b.text, a.location) or _names_place(a.text, b.location)):
            continue          # one sentence names both: 'Nashville, Tenn.', 'in Egypt ..., in India'
        values = [_value(a, articles, a.location), _value(b, articles, b.location)]
        return Conflict("place", values, _is_update(a, b, articles) or moved,
                        f"{values[0].outlet} places it in {a.location}; {values[1].outlet} in {b.location}")
    return None


# The Associated Press's abbreviations of US states, as datelines and 'Nashville, Tenn.' write them.
US_STATES = {"ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
             "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois",
             "ind": "indiana", "kan": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland",
             "mass": "massachusetts", "mich": "michigan", "minn": "minnesota", "miss": "mississippi",
             "mo": "missouri", "mont": "montana", "neb": "nebraska", "nev": "nevada", "n.h": "new hampshire",
             "n.j": "new jersey", "n.m": "new mexico", "n.y": "new york", "n.c": "north carolina",
             "n.d": "north dakota", "okla": "oklahoma", "ore": "oregon", "pa": "pennsylvania",
             "r.i": "rhode island", "s.c": "south carolina", "s.d": "south dakota", "tenn": "tennessee",
             "vt": "vermont", "va": "virginia", "wash": "washington", "w.va": "west virginia",
             "wis": "wisconsin", "wyo": "wyoming"}
_STATE_ABBREVIATION = re.compile(r"(?<=, )(" + "|".join(re.escape(k) for k in sorted(US_STATES, key=len, reverse=True))
                                 + r")\.", re.I)


def _names_place(text: str, place: str) -> bool:
    """``text`` names ``place``, also as a state's abbreviation after its town ('Nashville, Tenn.')."""
    text = _STATE_ABBREVIATION.sub(lambda m: US_STATES[m.group(1).lower()], text)
    return place.lower() in text.lower()


def _moved_since(a: Claim, b: Claim, articles) -> bool:
    """The later report's sentence names the earlier one's place as well as its own ('After
    she abruptly left a rehab facility in Newport Beach on Thursday, Lindsay Lohan has
    checked into the Betty Ford Center in Rancho Mirage'): it tells a move."""
    order = _in_order(a, b, articles)
    return order is not None and _names_place(order[1].text, order[0].location)


_STREET = re.compile(r"\b(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|drive|highway|route|parkway)\b\.?$"
                     r"|^\d+(?:st|nd|rd|th)\b", re.I)


def _is_street(place: str) -> bool:
    """'97th Avenue', 'Route 52': a street, which lies inside a neighbourhood or a town and
    so does not dispute one ('near 97th Avenue' / 'in South Richmond Hill')."""
    return bool(_STREET.search(place.strip()))


def _same_place(a: str, b: str) -> bool:
    """'qeshm island' and 'persian gulf island of qeshm': every word of one in the other."""
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


RUNNING_TOTALS = {"dead", "injured", "missing", "case", "arrest", "evacuee", "victim"}


def _in_order(a: Claim, b: Claim, articles: dict[str, Article]) -> Optional[tuple[Claim, Claim]]:
    """(earlier, later) by their reports' publication days; None when a report is undated or
    both came out the same day (then neither can revise the other)."""
    pa, pb = articles[a.article_id].published, articles[b.article_id].published
    if not pa or not pb or pa[:10] == pb[:10]:
        return None
    return (a, b) if pa < pb else (b, a)


def _later_is_larger(a: Claim, qa: Quantity, b: Claim, qb: Quantity, articles) -> bool:
    """Counts that only grow (a death toll): a later, larger figure revises the earlier one."""
    order = _in_order(a, b, articles)
    return order is not None and (qa.value > qb.value) == (order[1] is a)


def _is_update(a: Claim, b: Claim, articles: dict[str, Article]) -> bool:
    """The later report revises the earlier one: later publication day or revision wording."""
    order = _in_order(a, b, articles)
    return order is not None and bool(UPDATE_CUES.search(order[1].text))
