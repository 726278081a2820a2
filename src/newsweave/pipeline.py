"""The run: ingest -> extract -> analyze -> cluster -> compare, persisted stage by stage.

Each stage asks the store what still lacks its output and commits per small batch, so
a run killed at any point resumes where it stopped and never duplicates a record. A
document that fails a stage is reported in one line, remembered as failed, and the run
goes on with the others.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from newsweave.analyze import analyze_many, reads
from newsweave.cluster import ArticleFeatures, OnlineClusterer, Params, article_features, lead_text
from newsweave.compare import compare_story
from newsweave.extract import extract
from newsweave.ingest import IngestError, ingest
from newsweave.model import Article
from newsweave.store import Store

ANALYZE_BATCH = 64           # articles per store transaction: two worker chunks
ANALYZE_PROCESSES = os.cpu_count() or 1   # the parse is the slow part: one worker per core
CLUSTER_BATCH = 64          # articles per checkpoint at least, and at least 1/CHECKPOINT_SHARE of
CHECKPOINT_SHARE = 4        # those the clusterer holds: a checkpoint rewrites its whole state, so
                            # its cost per article stays flat as the window fills, not growing with it
FEATURE_BATCH = 256         # articles read from the store and embedded together
CLUSTER_STATE = "online"
Reporter = Callable[[str], None]


@dataclass
class RunResult:
    raw_ids: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    story_ids: list[str] = field(default_factory=list)
    articles: int = 0          # inputs of this run that reached a story (a page with no text does not)


class Progress:
    """What the pipeline tells its caller; the CLI renders it with rich."""

    def stage(self, name: str, total: int) -> None: ...
    def advance(self, n: int = 1) -> None: ...
    def error(self, message: str) -> None: ...


def run(paths: Iterable[str], store: Store, progress: Optional[Progress] = None,
        cluster_params: Optional[Params] = None, embed=None, skip: Iterable[str] = ()) -> RunResult:
    """``skip``: folders not to read when walking ``paths`` (where the briefs are written)."""
    progress = progress or Progress()
    result = RunResult()
    ingest_paths(paths, store, result, progress, skip)
    extract_pending(store, result, progress)
    analyze_pending(store, result, progress)
    cluster_pending(store, progress, cluster_params, embed)
    touched = []
    for raw_id in result.raw_ids:
        story_id = store.story_of(raw_id)
        result.articles += story_id is not None
        if story_id and story_id not in touched:
            touched.append(story_id)
    touched += [story_id for story_id in store.stories_without_brief() if story_id not in touched]
    compare_stories(store, touched, progress, embed)
    result.story_ids = touched
    return result


def _fail(result: RunResult, progress: Progress, message: str) -> None:
    result.errors.append(message)
    progress.error(message)


def ingest_paths(paths, store: Store, result: RunResult, progress: Progress, skip=()) -> None:
    progress.stage("ingest", 0)
    for item in ingest(paths, skip):
        if isinstance(item, IngestError):
            _fail(result, progress, str(item))
            continue
        with store.transaction():
            store.add_raw(item)
        if item.id not in result.raw_ids:
            result.raw_ids.append(item.id)
        progress.advance()


def extract_pending(store: Store, result: RunResult, progress: Progress) -> None:
    pending = store.raw_ids_without_article()
    progress.stage("extract", len(pending))
    for raw in map(store.raw, pending):
        try:
            article = extract(raw)
        except Exception as exc:  # one page must not stop the run
            reason = _reason(exc)
            with store.transaction():
                store.add_failure(raw.id, "extract", reason)
            _fail(result, progress, f"{raw.source}: {reason}")
        else:
            with store.transaction():
                store.put_article(article)
        progress.advance()


def analyze_pending(store: Store, result: RunResult, progress: Progress) -> None:
    pending = store.article_ids_without_analysis()
    progress.stage("analyze", len(pending))
    for start in range(0, len(pending), ANALYZE_BATCH):
        batch = store.articles(pending[start:start + ANALYZE_BATCH])
        progress.advance(len(batch))
        for article in [a for a in batch if not reads(a)]:
            reason = f"written in '{article.language}', and the analysis reads English only"
            with store.transaction():
                store.add_failure(article.id, "analyze", reason)
            _fail(result, progress, f"{article.source}: {reason}")
        batch = [a for a in batch if reads(a)]
        try:
            analyses = list(analyze_many(batch, processes=ANALYZE_PROCESSES))
        except Exception:
            analyses = [_analyze_one(a, store, result, progress) for a in batch]
        with store.transaction():
            for analysis in filter(None, analyses):
                store.put_analysis(analysis)


def _analyze_one(article: Article, store: Store, result: RunResult, progress: Progress):
    """Batch failed: find which article broke it and keep the rest."""
    try:
        return next(analyze_many([article]))
    except Exception as exc:
        with store.transaction():
            store.add_failure(article.id, "analyze", _reason(exc))
        _fail(result, progress, f"{article.source}: analysis failed ({_reason(exc)})")
        return None


def cluster_pending(store: Store, progress: Progress, params: Optional[Params] = None, embed=None) -> None:
    pending = store.unclustered_article_ids()
    progress.stage("cluster", len(pending))
    if not pending:
        return
    if embed is None:
        from newsweave.embed import embed
    clusterer = OnlineClusterer.from_state(store.cluster_state(CLUSTER_STATE), params)
    assignments = []
    for features in _stream_features(store, pending, embed):
        assignments.append(clusterer.add(features))
        progress.advance()            # per article: checkpoints grow far apart on a long stream
        if len(assignments) >= max(CLUSTER_BATCH, clusterer.held() // CHECKPOINT_SHARE):
            _checkpoint(store, clusterer, assignments)
            assignments = []
    if assignments:
        _checkpoint(store, clusterer, assignments)


def _stream_features(store: Store, article_ids: list[str], embed) -> Iterable[ArticleFeatures]:
    """The articles' features in the given order, read and embedded a batch at a time: the
    clusterer's memory is bounded by its window, and so is what feeds it."""
    for start in range(0, len(article_ids), FEATURE_BATCH):
        items = [(store.article(i), store.analysis(i)) for i in article_ids[start:start + FEATURE_BATCH]]
        vectors = embed([lead_text(a, n) for a, n in items])
        yield from (article_features(a, n, v) for (a, n), v in zip(items, vectors))


def _checkpoint(store: Store, clusterer: OnlineClusterer, assignments: list) -> None:
    """Memberships and the state that produced them, together: a run killed after it
    resumes from this state with the articles that have no story yet."""
    with store.transaction():
        for assignment in assignments:
            store.put_membership(assignment.article_id, assignment.story_id, assignment.copy_of)
            if assignment.moved:          # an undated original follows its dated copy
                store.put_membership(assignment.moved, assignment.story_id, None)
        store.put_cluster_state(CLUSTER_STATE, clusterer.state())


def compare_stories(store: Store, story_ids: list[str], progress: Progress, embed=None) -> None:
    """Each story's brief, stored as soon as it is made (the briefs are read from the store)."""
    progress.stage("compare", len(story_ids))
    for story_id in story_ids:
        story = store.story(story_id)
        if story is None:             # every member moved to another story
            progress.advance()
            continue
        articles = {a.id: a for a in store.articles(story.article_ids)}
        analyses = {i: store.analysis(i) for i in story.article_ids}
        brief = compare_story(story, articles, analyses, embed)
        with store.transaction():
            store.put_brief(brief)
        progress.advance()


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]
