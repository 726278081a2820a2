"""`newsweave bench conflicts`: are planted disagreements found, and are real pairs left alone?

Perturbation set, built from real articles: a copy of an article with one fact changed
(a date, a count, a place, the speaker of a quote, or a statement negated), the rest
kept, given to :func:`newsweave.compare.compare_story` as a second outlet. A plant is
found when a disputed fact of its slot holds the changed sentence; every other conflict
raised is a false one. Per slot: recall (plants found) and precision (conflicts raised
that are about the plant).

False alarms: pairs of real articles about the same event (``gold_cluster``), compared the
same way; the conflicts raised per pair, and a sample written out to be read by hand.
Articles come from one split (``dev`` by default: the rules were written on others).
"""
from __future__ import annotations

import json
import os
import random
import re
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Callable, Optional

import numpy as np

from newsweave.dates import to_date
from newsweave.model import Analysis, Article, Story

SLOTS = ("date", "number", "place", "person", "polarity")
DATELINE_CHARS = 120        # where a page's own date and stamp sit


@dataclass
class Plant:
    slot: str
    original: Article
    copy: Article
    span: tuple[int, int]          # the changed characters in the copy's body
    before: str
    after: str


# ---- perturbations: each returns (start, end, replacement) in the original body, or None --

def _change_date(article: Article, analysis: Analysis, rng: random.Random, others) -> Optional[tuple]:
    """An event date a sentence states ('held on September 3'), not the page's dateline nor
    the date an undated article is read against: changing those re-dates every relative
    date in the article, a different test."""
    days = [t for t in analysis.timexes if t.type == "DATE" and t.granularity == "day" and to_date(t.value or "")
            and re.search(r"\d", t.text) and any(c.time and c.time.span == t.span for c in analysis.claims)
            and t.span[0] > DATELINE_CHARS and t.value != analysis.reference_date]
    if not days:
        return None
    t = rng.choice(days)
    moved = to_date(t.value) + timedelta(days=rng.choice([-9, -5, 4, 8]))
    return t.span[0], t.span[1], f"{moved:%B} {moved.day}, {moved.year}"


def _change_number(article: Article, analysis: Analysis, rng: random.Random, others) -> Optional[tuple]:
    counts = [q for q in analysis.quantities if q.unit and not q.ordinal and not q.approx and q.high is None and 2 <= q.value < 10**6
              and re.match(r"\d[\d,]*", q.text)]
    if not counts:
        return None
    q = rng.choice(counts)
    digits = re.match(r"\d[\d,]*", q.text).group(0)
    changed = int(q.value * rng.choice([2, 3]) + rng.randint(3, 9))
    return q.span[0], q.span[0] + len(digits), f"{changed:,}"


def _change_place(article: Article, analysis: Analysis, rng: random.Random, others) -> Optional[tuple]:
    located = [c for c in analysis.claims if c.location]
    places = [m for c in located for m in analysis.mentions
              if m.type in ("GPE", "LOC") and c.span[0] <= m.span[0] < c.span[1] and m.key == c.location]
    foreign = [p for p in others["places"] if p.lower() not in article.body.lower()]
    if not places or not foreign:
        return None
    m = rng.choice(places)
    return m.span[0], m.span[1], rng.choice(foreign)


def _change_speaker(article: Article, analysis: Analysis, rng: random.Random, others) -> Optional[tuple]:
    spoken = [q for q in analysis.quotes if q.kind == "direct" and q.speaker_key and q.speaker_span
              and len(q.text.split()) >= 6]
    people = [m for q in spoken for m in analysis.mentions       # the speaker's own name, not another in the
              if m.type == "PERSON" and m.key == q.speaker_key     # phrase ('a friend of LuAnn's')
              and q.speaker_span[0] <= m.span[0] and m.span[1] <= q.speaker_span[1]]
    foreign = [p for p in others["people"] if p.split()[-1].lower() not in article.body.lower()]
    if not people or not foreign:
        return None
    m = rng.choice(people)
    return m.span[0], m.span[1], rng.choice(foreign)


_NEGATABLE = re.compile(r"\b(was|were|is|are|has|have|had|will|would|could|can)\s+(?!not\b|n't\b)(?=\w+(?:ed|en)\b)")


def _negate(article: Article, analysis: Analysis, rng: random.Random, others) -> Optional[tuple]:
    spots = [(c, m) for c in analysis.claims if c.polarity == "positive" and c.modality == "asserted"
             for m in [_NEGATABLE.search(c.text)] if m]
    if not spots:
        return None
    claim, m = rng.choice(spots)
    at = claim.span[0] + m.end(1)
    return at, at, " not"


PERTURB: dict[str, Callable] = {"date": _change_date, "number": _change_number, "place": _change_place,
                                "person": _change_speaker, "polarity": _negate}


def plant(slot: str, article: Article, analysis: Analysis, rng: random.Random, others) -> Optional[Plant]:
    change = PERTURB[slot](article, analysis, rng, others)
    if change is None:
        return None
    start, end, text = change
    body = article.body[:start] + text + article.body[end:]
    copy = replace(article, id=f"{article.id}~{slot}", body=body, outlet=f"{article.outlet or 'outlet'} (altered)")
    return Plant(slot, article, copy, (start, start + len(text)), article.body[start:end], text)


