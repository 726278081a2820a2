"""Events dated from one another: 'on the eve of a military parade' dates the parade from
the sentence's own date (a derived claim); 'met before the signing' dates the sentence's
event from the day another sentence gives the signing. When the article gives that event
no day, the claim keeps it as its anchor (``EventAnchor``) for the story to date.
"""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Optional

from newsweave.analyze.claims.event_time import in_main_clause, token_at
from newsweave.analyze.claims.roles import PLACE_TYPES, event_root, keywords_of
from newsweave.analyze.nlp import doc_text
from newsweave.dates import to_date
from newsweave.model import Claim, EventAnchor, EventTime, Sentence


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
    rel = re.sub(r"\s+", " ", (m.group("rel") or m.group("rel2")).lower())
    event = _noun_phrase_at(span, sentence.span[0] + m.end())
    if event is None:
        return None
    lo, hi = event
    phrase = (sentence.span[0] + m.start(), hi)
    base = claim.time
    if base is None and claim.tense == "present" and published:
        base = EventTime(published[:10], "day", "on", "publication")
    day = to_date(base.value) if base is not None and base.granularity == "day" and base.relation == "on" else None
    if day is None:          # 'met on the eve of the vote', told as done: the vote's day will date it
        if (base is None or base.basis == "publication") and in_main_clause(span, phrase, event_root(span)):
            claim.anchor = _anchor_of_phrase(span, lo, hi, RELATIVE_DAYS[rel], phrase)
        return None
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


def _anchor_of_phrase(span, lo: int, hi: int, days: int, phrase) -> Optional[EventAnchor]:
    """The event a noun phrase names ('a large military parade'), as an anchor the claim's
    event falls ``days`` from."""
    event = _event_head(span, lo, hi)
    if event is None:
        return None          # 'the day after he lost his job': no noun names the event
    relation, days = _on_the_day(days)
    return EventAnchor(_nouns_of(event), _names_in(event, hi), relation, days,
                       doc_text(span.doc)[phrase[0]:phrase[1]], phrase)


