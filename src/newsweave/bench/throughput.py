"""`newsweave bench throughput`: words per second of the full analysis (parse, entities,
time expressions, quantities, quotes, claims) on a corpus, one process and one per core,
with the model as shipped measured in the same run as the anchor (spaCy's own cost).

The bundled example corpus is small, so its articles are repeated (under fresh ids) until
the run holds ``min_words``: start-up costs then weigh little. Ingest and extraction are
not timed; the model is loaded before the clock starts.

One run of each system is a poor figure on a shared 2-core machine: two runs of the same
code minutes apart gave 8,800 and 11,700 words/s on 2 processes. So the systems are run
in ``repeats`` rounds, each round the anchor then every newsweave setting, and each
reports its median run, with every run listed: a drift in the machine then weighs on all
of them alike, and one slow or fast run does not make the figure.

The interpreter counts as much as our code: spaCy's wheels for Python 3.11 and older carry
Cython's profiling hooks, which take the GIL at each step of the parser's and the entity
recognizer's loops (the Makefile makes .venv with 3.12 or later for this). Each row names
the Python that ran.
"""
from __future__ import annotations

import dataclasses
import os
import platform
import time
from pathlib import Path
from statistics import median

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


def run(path: Path, min_words: int = 100_000, processes: int | None = None, repeats: int = 3) -> list[dict]:
    from newsweave.analyze import analyze_many
    from newsweave.analyze.nlp import stock_model
    articles = corpus(path, min_words)
    words = sum(len(a.body.split()) for a in articles)
    list(analyze_many(articles[:2]))                  # warm the model and our patterns
    stock = stock_model()
    list(stock.pipe(a.body for a in articles[:2]))

    def shipped_model():
        for _ in stock.pipe((a.body for a in articles), batch_size=32):
            pass

    systems = [("spaCy model as shipped, 1 process (anchor)", 1, shipped_model)]
    for n in sorted({1, processes or os.cpu_count() or 1}):
        systems.append((f"newsweave analyze, {n} process{'es' if n > 1 else ''}", n,
                        lambda n=n: list(analyze_many(articles, processes=n))))
    seconds: dict[str, list[float]] = {name: [] for name, _, _ in systems}
    for _ in range(repeats):
        for name, _, analyse in systems:
            start = time.perf_counter()
            analyse()
            seconds[name].append(time.perf_counter() - start)
    return [{"name": name, "python": platform.python_version(), "processes": n, "articles": len(articles),
             "words": words, "seconds": median(seconds[name]), "words_per_s": words / median(seconds[name]),
             "runs_words_per_s": [round(words / s) for s in seconds[name]]}
            for name, n, _ in systems]
