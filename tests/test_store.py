"""The store: migrations, idempotent ingest, transactions, and resuming a killed run."""
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from newsweave.ingest import ingest
from newsweave.store import open_store
from newsweave.store.sqlite import MIGRATIONS
from conftest import BENCH, EXAMPLES, ROOT, needs_shared


def test_schema_is_versioned(tmp_path):
    store = open_store(tmp_path / "s.db")
    assert store.version == len(MIGRATIONS)
    store.close()
    assert open_store(tmp_path / "s.db").version == len(MIGRATIONS)    # reopening does not re-migrate


def test_reingest_is_a_noop(tmp_path):
    store = open_store(tmp_path / "s.db")
    docs = list(ingest([EXAMPLES]))
    with store.transaction():
        assert all(store.add_raw(d) for d in docs)
    with store.transaction():
        assert not any(store.add_raw(d) for d in docs)
    assert store.counts()["raw_documents"] == len(docs)


def test_failed_transaction_leaves_nothing(tmp_path):
    store = open_store(tmp_path / "s.db")
    doc = next(iter(ingest([EXAMPLES])))
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_raw(doc)
            raise RuntimeError("killed mid-way")
    assert store.counts()["raw_documents"] == 0


def _stored_analyses(db) -> int:
    """Read-only peek at a store another process is writing (0 while it is being created)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT COUNT(*) FROM analyses").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_sigkill_mid_run_then_resume_without_duplicates(tmp_path):
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "newsweave.cli", "run", str(EXAMPLES), "--db", str(db), "--out", str(tmp_path / "o")]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline:            # kill once some, not all, work is stored
        if _stored_analyses(db) > 0:
            break
        time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    store = open_store(db)
    counts = store.counts()
    n_files = len([p for p in EXAMPLES.iterdir() if p.suffix in (".html", ".txt")])
    assert counts["raw_documents"] == counts["articles"] == counts["analyses"] == n_files
    members = store.db.execute("SELECT COUNT(*), COUNT(DISTINCT article_id) FROM story_members").fetchone()
    assert members == (n_files, n_files)


def test_a_story_whose_members_change_loses_its_brief_until_compared_again(tmp_path, examples_run):
    """An article that moves (an undated original following its dated copy) changes two
    stories at once; a run killed before comparing them must still find both to redo."""
    examples, _, briefs = examples_run
    with sqlite3.connect(tmp_path / "s.db") as copy:
        examples.db.backup(copy)
    store = open_store(tmp_path / "s.db")
    assert store.stories_without_brief() == []
    first, second = briefs[0], briefs[1]
    with store.transaction():
        store.put_membership(first["articles"][-1]["id"], second["id"], None)
    assert sorted(store.stories_without_brief()) == sorted([first["id"], second["id"]])
    assert first["articles"][-1]["id"] in store.story(second["id"]).article_ids
    with store.transaction():             # a story every member left has nothing to compare
        for member in store.story(first["id"]).article_ids:
            store.put_membership(member, second["id"], None)
    assert store.stories_without_brief() == [second["id"]]


@needs_shared
def test_clustering_checkpoints_space_out_as_the_state_grows(tmp_path, monkeypatch):
    """A checkpoint rewrites the clusterer's whole state (stories, terms, sketches: 2.4 MB
    for the 767 ECB+ reports), so one every batch made a long stream's clustering cost grow
    with the square of its length. With batches of 8, 300 reports, most of them undated,
    go through in at most 16 checkpoints (38 at a fixed batch), each gets its story once,
    and the last stored state holds every one but those of stories the window has closed."""
    import json

    from newsweave import pipeline
    from newsweave.cluster import Params
    from newsweave.dates import to_date
    with open(BENCH / "attribution" / "train.jsonl") as lines:
        rows = [json.loads(line) for line, _ in zip(lines, range(300))]
    store, articles = _analysed_store(tmp_path, [{"id": r["id"], "text": r["text"]} for r in rows])
    written = []
    put = store.put_cluster_state
    monkeypatch.setattr(store, "put_cluster_state", lambda name, value: (written.append(value), put(name, value)))
    monkeypatch.setattr(pipeline, "CLUSTER_BATCH", 8)
    pipeline.cluster_pending(store, pipeline.Progress(), embed=lambda texts: [None] * len(texts))
    assert 10 <= len(written) <= 16
    assert store.unclustered_article_ids() == []
    members = store.db.execute("SELECT COUNT(*), COUNT(DISTINCT article_id) FROM story_members").fetchone()
    assert members == (300, 300)
    last = written[-1]
    held = {a for s in last["stories"] for a in s["article_ids"]}
    closed = {story for article, story in store.db.execute("SELECT article_id, story_id FROM story_members")
              if article not in held}
    day = {a.id: to_date(a.published).toordinal() for a in articles if a.published}
    for story in closed:
        ids = [a for (a,) in store.db.execute("SELECT article_id FROM story_members WHERE story_id = ?", (story,))]
        assert max(day[a] for a in ids if a in day) < last["clock"] - Params.window_days
    assert len(held) > 250                    # the undated ones never age


@needs_shared
def test_the_cluster_stage_streams_in_date_order_a_batch_at_a_time(tmp_path, monkeypatch):
    """The clusterer's memory is bounded by its window; what feeds it must be too. It reads
    articles and analyses from the store a batch at a time, by publication date (the
    undated first, in order of arrival), not the whole pending set at once."""
    import json

    from newsweave import pipeline
    with open(BENCH / "clustering" / "ecbplus-traindev.jsonl") as lines:
        rows = [json.loads(line) for line, _ in zip(lines, range(60))]
    assert any(r["date"] for r in rows) and not all(r["date"] for r in rows)
    store, articles = _analysed_store(tmp_path, [{k: r[k] for k in ("id", "text", "date")} for r in rows])
    arrival = [(a.published or "", n, a.id) for n, a in enumerate(articles)]
    read, batches = [], []
    analysis = store.analysis
    monkeypatch.setattr(store, "analysis", lambda i: (read.append(i), analysis(i))[1])
    monkeypatch.setattr(pipeline, "FEATURE_BATCH", 8)
    pipeline.cluster_pending(store, pipeline.Progress(),
                             embed=lambda texts: (batches.append(len(texts)), [None] * len(texts))[1])
    assert read == [article_id for _, _, article_id in sorted(arrival)]
    assert max(batches) == 8 and sum(batches) == 60


def _analysed_store(tmp_path, rows: list[dict]):
    """A store holding ``rows`` (JSONL records) as articles, each with an empty analysis:
    what the clustering stage reads, without the parse."""
    import json

    from newsweave.extract import extract
    from newsweave.model import Analysis
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows))
    store, articles = open_store(tmp_path / "s.db"), []
    with store.transaction():
        for doc in ingest([corpus]):
            articles.append(extract(doc))
            store.add_raw(doc)
            store.put_article(articles[-1])
            store.put_analysis(Analysis(articles[-1].id))
    return store, articles
