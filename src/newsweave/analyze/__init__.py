"""Analyze: Article -> Analysis (sentences, entities, time expressions, quantities,
quotes, claims), every item with its article id and character span into the body.

spaCy parses each body once (``nlp.pipe`` in batches); every component reads that one
parse. Relative dates are resolved against the publication date; an article without
one is resolved against the latest full date it states itself (not one that is still to
come), and says so
(``reference_date``), because a guess from today would be worse than either.
"""
from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import Iterable, Iterator, Optional

from newsweave.analyze.claims import build_claims, expectations_in, tense_of_time
from newsweave.analyze.entities import mentions_from_doc
from newsweave.analyze.nlp import one_blas_thread, parsed_from, sentence_spans, spacy_model
from newsweave.analyze.quantities import find_quantities
from newsweave.analyze.quotes import find_quotes
from newsweave.analyze.timex import find_timexes, outside_names
from newsweave.dates import latest_calendar_day, to_date
from newsweave.model import Analysis, Article, Sentence

BATCH_SIZE = 32


READS = "en"       # the spaCy model, the time and quote rules: English only


def reads(article: Article) -> bool:
    """Whether the analysis can read the article: English, or a language nobody declared
    and the text does not show."""
    return article.language in (None, READS)


def analyze(article: Article) -> Analysis:
    return next(analyze_many([article]))


def analyze_many(articles: Iterable[Article], batch_size: int = BATCH_SIZE, processes: int = 1) -> Iterator[Analysis]:
    """Analyses in input order; the model runs over the bodies in batches. With
    ``processes`` > 1, chunks of articles are analysed in forked worker processes (the
    model, loaded here first, is shared copy-on-write), one per core."""
    articles = list(articles)
    if processes > 1 and len(articles) > batch_size:
        yield from _analyze_in_workers(articles, batch_size, processes)
        return
    nlp = spacy_model()
    for start in range(0, len(articles), batch_size):
        batch = articles[start:start + batch_size]
        with one_blas_thread():
            docs = list(nlp.pipe([_readable(a.body, nlp.max_length) for a in batch], batch_size=batch_size))
        for article, doc in zip(batch, docs):
            yield analyze_doc(article, doc)


def _readable(body: str, limit: int) -> str:
    """The body, or a clear refusal: the parser needs about 1 GB per 100,000 characters, so
    spaCy stops at ``limit``; no news article is that long, a dump or a whole site is."""
    if len(body) > limit:
        raise ValueError(f"body of {len(body):,} characters is longer than the {limit:,} the language model reads")
    return body


def _analyze_in_workers(articles: list[Article], batch_size: int, processes: int) -> Iterator[Analysis]:
    import multiprocessing
    spacy_model()                                   # load once, before the fork
    chunks = [articles[i:i + batch_size] for i in range(0, len(articles), batch_size)]
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        for analyses in pool.imap(_analyze_chunk, chunks):
            yield from analyses


def _analyze_chunk(articles: list[Article]) -> list[Analysis]:
    return list(analyze_many(articles))


def analyze_doc(article: Article, doc) -> Analysis:
    """The article's analysis from its doc, which the model parsed from ``article.body``."""
    text = article.body
    parsed_from(doc, text)
    sentences = [Sentence(article.id, i, span, text[span[0]:span[1]])
                 for i, span in enumerate(sentence_spans(text))]
    tense_at = _tense_lookup(doc)
    reference = to_date(article.published) or _stated_reference(text, article.id, sentences)
    mentions = mentions_from_doc(doc, article.id)
    timexes = outside_names(find_timexes(text, article.id, reference, tense_at), mentions, text)
    quantities = find_quantities(text, article.id, timexes)
    quotes = find_quotes(doc, article.id, mentions)
    published = article.published or None
    claims = build_claims(doc, article.id, sentences, mentions, timexes, quantities, quotes, published)
    return Analysis(article.id, sentences, mentions, timexes, quantities, quotes, claims,
                    reference_date=reference.isoformat() if reference else None)


def _stated_reference(text: str, article_id: str, sentences: list[Sentence]) -> Optional[date]:
    """The latest full calendar date an undated article states (None if it states none),
    leaving out dates of what will happen ('will host the ceremony, televised live on
    Sunday, February 22, 2009'): the article was written before those."""
    ahead = [s.span for s in sentences if expectations_in(s.text)]
    return latest_calendar_day(t for t in find_timexes(text, article_id, None)
                               if not any(start <= t.span[0] < end for start, end in ahead))


def _tense_lookup(doc):
    """Tense of the verb that governs the word at a character offset ('announced on Tuesday'
    is past even inside a sentence about what will happen)."""
    starts = [t.idx for t in doc]

    def tense_at(offset: int) -> str:
        if not len(doc):
            return "present"
        token = doc[max(0, bisect_right(starts, offset) - 1)]
        return tense_of_time(token)
    return tense_at


__all__ = ["analyze", "analyze_many", "analyze_doc", "reads"]
