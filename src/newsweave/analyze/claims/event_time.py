"""The event's own time: a time expression of its main clause (not one of a subordinate
clause, a period's bound or a product's model year), else what tense and publication date
imply.
"""
from __future__ import annotations

from typing import Optional

from newsweave.analyze.claims.roles import SPEECH_LEMMAS
from newsweave.model import EventTime


CLAUSE_DEPS = {"advcl", "ccomp", "relcl", "csubj", "parataxis", "pcomp"}


def token_at(span, offset: int):
    """The first token of ``span`` at or after character ``offset`` (None past its end)."""
    return next((t for t in span if t.idx >= offset), None)


def in_main_clause(span, char_span, root) -> bool:
    """A date inside a subordinate clause ('since Russia invaded in 2022') dates that clause,
    not the sentence's event; a participle on the subject ('This meeting, held on ...') does."""
    token = token_at(span, char_span[0])
    if token is not None and any(w.left_edge.i <= token.i <= w.right_edge.i for w in _when_clauses(root)):
        return True
    while token is not None and token.i != root.i:
        if token.head.i == token.i:
            return False          # reached the reporting verb above the event: it dates the saying
        if token.dep_ in CLAUSE_DEPS and not _simultaneous(token):
            return False
        if token.dep_ == "acl" and token.head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        token = token.head
    return token is not None


def joined_clause_verb(span, char_span, root):
    """The verb of a clause joined to the event's with a subject of its own, when the time
    lies in it: 'No pleas were entered and a bail hearing was scheduled for Wednesday' dates
    the scheduling, not the pleas. None when the time is the event's own."""
    token = token_at(span, char_span[0])
    while token is not None and token.i != root.i and token.head.i != token.i:
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return token
        token = token.head
    return None


_SIMULTANEOUS = ("when", "as", "while")


PERIOD_BOUNDS = {"since", "until", "till", "within"}


def bounds_a_period(span, char_span) -> bool:
    """'the fifth operation since September', 'held until Friday', 'the second arrest within
    the last month': the date opens, closes or spans a period the event falls in; it is not
    the event's date."""
    token = token_at(span, char_span[0])
    while token is not None and token.i > 0:
        token = token.nbor(-1)
        if token.dep_ != "det":
            return token.lower_ in PERIOD_BOUNDS
    return False


def model_year(span, timex) -> bool:
    """'driving a 2008 GMC Sierra', 'a silver 2007 Ford Fusion': a year naming a product's
    model dates the car, not the event ('the 2008 Olympics', an event, still dates it).
    The parser may make the year the head ('struck by a gray 2013 Toyota Camry'): a year
    inside a noun phrase, before a maker's name, is a model all the same ('In 2013 Toyota
    sold ...' still dates the sales)."""
    if timex.granularity != "year":
        return False
    token = token_at(span, timex.span[0])
    if token is None:
        return False
    if token.dep_ in ("nummod", "compound") and token.head.i > token.i:
        return token.head.pos_ == "PROPN" and token.head.ent_type_ in ("ORG", "PRODUCT")
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    return (after is not None and after.pos_ == "PROPN" and after.ent_type_ in ("ORG", "PRODUCT")
            and before is not None and before.pos_ in ("DET", "ADJ"))


def _when_clauses(root) -> list:
    """The when-clauses on the event ('died when a passenger ferry overturned ... on
    Tuesday'), however the parser hung them: as a clause marked by 'when', or as 'when' (or
    its noun, 'ferry') carrying the clause in its subtree. Each dates the event."""
    return [c for c in root.children if any(t.pos_ == "VERB" for t in c.subtree) and (
        c.dep_ in ("advmod", "mark") and c.lower_ in _SIMULTANEOUS
        or c.dep_ == "advcl" and any(g.dep_ in ("advmod", "mark") and g.lower_ in _SIMULTANEOUS for g in c.children))]


def undated_events(root) -> list[str]:
    """Lemmas of the verbs in the event's subordinate clauses, which the sentence's own date
    does not date: 'Clinton spoke Thursday night after becoming the first woman ... to win'
    dates the speaking, not the becoming or the winning. When-clauses are excepted: they
    happen with the event."""
    clauses = [t for t in root.subtree if t.dep_ in CLAUSE_DEPS and t.i != root.i and not _simultaneous(t)]
    return sorted({t.lemma_.lower() for c in clauses for t in c.subtree if t.pos_ == "VERB"})


def _simultaneous(clause) -> bool:
    """'Five died when the ferry overturned on Tuesday': a when-clause dates the main event."""
    return clause.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in _SIMULTANEOUS
                                          for c in clause.children)


def explicit_time(timexes) -> Optional[EventTime]:
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and t.value and t.value[:1].isdigit()]
    if not dated:
        return None
    # the finest date, and of equally fine ones a calendar date over a deictic one
    # ('this morning, 16th August' is dated by '16th August')
    best = max(dated, key=lambda t: (_GRANULARITY_RANK.get(t.granularity, 0),
                                     t.anchor == "absolute" or any(ch.isdigit() for ch in t.text)))
    value = best.value[:10] if best.type == "TIME" else best.value
    return EventTime(value, best.granularity, "on", "explicit", best.text, best.span)


_GRANULARITY_RANK = {"minute": 6, "hour": 5, "day": 4, "week": 3, "month": 2, "season": 1, "quarter": 1, "half": 1, "year": 0}


def implied_time(tense: str, root, published: Optional[str]) -> Optional[EventTime]:
    """A report dated D that tells an event as done says it happened on or before D."""
    if not published or tense != "past":
        return None
    if root.lemma_.lower() in SPEECH_LEMMAS:
        return None          # "X said" dates the saying, not the event
    value = published[:10]              # a date known to the year ('2013') bounds by the year's end
    return EventTime(value, {4: "year", 7: "month"}.get(len(value), "day"), "before", "publication")
