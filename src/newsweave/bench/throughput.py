"""`newsweave bench throughput`: words per second of the full analysis (parse, entities,
time expressions, quantities, quotes, claims) on a corpus, one process and one per core,
with the model as shipped measured in the same run as the anchor (spaCy's own cost).

The bundled example corpus is small, so its articles are repeated (under fresh ids) until
the run holds ``min_words``: start-up costs then weigh little and the figure is stable.
Ingest and extraction are not timed; the model is loaded before the clock starts.
"""
from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path

from newsweave.model import Article


def corpus(path: Path, min_words: int) -> list[Article]:
    from newsweave.extract import extract
    from newsweave.ingest import IngestError, ingest
    base = []
    for item in ingest([str(path)]):
        if not isinstance(item, IngestError):
            try:
                base.append(extract(item))
            except ValueError:
                continue
    if not base:
        raise ValueError(f"{path}: no article to analyse")
    articles, words = [], 0
    while words < min_words:
        for article in base:
            articles.append(dataclasses.replace(article, id=f"{article.id}-{len(articles)}"))
            words += len(article.body.split())
    return articles


def run(path: Path, min_words: int = 100_000, processes: int | None = None) -> list[dict]:
    from newsweave.analyze import analyze_many
    from newsweave.analyze.nlp import stock_model
    articles = corpus(path, min_words)
    words = sum(len(a.body.split()) for a in articles)
    list(analyze_many(articles[:2]))                  # warm the model and our patterns
    stock = stock_model()
    list(stock.pipe(a.body for a in articles[:2]))
    start = time.perf_counter()
    for _ in stock.pipe((a.body for a in articles), batch_size=32):
        pass
    seconds = time.perf_counter() - start
    del stock
    rows = [{"name": "spaCy model as shipped, 1 process (anchor)", "processes": 1, "articles": len(articles),
             "words": words, "seconds": seconds, "words_per_s": words / seconds}]
    for n in sorted({1, processes or os.cpu_count() or 1}):
        start = time.perf_counter()
        analyses = list(analyze_many(articles, processes=n))
        seconds = time.perf_counter() - start
        rows.append({"name": f"newsweave analyze, {n} process{'es' if n > 1 else ''}", "processes": n,
                     "articles": len(analyses), "words": words, "seconds": seconds, "words_per_s": words / seconds})
    return rows
