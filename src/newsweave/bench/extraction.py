"""`newsweave bench extraction`: the ScrapingHub/Zyte article-extraction benchmark.

Scoring re-implements the benchmark's own method (its score.py): tokens ``\\w+``, 4-token
shingles compared as multisets, per-page TP/FP/FN normalised, precision and recall as means
over pages (an empty prediction is skipped for precision), F1 the harmonic mean of those
means, accuracy the share of pages whose tokens match exactly. trafilatura (default and
favor_precision) is measured in the same run as the anchor.
"""
from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Callable

import numpy as np

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def tokenize(text: str) -> list[str]:
    return _TOKEN_RE.findall(text or "")


def _shingles(text: str, n: int = 4) -> Counter:
    toks = tokenize(text)
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i:i + n])


def page_counts(truth: str, pred: str) -> tuple[float, float, float]:
    t, p = _shingles(truth), _shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp, fp, fn):
    return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp, fp, fn):
    return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(truth: dict[str, str], pred: dict[str, str]) -> dict:
    rows = [page_counts(truth[k], pred.get(k, "")) for k in truth]
    p = statistics.mean([_precision(*r) for r in rows if r[0] + r[1] > 0] or [0.0])
    r = statistics.mean([_recall(*r) for r in rows if r[0] + r[2] > 0] or [0.0])
    page_f1 = [2 * tp / (2 * tp + fp + fn) if (tp + fp + fn) else 1.0 for tp, fp, fn in rows]
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r,
            "accuracy": statistics.mean(float(tokenize(truth[k]) == tokenize(pred.get(k, ""))) for k in truth),
            "pages_f1_below_0.5": sum(f < 0.5 for f in page_f1), "pages": len(rows)}


def load(data: Path, flat: bool) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(truth bodies, inputs, urls) keyed by page id."""
    truth_json = json.loads((data / "ground-truth.json").read_text("utf-8"))
    truth, inputs, urls = {}, {}, {}
    for page_id, item in truth_json.items():
        path = data / "flat" / f"{page_id}.txt" if flat else data / "html" / f"{page_id}.html.gz"
        if not path.exists():
            continue
        raw = path.read_bytes()
        inputs[page_id] = (raw if flat else gzip.decompress(raw)).decode("utf-8", "replace")
        truth[page_id], urls[page_id] = item.get("articleBody", ""), item.get("url")
    return truth, inputs, urls


def measure_all(named: list[tuple[str, Callable]], inputs, urls) -> dict[str, tuple[dict[str, str], dict]]:
    """Every system on every page, page by page, the systems' order rotating: a machine
    that speeds up or slows down during the run (caches, boost clocks, neighbours) then
    weighs on each system alike, so their pages/s can be compared. Each system first sees
    a few pages untimed, so one-off start-up costs (imports, caches) are not counted."""
    preds = {name: {} for name, _ in named}
    seconds = {name: 0.0 for name, _ in named}
    errors = {name: 0 for name, _ in named}
    items = list(inputs.items())
    for name, fn in named:
        for page_id, content in items[:WARM_UP]:
            _safe(fn, page_id, content, urls[page_id])
    for i, (page_id, content) in enumerate(items):
        for name, fn in named[i % len(named):] + named[:i % len(named)]:
            start = time.perf_counter()
            text = _safe(fn, page_id, content, urls[page_id])
            seconds[name] += time.perf_counter() - start
            preds[name][page_id] = text or ""
            errors[name] += text is None
    return {name: (preds[name], {"name": name, "seconds": seconds[name],
                                 "pages_per_s": len(items) / seconds[name] if seconds[name] else 0.0,
                                 "errors": errors[name]}) for name, _ in named}


WARM_UP = 5


def _safe(fn, page_id, content, url):
    """The system's text, or None when it raised (counted as an error, scored as empty)."""
    try:
        return fn(page_id, content, url) or ""
    except Exception:
        return None


# ---- the flattened-text line model: labels, training, cross-validation --------------------

FOLDS = 5


def line_labels(line_texts: list[str], truth: str) -> np.ndarray:
    """1 for a line whose 4-token shingles are mostly in the true body."""
    body = " ".join(tokenize(truth))
    labels = []
    for text in line_texts:
        toks = tokenize(text)
        grams = [" ".join(toks[i:i + 4]) for i in range(max(1, len(toks) - 3))] if toks else []
        labels.append(1 if grams and (" ".join(toks) in body or sum(g in body for g in grams) / len(grams) >= 0.5)
                      else 0)
    return np.array(labels)


def flat_training_set(data: Path) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """page id -> (feature rows, labels) of its non-blank lines."""
    from newsweave.extract.flat import classify_lines, page_features
    truth, inputs, _ = load(data, flat=True)
    out = {}
    for page_id, text in inputs.items():
        lines = classify_lines(text)
        kept, features = page_features(lines)
        if kept:
            out[page_id] = (features, line_labels([lines[i].text for i in kept], truth[page_id]))
    return out


def train_flat_model(data: Path):
    from newsweave.extract.flat_model import train
    pages = flat_training_set(data)
    return train([f for f, _ in pages.values()], [y for _, y in pages.values()])


def cross_validated_flat(data: Path, inputs: dict[str, str]) -> dict[str, str]:
    """Each page's body from a line model trained on the other folds only."""
    from newsweave.extract.flat_model import train
    pages = flat_training_set(data)
    ids = sorted(inputs)
    preds = {}
    for fold in range(FOLDS):
        held_out = set(ids[fold::FOLDS])
        model = train([f for k, (f, _) in pages.items() if k not in held_out],
                      [y for k, (_, y) in pages.items() if k not in held_out])
        for page_id in held_out:
            try:
                preds[page_id] = _extract_text(page_id, inputs[page_id], model)
            except ValueError:            # no article text found: scored as an empty body
                preds[page_id] = ""
    return preds


def _extract_text(page_id: str, content: str, line_model) -> str:
    from newsweave.extract import extract
    from newsweave.model import RawDocument
    return extract(RawDocument(page_id, page_id, "text", content), line_model=line_model).body


def systems(flat: bool) -> list[tuple[str, Callable]]:
    from newsweave.extract import extract
    from newsweave.model import RawDocument

    def newsweave_fn(page_id, content, url):
        return extract(RawDocument(page_id, page_id, "text" if flat else "html", content, url)).body

    if flat:
        return [("newsweave (shipped model: in-sample here)", newsweave_fn),
                ("newsweave rules only", lambda i, c, u: _extract_text(i, c, None)),
                ("whole page (anchor)", lambda i, c, u: c)]
    import trafilatura
    return [
        ("newsweave", newsweave_fn),
        ("trafilatura default", lambda i, c, u: trafilatura.extract(c, url=u)),
        ("trafilatura precision", lambda i, c, u: trafilatura.extract(c, url=u, favor_precision=True)),
    ]


def run(data: Path, flat: bool = False) -> list[dict]:
    """For flattened text the line model was trained on these pages, so the figure that
    counts is the cross-validated one (first row): every page read by a model that was
    trained without it."""
    truth, inputs, urls = load(data, flat)
    measured = measure_all(systems(flat), inputs, urls)
    rows = [{**timing, **score(truth, preds)} for preds, timing in measured.values()]
    if flat:
        rows.insert(0, {"name": f"newsweave, {FOLDS}-fold cross-validated", **score(truth, cross_validated_flat(data, inputs))})
    return rows
