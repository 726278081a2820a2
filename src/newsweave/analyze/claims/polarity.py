"""Whether the event is negated ('not', 'never', 'no' on its subject or object, a denial
that flips it), and every verb the sentence negates, for reports that differ in one.
"""
from __future__ import annotations

from newsweave.analyze.claims.roles import event_root


NEGATION_WORDS = {"not", "n't", "never", "no", "neither", "nor", "nobody", "nothing", "none"}


# 'showed no signs', 'is no threat', 'No one has shown symptoms': 'no' on the object or the
# subject negates the event as much as 'not' on the verb.
NEGATED_BY_NO = ("dobj", "attr", "nsubj", "nsubjpass")


DENIAL_VERBS = {"deny", "reject", "refute", "dismiss", "rule"}


def polarity_of(span) -> str:
    """Negated event ('not', 'never', or 'no' on its subject or object), flipped once more
    when the reporting verb is a denial ('X denied that the plant would close' asserts the
    plant will not close). 'I didn't feel we were executing' says what 'I feel we weren't
    executing' says: a negation on feel, think or believe belongs to the clause they take."""
    root = event_root(span)
    negative = _negates(root, span)
    complement = _neg_raised_clause(root)
    if complement is not None:
        negative ^= _negates(complement, span)
    reporter = span.root
    if reporter.i != root.i and reporter.lemma_.lower() in DENIAL_VERBS:
        negative = not negative
    elif reporter.i == root.i and root.lemma_.lower() in DENIAL_VERBS:
        negative = True
    return "negative" if negative else "positive"


NEG_RAISING = {"think", "believe", "feel", "suppose", "expect", "imagine", "reckon"}


def _neg_raised_clause(verb):
    """The clause a negation on a verb of opinion really negates, if the verb has one."""
    if verb.lemma_.lower() not in NEG_RAISING:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp"), None)


def _negates(verb, span) -> bool:
    """'not'/'never' on the verb, or 'no' on its subject or object."""
    if _not_until(verb):
        return False
    if any((c.dep_ == "neg" or c.lower_ in NEGATION_WORDS) and _negates_here(c) for c in verb.children):
        return True
    return any(t.dep_ in NEGATED_BY_NO and t.head.i == verb.i and _has_no(t) for t in span)


def _not_until(verb) -> bool:
    """'the Colts didn't take their first lead until Ratliff intercepted a pass': the event
    happened, and 'until' says when."""
    return any(c.lower_ in ("until", "till") or c.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ in ("until", "till") for g in c.children) for c in verb.children)


def _has_no(token) -> bool:
    return any(c.lower_ == "no" and _negates_here(c) for c in token.children)


NON_COMMITTAL = {"say", "tell", "comment", "confirm", "know", "return", "respond", "disclose", "specify"}


def negated_verbs(span) -> list[str]:
    """Every verb the sentence negates, in any clause ('the drive was not halted'): two
    reports of one sentence can differ in a negation the main event does not carry. A
    source that 'would not say' or 'did not return a call' negates nothing reported. 'Have
    no information' negates 'have' as much as 'don't have any'."""
    negators = [t for t in span if t.dep_ == "neg" and _negates_here(t)]
    negators += [t for t in span if t.dep_ in NEGATED_BY_NO and (t.lower_ in ("nothing", "none", "nobody")
                                                                and _negates_here(t) or _has_no(t))]
    heads = [_neg_raised_clause(t.head) or t.head for t in negators]
    heads = [h for h in heads if not _not_until(h)]
    return sorted({h.lemma_.lower() for h in heads if h.pos_ in ("VERB", "AUX") and h.lemma_.lower() not in NON_COMMITTAL})


def _negates_here(token) -> bool:
    """A negation word that negates, unlike 'not only repulsed an attack, but nabbed 23'
    (both acts asserted), 'the No. 1 Tar Heels' (a rank) and 'nothing less than the future
    of Europe is at stake', 'nothing short of a miracle', 'nothing but' or 'nothing more
    than' (emphasis)."""
    after = [t.lower_ for t in token.doc[token.i + 1:token.i + 3]]
    if not after:
        return True
    if token.lower_ == "not":
        return after[0] not in ("only", "just", "merely")
    if token.lower_ == "no":
        return not (after[0].isdigit() or after[0] == "." and after[1:] and after[1].isdigit())
    if token.lower_ == "nothing":
        return after[0] not in ("less", "short", "but") and after[:2] != ["more", "than"]
    return True