# 'before the signing', 'the day after the vote', 'ahead of the summit': the sentence's event
# placed against another one; 'the day before' also counts the days between (RELATIVE_DAYS)
AROUND_WORDS = {"before": "before", "after": "after", "following": "after", "ahead": "before"}
NAMED_TYPES = PLACE_TYPES | {"PERSON", "ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
AROUND_RE = re.compile(r"\b(?:before|after|following|ahead)\b", re.I)


def dated_by_the_event_it_follows(claim: Claim, doc, claims: list[Claim]) -> None:
    """'The two leaders met for talks before the signing': with no date of its own, the
    sentence's event is dated by the one it is placed against (``EventAnchor``) when the
    nearest other sentence of the article that tells that event dates it ('signed the
    agreement on Wednesday'). Left undated, the anchor stays on the claim for the story's
    other reports to date (``compare``)."""
    if claim.time is not None and claim.time.basis != "publication":
        claim.anchor = None          # dated by a sentence that points back to it ('This gathering, held on ...')
        return
    if claim.event_noun is not None:
        return
    anchors = [claim.anchor] if claim.anchor is not None else _anchors_in(claim, doc)
    for anchor in anchors:
        told = [c for c in claims if c is not claim and anchor.told_by(c)]
        if told:
            nearest = min(told, key=lambda c: abs(c.sentence - claim.sentence))
            claim.time = anchor.time_for(claim, nearest, "relative") or claim.time
            claim.anchor = None
            return
    claim.anchor = anchors[0] if anchors else None


def _anchors_in(claim: Claim, doc) -> list[EventAnchor]:
    """The events the main clause places the claim's own before or after, by a noun that
    names one ('after the vote', not 'after the polls close')."""
    if not AROUND_RE.search(claim.text):
        return []
    span = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    root = event_root(span)
    return [_placed_against(word, event, doc) for word in span
            if (event := _event_named_after(word)) is not None and in_main_clause(span, (word.idx, word.idx + 1), root)]


def _placed_against(word, event, doc) -> EventAnchor:
    """'before the signing': on or before its day; 'the day before the signing': the day
    before, counted as for 'the eve of' (RELATIVE_DAYS)."""
    side = AROUND_WORDS[word.lower_]
    counted = any(c.lower_ == "the" for c in word.head.children) and RELATIVE_DAYS.get(f"{word.head.lower_} {side}")
    where = (word.head.left_edge.idx if counted else word.idx, event.right_edge.idx + len(event.right_edge.text))
    relation, days = _on_the_day(counted) if counted else (side, 0)
    return EventAnchor(_nouns_of(event), _names_in(event, where[1]), relation, days,
                       doc_text(doc)[where[0]:where[1]], where)


def _on_the_day(days: int) -> tuple[str, int]:
    """'the day before' is a day; 'the week before' is a week, so a bound ('in the week
    following the shooting, protests erupted' happened on no one day of it)."""
    return ("on", days) if abs(days) == 1 else ("before" if days < 0 else "after", 0)


def _names_in(event, end: int) -> list[str]:
    """The names in an event's phrase, which single it out among events of its kind: a
    place, person, organisation or product the model names ('the release of Windows IE 8
    Beta 2' is not Windows 8's), a proper noun it does not ('the All-Star break'), and, for
    a possessive pronoun, the person last named before it ('booked Jackson ... before his
    release' is not the release of Williams' test results); not those of a relative clause,
    which tells more of the event than singles it out."""
    said = [t for c in event.children if c.dep_ == "relcl" for t in c.subtree]   # 'which was felt across the Gulf'
    words = [t for t in event.subtree if t.idx < end and t not in said]
    doc = event.doc
    names = {e.text for e in doc.ents if e.label_ in NAMED_TYPES and words[0].i <= e.start and e.end - 1 <= words[-1].i}
    names |= {t.text for t in words if t.pos_ == "PROPN" and not t.ent_type_}
    for pronoun in (t for t in event.children if t.dep_ == "poss" and t.pos_ == "PRON"):
        people = [e for e in doc.ents if e.label_ == "PERSON" and e.end <= pronoun.i]
        if people:
            names.add(people[-1].text)
    return sorted(names)


def _nouns_of(event) -> list[str]:
    """The lemmas that name an event: its noun and the nouns compounded with it ('the
    signing ceremony': ceremony, signing)."""
    return sorted({event.lemma_.lower()} | {c.lemma_.lower() for c in event.children if c.dep_ == "compound"})


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


def names_of_event(claim: Claim, doc) -> list[str]:
    """The lemmas by which a claim that dates its event to a day tells that event: its
    subject or object, the occasion of its event ('joined NATO at a ceremony ... on
    Friday'), or the words its date hangs from ('Tuesday's primary')."""
    span = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    root = event_root(span)
    names = {c.lemma_.lower() for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")}
    names |= {o.lemma_.lower() for c in root.children if c.dep_ == "prep" and c.lower_ in ("at", "during")
              for o in c.children}
    token = token_at(span, claim.time.span[0]) if claim.time.span else None
    for _ in range(3):
        if token is None or token.head.i == token.i:
            break
        token = token.head
        names.add(token.lemma_.lower())
    return sorted(names)


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
    head = _event_head(span, lo, hi)
    return head.lemma_.lower() if head is not None else None


def _event_head(span, lo: int, hi: int):
    """The event's noun: its head common noun, else its name's head ('the Super Bowl')."""
    nouns = ([t for t in span if lo <= t.idx < hi and t.pos_ == "NOUN"]
             or [t for t in span if lo <= t.idx < hi and t.pos_ == "PROPN"])
    roots = [t for t in nouns if not (lo <= t.head.idx < hi) or t.head.i == t.i]
    chosen = roots or nouns
    return chosen[0] if chosen else None
