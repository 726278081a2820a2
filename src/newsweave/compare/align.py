"""Group claims from different articles of a story that state the same fact.

Two claims align when their sentences mean the same (MiniLM cosine) and they share
what the fact is about (entities, content words, the event noun). Each claim links to
its best match in every other article; linked claims form one fact (one-to-many), at
most one claim per article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from newsweave.model import Claim

MIN_KEYWORDS = 3
STRONG_COSINE = 0.62        # paraphrase on meaning alone
WEAK_COSINE = 0.40          # paraphrase if the claims also share what they are about
MIN_OVERLAP = 0.12
DATED_EVENT_COSINE = 0.6    # two dated claims this alike describe the same event
VERBATIM_WORDS = 5          # shorter repeated lines are page furniture ('Read more'), not statements


@dataclass
class AlignedGroup:
    claims: list[Claim]


def alignable(claim: Claim) -> bool:
    return len(claim.keywords) >= MIN_KEYWORDS or claim.event_noun is not None


def align(claims: list[Claim], embed: Callable[[list[str]], np.ndarray],
          key_of: Callable[[str], str] = lambda k: k) -> list[AlignedGroup]:
    """Groups over ``claims`` (every claim in exactly one group).

    A link needs both claims to pick each other as best match in the other's article
    (mutual best), so a vague sentence cannot chain two different facts together. Links
    join groups strongest first, and never two groups that share an article: an article
    states a fact once, so a group holding two of its sentences has chained two facts
    (in a 21-report story, one 'fact' had gathered five sentences of one report).
    """
    if len({c.article_id for c in claims}) < 2:
        return [AlignedGroup([c]) for c in claims]     # one report: nothing to align, nothing to embed
    sims = embed([c.text for c in claims])
    sims = sims @ sims.T
    by_article: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        by_article.setdefault(c.article_id, []).append(i)
    best = {}
    for i, claim in enumerate(claims):
        if not alignable(claim):
            continue
        for article_id, indices in by_article.items():
            if article_id != claim.article_id:
                best[i, article_id] = _best_match(i, indices, claims, sims, key_of)
    links = [(float(sims[i, j]), i, j) for (i, article_id), j in best.items()
             if j is not None and i < j and best.get((j, claims[i].article_id)) == i]
    links += [(1.0, i, j) for i, j in _verbatim(claims)]
    parent = list(range(len(claims)))
    articles = [{c.article_id} for c in claims]          # per root: the articles its group holds

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, i, j in sorted(links, reverse=True):
        a, b = root(i), root(j)
        if a != b and not articles[a] & articles[b]:
            parent[a] = b
            articles[b] |= articles[a]
    for i, j in _same_dated_event(claims, sims, by_article):
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(claims)):
        groups.setdefault(root(i), []).append(i)
    return [AlignedGroup([claims[i] for i in _medoid_first(g, sims)]) for g in groups.values()]


def _verbatim(claims: list[Claim]):
    """A sentence another report repeats word for word (a wire story, lightly reworked) is
    that report's statement of the same fact, however few content words it has ('Jackson
    is due in court Feb. 17.')."""
    first: dict[str, int] = {}
    for i, claim in enumerate(claims):
        words = re.findall(r"\w+", claim.text.lower())
        if len(words) < VERBATIM_WORDS:
            continue
        key = " ".join(words)
        if key in first and claims[first[key]].article_id != claim.article_id:
            yield first[key], i
        first.setdefault(key, i)


def _same_dated_event(claims: list[Claim], sims: np.ndarray, by_article: dict[str, list[int]]):
    """Claims that each date an event and describe it alike are one fact even when each also
    has a closer partner: this is how two dates for one event meet (one-to-many). A bound
    ('after the shooting', 'on or before' publication) dates no event to one day."""
    dated = [i for i, c in enumerate(claims) if c.time is not None and c.time.basis != "publication"
             and c.time.relation == "on" and c.event_noun is None and alignable(c)]
    for a, i in enumerate(dated):
        for j in dated[a + 1:]:
            if claims[i].article_id != claims[j].article_id and sims[i, j] >= DATED_EVENT_COSINE:
                yield i, j


def _medoid_first(indices: list[int], sims: np.ndarray) -> list[int]:
    """The claim closest to all others first: it states the fact best."""
    if len(indices) < 3:
        return indices
    centre = max(indices, key=lambda i: sum(sims[i, j] for j in indices))
    return [centre] + [i for i in indices if i != centre]


def _best_match(i: int, candidates: list[int], claims: list[Claim], sims: np.ndarray,
                key_of) -> Optional[int]:
    """Best-scoring claim among ``candidates`` (one article's), or None if none matches."""
    best, best_score = None, 0.0
    for j in candidates:
        if not alignable(claims[j]):
            continue
        score = match_score(claims[i], claims[j], float(sims[i, j]), key_of)
        if score > best_score:
            best, best_score = j, score
    return best


def match_score(a: Claim, b: Claim, cosine: float, key_of=lambda k: k) -> float:
    """> 0 when the two claims state the same fact; larger is surer."""
    overlap = _overlap(a, b, key_of)
    if a.event_noun or b.event_noun:
        return _event_match(a, b, cosine)
    if cosine >= STRONG_COSINE:
        return cosine + overlap
    if cosine >= WEAK_COSINE and overlap >= MIN_OVERLAP and _share_subject(a, b, key_of):
        return cosine + overlap
    return 0.0


def _overlap(a: Claim, b: Claim, key_of) -> float:
    sa = {key_of(k) for k in a.entities} | set(a.keywords)
    sb = {key_of(k) for k in b.entities} | set(b.keywords)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def _share_subject(a: Claim, b: Claim, key_of) -> bool:
    """Same actors, or (when one side names none) the same predicate and a shared entity."""
    actors_a, actors_b = {key_of(k) for k in a.actors}, {key_of(k) for k in b.actors}
    if actors_a and actors_b:
        return bool(actors_a & actors_b)
    shared_entities = {key_of(k) for k in a.entities} & {key_of(k) for k in b.entities}
    return bool(shared_entities) or a.predicate == b.predicate


def _event_match(a: Claim, b: Claim, cosine: float) -> float:
    """A derived event claim ('the parade', dated relative to another event) matches a claim
    that names the same event noun and dates it."""
    event = a.event_noun or b.event_noun
    other = b if a.event_noun else a
    if other.event_noun and other.event_noun != event:
        return 0.0
    if event in other.keywords and other.time is not None and cosine >= 0.25:
        return cosine + 0.5
    return 0.0
