"""`newsweave bench attribution`: PolNeAR attribution relations (source, cue, content).

Each document is analysed with its publication date; the quotes newsweave finds become
attributions in the corpus convention (:func:`newsweave.analyze.quotes.as_attributions`:
scare quotes left out, one relation per cue). Scoring re-implements the
benchmark's scorer (``score.py`` beside the data): role spans, exact and one-to-one
overlap, micro over documents; and BBC Citron's cue-anchored definitions (a source or
content counts only when the cue overlaps a gold cue). Anchor in the same run: a regex
baseline ('X said', '“...,” X said', 'according to X') of the kind the README measured.
"""
from __future__ import annotations

import json
import re
import time
from pathlib import Path

from newsweave.model import Article

ROLES = ("source", "cue", "content")
CITRON_REFERENCE = {"name": "Citron (reference, PARC 3.0, not re-run)",
                    "citron_source_exact_f1": 0.820, "citron_content_overlap_f1": 0.833}
_TOKEN_RE = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


# ---- scoring (same definitions as the benchmark's score.py) ------------------------------

def fragments(span) -> tuple:
    """A span as sorted, merged (start, end) fragments; None or empty -> ()."""
    if not span:
        return ()
    raw = span.get("fragments") or [(span["start"], span["end"])]
    merged: list[tuple[int, int]] = []
    for s, e in sorted((int(s), int(e)) for s, e in raw if int(e) > int(s)):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return tuple(merged)


def _overlap(a: tuple, b: tuple) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _one_to_one_overlaps(gold: list, pred: list) -> int:
    pairs = sorted((-_overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if _overlap(g, p))
    used_g, used_p = set(), set()
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return len(used_g)


def _tokens_of(token_spans: list[tuple[int, int]], frs: tuple) -> set[int]:
    return {i for i, (ts, te) in enumerate(token_spans) for s, e in frs if ts < e and te > s}


def _prf(tp_p, n_pred, tp_r, n_gold) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold_docs: list[dict], predictions: dict[str, list[dict]]) -> dict:
    spans = {role: dict(gold=0, pred=0, exact=0, overlap=0) for role in ROLES}
    citron = {role: dict(tp=0, fp=0, fn=0) for role in ROLES}
    citron_tokens = {role: dict(ov_p=0, ov_r=0, pred=0, gold=0) for role in ROLES}
    for doc in gold_docs:
        token_spans = [m.span() for m in _TOKEN_RE.finditer(doc["text"])]
        gold = [{r: fragments(a.get(r)) for r in ROLES} for a in doc["attributions"]]
        pred = [{r: fragments(a.get(r)) for r in ROLES} for a in predictions.get(doc["id"], [])]
        for role in ROLES:
            g = sorted({a[role] for a in gold if a[role]})
            p = sorted({a[role] for a in pred if a[role]})
            counts = spans[role]
            counts["gold"] += len(g)
            counts["pred"] += len(p)
            counts["exact"] += len(set(g) & set(p))
            counts["overlap"] += _one_to_one_overlaps(g, p)
        _citron(gold, pred, token_spans, citron, citron_tokens)
    out = {"documents": len(gold_docs),
           "gold_attributions": sum(len(d["attributions"]) for d in gold_docs),
           "predicted_attributions": sum(len(v) for v in predictions.values())}
    for role in ROLES:
        c = spans[role]
        out[f"{role}_exact"] = _prf(c["exact"], c["pred"], c["exact"], c["gold"])
        out[f"{role}_overlap"] = _prf(c["overlap"], c["pred"], c["overlap"], c["gold"])
        t = citron[role]
        out[f"citron_{role}_exact"] = _prf(t["tp"], t["tp"] + t["fp"], t["tp"], t["tp"] + t["fn"])
        v = citron_tokens[role]
        out[f"citron_{role}_overlap"] = _prf(v["ov_p"], v["pred"], v["ov_r"], v["gold"])
    return out


