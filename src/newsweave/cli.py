"""The newsweave command line: run, extract, analyze, stories, show, demo, schema, serve, bench."""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsweave import pipeline
from newsweave.cluster import Params
from newsweave.model import to_dict

app = typer.Typer(help="Turn raw news pages from many outlets into cross-checked stories.",
                  no_args_is_help=True, add_completion=False)
bench_app = typer.Typer(help="Benchmarks, each measured against its anchor in the same run.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")
out = Console()
err = Console(stderr=True, soft_wrap=True, highlight=False, markup=False)     # one plain line per error
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"     # the repo's bundled corpus
DB_OPTION = typer.Option("newsweave.db", "--db", help="SQLite store file.")


class RichProgress(pipeline.Progress):
    """Renders pipeline stages as a progress bar on stderr; errors as one line each."""

    def __init__(self, progress: Progress):
        self.progress, self.task = progress, None

    def stage(self, name: str, total: int) -> None:
        if self.task is not None:
            self.progress.update(self.task, visible=False)
        self.task = self.progress.add_task(name, total=total or None)

    def advance(self, n: int = 1) -> None:
        self.progress.advance(self.task, n)

    def error(self, message: str) -> None:
        self.progress.console.print(f"error {message}")


def _progress() -> Progress:
    return Progress(TextColumn("{task.description:>8}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True)


@app.command()
def run(paths: List[Path] = typer.Argument(..., help="Files or folders to ingest."),
        db: Path = DB_OPTION,
        out_dir: Path = typer.Option(Path("newsweave-out"), "--out", help="Where the briefs are written."),
        window_days: int = typer.Option(Params.window_days, "--window-days", min=1,
                                        help="Days of publication time a story stays open after its last report.")):
    """Ingest, process and write one brief per story (JSON, Markdown, HTML) plus an index."""
    from newsweave.report import summary_counts, write_reports
    from newsweave.store import open_store
    db.parent.mkdir(parents=True, exist_ok=True)
    store = open_store(db)
    with _progress() as bar:
        result = pipeline.run([str(p) for p in paths], store, RichProgress(bar), Params(window_days=window_days),
                              skip=[out_dir])
    briefs = [store.brief(s) for s in result.story_ids]
    briefs = [b for b in briefs if b]
    write_reports(briefs, out_dir)
    _print_summary(briefs, result, out_dir, summary_counts)
    if not result.articles:
        raise typer.Exit(1)


def _print_summary(briefs, result, out_dir, summary_counts) -> None:
    totals = {"corroborated": 0, "disputed": 0, "single-source": 0, "conflicts": 0}
    table = Table("story", "articles", "outlets", "disputed", "corroborated", "single", title="stories")
    for brief in briefs:
        counts = summary_counts(brief)
        for k in totals:
            totals[k] += counts[k]
        table.add_row(brief["title"][:60], str(len(brief["articles"])),
                      str(len({a["outlet"] for a in brief["articles"]})), str(counts["disputed"]),
                      str(counts["corroborated"]), str(counts["single-source"]))
    out.print(table)
    out.print(f"{len(briefs)} stories, {result.articles} articles, {len(result.errors)} errors · facts: "
              f"{totals['corroborated']} corroborated, {totals['disputed']} disputed, "
              f"{totals['single-source']} single-source · {totals['conflicts']} conflicts")
    out.print(f"briefs written to {out_dir}/ (open {out_dir}/index.html)")


@app.command()
def extract(files: List[Path] = typer.Argument(...),
            as_json: bool = typer.Option(False, "--json", help="One JSON object per line, in input order.")):
    """The extracted article (title, published, authors, section, outlet, url, body) per input."""
    from newsweave.extract import extract as extract_article
    from newsweave.ingest import IngestError, ingest
    done = 0
    for item in ingest([str(f) for f in files]):
        if isinstance(item, IngestError):
            err.print(f"error {item}")
            continue
        try:
            article = extract_article(item)
        except Exception as exc:
            err.print(f"error {item.source}: {exc}")
            continue
        done += 1
        record = to_dict(article)
        if as_json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            out.rule(item.source)
            for key in ("title", "published", "authors", "section", "outlet", "url", "language"):
                out.print(f"[bold]{key}[/bold]: {record[key]}", highlight=False)
            out.print(article.body, highlight=False)
    if not done:
        raise typer.Exit(1)


@app.command()
def analyze(files: List[Path] = typer.Argument(...),
            published: Optional[str] = typer.Option(None, help="Publication date (ISO) when the input has none."),
            as_json: bool = typer.Option(True, "--json/--no-json", help="One JSON object per line.")):
    """The analysis of each input: sentences, entities, timexes, quantities, quotes, claims."""
    from newsweave.analyze import analyze_many
    from newsweave.extract import extract as extract_article
    from newsweave.ingest import IngestError, ingest
    articles = []
    for item in ingest([str(f) for f in files]):
        if isinstance(item, IngestError):
            err.print(f"error {item}")
            continue
        try:
            article = extract_article(item)
        except Exception as exc:
            err.print(f"error {item.source}: {exc}")
            continue
        article.published = article.published or published
        articles.append(article)
    for article, analysis in zip(articles, analyze_many(articles)):
        print(json.dumps(analysis_json(article, analysis), ensure_ascii=False))
    if not articles:
        raise typer.Exit(1)


def analysis_json(article, analysis) -> dict:
    """The analyze output: spans are [start, end] offsets into ``text`` (the article body)."""
    from newsweave.analyze.quotes import as_attributions
    return {
        "id": article.id, "source_id": article.source_id, "source": article.source,
        "published": article.published, "reference_date": analysis.reference_date, "text": article.body,
        "sentences": [{"text": s.text, "span": list(s.span)} for s in analysis.sentences],
        "entities": [{"text": m.text, "span": list(m.span), "type": m.type, "canonical": m.canonical,
                      "key": m.key, "titles": m.titles} for m in analysis.mentions],
        "timexes": [{"text": t.text, "span": list(t.span), "start": t.span[0], "end": t.span[1], "type": t.type,
                     "value": t.value, "granularity": t.granularity, "anchor": t.anchor} for t in analysis.timexes],
        "quantities": [to_dict(q) for q in analysis.quantities],
        "quotes": [{"speaker": q.speaker, "speaker_span": list(q.speaker_span) if q.speaker_span else None,
                    "cue": q.cue, "cue_span": list(q.cue_span) if q.cue_span else None, "text": q.text,
                    "span": list(q.span), "kind": q.kind} for q in analysis.quotes],
        # the same quotes in the attribution scorers' format (shared/bench/attribution/score.py)
        "attributions": as_attributions(analysis.quotes, article.body),
        "claims": [to_dict(c) for c in analysis.claims],
    }


def _existing_store(db: Path):
    """The store a reading command reads: a mistyped path is an error, not a new empty store."""
    from newsweave.store import open_store
    if not db.is_file():
        err.print(f"error {db}: no such store (`newsweave run FILES --db {db}` makes one)")
        raise typer.Exit(1)
    return open_store(db)


@app.command()
def stories(db: Path = DB_OPTION):
    """The stories in the store."""
    from newsweave.report import index_entry
    store = _existing_store(db)
    table = Table("id", "title", "articles", "disputed", "corroborated", "single")
    for story in store.stories():
        brief = store.brief(story.id)
        if brief:
            e = index_entry(brief)
            table.add_row(e["id"], e["title"][:70], str(e["articles"]), str(e["disputed"]),
                          str(e["corroborated"]), str(e["single-source"]))
    out.print(table)


@app.command()
def show(story_id: str, db: Path = DB_OPTION,
         fmt: str = typer.Option("md", "--format", help="json or md")):
    """One story's brief."""
    from newsweave.report import render_markdown
    brief = _existing_store(db).brief(story_id)
    if brief is None:
        err.print(f"error {story_id}: no such story in {db}")
        raise typer.Exit(1)
    print(json.dumps(brief, indent=2, ensure_ascii=False) if fmt == "json" else render_markdown(brief))


@app.command()
def demo():
    """Run the bundled example corpus into a temporary folder and say where the report is."""
    if not EXAMPLES.is_dir():
        err.print(f"error {EXAMPLES}: example corpus not found (run from a clone of the repository)")
        raise typer.Exit(1)
    target = Path(tempfile.mkdtemp(prefix="newsweave-demo-"))
    run([EXAMPLES], db=target / "newsweave.db", out_dir=target / "report", window_days=Params.window_days)
    out.print(f"demo report: {target / 'report' / 'index.html'}")


@app.command()
def schema():
    """The JSON Schema of a story brief (<story_id>.json)."""
    from newsweave.model import story_schema
    print(json.dumps(story_schema(), indent=2))


@app.command()
def serve(db: Path = DB_OPTION, host: str = "127.0.0.1", port: int = 8765):
    """A local web UI and REST API over the store."""
    import uvicorn
    from newsweave.web import create_app
    _existing_store(db)
    uvicorn.run(create_app(db), host=host, port=port)


def _bench_table(title: str, rows: list[dict], columns: list[str], json_path: Optional[Path]) -> None:
    table = Table(*(["system"] + columns), title=title)
    for row in rows:
        table.add_row(row["name"], *(_fmt(row.get(c)) for c in columns))
    Console(width=max(out.width, 160)).print(table)
    if json_path:
        json_path.write_text(json.dumps(rows, indent=2))


def _fmt(value) -> str:
    if isinstance(value, list):
        return ", ".join(map(_fmt, value))
    if isinstance(value, float):
        return f"{value:.3f}" if value < 100 else f"{value:.0f}"
    return "" if value is None else str(value)


JSON_OPTION = typer.Option(None, "--json", help="Also write the results to this JSON file.")


@bench_app.command("extraction")
def bench_extraction(data: Path = typer.Option(..., exists=True, help="Folder in the layout of shared/bench/extraction."),
                     flat: bool = typer.Option(False, "--flat", help="Score the flattened-text inputs (flat/)."),
                     json_path: Optional[Path] = JSON_OPTION):
    """Article-body P/R/F1 with the benchmark's own method; trafilatura measured alongside."""
    from newsweave.bench import extraction
    rows = extraction.run(data, flat)
    _bench_table(f"extraction ({'flat text' if flat else 'HTML'}, {rows[0]['pages']} pages)", rows,
                 ["f1", "precision", "recall", "accuracy", "pages_f1_below_0.5", "pages_per_s", "errors"], json_path)


@bench_app.command("train-flat")
def bench_train_flat(data: Path = typer.Option(..., exists=True, help="Folder in the layout of shared/bench/extraction, with flat/."),
                     weights: Path = typer.Option(None, help="Where to write the weights (default: the shipped file).")):
    """Train the flattened-text line model on every page of the benchmark and write its weights."""
    from newsweave.bench import extraction
    from newsweave.extract.flat_model import MODEL_PATH
    _write_weights("line model", extraction.train_flat_model(data), weights or MODEL_PATH)


def _write_weights(name: str, model, target: Path) -> None:
    """A trained model's weights, as JSON, where the train-* commands were told (by
    default over the shipped file, which the next run then loads)."""
    target.write_text(model.to_json())
    out.print(f"{name} written to {target}")


@bench_app.command("clustering")
def bench_clustering(data: Path = typer.Option(..., exists=True, help="JSONL with text, date, gold_cluster, split."),
                     split: str = typer.Option("dev", help="Split to report (the anchor is tuned on train)."),
                     json_path: Optional[Path] = JSON_OPTION):
    """BCubed and pairwise P/R/F1 of one-pass streaming clustering; TF-IDF baseline alongside."""
    from newsweave.bench import clustering
    rows = clustering.run(data, split)
    _bench_table(f"clustering ({split}, {rows[0]['articles']} articles)", rows,
                 ["bcubed_f1", "bcubed_p", "bcubed_r", "pair_f1", "pair_p", "pair_r", "stories", "articles_per_s",
                  "held_most", "held_at_end"],
                 json_path)


@bench_app.command("timex")
def bench_timex(data: Path = typer.Option(..., exists=True, help="TempEval-3 JSONL (id, dct, text, timexes)."),
                pred_out: Optional[Path] = typer.Option(None, help="Write newsweave's predictions (scorer format)."),
                json_path: Optional[Path] = JSON_OPTION):
    """TempEval-3 strict/relaxed extraction F1 and value F1, DCT as publication date."""
    from newsweave.bench import timex
    rows = timex.run(data, pred_out)
    _bench_table("time expressions (TempEval-3 method)", rows,
                 ["value_f1", "strict_f1", "relaxed_f1", "type_f1", "strict_p", "strict_r", "docs_per_s"], json_path)


@bench_app.command("attribution")
def bench_attribution(data: Path = typer.Option(..., exists=True, help="PolNeAR JSONL (id, publication_date, text, attributions)."),
                      json_path: Optional[Path] = JSON_OPTION):
    """Source, cue and content span P/R/F1 (exact, overlap) and the Citron definitions; regex baseline alongside."""
    from newsweave.bench import attribution
    rows = attribution.run(data)
    _bench_table("attribution (PolNeAR method)", rows,
                 ["citron_source_exact_f1", "citron_content_overlap_f1", "citron_cue_exact_f1",
                  "source_exact_f1", "source_overlap_f1", "cue_exact_f1", "content_exact_f1", "content_overlap_f1",
                  "predicted_attributions", "docs_per_s"], json_path)


@bench_app.command("train-cues")
def bench_train_cues(data: Path = typer.Option(..., exists=True, help="PolNeAR JSONL to train on (its train split)."),
                     weights: Path = typer.Option(None, help="Where to write the weights (default: the shipped file).")):
    """Train the quote reader's cue model on every document of DATA and write its weights."""
    from newsweave.analyze.cue_model import MODEL_PATH
    from newsweave.bench import attribution
    _write_weights("cue model", attribution.train_cue_model(attribution.load(data)), weights or MODEL_PATH)


@bench_app.command("throughput")
def bench_throughput(data: Path = typer.Option(EXAMPLES, exists=True, help="Corpus to analyse (default: the bundled examples)."),
                     min_words: int = typer.Option(100_000, help="Repeat the corpus until it holds this many words."),
                     processes: Optional[int] = typer.Option(None, help="Worker processes (default: one per core)."),
                     repeats: int = typer.Option(3, min=1, help="Rounds of runs; each system reports its median run."),
                     json_path: Optional[Path] = JSON_OPTION):
    """Words per second of the full analysis, one process and one per core: the median of REPEATS rounds."""
    from newsweave.bench import throughput
    rows = throughput.run(data, min_words, processes, repeats)
    _bench_table(f"analysis throughput (median run; Python {rows[0]['python']})", rows,
                 ["words_per_s", "runs_words_per_s", "words", "articles", "seconds"], json_path)


@bench_app.command("consistency")
def bench_consistency(data: Path = typer.Option(..., exists=True, help="FRANK JSONL (source_text, claim_text, relation)."),
                      json_path: Optional[Path] = JSON_OPTION):
    """Consistent / contradiction / unsupported per (article, summary) pair; lexical overlap alongside."""
    from newsweave.bench import consistency
    rows = consistency.run(data)
    _bench_table("consistency (FRANK)", rows,
                 ["contradiction_f1", "contradiction_p", "contradiction_r", "macro_f1", "3class_consistent_f1",
                  "3class_contradiction_f1", "3class_unsupported_f1", "pairs", "seconds"], json_path)


@bench_app.command("conflicts")
def bench_conflicts(data: Path = typer.Option(..., exists=True, help="JSONL of real articles with gold_cluster (the ECB+ file)."),
                    split: str = typer.Option("dev", help="Split whose articles are used."),
                    per_slot: int = typer.Option(60, help="Plants per slot type."),
                    pairs: int = typer.Option(150, help="Real same-event pairs checked for false alarms."),
                    sample_out: Optional[Path] = typer.Option(None, help="Write the real-pair conflicts here to read."),
                    json_path: Optional[Path] = JSON_OPTION):
    """Planted date/number/place/person/polarity changes found per slot; conflicts raised on real pairs."""
    from newsweave.bench import conflicts
    rows = conflicts.run(data, split, per_slot, pairs, sample_out=sample_out)
    _bench_table("conflicts (planted in real articles; real same-event pairs)", rows,
                 ["plants", "found", "recall", "conflicts", "precision", "conflicts_per_pair"], json_path)


def main() -> None:  # pragma: no cover - console entry
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
