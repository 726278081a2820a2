"""What the slot checks share: claims paired across outlets, the value each gives, whether
two sentences say the same thing, whether a later report revises an earlier one, and
whether two names are one person."""
from __future__ import annotations

import re
from typing import Optional

from newsweave.analyze.claims import SPEECH_LEMMAS
from newsweave.dates import MONTHS, WEEKDAYS, to_date
from newsweave.model import Article, Claim, Conflict, ConflictValue


UPDATE_CUES = re.compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|now|revised|updated|"
                         r"latest|has since|have since|so far|at least now|upgraded|sweetened|lowered|"
                         r"initial|initially|originally)\b", re.I)


def value_of(claim: Claim, articles, value: str, text: Optional[str] = None, span=None) -> ConflictValue:
    return ConflictValue(claim.article_id, articles[claim.article_id].outlet, value,
                         text or claim.text, span or claim.span)


def source_key(claim: Claim, key_of) -> Optional[str]:
    """The canonical key of who the claim is attributed to (None when no one is)."""
    return key_of(claim.source) if claim.source else None


def outlet_of(claim: Claim, articles: dict[str, Article]) -> str:
    """The claim's outlet; a report of no known outlet stands for itself."""
    return articles[claim.article_id].outlet or claim.article_id


def pairs_across_outlets(claims: list[Claim], articles: dict[str, Article]) -> list[tuple[Claim, Claim]]:
    """Every pair of claims from two outlets, reports published closest together first: a
    slot gives one conflict, and a dispute between reports of one week must not hide behind
    an update from one weeks later. Two reports of one outlet that differ are that outlet's
    own story moving on, or two events the story joined ('Ted Cruz has 11 delegates' in
    February, '370 delegates' in March); outlets disagreeing is what a dispute is."""
    day = {c.article_id: to_date(articles[c.article_id].published) for c in claims}
    pairs = [(a, b) for i, a in enumerate(claims) for b in claims[i + 1:]
             if outlet_of(a, articles) != outlet_of(b, articles)]
    return sorted(pairs, key=lambda pair: _days_between([day[c.article_id] for c in pair]))


DISPUTE_WINDOW_DAYS = 14


def weeks_apart(conflict: Conflict, articles: dict[str, Article]) -> bool:
    """Its versions come from reports published more than a fortnight apart. Outlets that
    disagree on one event report it days apart; a report weeks later tells a later state of
    things, or another event the story joined ('convicted ... today', 20 March; 'on Tuesday
    ordered execution', 3 April): an update, not a dispute."""
    return _days_between([to_date(articles[v.article].published) for v in conflict.values]) > DISPUTE_WINDOW_DAYS


def _days_between(days: list) -> int:
    """Days between the first and last of ``days`` (0 when fewer than two are known)."""
    known = [d for d in days if d is not None]
    return (max(known) - min(known)).days if len(known) >= 2 else 0


def in_order(a: Claim, b: Claim, articles: dict[str, Article]) -> Optional[tuple[Claim, Claim]]:
    """(earlier, later) by their reports' publication days; None when a report is undated or
    both came out the same day (then neither can revise the other)."""
    pa, pb = articles[a.article_id].published, articles[b.article_id].published
    if not pa or not pb or pa[:10] == pb[:10]:
        return None
    return (a, b) if pa < pb else (b, a)


def is_update(a: Claim, b: Claim, articles: dict[str, Article]) -> bool:
    """The later report revises the earlier one: later publication day or revision wording."""
    order = in_order(a, b, articles)
    return order is not None and bool(UPDATE_CUES.search(order[1].text))


SAME_STATEMENT = 0.25       # keyword Jaccard: two sentences about one count, not two counts of one event


# When a sentence says it happened is not what it says happened: two reports of one event
# that date it differently ('on Monday night', 'on Tuesday') differ in exactly these words.
CALENDAR_WORDS = frozenset(WEEKDAYS + MONTHS + ["morning", "afternoon", "evening", "night", "tonight", "today",
                                                "yesterday", "tomorrow", "weekend"])


def same_statement(a: Claim, b: Claim, same_predicate: bool = False) -> bool:
    """A fact groups every sentence that dates one event ('lost on Sunday', 'a 68-yard drive
    on Sunday'); their counts, dates and negations disagree only where the two sentences
    say the same thing: enough content words in common (and, when asked, the same verb)."""
    ka, kb = set(a.keywords) - CALENDAR_WORDS, set(b.keywords) - CALENDAR_WORDS
    both_reported = ka & kb & SPEECH_LEMMAS          # two quotations are not one statement for both being 'said'
    ka, kb = ka - both_reported, kb - both_reported
    if same_predicate and a.predicate != b.predicate:
        return False
    return bool(ka | kb) and len(ka & kb) / len(ka | kb) >= SAME_STATEMENT


def same_person(a: str, b: str) -> bool:
    """'ellen degeneres' and 'comedian ellen degeneres': one name inside the other;
    'edward markey' and 'edward j. markey': same first and last name."""
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return short == long_[len(long_) - len(short):] or (len(short) >= 2 and short[0] == long_[0]
                                                        and short[-1] == long_[-1])


def different_people(these, those) -> bool:
    """Both sides name someone, and no one on one side is anyone on the other."""
    return bool(these and those) and not any(same_person(x, y) for x in these for y in those)
