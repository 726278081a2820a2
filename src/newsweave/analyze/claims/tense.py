"""When a sentence tells its event to happen, and how sure it is of it: the tense of a
verb group ('would' counts as future in reported speech, 'is scheduled to' too), and the
claim's modality (asserted, expected, hedged).
"""
from __future__ import annotations

import re

from newsweave.analyze.claims.roles import event_root


EXPECTED_CUES = re.compile(r"\b(?:will|shall|is|are|was|were)\s+(?:set|expected|scheduled|due|slated|poised|going)\s+to\b|"
                           r"\bwill\b|\bplans?\s+to\b|\bintends?\s+to\b|\bupcoming\b", re.I)
_WILL_THE_NOUN = re.compile(r"\b(?:the|a|his|her|their|its|our|my|your|whose|political|free|good|ill|own)\s+$", re.I)
_WILL_THE_NAME = re.compile(r"(?:\b[a-z][\w'’]*|,)\s+$")


def expectations_in(text: str) -> list[re.Match]:
    """The words that tell what is to come ('will', 'is scheduled to', 'plans to'). Not
    the noun ('the will of the voters', 'against their will', 'political will') nor the
    name: a 'Will' with a capital after a lower-case word or a comma ('backup center Will
    Artino', 'Friday, Will Artino got a chance'), where a headline's 'What Will Happen' has
    a capital before it. Over the PolNeAR and ECB+ texts, 34 claims were told as expected
    only by such a 'will'."""
    return [m for m in EXPECTED_CUES.finditer(text) if m.group(0).lower() != "will" or not (
        _WILL_THE_NOUN.search(text, max(0, m.start() - 12), m.start())
        or m.group(0) == "Will" and _WILL_THE_NAME.search(text, max(0, m.start() - 20), m.start()))]


HEDGE_CUES = re.compile(r"\b(?:may|might|could|reportedly|allegedly|possibly|perhaps|apparently|likely|"
                        r"unconfirmed|appears? to|seems? to|suggests?|believed to|thought to|rumou?red)\b", re.I)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)$")


def hedges_in(text: str) -> list[re.Match]:
    """The words that hedge what a text tells ('may', 'reportedly', 'is believed to').
    'May' written with a capital is the month ('on May 23, 2005', a dateline's 'May 2,
    2013') or a name ('Theresa May') wherever a sentence goes on around it; it is the modal
    only opening a sentence with no number after it ('May the odds be ever in our favor').
    In the PolNeAR and ECB+ texts, 1 capitalised 'May' in 172 is the modal."""
    return [m for m in HEDGE_CUES.finditer(text) if m.group(0) == "may" or m.group(0).lower() != "may"
            or _opens_a_wish(text, m)]


def _opens_a_wish(text: str, may: re.Match) -> bool:
    """A capitalised 'May' opening a sentence, no number after it."""
    return bool(_SENTENCE_OPENS.search(text, max(0, may.start() - 12), may.start())) \
        and not re.match(r"\s*\d", text[may.end():may.end() + 4])


def sentence_tense(sent) -> str:
    """'past' | 'present' | 'future' of the event a spaCy sentence reports."""
    return verb_tense(event_root(sent))


