"""Compare: story -> brief (facts with status and conflicts, entities, quotes, timeline,
outlet style). Input is records only: the Story, its Articles and their Analyses.

Copies found by the clusterer are shown but never counted as a second outlet: their
claims do not enter alignment.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Callable, Optional

import numpy as np

from newsweave.compare.align import align
from newsweave.compare.conflicts import find_conflicts
from newsweave.compare.conflicts.common import outlet_of
from newsweave.compare.story_dates import dated_from_the_story
from newsweave.compare.style import article_style
from newsweave.model import (Analysis, Article, ArticleBrief, Claim, ClaimRef, EntityBrief, Fact, OutletProfile,
                             QuoteBrief, Story, StoryBrief, TimelineEntry)

Embedder = Callable[[list[str]], np.ndarray]


def compare_story(story: Story, articles: dict[str, Article], analyses: dict[str, Analysis],
                  embed: Optional[Embedder] = None) -> StoryBrief:
    if embed is None:
        from newsweave.embed import embed
    members = [articles[i] for i in story.article_ids if i in articles]
    key_of = story_key_map(analyses.values())
    independent = [a for a in members if a.id not in story.copies]
    claims = dated_from_the_story([c for a in independent for c in analyses[a.id].claims])
    facts = build_facts(claims, articles, embed, key_of)
    return StoryBrief(
        id=story.id,
        title=_story_title(members, analyses),
        articles=[_article_brief(a, analyses[a.id], story.copies.get(a.id)) for a in members],
        entities=_entities(members, analyses, key_of),
        quotes=[QuoteBrief(q.speaker, q.text, q.article_id, q.span, q.kind, q.cue)
                for a in members for q in analyses[a.id].quotes if q.kind not in ("scare", "stance") and q.speaker],
        timeline=_timeline(facts, claims, articles),
        facts=facts,
        outlets=_outlet_profiles(members, analyses),
    )


def build_facts(claims: list[Claim], articles: dict[str, Article], embed: Embedder,
                key_of=lambda k: k) -> list[Fact]:
    facts = []
    for group in align(claims, embed, key_of):
        outlets = sorted({outlet_of(c, articles) for c in group.claims})
        conflicts = find_conflicts(group.claims, articles, key_of) if len(outlets) > 1 else []
        disputes = [c for c in conflicts if not c.update]
        status = "disputed" if disputes else "corroborated" if len(outlets) > 1 else "single-source"
        statement = next((c.text for c in group.claims if c.event_noun is None), group.claims[0].text)
        refs = [ClaimRef(c.article_id, articles[c.article_id].outlet, c.text, c.span) for c in group.claims]
        fact_id = hashlib.sha1("|".join(sorted(f"{r.article}:{r.span}" for r in refs)).encode()).hexdigest()[:12]
        facts.append(Fact(fact_id, status, statement, refs, conflicts, outlets))
    order = {"disputed": 0, "corroborated": 1, "single-source": 2}
    facts.sort(key=lambda f: (order[f.status], -len(f.outlets), f.claims[0].article, f.claims[0].span))
    return facts


def story_key_map(analyses) -> Callable[[str], str]:
    """Across a story's articles a bare name ('Xi') joins the one full name it belongs to."""
    full = {m.key for a in analyses for m in a.mentions if m.type == "PERSON" and " " in m.key}
    mapping = {}
    for a in analyses:
        for m in a.mentions:
            if m.type == "PERSON" and " " not in m.key:
                owners = {f for f in full if m.key in f.split()}
                if len(owners) == 1:
                    mapping[m.key] = owners.pop()
    return lambda key: mapping.get(key, key)


def _story_title(members: list[Article], analyses: dict[str, Analysis]) -> str:
    titled = [a.title for a in members if a.title]
    if titled:
        return titled[0]
    first = members[0]
    sentences = analyses[first.id].sentences
    return sentences[0].text[:140] if sentences else first.body[:140]


def _article_brief(article: Article, analysis: Analysis, copy_of: Optional[str]) -> ArticleBrief:
    return ArticleBrief(article.id, article.source_id, article.outlet, article.url, article.title,
                        article.published, article.authors, article.section, article.body, copy_of,
                        article_style(article, analysis), article.source)


def _entities(members, analyses, key_of) -> list[EntityBrief]:
    grouped: dict[str, dict] = {}
    for article in members:
        for m in analyses[article.id].mentions:
            if m.type == "NORP":
                continue
            key = key_of(m.key)
            entry = grouped.setdefault(key, {"names": defaultdict(int), "type": m.type, "titles": [],
                                             "articles": []})
            entry["names"][m.canonical] += 1
            entry["titles"] += [t for t in m.titles if t not in entry["titles"]]
            if article.id not in entry["articles"]:
                entry["articles"].append(article.id)
    out = [EntityBrief(max(e["names"], key=lambda n: (len(n.split()), e["names"][n])), e["type"], key,
                       e["titles"], e["articles"]) for key, e in grouped.items()]
    out.sort(key=lambda e: (-len(e.articles), e.name))
    return out


def _timeline(facts: list[Fact], claims: list[Claim], articles: dict[str, Article]) -> list[TimelineEntry]:
    """One entry per fact and date, told in the words of the first report that gives that
    date: where outlets date one event differently, each date stands with its own sentence.
    A date counted from another sentence's day ('the day before the signing') names that
    sentence, which may be another report's."""
    by_ref = {(c.article_id, tuple(c.span)): c for c in claims}
    entries: dict[tuple, TimelineEntry] = {}
    for fact in facts:
        for ref in fact.claims:
            claim = by_ref.get((ref.article, tuple(ref.span)))
            if claim is None or claim.time is None:
                continue
            if claim.time.basis == "publication" and fact.status != "disputed":
                continue          # "on or before the publication date" is news only in a dispute
            key = (claim.time.value, claim.time.relation, fact.id)
            entry = entries.setdefault(key, TimelineEntry(claim.time.value, claim.time.granularity, claim.text, [],
                                                          claim.time.relation, _counted_from(claim, by_ref, articles)))
            if ref.article not in entry.articles:
                entry.articles.append(ref.article)
    return sorted(entries.values(), key=lambda e: (e.date, e.what))


def _counted_from(claim: Claim, by_ref, articles: dict[str, Article]) -> Optional[ClaimRef]:
    source = claim.time.counted_from
    told = source and by_ref.get((source.article, tuple(source.span)))
    if not told:
        return None
    return ClaimRef(told.article_id, articles[told.article_id].outlet, told.text, told.span)


def _outlet_profiles(members, analyses) -> list[OutletProfile]:
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for a in members:
        by_outlet[a.outlet or a.id].append(a)
    profiles = []
    for outlet, arts in sorted(by_outlet.items()):
        styles = [article_style(a, analyses[a.id]) for a in arts]
        names = styles[0].keys() if styles else []
        signals = {n: round(sum(s[n].value for s in styles) / len(styles), 3) for n in names}
        profiles.append(OutletProfile(outlet, [a.id for a in arts], signals))
    return profiles


__all__ = ["compare_story", "build_facts"]
