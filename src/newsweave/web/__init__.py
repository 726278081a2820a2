"""Local web UI and REST API over the store (read-only).

HTML pages are the same templates as the report files, so what the browser shows and
what `newsweave run --out` writes never drift apart.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse, RedirectResponse

from newsweave.report import index_entry, render_html, render_index_html
from newsweave.store import open_store


def create_app(db: str | Path = "newsweave.db") -> FastAPI:
    app = FastAPI(title="newsweave", description="Cross-checked news stories from the local store.")

    def briefs() -> list[dict]:
        store = open_store(db)          # one connection per request: SQLite objects stay in their thread
        try:
            return [b for b in (store.brief(s.id) for s in store.stories()) if b]
        finally:
            store.close()

    def brief_or_404(story_id: str) -> dict:
        store = open_store(db)
        try:
            brief = store.brief(story_id)
        finally:
            store.close()
        if brief is None:
            raise HTTPException(404, f"no story {story_id}")
        return brief

    @app.get("/api/stories")
    def list_stories() -> list[dict]:
        return [index_entry(b) for b in briefs()]

    @app.get("/api/stories/{story_id}")
    def get_story(story_id: str) -> dict:
        return brief_or_404(story_id)

    @app.get("/", response_class=HTMLResponse)
    def index() -> str:
        return render_index_html([index_entry(b) for b in briefs()])

    @app.get("/index.html", include_in_schema=False)
    def index_alias():
        return RedirectResponse("/")

    @app.get("/{story_id}.html", response_class=HTMLResponse)
    def story_page(story_id: str) -> str:
        return render_html(brief_or_404(story_id))

    return app
