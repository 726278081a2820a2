"""People: the same quoted words given to different speakers."""
from __future__ import annotations

import re
from typing import Optional

from newsweave.compare.conflicts.common import pairs_across_outlets, same_person, source_key, value_of
from newsweave.model import Claim, Conflict


# Quoted words: a whole quotation, or the part of one in this sentence when the quotation
# runs over several ('... second time. You know what they say – the charm,” said X.')
_QUOTED = re.compile(r"[“\"]([^”\"]{8,})[”\"]|^([^“”\"]{8,})”|“([^“”\"]{8,})$")
QUOTE_WORDS = 4             # fewer quoted words is a title or a phrase, not something said


def person_values(claims, articles, key_of) -> Optional[Conflict]:
    """The same quoted words put in different mouths."""
    for a, b in pairs_across_outlets(claims, articles):
        sa, sb = source_key(a, key_of), source_key(b, key_of)
        if not (sa and sb and _named(a, sa, articles) and _named(b, sb, articles)):
            continue
        if not same_person(sa, sb) and _same_quoted_words(a, b) \
                and not _names_outside_quotes(b, sa) and not _names_outside_quotes(a, sb):
            values = [value_of(a, articles, sa), value_of(b, articles, sb)]
            return Conflict("person", values, False, f"attributed to {sa} by {values[0].outlet}, "
                                                     f"to {sb} by {values[1].outlet}")
    return None


def _same_quoted_words(a: Claim, b: Claim) -> bool:
    words_a, words_b = _quoted_words(a), _quoted_words(b)
    return bool(words_a and words_b) and len(words_a & words_b) / len(words_a | words_b) >= 0.6


def _quoted_words(claim: Claim) -> set[str]:
    quoted = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(claim.text.strip())]
    return {w for q in quoted if len(q.split()) >= QUOTE_WORDS for w in re.findall(r"\w+", q.lower())}


def _names_outside_quotes(claim: Claim, key: str) -> bool:
    """The sentence names that speaker outside its quotation ('..., said ABC Entertainment
    Group prexy Paul Lee'): both outlets credit the same person, whoever our parse found."""
    return _holds_name(_QUOTED.sub(" ", claim.text), key)


def _named(claim: Claim, key: str, articles) -> bool:
    """The sentence names its speaker ('said Edward J. Markey (D-Mass.)'): a speaker we
    resolved from 'he' or from a description ('the US software giant said') is our
    reading, not the outlet's attribution."""
    if claim.source_span is None:
        return False
    return _holds_name(articles[claim.article_id].body[claim.source_span[0]:claim.source_span[1]], key)


def _holds_name(text: str, key: str) -> bool:
    """``text`` holds the key's last word as a name (capitalised; not a pronoun)."""
    last = key.split()[-1] if key else ""
    return last not in _NOT_NAMES and any(
        m.group(0)[:1].isupper() for m in re.finditer(rf"\b{re.escape(last)}\b", text, re.I))


_NOT_NAMES = frozenset("i we you he she it they this that these those the a an who which".split())
