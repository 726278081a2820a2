"""Report: story briefs -> JSON, Markdown and HTML files (and an index of them).

Works on the brief's JSON form (what the store keeps and the web serves), so every
output says exactly the same thing.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=PackageLoader("newsweave", "report/templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["outlet_of"] = lambda article_id, brief: next(
        (a["outlet"] for a in brief["articles"] if a["id"] == article_id), article_id)
    return env


def summary_counts(brief: dict) -> dict:
    counts = {"corroborated": 0, "disputed": 0, "single-source": 0}
    for fact in brief["facts"]:
        counts[fact["status"]] += 1
    counts["conflicts"] = sum(len(f["conflicts"]) for f in brief["facts"])
    return counts


def render_markdown(brief: dict) -> str:
    return _env().get_template("story.md").render(brief=brief, counts=summary_counts(brief))


def render_html(brief: dict) -> str:
    return _env().get_template("story.html").render(brief=brief, counts=summary_counts(brief))


def render_index_html(entries: list[dict]) -> str:
    return _env().get_template("index.html").render(entries=entries)


def index_entry(brief: dict) -> dict:
    return {"id": brief["id"], "title": brief["title"], "articles": len(brief["articles"]),
            "outlets": sorted({a["outlet"] or "?" for a in brief["articles"]}), **summary_counts(brief)}


def write_reports(briefs: list[dict], out_dir: str | Path) -> Path:
    """Write <story>.json/.md/.html for each brief plus index.json and index.html."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for brief in briefs:
        (out / f"{brief['id']}.json").write_text(json.dumps(brief, indent=2, ensure_ascii=False), "utf-8")
        (out / f"{brief['id']}.md").write_text(render_markdown(brief), "utf-8")
        (out / f"{brief['id']}.html").write_text(render_html(brief), "utf-8")
    entries = [index_entry(b) for b in briefs]
    (out / "index.json").write_text(json.dumps(entries, indent=2, ensure_ascii=False), "utf-8")
    (out / "index.html").write_text(render_index_html(entries), "utf-8")
    return out
