"""Readers for each container: plain files, .gz, JSONL, RSS/Atom feeds and WARC.

Every reader yields RawDocument or IngestError; none raises for bad input, because a
bad file must cost one line of output, not the run.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Union

from newsweave.model import RawDocument

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024     # one page larger than this is refused, not parsed
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-:]+)""", re.I)
_HTML_SNIFF_RE = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<div|<article|<p[\s>])", re.I)


@dataclass
class IngestError:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


Item = Union[RawDocument, IngestError]


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


INGESTIBLE = HTML_SUFFIXES | TEXT_SUFFIXES | FEED_SUFFIXES | {".jsonl", ".warc", ".arc"}


def iter_files(paths: Iterable[str | Path], skip: Iterable[str | Path] = ()) -> Iterator[Path]:
    """Files under the given paths: folders walked recursively in sorted order, keeping the
    kinds we read (a README or a JSON sidecar in a folder of pages is not a page) and
    leaving out the folders in ``skip`` (a run's own briefs, written inside the folder it
    reads, are no news); a file named explicitly is always tried."""
    skipped = [Path(s).resolve() for s in skip]
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
                              and Path(_inner_name(p)).suffix.lower() in INGESTIBLE
                              and not any(p.resolve().is_relative_to(s) for s in skipped))
        else:
            yield path


def ingest(paths: Iterable[str | Path], skip: Iterable[str | Path] = ()) -> Iterator[Item]:
    for path in iter_files(paths, skip):
        if not path.exists():
            yield IngestError(str(path), "no such file")
            continue
        try:
            yield from _read_file(path)
        except Exception as exc:  # a reader bug must not stop the other files
            yield IngestError(str(path), f"unreadable ({type(exc).__name__}: {exc})")


def _inner_name(path: Path) -> str:
    return path.name[:-3] if path.name.endswith(".gz") else path.name


def _read_file(path: Path) -> Iterator[Item]:
    name = _inner_name(path).lower()
    if name.endswith(".warc") or name.endswith(".arc"):
        yield from _read_warc(path)
        return
    data = _read_bytes(path)
    if isinstance(data, IngestError):
        yield data
        return
    suffix = Path(name).suffix
    if suffix == ".jsonl":
        yield from _read_jsonl(path, data)
    elif suffix in FEED_SUFFIXES or (suffix not in HTML_SUFFIXES | TEXT_SUFFIXES and _looks_like_feed(data)):
        yield from _read_feed(path, data)
    else:
        yield _read_page(str(path), data, hinted_html=suffix in HTML_SUFFIXES)


def _read_bytes(path: Path) -> bytes | IngestError:
    source = str(path)
    size = path.stat().st_size
    if size == 0:
        return IngestError(source, "empty file")
    if path.name.endswith(".gz"):
        try:
            with gzip.open(path) as fh:
                data = fh.read(MAX_DOCUMENT_BYTES * 5 + 1)
        except (EOFError, OSError, zlib.error) as exc:
            return IngestError(source, f"truncated or corrupt gzip ({exc})")
    else:
        if size > MAX_DOCUMENT_BYTES * 5 and not path.name.endswith(".jsonl"):
            return IngestError(source, f"too large ({size / 2**20:.0f} MiB)")
        data = path.read_bytes()
    if not data.strip():
        return IngestError(source, "empty file")
    return data


