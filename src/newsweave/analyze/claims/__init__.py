"""Claims: what each sentence asserts, in a form that ``compare`` can align and check.

One claim per sentence (plus derived claims for events named only relative to another,
"on the eve of <event>"). A claim's time is, in order of evidence: a time expression
of the sentence; the time of the event a demonstrative subject points back to ("This
gathering, held on ..." dates the previous sentence's event too); the date another
sentence gives the event it is placed against ("met before the signing" and "signed ... on
Wednesday": on or before that Wednesday); else what tense and publication date imply (a
present-perfect report published on D says: on or before D). A claim placed against an
event its article never dates keeps that event as its ``anchor``, for ``compare`` to date
from the story's other reports.
"""
from __future__ import annotations

import re
from typing import Optional

from newsweave.analyze.claims.antecedents import date_antecedent, group_subject_antecedent
from newsweave.analyze.claims.event_time import (
    bounds_a_period, explicit_time, implied_time, in_main_clause, joined_clause_verb, model_year, undated_events)
from newsweave.analyze.claims.polarity import NEGATION_WORDS, negated_verbs, polarity_of
from newsweave.analyze.claims.relative_events import dated_by_the_event_it_follows, names_of_event, relative_event_claim
from newsweave.analyze.claims.roles import (
    PLACE_TYPES, SPEECH_LEMMAS, event_root, keywords_of, keys_of_subjects, location_of, object_text)
from newsweave.analyze.claims.tense import (
    expectations_in, hedges_in, modality_of, sentence_tense, tense_of_time)
from newsweave.model import Claim, Mention, Quantity, Quote, Sentence, TimeExpression

__all__ = ["build_claims", "tense_of_time", "hedges_in", "expectations_in", "NEGATION_WORDS", "SPEECH_LEMMAS"]


def build_claims(doc, article_id: str, sentences: list[Sentence], mentions: list[Mention],
                 timexes: list[TimeExpression], quantities: list[Quantity], quotes: list[Quote],
                 published: Optional[str]) -> list[Claim]:
    claims: list[Claim] = []
    for sentence in sentences:
        span = doc.char_span(sentence.span[0], sentence.span[1], alignment_mode="expand")
        if span is None or not len(span):
            continue
        claim = _claim_for(span, sentence, article_id, mentions, timexes, quantities, quotes, published)
        group_subject_antecedent(claim, span, claims)
        date_antecedent(claim, span, claims)
        claims.append(claim)
        derived = relative_event_claim(claim, span, sentence, published)
        if derived is not None:
            claims.append(derived)
    for claim in claims:
        if claim.event_noun is None and claim.time is not None and claim.time.basis == "explicit":
            claim.names_of_event = names_of_event(claim, doc)
    for claim in claims:
        dated_by_the_event_it_follows(claim, doc, claims)
    return claims


def _within(items, span):
    return [x for x in items if span[0] <= x.span[0] and x.span[1] <= span[1]]


def _claim_for(span, sentence, article_id, mentions, timexes, quantities, quotes, published) -> Claim:
    root = event_root(span)
    tense = sentence_tense(span)
    ments = _within(mentions, sentence.span)
    subject_keys = keys_of_subjects(root, ments)
    claim = Claim(article_id=article_id, sentence=sentence.index, span=sentence.span, text=sentence.text,
                  actors=subject_keys,
                  entities=sorted({m.key for m in ments if m.type != "NORP"}),
                  predicate=root.lemma_.lower(), object=object_text(root),
                  places=sorted({m.key for m in ments if m.type in PLACE_TYPES}),
                  location=location_of(root, ments),
                  quantities=[q for q in _within(quantities, sentence.span) if not q.ordinal or q.unit],
                  polarity=polarity_of(span), negated=negated_verbs(span),
                  modality=modality_of(span.text, tense), tense=tense,
                  keywords=keywords_of(span), undated_events=undated_events(root))
    main_timexes = [t for t in _within(timexes, sentence.span)
                    if in_main_clause(span, t.span, root) and not bounds_a_period(span, t.span)
                    and not model_year(span, t)]
    claim.time = explicit_time(main_timexes) or (   # what did not happen has no day
        implied_time(tense, root, published) if claim.polarity == "positive" else None)
    if not any(t.pos_ in ("VERB", "AUX") for t in span):
        claim.time = None       # a line with no verb ('June 27 -- BB&T Pavilion, Camden, NJ') tells no event
    joined = joined_clause_verb(span, claim.time.span, root) if claim.time and claim.time.span else None
    if joined is not None:
        claim.time_event = joined.lemma_.lower()
    spoken = [q for q in quotes if q.kind not in ("scare", "stance")
              and q.span[0] < sentence.span[1] and sentence.span[0] < q.span[1]]
    source = next((q for q in spoken if _speaker_key(q)), None) or next(
        (q for q in spoken if q.speaker_span), None)       # 'a spokesman said': attributed, to no one named
    if source is not None:
        claim.source, claim.source_span = _speaker_key(source), source.speaker_span
    return claim


CROWDS = frozenset("dozens hundreds thousands many several some most others all both few".split())
_ARTICLES = frozenset("the a an this these those".split())     # 'The group said' opens a sentence, names no one


def _speaker_key(quote) -> Optional[str]:
    """The speaker's entity key; for a name the model did not tag ('Councilman Ms Tamir'),
    its capitalised words; a speaker with none ('a spokesman') has no key, nor has one
    named only through a possessor ('Reid's rep'), a crowd ('Dozens chanted') or a description
    ('The group said', 'the presumptive Republican presidential nominee wrote': a phrase ending
    on a common noun)."""
    if quote.speaker_key:
        return quote.speaker_key
    words = (quote.speaker or "").rstrip(" ,.").split()
    if not words or words[-1][:1].islower():
        return None             # 'the presumptive Republican presidential nominee': a description, not a name
    names = [w for w in re.findall(r"\b[A-Z][\w.'’-]+", quote.speaker or "")
             if not w.endswith(("'s", "’s")) and w.lower() not in CROWDS | _ARTICLES]
    return " ".join(names).lower() if names and quote.speaker_span else None
