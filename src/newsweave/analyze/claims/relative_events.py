"""Events dated from one another: 'on the eve of a military parade' dates the parade from
the sentence's own date (a derived claim); 'met before the signing' dates the sentence's
event from the day another sentence gives the signing.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from newsweave.analyze.claims.event_time import in_main_clause, token_at
from newsweave.analyze.claims.roles import PLACE_TYPES, event_root, keywords_of
from newsweave.analyze.nlp import doc_text
from newsweave.dates import to_date
from newsweave.model import Claim, EventTime, Sentence


RELATIVE_EVENT = re.compile(r"\b(?:on\s+)?the\s+(?P<rel>eve|day\s+before|day\s+after|morning\s+after|"
                            r"night\s+before|week\s+before|week\s+after)\s+of\s+|"
                            r"\b(?:on\s+)?the\s+(?P<rel2>day\s+before|day\s+after|week\s+before|week\s+after)\s+", re.I)
RELATIVE_DAYS = {"eve": -1, "day before": -1, "night before": -1, "day after": 1, "morning after": 1,
                 "week before": -7, "week after": 7}


def relative_event_claim(claim: Claim, span, sentence: Sentence, published: Optional[str]) -> Optional[Claim]:
    """'on the eve of a military parade' dates the parade one day after the sentence's event.

    The sentence's own event is dated by its time expression, or, told in the present
    tense ("The meetings come on the eve of ..."), by the publication date. When that time
    expression names the event itself ('on the day after Christmas'), it is the sentence's
    event that is dated from it (the 26th) and no event is derived.
    """
    m = RELATIVE_EVENT.search(sentence.text)
    if m is None:
        return None
    base = claim.time
    if base is None and claim.tense == "present" and published:
        base = EventTime(published[:10], "day", "on", "publication")
    if base is None or base.granularity != "day" or base.relation != "on":
        return None          # 'bought a gun the day after he lost his job', told as done: no day to count from
    rel = re.sub(r"\s+", " ", (m.group("rel") or m.group("rel2")).lower())
    event_start = sentence.span[0] + m.end()
    event = _noun_phrase_at(span, event_start)
    if event is None:
        return None
    day = to_date(base.value)
    if day is None:
        return None
    lo, hi = event
    phrase = (sentence.span[0] + m.start(), hi)
    if base.span and lo <= base.span[0] < hi:
        shifted = (day + timedelta(days=RELATIVE_DAYS[rel])).isoformat()
        claim.time = EventTime(shifted, "day", "on", "relative", doc_text(span.doc)[phrase[0]:hi], phrase)
        return None
    when = (day - timedelta(days=RELATIVE_DAYS[rel])).isoformat()
    text = doc_text(span.doc)[lo:hi]
    return Claim(article_id=claim.article_id, sentence=claim.sentence, span=(lo, hi), text=text,
                 actors=[], predicate="take place", object=text,
                 time=EventTime(when, "day", "on", "relative", doc_text(span.doc)[phrase[0]:hi], (lo, hi)),
                 places=claim.places, tense="future" if RELATIVE_DAYS[rel] < 0 else "past",
                 modality="expected" if RELATIVE_DAYS[rel] < 0 else "asserted",
                 keywords=keywords_of(span.doc.char_span(lo, hi, alignment_mode="expand")),
                 event_noun=_head_lemma(span, lo, hi))


# 'before the signing', 'the day after the vote', 'ahead of the summit': the sentence's event
# placed against another one; 'the day before' also counts the days between (RELATIVE_DAYS)
AROUND_WORDS = {"before": "before", "after": "after", "following": "after", "ahead": "before"}
AROUND_RE = re.compile(r"\b(?:before|after|following|ahead)\b", re.I)


def dated_by_the_event_it_follows(claim: Claim, doc, claims: list[Claim]) -> None:
    """'The two leaders met for talks before the signing': with no date of its own, the
    sentence's event is dated by the one it is placed against when another sentence of the
    article dates that one ('signed the agreement on Wednesday'): on or before that day, or
    on the day before ('the day before the signing'). Only an event named by a noun the
    main clause hangs the word on ('after the vote', not 'after the polls close')."""
    if claim.event_noun is not None or (claim.time is not None and claim.time.basis != "publication") or (
            not AROUND_RE.search(claim.text)):
        return
    span = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    root = event_root(span)
    for word in span:
        event = _event_named_after(word)
        if event is None or not in_main_clause(span, (word.idx, word.idx + 1), root):
            continue
        day = _day_told_of(event, claim, doc, claims)
        if day is not None:
            claim.time = _placed_against(word, event, day, doc)
            return


def _day_told_of(event, claim: Claim, doc, claims: list[Claim]) -> Optional[date]:
    """The day the nearest other sentence about the event dates it on: one that tells it
    (see _tells) in the place that singles it out ('after his win in Oklahoma' is not the
    win in Ohio)."""
    places = [t.text for t in event.subtree if t.ent_type_ in PLACE_TYPES]
    told = [c for c in claims if c is not claim and c.event_noun is None and c.time is not None
            and c.time.basis == "explicit" and c.time.granularity == "day" and c.time.relation == "on"
            and (not places or any(place in c.text for place in places)) and _tells(doc, c, event)]
    return to_date(min(told, key=lambda c: abs(c.sentence - claim.sentence)).time.value) if told else None


def _placed_against(word, event, day: date, doc) -> EventTime:
    """'before the signing': on or before its day; 'the day before the signing': the day
    before, counted as for 'the eve of' (RELATIVE_DAYS)."""
    side = AROUND_WORDS[word.lower_]
    counted = any(c.lower_ == "the" for c in word.head.children) and RELATIVE_DAYS.get(f"{word.head.lower_} {side}")
    where = (word.head.left_edge.idx if counted else word.idx, event.right_edge.idx + len(event.right_edge.text))
    text = doc_text(doc)[where[0]:where[1]]
    if counted:
        return EventTime((day + timedelta(days=counted)).isoformat(), "day", "on", "relative", text, where)
    return EventTime(day.isoformat(), "day", side, "relative", text, where)


def _event_named_after(word):
    """The noun that 'before', 'after', 'following' or 'ahead of' takes, when it names one
    event ('the signing', 'Tuesday's primary'), not events in general ('before elections')."""
    if word.lower_ not in AROUND_WORDS:
        return None
    prep = word
    if word.lower_ == "ahead":
        prep = next((c for c in word.children if c.lower_ == "of"), None)
        if prep is None:
            return None
    obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if obj is None or not any(c.dep_ in ("det", "poss") for c in obj.children):
        return None
    return obj


def _tells(doc, claim: Claim, event) -> bool:
    """Whether the claim's sentence tells the event a noun names: its verb ('the signing',
    'the signing ceremony': signed), the noun as its subject or object, the occasion of its
    event ('at a ceremony'), or what its date qualifies."""
    nouns = {event.lemma_.lower()} | {c.lemma_.lower() for c in event.children if c.dep_ == "compound"}
    verbs = {form for noun in nouns if noun.endswith("ing") for form in (noun[:-3], noun[:-3] + "e", noun[:-4])}
    span = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    root = event_root(span)
    if root.lemma_.lower() in verbs:
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in nouns for c in root.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("at", "during") and any(o.lemma_.lower() in nouns for o in c.children)
           for c in root.children):
        return True             # 'joined NATO at a ceremony ... on Friday'
    token = token_at(span, claim.time.span[0]) if claim.time.span else None
    for _ in range(3):
        if token is None or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in nouns:
            return True
    return False