def _decode(source: str, data: bytes) -> str | IngestError:
    """UTF-8 (with or without BOM), or the charset the page declares; else an error."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return IngestError(source, "binary content (NUL bytes), not text or HTML")
    declared = _CHARSET_RE.search(data[:4096])
    encodings = ["utf-8-sig"]
    if declared:
        encodings.insert(0, declared.group(1).decode("ascii", "replace"))
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return IngestError(source, f"invalid UTF-8 at byte {exc.start} and no charset declared")
    return IngestError(source, "undecodable text")


def _read_page(source: str, data: bytes, hinted_html: bool, url: str | None = None,
               hints: dict | None = None) -> Item:
    if len(data) > MAX_DOCUMENT_BYTES:
        return IngestError(source, f"page too large ({len(data) / 2**20:.1f} MiB > "
                                   f"{MAX_DOCUMENT_BYTES // 2**20} MiB limit)")
    text = _decode(source, data)
    if isinstance(text, IngestError):
        return text
    if not text.strip():
        return IngestError(source, "empty document")
    is_html = hinted_html or bool(_HTML_SNIFF_RE.match(text[:2000]))
    if not is_html and _looks_binary_text(text):
        return IngestError(source, "binary content, not text or HTML")
    return RawDocument(id=content_id(text), source=source, media_type="html" if is_html else "text",
                       content=text, url=url, hints=hints or {})


def _looks_binary_text(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls > len(sample) * 0.05


# ---- JSONL ------------------------------------------------------------------------------

JSONL_HINTS = ("url", "outlet", "published", "title")
# Other names dumps give the publication date (ECB+ and many crawls: 'date'; schema.org:
# 'datePublished'; RSS: 'pubDate'; PolNeAR: 'publication_date') and the outlet (PolNeAR:
# 'publisher'; news-please: 'source_domain'); the first one present is read.
ALIASES = {"published": ("date", "datePublished", "date_published", "publication_date", "publish_date",
                         "published_at", "pubDate"),
           "outlet": ("publisher", "site_name", "source_domain")}


def _read_jsonl(path: Path, data: bytes) -> Iterator[Item]:
    for number, line in enumerate(data.splitlines(), start=1):
        source = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield IngestError(source, f"invalid JSON ({exc.msg if hasattr(exc, 'msg') else exc})")
            continue
        if not isinstance(record, dict):
            yield IngestError(source, "JSON line is not an object")
            continue
        body = record.get("html") or record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield IngestError(source, "no 'text' or 'html' field")
            continue
        hints = {k: record[k] for k in JSONL_HINTS if record.get(k)}
        for hint, names in ALIASES.items():
            alias = next((a for a in names if isinstance(record.get(a), str) and record[a]), None)
            if hint not in hints and alias:
                hints[hint] = record[alias]
        if record.get("id") is not None:
            hints["source_id"] = str(record["id"])
        yield _read_page(source, body.encode("utf-8"), hinted_html="html" in record and bool(record["html"]),
                         url=record.get("url"), hints=hints)


# ---- feeds ------------------------------------------------------------------------------

def _looks_like_feed(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in data[:4096].lower() or b"<feed" in data[:4096].lower())


def _read_feed(path: Path, data: bytes) -> Iterator[Item]:
    import feedparser
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f"malformed feed ({feed.bozo_exception})" if feed.bozo else "feed has no entries"
        yield IngestError(str(path), reason)
        return
    outlet = (feed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(feed.entries, start=1):
        source = f"{path}#{number}"
        html = entry.content[0].value if entry.get("content") else entry.get("summary", "")
        if not html.strip():
            yield IngestError(source, "feed entry has no content")
            continue
        hints = {"title": entry.get("title"), "published": entry.get("published") or entry.get("updated"),
                 "outlet": outlet, "source_id": entry.get("id"),
                 "authors": [a.get("name") for a in entry.get("authors", []) if a.get("name")]}
        yield _read_page(source, html.encode("utf-8"), hinted_html=True, url=entry.get("link"),
                         hints={k: v for k, v in hints.items() if v})


# ---- WARC -------------------------------------------------------------------------------

def _read_warc(path: Path) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    source = str(path)
    if path.stat().st_size == 0:
        yield IngestError(source, "empty file")
        return
    found = 0
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                found += 1
                yield _read_page(f"{source}#{url}", record.content_stream().read(), hinted_html=True, url=url)
    except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError, AttributeError, TypeError) as exc:
        # warcio raises assorted errors on broken headers; all of them mean the same to the user,
        # and its AttributeError/TypeError texts are about its own code, not the file
        reason = "unreadable record header" if isinstance(exc, (AttributeError, TypeError)) else _first_line(exc)
        yield IngestError(source, f"malformed WARC after {found} record(s) ({reason})")
        return
    if not found:
        yield IngestError(source, "WARC holds no HTML response records")


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:160]
