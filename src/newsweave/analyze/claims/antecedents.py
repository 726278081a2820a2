"""What a sentence takes from the ones before it: the people of 'Both leaders' or 'They',
and the date of 'This gathering, held on ...' for the event it points back to.
"""
from __future__ import annotations

from newsweave.model import Claim, EventTime, SentenceRef


GROUP_NOUNS = {"leader", "president", "minister", "official", "side", "party", "country", "nation", "man",
               "woman", "pair", "team", "delegation", "head"}


def group_subject_antecedent(claim: Claim, span, earlier: list[Claim]) -> None:
    """'Both leaders ...', 'The two presidents ...', 'They ...': the people of the last
    sentence that named two or more of them."""
    if claim.actors or not earlier:
        return
    subject = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return
    plural_group = subject.lemma_.lower() in GROUP_NOUNS and subject.tag_ == "NNS" and any(
        c.lower_ in ("both", "two", "the", "these", "three") for c in subject.children)
    if not (plural_group or subject.lower_ == "they"):
        return
    for previous in reversed(earlier[-6:]):
        people = [k for k in previous.actors if " " in k] or previous.actors
        if len(people) >= 2:
            claim.actors = list(people)
            return


def date_antecedent(claim: Claim, span, earlier: list[Claim]) -> None:
    """'This gathering, held on 3 Sept, ...': the date also belongs to the previous sentence's
    event, when it is told of the subject that points back to it. 'Those suspicions ...
    intensified Wednesday' dates the intensifying, not the suspicions told before."""
    if claim.time is None or claim.time.basis != "explicit" or not earlier:
        return
    subject = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(c.lower_ in ("this", "that", "these", "those") and c.dep_ == "det"
                                  for c in subject.children):
        return
    last = subject.right_edge
    if not subject.left_edge.idx <= claim.time.span[0] < last.idx + len(last):
        return
    previous = next((c for c in reversed(earlier) if c.event_noun is None), None)
    if previous is None or previous.sentence != claim.sentence - 1:
        return
    if previous.time is None or previous.time.basis == "publication":
        previous.time = EventTime(claim.time.value, claim.time.granularity, "on", "anaphora",
                                  claim.time.text, claim.time.span, SentenceRef(claim.article_id, claim.span))