def _noun_phrase_at(span, start: int) -> Optional[tuple[int, int]]:
    """The noun phrase starting at ``start``, up to a relative clause or comma."""
    doc = span.doc
    first = token_at(span, start)
    if first is None:
        return None
    head = first
    while head.head.i != head.i and head.head.idx >= start and head.dep_ not in ("pobj", "dobj"):
        head = head.head
    tokens = [t for t in head.subtree if t.idx >= start and t.dep_ not in ("relcl", "punct", "acl")]
    stop = next((t.i for t in head.subtree if t.dep_ in ("relcl", "acl") and t.idx >= start), None)
    if stop is not None:
        tokens = [t for t in tokens if t.i < min(s.i for s in doc[stop].subtree)]
    if not tokens:
        return None
    return tokens[0].idx, max(t.idx + len(t.text) for t in tokens)


def _head_lemma(span, lo: int, hi: int) -> Optional[str]:
    """The event's noun: its head common noun, else its name's head ('the Super Bowl')."""
    nouns = ([t for t in span if lo <= t.idx < hi and t.pos_ == "NOUN"]
             or [t for t in span if lo <= t.idx < hi and t.pos_ == "PROPN"])
    roots = [t for t in nouns if not (lo <= t.head.idx < hi) or t.head.i == t.i]
    chosen = roots or nouns
    return chosen[0].lemma_.lower() if chosen else None