_NAME = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)*$")


def replacements(analyses) -> dict[str, list[str]]:
    """What a plant puts in: a place the model tagged GPE, and a person someone quoted is
    attributed to, each spelled as a name ('Fri Aug 2,' tagged PERSON is not a speaker, nor
    is a newsroom, 'Eyewitness News')."""
    places = {m.canonical for n in analyses for m in n.mentions if m.type == "GPE" and _NAME.match(m.canonical)}
    people = {q.speaker for n in analyses for q in n.quotes
              if q.kind == "direct" and q.speaker and " " in q.speaker and _NAME.match(q.speaker)
              and any(m.key == q.speaker_key and m.type == "PERSON" for m in n.mentions)}
    return {"places": sorted(places), "people": sorted(people)}


# ---- scoring ------------------------------------------------------------------------------

def _compare_pair(a: Article, b: Article, analyses: dict[str, Analysis], embed) -> list:
    from newsweave.compare import compare_story
    brief = compare_story(Story(f"{a.id}|{b.id}", [a.id, b.id]), {a.id: a, b.id: b}, analyses, embed)
    return [(fact, c) for fact in brief.facts for c in fact.conflicts if not c.update]


def _is_the_plant(fact, conflict, p: Plant) -> bool:
    """The conflict is about the changed fact: of its slot, and either holding the changed
    sentence or giving the planted value (a changed speaker also speaks the quotes that
    follow, by 'he said'; a changed count is repeated further down)."""
    if conflict.slot != p.slot:
        return False
    s, e = p.span
    if any(ref.article == p.copy.id and ref.span[0] <= e and s <= ref.span[1] for ref in fact.claims):
        return True
    planted = re.sub(r"\W+", " ", p.after.lower()).strip()
    if p.slot == "person":          # a speaker's key may drop a first name or initials ('T.J. DiLeo': 'tj dileo')
        planted = planted.split()[-1] if planted else planted
    return any(planted and planted in re.sub(r"\W+", " ", v.value.lower()) for v in conflict.values)


def cached_embedder(embed) -> Callable[[list[str]], np.ndarray]:
    """The same sentences recur across copies and pairs: each is embedded once."""
    cache: dict[str, np.ndarray] = {}

    def cached(texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in cache]
        if missing:
            cache.update(zip(missing, embed(missing)))
        return np.array([cache[t] for t in texts])
    return cached


def run(path: Path, split: str = "dev", per_slot: int = 60, pairs: int = 150, seed: int = 13,
        sample_out: Optional[Path] = None) -> list[dict]:
    from newsweave.analyze import analyze_many
    from newsweave.bench.clustering import load, to_article
    from newsweave.embed import embed
    rows = load(path, split)
    articles = [replace(to_article(r), outlet=r.get("outlet") or f"outlet-{r['id']}") for r in rows]
    processes = os.cpu_count() or 1
    analyses = {n.article_id: n for n in analyze_many(articles, processes=processes)}
    others = replacements(analyses.values())
    cluster_of = {r["id"]: r["gold_cluster"] for r in rows}
    embedder = cached_embedder(embed)
    results = []
    for slot in SLOTS:
        # one generator per slot and one for the pairs: a change that alters one slot's
        # plants (they depend on the analysis) leaves the other samples as they were
        rng = random.Random(f"{seed}:{slot}")
        plants = []
        for article in rng.sample(articles, len(articles)):
            planted = plant(slot, article, analyses[article.id], rng, others)
            if planted:
                plants.append(planted)
            if len(plants) == per_slot:
                break
        copies = {n.article_id: n for n in analyze_many([p.copy for p in plants], processes=processes)}
        found = raised = right = 0
        for p in plants:
            conflicts = _compare_pair(p.original, p.copy, {**analyses, **copies}, embedder)
            hits = [_is_the_plant(f, c, p) for f, c in conflicts]
            found += any(hits)
            raised += len(hits)
            right += sum(hits)
        results.append({"name": f"planted {slot}", "plants": len(plants), "found": found,
                        "recall": found / len(plants) if plants else 0.0,
                        "conflicts": raised, "precision": right / raised if raised else 1.0})
    real_pairs = [(a, b) for i, a in enumerate(articles) for b in articles[i + 1:]
                  if cluster_of[a.source_id] == cluster_of[b.source_id] and a.outlet != b.outlet]
    chosen = random.Random(f"{seed}:pairs").sample(real_pairs, min(pairs, len(real_pairs)))
    sample, raised = [], 0
    for a, b in chosen:
        conflicts = _compare_pair(a, b, analyses, embedder)
        raised += len(conflicts)
        sample += [{"pair": [a.id, b.id], "slot": c.slot, "explanation": c.explanation,
                    "values": [{"article": v.article, "value": v.value, "text": v.text} for v in c.values]}
                   for _, c in conflicts]
    if sample_out:
        sample_out.write_text(json.dumps(sample, indent=1, ensure_ascii=False))
    results.append({"name": "real same-event pairs", "plants": len(chosen), "conflicts": raised,
                    "conflicts_per_pair": raised / len(chosen) if chosen else 0.0})
    return results
