"""Numbers: counts of the same thing, in the same frame, that no 'up to' or 'about' can
reconcile; not a season's total against a game's, nor a later, larger toll."""
from __future__ import annotations

import re
from typing import Optional

from newsweave.compare.conflicts.common import (
    different_people, in_order, is_update, pairs_across_outlets, same_person, same_statement, source_key, value_of)
from newsweave.compare.support import FUNCTION_WORDS
from newsweave.model import Claim, Conflict, Quantity


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


RUNNING_TOTALS = {"dead", "injured", "missing", "case", "arrest", "evacuee", "victim", "delegate"}


def number_values(claims, articles, key_of) -> Optional[Conflict]:
    """Counts of the same thing that cannot both hold. A sentence giving several counts of
    one unit ("a seven-yard pass ... a 73-yard drive") conflicts only where each side has
    a count the other side cannot accommodate, never with its own other counts."""
    for a, b in pairs_across_outlets(claims, articles):
        if not same_statement(a, b) or _totals(a) != _totals(b) or _figures_of_two_polls(a, b, key_of):
            continue
        for qa in a.quantities:
            unit = unit_key(qa.unit)
            if unit is None or not _told_outright(qa, articles) or _accommodated(qa, b.quantities):
                continue
            rivals = [qb for qb in b.quantities if _counts_alike(qa, qb) and not _accommodated(qb, a.quantities)
                      and _told_outright(qb, articles) and _selection(qa, articles) == _selection(qb, articles)
                      and not _other_agents(a, qa, b, qb) and not (unit in RANKS and _rank_holders_apart(a, b))
                      and _measured_thing(qa, articles) == _measured_thing(qb, articles)]
            if unit == "year-old":
                rivals = [qb for qb in rivals if not _other_person_of_that_age(a, qa, b, qb)]
            if unit not in RUNNING_TOTALS:      # an event has one death toll; other counts need their words
                rivals = [qb for qb in _same_names(a, qa, b, rivals) if _same_frame(a, qa, b, qb)]
            for qb in rivals:
                values = [value_of(a, articles, qa.text), value_of(b, articles, qb.text)]
                growing = unit in RUNNING_TOTALS or _selection(qa, articles) == "past"
                rising = growing and _later_is_larger(a, qa, b, qb, articles)
                return Conflict("number", values, rising or is_update(a, b, articles),
                                f"{qa.text} ({values[0].outlet}) vs {qb.text} ({values[1].outlet})")
    return None


# 'survey' in lower case: the U.S. Geological Survey is no poll
_POLL = re.compile(r"\b(?:[Pp]olls?|[Pp]olling|polled|[Pp]ollsters?|surveys?|surveyed|respondents|margin of error|"
                   r"(?:likely|registered) voters)\b")


def _figures_of_two_polls(a: Claim, b: Claim, key_of) -> bool:
    """Polls differ from one another by design: 'Among likely voters in a four-way race, 46
    percent would choose Clinton' (Politico) and 'Clinton was supported by 42 percent' (the
    poll The Western Journal read, five days later) are two polls, not outlets at odds. A
    sentence about a poll is compared only with one crediting the same named source."""
    if not (_POLL.search(a.text) or _POLL.search(b.text)):
        return False
    sa, sb = source_key(a, key_of), source_key(b, key_of)
    return not (sa and sb and same_person(sa, sb))


# A rank is one contestant's: 'third place', 'a second-place finish', 'the AFC's five seed'.
RANKS = {"place", "seed", "spot", "position", "rank", "ranking"}


def _rank_holders_apart(a: Claim, b: Claim) -> bool:
    """Ranks are compared only when both sentences name who holds them, and the same one:
    'He finished in a strong third place' (Rubio) and 'He nodded only obliquely to his
    second-place finish in Iowa' (Trump) name no one, 'the Colts ... as the AFC's five seed'
    and 'the Broncos ... the #1 seed in the AFC' two teams."""
    return not (a.actors and b.actors) or different_people(a.actors, b.actors)


def _counts_alike(q: Quantity, other: Quantity) -> bool:
    """Both count the same unit the same way: cardinal or ordinal, a score or a count."""
    return (other.ordinal == q.ordinal and unit_key(other.unit) == unit_key(q.unit)
            and (other.versus is None) == (q.versus is None))


def _later_is_larger(a: Claim, qa: Quantity, b: Claim, qb: Quantity, articles) -> bool:
    """Counts that only grow (a death toll): a later, larger figure revises the earlier one."""
    order = in_order(a, b, articles)
    return order is not None and (qa.value > qb.value) == (order[1] is a)


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
    ('completed 29 of 34 passes'). A stretch counted back from the day of writing grows with
    it, as a death toll does: 'six of the past seven contests' (USA Today, 6 April 2016)
    and 'seven of the past eight' (Washington Post, 10 April) are an update."""
    picked = _SELECTION.search(articles[q.article_id].body[max(0, q.span[0] - 12):q.span[0]])
    return picked.group(1).lower() if picked else None


def _other_agents(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """Each count is named with someone, and not the same one: 'Jamaal Charles rushed for
    226 yards' and 'Peyton Hillis rushed for 101 yards' count two players' yards. Who tells
    the count (the sentence's source) and where it happened are left out: two outlets
    quoting different officials, or naming a city and its region, may well disagree."""
    return different_people(_agents(a, qa), _agents(b, qb))


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
    return key not in claim.places and key != claim.location and not (teller and same_person(key, teller))


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


# Nor is a count still needed or hoped for ("needed just nine points to ...", "hoped for a
# second-place finish"): a goal, not a result.
_GOAL = re.compile(r"\b(?:needs?|needed|needing|requires?|required|requiring|short|shy|away|enough|"
                   r"hopes?|hoped|hoping|aims?|aimed|aiming|seeks?|seeking|sought)\b", re.I)
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


def _other_person_of_that_age(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """'a 36-year-old Australian climber' and 'a 32-year-old British climber' are two
    people, not a dispute over one's age: ages are compared only when the names that
    follow them (a nationality, a name) are shared, or one side gives none."""
    names_a, names_b = _names_after(a, qa), _names_after(b, qb)
    return bool(names_a and names_b) and not names_a & names_b


_WORDS_TO_PUNCTUATION = re.compile(r"[^,.;:()\[\]\"“”]*")


def _names_after(claim: Claim, q: Quantity) -> set[str]:
    """The capitalised words in the three after the count, up to a punctuation mark."""
    after = _WORDS_TO_PUNCTUATION.match(claim.text, q.span[1] - claim.span[0]).group()
    return {w for w in after.split()[:3] if w[:1].isupper()}


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


def _accommodated(q: Quantity, others: list[Quantity]) -> bool:
    """Some count of the same unit on the other side is compatible with ``q``."""
    low, high = number_range(q)
    for other in others:
        if _counts_alike(q, other) and other.versus == q.versus:
            o_low, o_high = number_range(other)
            if not (high < o_low or o_high < low):
                return True
    return False
