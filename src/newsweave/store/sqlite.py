"""SQLite store: one file, schema versioned by ``PRAGMA user_version``.

Why this shape: each stage's output is one JSON document keyed by the id of what it
describes, so a stage can be re-run (or resumed after a kill) by asking which ids lack
its output. Writes happen inside ``transaction()``; a run killed mid-way loses at most
the open transaction, and content-addressed ids make re-ingesting a no-op.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Optional

from newsweave.model import Analysis, Article, RawDocument, Story, StoryBrief, from_dict, to_dict

# Each entry upgrades the schema by one version; never edit a released entry, append one.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE raw_documents (
        id TEXT PRIMARY KEY, source TEXT NOT NULL, media_type TEXT NOT NULL,
        url TEXT, hints TEXT NOT NULL, content TEXT NOT NULL,
        seq INTEGER NOT NULL
    );
    CREATE TABLE articles (id TEXT PRIMARY KEY REFERENCES raw_documents(id), record TEXT NOT NULL);
    CREATE TABLE analyses (article_id TEXT PRIMARY KEY REFERENCES articles(id), record TEXT NOT NULL);
    CREATE TABLE stories (id TEXT PRIMARY KEY, state TEXT NOT NULL, updated INTEGER NOT NULL);
    CREATE TABLE story_members (
        article_id TEXT PRIMARY KEY REFERENCES articles(id), story_id TEXT NOT NULL,
        copy_of TEXT, seq INTEGER NOT NULL
    );
    CREATE INDEX story_members_story ON story_members(story_id);
    CREATE TABLE story_redirects (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL);
    CREATE TABLE briefs (story_id TEXT PRIMARY KEY, record TEXT NOT NULL);
    CREATE TABLE failures (
        raw_id TEXT NOT NULL, stage TEXT NOT NULL, reason TEXT NOT NULL,
        PRIMARY KEY (raw_id, stage)
    );
    CREATE TABLE cluster_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
]


def open_store(path: str | Path = "newsweave.db") -> "SQLiteStore":
    return SQLiteStore(path)


class SQLiteStore:
    def __init__(self, path: str | Path = "newsweave.db"):
        self.path = str(path)
        self.db = sqlite3.connect(self.path, isolation_level=None)  # we open transactions ourselves
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self._in_tx = False
        self.migrate()

    # ---- schema -------------------------------------------------------------------------
    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        current = self.version
        if current > len(MIGRATIONS):
            raise RuntimeError(f"{self.path}: store schema v{current} is newer than this newsweave "
                               f"(knows v{len(MIGRATIONS)})")
        for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
            with self.transaction():
                for statement in filter(str.strip, script.split(";")):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={number}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all. Nested calls join the outer one."""
        if self._in_tx:
            yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._in_tx = True
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")
        finally:
            self._in_tx = False

    def close(self) -> None:
        self.db.close()

    # ---- raw documents ------------------------------------------------------------------
    def add_raw(self, doc: RawDocument) -> bool:
        """Store a raw document; False when that content was already there."""
        seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM raw_documents").fetchone()[0]
        cur = self.db.execute(
            "INSERT OR IGNORE INTO raw_documents VALUES (?, ?, ?, ?, ?, ?, ?)",
            (doc.id, doc.source, doc.media_type, doc.url, json.dumps(doc.hints), doc.content, seq))
        return cur.rowcount == 1

    def raw(self, raw_id: str) -> Optional[RawDocument]:
        row = self.db.execute("SELECT id, source, media_type, content, url, hints FROM raw_documents "
                              "WHERE id = ?", (raw_id,)).fetchone()
        return _raw_from_row(row) if row else None

    # What a stage still has to do is a list of ids, its records read a batch at a time:
    # a run over a million pages never holds them all (nor their texts) in memory.
    def raw_ids_without_article(self) -> list[str]:
        rows = self.db.execute(
            "SELECT id FROM raw_documents r "
            "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.id) "
            "AND NOT EXISTS (SELECT 1 FROM failures f WHERE f.raw_id = r.id AND f.stage = 'extract') "
            "ORDER BY seq").fetchall()
        return [r[0] for r in rows]

    # ---- failures (a document that cannot go further is remembered, not retried forever) ---
    def add_failure(self, raw_id: str, stage: str, reason: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO failures VALUES (?, ?, ?)", (raw_id, stage, reason))

    # ---- articles and analyses ----------------------------------------------------------
    def put_article(self, article: Article) -> None:
        self.db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?)",
                        (article.id, json.dumps(to_dict(article))))

    def article(self, article_id: str) -> Optional[Article]:
        row = self.db.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return from_dict(Article, json.loads(row[0])) if row else None

    def articles(self, ids: Optional[Iterable[str]] = None) -> list[Article]:
        if ids is None:
            rows = self.db.execute("SELECT a.record FROM articles a JOIN raw_documents r ON r.id = a.id "
                                   "ORDER BY r.seq").fetchall()
            return [from_dict(Article, json.loads(r[0])) for r in rows]
        return [a for a in (self.article(i) for i in ids) if a is not None]

    def article_ids_without_analysis(self) -> list[str]:
        rows = self.db.execute(
            "SELECT a.id FROM articles a JOIN raw_documents r ON r.id = a.id "
            "WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = a.id) "
            "AND NOT EXISTS (SELECT 1 FROM failures f WHERE f.raw_id = a.id AND f.stage = 'analyze') "
            "ORDER BY r.seq").fetchall()
        return [r[0] for r in rows]

    def put_analysis(self, analysis: Analysis) -> None:
        self.db.execute("INSERT OR REPLACE INTO analyses VALUES (?, ?)",
                        (analysis.article_id, json.dumps(to_dict(analysis))))

    def analysis(self, article_id: str) -> Optional[Analysis]:
        row = self.db.execute("SELECT record FROM analyses WHERE article_id = ?", (article_id,)).fetchone()
        return from_dict(Analysis, json.loads(row[0])) if row else None

    def unclustered_article_ids(self) -> list[str]:
        """In the order the clusterer streams them: by publication date, the undated first,
        in order of arrival among equals."""
        rows = self.db.execute(
            "SELECT n.article_id FROM analyses n JOIN raw_documents r ON r.id = n.article_id "
            "JOIN articles a ON a.id = n.article_id "
            "WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = n.article_id) "
            "ORDER BY COALESCE(json_extract(a.record, '$.published'), ''), r.seq").fetchall()
        return [r[0] for r in rows]

    # ---- stories ------------------------------------------------------------------------
    def put_membership(self, article_id: str, story_id: str, copy_of: Optional[str]) -> None:
        """Put (or move) an article in a story. The briefs of the story it joins and of any
        it leaves are dropped with it: a brief only ever describes a story's current members,
        and a run that is killed before comparing still finds them to redo."""
        previous = self.story_of(article_id)
        seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM story_members").fetchone()[0]
        self.db.execute("INSERT OR REPLACE INTO story_members VALUES (?, ?, ?, ?)",
                        (article_id, story_id, copy_of, seq))
        self.db.execute("INSERT OR IGNORE INTO stories VALUES (?, '{}', ?)", (story_id, seq))
        self.db.execute("UPDATE stories SET updated = ? WHERE id = ?", (seq, story_id))
        self.db.execute("DELETE FROM briefs WHERE story_id IN (?, ?)", (story_id, previous or story_id))

    def redirect_story(self, old_id: str, new_id: str) -> None:
        """Merge ``old_id`` into ``new_id``; the old id keeps resolving."""
        self.db.execute("UPDATE story_members SET story_id = ? WHERE story_id = ?", (new_id, old_id))
        self.db.execute("DELETE FROM stories WHERE id = ?", (old_id,))
        self.db.execute("DELETE FROM briefs WHERE story_id = ?", (old_id,))
        self.db.execute("INSERT OR REPLACE INTO story_redirects VALUES (?, ?)", (old_id, new_id))

    def resolve_story_id(self, story_id: str) -> str:
        seen = set()
        while story_id not in seen:
            seen.add(story_id)
            row = self.db.execute("SELECT new_id FROM story_redirects WHERE old_id = ?", (story_id,)).fetchone()
            if not row:
                break
            story_id = row[0]
        return story_id

    def story(self, story_id: str) -> Optional[Story]:
        story_id = self.resolve_story_id(story_id)
        rows = self.db.execute("SELECT article_id, copy_of FROM story_members WHERE story_id = ? ORDER BY seq",
                               (story_id,)).fetchall()
        if not rows:
            return None
        return Story(id=story_id, article_ids=[r[0] for r in rows],
                     copies={r[0]: r[1] for r in rows if r[1]})

    def stories(self) -> list[Story]:
        ids = [r[0] for r in self.db.execute("SELECT id FROM stories ORDER BY updated DESC").fetchall()]
        return [s for s in (self.story(i) for i in ids) if s]

    def stories_without_brief(self) -> list[str]:
        """Stories with members and no brief (a story an undated article left may have none)."""
        rows = self.db.execute("SELECT id FROM stories WHERE id NOT IN (SELECT story_id FROM briefs) "
                               "AND id IN (SELECT story_id FROM story_members) ORDER BY updated").fetchall()
        return [r[0] for r in rows]

    def story_of(self, article_id: str) -> Optional[str]:
        row = self.db.execute("SELECT story_id FROM story_members WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def put_cluster_state(self, name: str, value: dict) -> None:
        self.db.execute("INSERT OR REPLACE INTO cluster_state VALUES (?, ?)", (name, json.dumps(value)))

    def cluster_state(self, name: str) -> Optional[dict]:
        row = self.db.execute("SELECT value FROM cluster_state WHERE name = ?", (name,)).fetchone()
        return json.loads(row[0]) if row else None

    # ---- briefs -------------------------------------------------------------------------
    def put_brief(self, brief: StoryBrief) -> None:
        self.db.execute("INSERT OR REPLACE INTO briefs VALUES (?, ?)", (brief.id, json.dumps(to_dict(brief))))

    def brief(self, story_id: str) -> Optional[dict]:
        """The stored brief as its JSON dict (what reports and the web serve)."""
        row = self.db.execute("SELECT record FROM briefs WHERE story_id = ?",
                              (self.resolve_story_id(story_id),)).fetchone()
        return json.loads(row[0]) if row else None

    def counts(self) -> dict[str, int]:
        tables = ["raw_documents", "articles", "analyses", "stories", "briefs", "failures"]
        return {t: self.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def _raw_from_row(row) -> RawDocument:
    return RawDocument(id=row[0], source=row[1], media_type=row[2], content=row[3], url=row[4],
                       hints=json.loads(row[5]))
