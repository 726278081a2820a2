"""`newsweave bench timex`: TempEval-3 Task A on documents with a creation date (DCT).

Each document is analysed with its DCT as publication date. Scoring re-implements the
benchmark's scorer: one-to-one left-to-right overlap pairing, strict = same span,
relaxed = overlap, value F1 = value accuracy over relaxed pairs x relaxed F1, counts
pooled over documents. Anchor in the same run: dateparser's ``search_dates`` with the
DCT as base (HeidelTime's published figure is printed for reference, not re-run).
"""
from __future__ import annotations

import json
import time
from pathlib import Path

from newsweave.model import Article

HEIDELTIME_REFERENCE = {"name": "HeidelTime 2.2.1 (reference, TE-3 test set, not re-run)",
                        "strict_f1": 0.818, "relaxed_f1": 0.907, "value_f1": 0.781, "type_f1": 0.833}


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def align(gold: list[dict], system: list[dict]) -> tuple[list[tuple[dict, dict]], int, int]:
    """Pairs (gold, system): a timex starting while an unpaired one of the other side is open."""
    g = sorted(((t["start"], t["end"], t) for t in gold if t["end"] > t["start"]), key=lambda x: x[:2])
    s = sorted(((t["start"], t["end"], t) for t in system if t["end"] > t["start"]), key=lambda x: x[:2])
    lists, paired, pairs = (g, s), ({}, {}), []
    events = sorted([(x[0], 0, i) for i, x in enumerate(g)] + [(x[0], 1, i) for i, x in enumerate(s)])
    for start, side, i in events:
        other = 1 - side
        for j, (o_start, o_end, _) in enumerate(lists[other]):
            if o_start > start:
                break
            if j not in paired[other] and o_start <= start < o_end:
                paired[side][i], paired[other][j] = j, i
                gi, si = (i, j) if side == 0 else (j, i)
                pairs.append((g[gi][2], s[si][2]))
                break
    return pairs, len(g), len(s)


def score(gold_docs: list[dict], predictions: dict[str, list[dict]]) -> dict:
    counts = dict(gold=0, system=0, strict=0, relaxed=0, value=0, type=0)
    for doc in gold_docs:
        pairs, n_gold, n_sys = align(doc["timexes"], predictions.get(doc["id"], []))
        counts["gold"] += n_gold
        counts["system"] += n_sys
        counts["relaxed"] += len(pairs)
        for gt, st in pairs:
            counts["strict"] += gt["start"] == st["start"] and gt["end"] == st["end"]
            counts["value"] += (gt.get("value") or "") == (st.get("value") or "")
            counts["type"] += (gt.get("type") or "") == (st.get("type") or "")

    def f1(match):
        p = match / counts["system"] if counts["system"] else 0.0
        r = match / counts["gold"] if counts["gold"] else 0.0
        return (2 * p * r / (p + r) if p + r else 0.0), p, r

    strict, sp, sr = f1(counts["strict"])
    relaxed, rp, rr = f1(counts["relaxed"])
    rel = counts["relaxed"] or 1
    return {"strict_f1": strict, "strict_p": sp, "strict_r": sr, "relaxed_f1": relaxed, "relaxed_p": rp,
            "relaxed_r": rr, "value_f1": counts["value"] / rel * relaxed, "type_f1": counts["type"] / rel * relaxed,
            **{f"n_{k}": v for k, v in counts.items()}}


def newsweave_predictions(docs: list[dict]) -> dict[str, list[dict]]:
    from newsweave.analyze import analyze_many
    articles = [Article(id=d["id"], body=d["text"], published=d["dct"]) for d in docs]
    return {a.id: [{"start": t.span[0], "end": t.span[1], "type": t.type, "value": t.value, "text": t.text}
                   for t in n.timexes] for a, n in zip(articles, analyze_many(articles))}


def dateparser_predictions(docs: list[dict]) -> dict[str, list[dict]]:
    from datetime import datetime
    from dateparser.search import search_dates
    out = {}
    for d in docs:
        base = datetime.fromisoformat(d["dct"][:10])
        found = search_dates(d["text"], languages=["en"], settings={"RELATIVE_BASE": base}) or []
        cursor, items = 0, []
        for text, when in found:
            start = d["text"].find(text, cursor)
            if start < 0:
                continue
            cursor = start + len(text)
            items.append({"start": start, "end": cursor, "type": "DATE", "value": when.date().isoformat()})
        out[d["id"]] = items
    return out


def run(path: Path, pred_out: Path | None = None, limit: int | None = None) -> list[dict]:
    docs = load(path)[:limit]
    rows = []
    for name, predict in (("newsweave", newsweave_predictions), ("dateparser search_dates", dateparser_predictions)):
        start = time.perf_counter()
        preds = predict(docs)
        rows.append({"name": name, **score(docs, preds), "docs_per_s": len(docs) / (time.perf_counter() - start)})
        if name == "newsweave" and pred_out:
            pred_out.write_text("".join(json.dumps({"id": k, "timexes": v}) + "\n" for k, v in preds.items()))
    rows.append(dict(HEIDELTIME_REFERENCE))
    return rows