def verb_tense(verb) -> str:
    """Tense of one verb group: its auxiliaries first, then its own tag.
    'would' (future in the past, in reported speech) counts as future, and so does an
    infinitive under a verb that is not past (what is planned, scheduled, hoped for)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if words & {"will", "shall", "'ll", "would"} or any(a.lemma_ == "be" and a.i + 1 < len(verb.doc)
                                                          and verb.doc[a.i + 1].lower_ == "going" for a in aux):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if verb.tag_ == "VBN" and (words & {"has", "have", "had"} or (not aux and verb.dep_ == "acl")):
        return "past"
    if verb.lemma_ in ("be", "set", "expect", "schedule", "due", "plan") and expectations_in(verb.sent.text):
        return "future"
    if verb.dep_ == "xcomp" and verb.head.i != verb.i and any(c.lower_ == "to" for c in verb.children):
        governing = governing_verb(verb.head)
        if governing.lemma_ in _TRYING_VERBS:       # 'failed to reach a contract on Friday': when it failed
            return verb_tense(governing)
        if verb_tense(governing) != "past":         # 'were not able to reach': past
            return "future"         # 'is scheduled to close Monday', 'plans to leave Friday'
    return "present"


# Verbs whose infinitive happens (or is tried) when they do, not after: 'failed to reach',
# 'managed to pass', 'tried to block', 'refused to answer', 'began to fall'.
_TRYING_VERBS = {"fail", "manage", "try", "attempt", "refuse", "decline", "neglect", "forget", "bother", "dare",
                 "hesitate", "struggle", "begin", "start", "continue", "rush"}


_FORWARD_MARKS = {"if", "unless", "once", "until", "when", "whenever"}


def tense_of_time(token) -> str:
    """The tense a time expression is read in, from its word: its verb's (below), but the
    deadline a verb sets looks ahead of it ('postponed until Tuesday morning any action',
    'ordered that the records be released by Thursday')."""
    verb = governing_verb(token)
    if _deadline_set_by(token, verb):
        return "future"
    return _tense_under(verb)


def _tense_under(verb) -> str:
    """The tense a time expression under the verb is read in: the verb's, but a present
    in a condition or a clause of time speaks of what is to come ('whatever the president
    does can be overturned if a Republican is elected president in November'), and what
    would have been is past ('Saturday would have been Reagan's 105th birthday'), and a
    participle on a noun is told in its clause's tense ('delivered the speech outlining her
    foreign policy vision on July 15'). A claim keeps the verb's own tense: what would have
    been is not asserted."""
    if _would_have(verb):
        return "past"
    if _participle_of_its_clause(verb):
        return _tense_under(governing_verb(verb.head))
    tense = verb_tense(verb)
    if tense == "future" and _future_in_the_past(verb):
        return "present"
    if tense == "present" and any(c.dep_ == "mark" and c.lower_ in _FORWARD_MARKS for c in verb.children):
        return "future"
    return tense


def _participle_of_its_clause(verb) -> bool:
    """A bare participle that has no tense of its own but tells its clause's event: one on a
    noun ('the speech outlining her foreign policy vision on July 15'), or one trailing its
    verb after a comma ('has dropped, falling to 44 percent, from 54 percent in July'). Not
    one that opens the sentence ('Heading into Tuesday's primary' looks ahead) or follows a
    preposition ('ahead of voting Tuesday')."""
    if verb.tag_ != "VBG" or _auxiliaries(verb) or verb.head.i == verb.i:
        return False
    if verb.dep_ == "acl":
        return True
    return (verb.dep_ == "advcl" and verb.head.i < verb.i and verb.left_edge.i > 0
            and verb.doc[verb.left_edge.i - 1].text == "," and not any(c.dep_ == "mark" for c in verb.children))


_DEADLINE_VERBS = {"postpone", "delay", "defer", "adjourn", "extend", "give", "grant", "push", "put", "suspend",
                   "recess", "reschedule"}
_LIMITS = ("until", "till", "by")


def _deadline_set_by(token, verb) -> bool:
    """Whether the time is the limit ('until', 'by') a verb sets on what is still to be
    done: a verb of putting off, or one told as ordered, not done (a subjunctive 'be
    released', with no tense of its own)."""
    limit = next((a for a in token.ancestors if a.lower_ in _LIMITS or a.i == verb.i), None)
    if limit is None or limit.lower_ not in _LIMITS or limit.head.i != verb.i:
        return False
    if verb.lemma_ in _DEADLINE_VERBS:
        return True
    aux = [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.dep_ == "ccomp" and (verb.tag_ == "VB" and not aux or aux == ["VB"])


def _future_in_the_past(verb) -> bool:
    """'said they would light landmarks on Monday night': what was to come when it was said,
    which may have come by publication; the nearest such day, not the next."""
    return "would" in _auxiliaries(verb) and verb.dep_ in ("ccomp", "conj") \
        and verb_tense(governing_verb(verb.head)) == "past"


def _would_have(verb) -> bool:
    words = _auxiliaries(verb)
    return "would" in words and bool(words & {"have", "'ve"})


def _auxiliaries(verb) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def governing_verb(token):
    """The nearest verb above a token (itself if it is one)."""
    for _ in range(20):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head.i == token.i:
            return token
        token = token.head
    return token


def modality_of(text: str, tense: str) -> str:
    if hedges_in(text):
        return "hedged"
    if tense == "future" or expectations_in(text):
        return "expected"
    return "asserted"