def _citron(gold, pred, token_spans, counts, token_counts) -> None:
    def cue_overlaps(a, b):
        return bool(a["cue"]) and bool(b["cue"]) and _overlap(a["cue"], b["cue"]) > 0
    tests = {"cue": lambda a, b: bool(a["cue"]) and a["cue"] == b["cue"],
             "source": lambda a, b: cue_overlaps(a, b) and a["source"] == b["source"],
             "content": lambda a, b: cue_overlaps(a, b) and a["content"] == b["content"]}
    for role, test in tests.items():
        for x in pred:
            counts[role]["tp" if any(test(x, y) for y in gold) else "fp"] += 1
        counts[role]["fn"] += sum(not any(test(x, y) for x in pred) for y in gold)
    for role in ROLES:
        gold_tokens = [_tokens_of(token_spans, a[role]) for a in gold]
        pred_tokens = [_tokens_of(token_spans, a[role]) for a in pred]
        c = token_counts[role]
        c["pred"] += sum(map(len, pred_tokens))
        c["gold"] += sum(map(len, gold_tokens))
        c["ov_p"] += sum(max([len(p & g) for g in gold_tokens] or [0]) for p in pred_tokens)
        c["ov_r"] += sum(max([len(p & g) for p in pred_tokens] or [0]) for g in gold_tokens)


# ---- systems ------------------------------------------------------------------------------

def newsweave_attributions(docs: list[dict]) -> dict[str, list[dict]]:
    from newsweave.analyze import analyze_many
    from newsweave.analyze.quotes import as_attributions
    articles = [Article(id=d["id"], body=d["text"], published=d.get("publication_date")) for d in docs]
    return {a.article_id: as_attributions(a.quotes, d["text"]) for d, a in zip(docs, analyze_many(articles))}


_SAYS = r"(?:said|says|say|told|added|wrote|noted|reported|announced|according to)"
_REGEX_PATTERNS = [
    # “...,” Jane Doe said.   “...,” said Jane Doe.
    re.compile(rf"(?P<content>[“\"][^”\"]+[”\"]),?\s+(?P<source>(?:[A-Z][\w.'’-]*\s?){{1,4}}|he|she|they)\s+(?P<cue>{_SAYS})\b"),
    # Jane Doe said (that) ....
    re.compile(rf"(?P<source>(?:[A-Z][\w.'’-]*\s){{1,4}})(?P<cue>{_SAYS})\s+(?P<content>[^.]+)"),
]


def regex_attributions(docs: list[dict]) -> dict[str, list[dict]]:
    """The anchor: surface patterns only, no parse."""
    out = {}
    for doc in docs:
        found = []
        for pattern in _REGEX_PATTERNS:
            for m in pattern.finditer(doc["text"]):
                found.append({role: {"start": m.start(role), "end": m.end(role)} for role in ROLES})
        out[doc["id"]] = found
    return out


def train_cue_model(docs: list[dict]):
    """The cue model (:mod:`newsweave.analyze.cue_model`) trained on every reading the
    quote reader makes in ``docs``, each labelled by whether its verb is in a gold cue."""
    from newsweave.analyze import _readable
    from newsweave.analyze.cue_model import train
    from newsweave.analyze.nlp import spacy_model
    from newsweave.analyze.quotes import described_readings
    nlp = spacy_model()
    rows = []
    for gold, doc in zip(docs, nlp.pipe(_readable(d["text"], nlp.max_length) for d in docs)):
        cue_chars = {i for a in gold["attributions"] for start, end in fragments(a.get("cue")) for i in range(start, end)}
        rows += [(description, verb.idx in cue_chars) for verb, description in described_readings(doc)]
    return train(rows)


def run(path: Path) -> list[dict]:
    docs = load(path)
    rows = []
    for name, system in (("newsweave", newsweave_attributions), ("regex baseline", regex_attributions)):
        start = time.perf_counter()
        predictions = system(docs)
        seconds = time.perf_counter() - start
        rows.append({"name": name, **_flat(score(docs, predictions)), "docs_per_s": len(docs) / seconds})
    rows.append(CITRON_REFERENCE)
    return rows


def _flat(scores: dict) -> dict:
    """(P, R, F1) triples spread into *_p, *_r, *_f1 columns."""
    out = {}
    for key, value in scores.items():
        if isinstance(value, tuple):
            out[f"{key}_p"], out[f"{key}_r"], out[f"{key}_f1"] = value
        else:
            out[key] = value
    return out
