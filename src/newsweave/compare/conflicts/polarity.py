"""Polarity: one outlet says it happened, another that it did not, of the same subject,
object and time; not 'had not yet' against a later 'has'."""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from newsweave.analyze.claims import NEGATION_WORDS
from newsweave.compare.conflicts.common import (
    different_people, in_order, pairs_across_outlets, same_statement, value_of)
from newsweave.compare.conflicts.dates import BACKGROUND_DAYS, days_before_report, interval
from newsweave.compare.support import FUNCTION_WORDS
from newsweave.model import Article, Claim, Conflict


def polarity_values(claims, articles, key_of) -> Optional[Conflict]:
    """One side asserts what the other denies: the main event's polarity differs, or a verb
    both sentences use is negated in one only ('was halted' / 'was not halted')."""
    for a, b in pairs_across_outlets(claims, articles):
        if a.modality != b.modality or a.modality == "hedged" or not same_statement(a, b, same_predicate=True):
            continue
        if (a.predicate in LIGHT_VERBS and not _same_complement(a, b)) or _different_objects(a, b) \
                or EARLIER_STATE.search(a.text + " " + b.text) \
                or _other_subjects(a, b) or _of_other_times(a, b, articles):
            continue
        if a.polarity != b.polarity:
            values = [value_of(c, articles, "denied" if c.polarity == "negative" else "asserted") for c in (a, b)]
            update = _not_yet_then_done(*sorted((a, b), key=lambda c: c.polarity != "negative"), articles)
        elif (verb := _verb_negated_differently(a, b)) is not None:
            values = [value_of(c, articles, f"'{verb}' denied" if verb in c.negated else f"'{verb}' asserted")
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
    return different_people(a.actors, b.actors)


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
    age = days_before_report(claim, span, articles) if span is not None else None
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
    return in_order(negative, positive, articles) == (negative, positive) and bool(NOT_YET.search(negative.text))


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


def _verb_negated_differently(a: Claim, b: Claim) -> Optional[str]:
    """A verb negated on one side that appears un-negated on the other (its lemma is among
    that claim's content words), or None. Not a light verb, which says little without its
    object: 'Ross was in negotiations to direct the sequel, but was not able to come to an
    agreement' does not deny that 'Gary Ross is currently in the negotiation stages'."""
    for negated, other in ((a, b), (b, a)):
        for verb in sorted(set(negated.negated) - set(other.negated) - LIGHT_VERBS):
            if verb in other.keywords or verb == other.predicate:
                return verb
    return None
