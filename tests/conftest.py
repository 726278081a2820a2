"""Shared fixtures: the real inputs (seeds, benchmark pages, the example corpus) and one
pipeline run over them, reused by the tests that only read its results."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CLEAN_SEED = SEEDS / "000_244b68708c82cdab.txt"
SCRAPED_SEED = SEEDS / "001_78092a5fef7a27f4.txt"
BENCH = SHARED / "bench"

needs_shared = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared is not next to the repository")


@pytest.fixture(scope="session")
def expected():
    return json.loads((EXAMPLES / "expected.json").read_text())


def run_into(tmp: Path, *paths):
    from newsweave import pipeline
    from newsweave.store import open_store
    store = open_store(tmp / "store.db")
    result = pipeline.run([str(p) for p in paths], store)
    return store, result


@pytest.fixture(scope="session")
def examples_run(tmp_path_factory):
    store, result = run_into(tmp_path_factory.mktemp("examples"), EXAMPLES)
    briefs = [store.brief(s) for s in result.story_ids]
    return store, result, briefs


@pytest.fixture(scope="session")
def seeds_run(tmp_path_factory):
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not available")
    store, result = run_into(tmp_path_factory.mktemp("seeds"), SEEDS)
    return store, result, [store.brief(s) for s in result.story_ids]


def ecb_rows(*ids: str) -> dict[str, dict]:
    """ECB+ benchmark reports by id: real news used as test text."""
    with open(BENCH / "clustering" / "ecbplus-traindev.jsonl") as lines:
        return {row["id"]: row for row in map(json.loads, lines) if row["id"] in ids}


def article_from(brief: dict, file_name: str) -> dict:
    return next(a for a in brief["articles"] if Path(a["source"] or "").name == file_name)


def brief_with(briefs, file_name: str) -> dict:
    """The brief whose articles include the one ingested from ``file_name``."""
    for brief in briefs:
        for article in brief["articles"]:
            if Path(article["source"] or "").name == file_name:
                return brief
    raise AssertionError(file_name)
