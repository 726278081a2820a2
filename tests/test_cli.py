"""The command line and the web API end to end, on real inputs, bad files included."""
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
from fastapi.testclient import TestClient

from newsweave.model import story_schema
from newsweave.web import create_app
from conftest import BENCH, EXAMPLES, ROOT, SEEDS, needs_shared


def _cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "newsweave.cli", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True)


@needs_shared
def test_run_on_seeds_writes_briefs_that_match_the_schema(tmp_path):
    out = tmp_path / "out"
    done = _cli("run", SEEDS, "--db", tmp_path / "s.db", "--out", out)
    assert done.returncode == 0, done.stderr
    assert "1 stories, 2 articles" in done.stdout.replace("\n", " ")
    index = json.loads((out / "index.json").read_text())
    assert len(index) == 1 and index[0]["disputed"] >= 1
    brief = json.loads((out / f"{index[0]['id']}.json").read_text())
    jsonschema.validate(brief, story_schema())
    assert (out / f"{index[0]['id']}.html").read_text().count("disputed") >= 1
    names = {e["name"] for e in brief["entities"]}
    assert {"Xi Jinping", "Vladimir Putin", "Kim Jong Un", "Beijing", "Tianjin"} <= names
    assert any("SCO" in n for n in names)


def test_bad_inputs_are_reported_and_the_run_goes_on(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.html").write_text("")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "cut.html.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (bad / "latin.txt").write_bytes("R\xe9sum\xe9 of the day".encode("latin-1"))
    (bad / "broken.warc").write_bytes(b"WARC/1.0\r\nContent-Length: 10\r\n\r\nxx")
    (bad / "notext.html").write_text("<html><body><p>cut")        # read, but holds no article
    (bad / "[bold] draft.html").write_text("")                      # a name that looks like terminal markup
    good = EXAMPLES / "rivertimes-ferry2024.html"
    done = _cli("run", bad, good, "--db", tmp_path / "s.db", "--out", tmp_path / "o")
    assert done.returncode == 0
    errors = [l for l in done.stderr.splitlines() if l.startswith("error")]
    for name in ("empty.html", "binary.txt", "cut.html.gz", "latin.txt", "broken.warc", "notext.html",
                 "[bold] draft.html"):
        assert sum(name in line for line in errors) == 1, (name, errors)
    assert "1 stories, 1 articles" in done.stdout.replace("\n", " ")


def test_briefs_written_inside_the_folder_read_are_not_read_back(tmp_path):
    """`newsweave run . --out report` run twice: the second run took the first's briefs
    (HTML pages) for news, and made stories of them."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("rivertimes-ferry2024.html", "holtgazette-ferry2024.txt"):
        (pages / name).write_bytes((EXAMPLES / name).read_bytes())
    runs = [_cli("run", ".", "--db", "s.db", "--out", "report", cwd=pages) for _ in range(2)]
    assert all(done.returncode == 0 for done in runs), runs[-1].stderr
    assert [done.stdout.replace("\n", " ").count(" 2 articles") for done in runs] == [1, 1]


@needs_shared
def test_an_article_the_analysis_cannot_read_is_one_error_line(tmp_path):
    """A Portuguese page from the ScrapingHub set next to an English example: one line for
    the first, a story for the second."""
    pages = BENCH / "extraction" / "html"
    portuguese = pages / "cc03ddb5ef7d5f1fdb8a87f5e6dfd058a2a70acedf2551655a898dc5c18eb79e.html.gz"
    done = _cli("run", portuguese, EXAMPLES / "rivertimes-ferry2024.html", "--db", tmp_path / "s.db", "--out", tmp_path / "o")
    errors = [l for l in done.stderr.splitlines() if l.startswith("error")]
    assert errors == [f"error {portuguese}: written in 'pt', and the analysis reads English only"]
    assert done.returncode == 0 and "1 stories, 1 articles, 1 errors" in done.stdout.replace("\n", " ")


def test_nothing_processed_exits_non_zero(tmp_path):
    (tmp_path / "empty.html").write_text("")
    assert _cli("run", tmp_path / "empty.html", "--db", tmp_path / "s.db", "--out", tmp_path / "o").returncode == 1


def test_a_store_path_is_made_for_a_run_and_must_exist_to_be_read(tmp_path):
    good = EXAMPLES / "rivertimes-ferry2024.html"
    done = _cli("run", good, "--db", tmp_path / "new" / "dir" / "s.db", "--out", tmp_path / "o")
    assert done.returncode == 0, done.stderr
    for command in (["stories"], ["show", "s1"], ["serve", "--port", "1"]):
        done = _cli(*command, "--db", tmp_path / "typo.db")
        assert done.returncode == 1 and done.stderr.strip().splitlines() == [
            f"error {tmp_path / 'typo.db'}: no such store (`newsweave run FILES --db {tmp_path / 'typo.db'}` makes one)"]
    assert not (tmp_path / "typo.db").exists()


def test_demo_writes_the_example_report(expected):
    """`make demo`, the README's first command, calls `run` from Python: every option must
    have a plain default there, not typer's placeholder."""
    done = _cli("demo")
    assert done.returncode == 0, done.stderr
    report = done.stdout.split("demo report:")[1].split()[0]
    index = json.loads((Path(report).parent / "index.json").read_text())
    assert len(index) == len(expected["stories"])


def test_the_story_window_is_an_option_of_run(tmp_path, expected):
    """The example reports run from February to June: with a one-day window only the dated
    stories of the last day stay open, yet every story gets its brief."""
    from newsweave.pipeline import CLUSTER_STATE
    from newsweave.store import open_store
    done = _cli("run", EXAMPLES, "--db", tmp_path / "s.db", "--out", tmp_path / "o", "--window-days", "1")
    assert done.returncode == 0, done.stderr
    assert len(json.loads((tmp_path / "o" / "index.json").read_text())) == len(expected["stories"])
    state = open_store(tmp_path / "s.db").cluster_state(CLUSTER_STATE)
    dated = [s["last_day"] for s in state["stories"] if s["last_day"] is not None]
    assert dated and all(state["clock"] - day <= 1 for day in dated)
    assert len(state["stories"]) < len(expected["stories"])


def test_extract_json_lines_in_input_order(tmp_path):
    batch = tmp_path / "b.jsonl"
    batch.write_text("\n".join(json.dumps({"id": f"n{i}", "text": f"Report number {i} says the harbour reopened on Monday."})
                               for i in range(3)))
    done = _cli("extract", batch, "--json")
    rows = [json.loads(l) for l in done.stdout.splitlines()]
    assert [r["source_id"] for r in rows] == ["n0", "n1", "n2"]


def test_analyze_json_spans_index_the_text():
    done = _cli("analyze", EXAMPLES / "citychronicle-theft.txt", "--json")
    (row,) = [json.loads(l) for l in done.stdout.splitlines()]
    text = row["text"]
    for key in ("entities", "timexes", "quotes", "sentences"):
        for item in row[key]:
            start, end = item["span"]
            assert text[start:end] == item["text"]
    quote = next(q for q in row["quotes"] if q["kind"] == "direct")
    assert quote["speaker"] == "Maria Lindqvist"
    s, e = quote["cue_span"]
    assert text[s:e] == quote["cue"]


def test_bench_throughput_reports_the_median_of_its_rounds_from_any_folder(tmp_path):
    """The bundled corpus is found wherever the command runs; each system reports the median
    of its runs, every run listed (one run's figure spread 8,800-11,700 words/s here)."""
    done = _cli("bench", "throughput", "--min-words", 2000, "--processes", 1, "--repeats", 3,
                "--json", tmp_path / "t.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = json.loads((tmp_path / "t.json").read_text())
    assert [r["processes"] for r in rows] == [1, 1]
    for row in rows:
        runs = row["runs_words_per_s"]
        assert len(runs) == 3
        assert round(row["words_per_s"]) == sorted(runs)[1]


def test_a_bench_without_its_data_is_one_error():
    done = _cli("bench", "timex", "--data", "no-such-file.jsonl")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "'no-such-file.jsonl' does not exist" in done.stderr


def test_web_api_and_pages(examples_run):
    store, result, _ = examples_run
    client = TestClient(create_app(store.path))
    stories = client.get("/api/stories").json()
    assert len(stories) == len(result.story_ids)
    story = client.get(f"/api/stories/{stories[0]['id']}").json()
    assert story["id"] == stories[0]["id"] and story["facts"]
    assert client.get("/").status_code == 200 and stories[0]["title"] in client.get("/").text
    assert client.get(f"/{stories[0]['id']}.html").status_code == 200
    assert client.get("/api/stories/nope").status_code == 404


def test_schema_command():
    done = _cli("schema")
    assert json.loads(done.stdout)["title"] == "newsweave story brief"
