"""`newsweave bench clustering`: stream articles in date order (file order where undated)
through the online clusterer and score against ``gold_cluster`` with BCubed and pairwise
P/R/F1. Anchor in the same run: a one-pass TF-IDF cosine clusterer whose threshold is
tuned on the ``train`` split, as the benchmark's README describes.

Speeds are the median of ``PASSES`` passes over the same stream, each with a fresh
clusterer: a single pass of a few hundred articles swings by a third on a shared
machine (the first pass after the parse is the slowest), and a monitoring stream runs
at its steady rate. Every pass must give the same stories. It also counts the most
articles the clusterer held at once, and at the end: what its window bounds."""
from __future__ import annotations

import json
import math
import re
import statistics
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from newsweave.model import Article

BASELINE_THRESHOLDS = [round(0.05 * i, 2) for i in range(2, 14)]
PASSES = 3


def load(path: Path, split: str | None) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if split is None or r.get("split") == split]
    return sorted(rows, key=lambda r: r.get("date") or "")        # stable: undated keep file order


def to_article(row: dict) -> Article:
    return Article(id=str(row["id"]), body=row["text"], title=row.get("title"), published=row.get("date"),
                   outlet=row.get("outlet"), url=row.get("url"), source_id=str(row["id"]))


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> dict:
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for item in gold:
        by_pred[pred[item]].add(item)
        by_gold[gold[item]].add(item)
    p = r = 0.0
    for item in gold:
        same = len(by_pred[pred[item]] & by_gold[gold[item]])
        p += same / len(by_pred[pred[item]])
        r += same / len(by_gold[gold[item]])
    p, r = p / len(gold), r / len(gold)
    return {"bcubed_p": p, "bcubed_r": r, "bcubed_f1": 2 * p * r / (p + r) if p + r else 0.0}


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> dict:
    def pairs(labels):
        groups = defaultdict(list)
        for item, label in labels.items():
            groups[label].append(item)
        return {frozenset(p) for g in groups.values() for p in combinations(sorted(g), 2)}
    pp, gp = pairs(pred), pairs(gold)
    tp = len(pp & gp)
    p = tp / len(pp) if pp else 0.0
    r = tp / len(gp) if gp else 0.0
    return {"pair_p": p, "pair_r": r, "pair_f1": 2 * p * r / (p + r) if p + r else 0.0}


_WORD = re.compile(r"[a-z][a-z'\-]{2,}")


def tfidf_baseline(rows: list[dict], threshold: float) -> dict[str, str]:
    """One pass: each article joins the most similar centroid above ``threshold``."""
    df, n = Counter(), 0
    centroids: list[Counter] = []
    labels = {}
    for row in rows:
        terms = Counter(_WORD.findall(((row.get("title") or "") + " " + row["text"]).lower()))
        n += 1
        df.update(terms.keys())
        vec = {t: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in terms.items()}
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        vec = {t: w / norm for t, w in vec.items()}
        best, best_sim = None, 0.0
        for i, centroid in enumerate(centroids):
            cnorm = math.sqrt(sum(w * w for w in centroid.values())) or 1.0
            sim = sum(w * centroid.get(t, 0.0) for t, w in vec.items()) / cnorm
            if sim > best_sim:
                best, best_sim = i, sim
        if best is None or best_sim < threshold:
            centroids.append(Counter())
            best = len(centroids) - 1
        centroids[best].update(vec)
        labels[str(row["id"])] = str(best)
    return labels


def _timed_baseline(rows: list[dict], threshold: float) -> tuple[dict[str, str], float]:
    start = time.perf_counter()
    labels = tfidf_baseline(rows, threshold)
    return labels, len(rows) / (time.perf_counter() - start)


def run_newsweave(rows: list[dict], params=None) -> tuple[dict[str, str], float, tuple[int, int]]:
    """Analyse (not timed), then time the clustering step alone; and count what it holds."""
    from newsweave.analyze import analyze_many
    from newsweave.cluster import article_features, lead_text
    from newsweave.embed import embed
    articles = [to_article(r) for r in rows]
    analyses = list(analyze_many(articles))
    vectors = embed([lead_text(a, n) for a, n in zip(articles, analyses)])
    features = [article_features(a, n, v) for a, n, v in zip(articles, analyses, vectors)]
    labels, speed = median_pass(lambda: cluster_features(features, params))
    return labels, speed, articles_held(features, params)


def median_pass(one_pass) -> tuple[dict[str, str], float]:
    """The labels of ``one_pass`` and its median speed over PASSES runs."""
    runs = [one_pass() for _ in range(PASSES)]
    if any(labels != runs[0][0] for labels, _ in runs):
        raise RuntimeError("two passes over the same stream gave different stories")
    return runs[0][0], statistics.median(speed for _, speed in runs)


def cluster_features(features, params=None) -> tuple[dict[str, str], float]:
    from newsweave.cluster import OnlineClusterer
    clusterer = OnlineClusterer(params)
    start = time.perf_counter()
    labels = {}
    for f in features:
        assignment = clusterer.add(f)
        labels[f.article_id] = assignment.story_id
        if assignment.moved:
            labels[assignment.moved] = assignment.story_id
    return labels, len(features) / (time.perf_counter() - start)


def articles_held(features, params=None) -> tuple[int, int]:
    """The most articles the clusterer holds in memory over the stream, and at its end:
    what its window bounds (the undated ones excepted, which never age)."""
    from newsweave.cluster import OnlineClusterer
    clusterer, most = OnlineClusterer(params), 0
    for f in features:
        clusterer.add(f)
        most = max(most, clusterer.held())
    return most, clusterer.held()


def run(path: Path, split: str = "dev") -> list[dict]:
    test_rows = load(path, split)
    gold = {str(r["id"]): r["gold_cluster"] for r in test_rows}
    labels, speed, (most_held, last_held) = run_newsweave(test_rows)
    results = [{"name": "newsweave", **bcubed(labels, gold), **pairwise(labels, gold), "articles_per_s": speed,
                "articles": len(test_rows), "stories": len(set(labels.values())),
                "held_most": most_held, "held_at_end": last_held}]
    train_rows = load(path, "train")
    train_gold = {str(r["id"]): r["gold_cluster"] for r in train_rows}
    threshold = max(BASELINE_THRESHOLDS,
                    key=lambda t: bcubed(tfidf_baseline(train_rows, t), train_gold)["bcubed_f1"])
    base, speed = median_pass(lambda: _timed_baseline(test_rows, threshold))
    results.append({"name": f"tf-idf one-pass (t={threshold})", **bcubed(base, gold), **pairwise(base, gold),
                    "articles_per_s": speed, "articles": len(test_rows), "stories": len(set(base.values()))})
    return results
