"""Ingest on real containers: every bad input costs one line, the rest goes on."""
import gzip
import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsweave.ingest import IngestError, ingest
from newsweave.model import RawDocument
from conftest import BENCH, EXAMPLES, ecb_rows, needs_shared

PAGE = (EXAMPLES / "globalledger-summit.html").read_text()


def _items(*paths):
    return list(ingest(paths))


def test_folder_is_walked_and_sidecars_skipped():
    items = _items(EXAMPLES)
    assert all(isinstance(i, RawDocument) for i in items)
    names = {i.source.rsplit("/", 1)[-1] for i in items}
    assert "expected.json" not in names and "globalledger-summit.html" in names
    assert {i.media_type for i in items} == {"html", "text"}


def test_content_address_is_stable_and_shared_by_identical_content(tmp_path):
    (tmp_path / "a.html").write_text(PAGE)
    (tmp_path / "b.html").write_text(PAGE)
    a, b = _items(tmp_path / "a.html", tmp_path / "b.html")
    assert a.id == b.id


def test_gzip_and_truncated_gzip(tmp_path):
    good = tmp_path / "page.html.gz"
    good.write_bytes(gzip.compress(PAGE.encode()))
    bad = tmp_path / "cut.html.gz"
    bad.write_bytes(gzip.compress(PAGE.encode())[:200])
    ok, err = _items(good, bad)
    assert isinstance(ok, RawDocument) and ok.media_type == "html"
    assert isinstance(err, IngestError) and "gzip" in err.reason and str(bad) in str(err)


def test_bad_files_give_one_line_errors(tmp_path):
    (tmp_path / "empty.html").write_text("")
    (tmp_path / "binary.html").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 cr\xe8me and more text here.".encode("latin-1"))
    errors = _items(tmp_path / "empty.html", tmp_path / "binary.html", tmp_path / "latin.txt")
    reasons = [e.reason for e in errors]
    assert all(isinstance(e, IngestError) for e in errors)
    assert reasons[0] == "empty file" and "binary" in reasons[1] and "UTF-8" in reasons[2]
    assert all("\n" not in str(e) for e in errors)


def test_declared_charset_is_honoured(tmp_path):
    page = tmp_path / "latin.html"
    page.write_bytes('<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9</p></body></html>'.encode("latin-1"))
    (doc,) = _items(page)
    assert "Café" in doc.content


def test_jsonl_keeps_ids_and_hints_and_reports_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "A-1", "text": "Police said the bridge reopened on Monday.", "outlet": "Wire",
                    "published": "2026-01-05"}),
        "{not json",
        json.dumps({"id": "A-3", "title": "no body"}),
    ]))
    items = _items(path)
    assert items[0].hints == {"outlet": "Wire", "published": "2026-01-05", "source_id": "A-1"}
    assert isinstance(items[1], IngestError) and items[1].source.endswith(":2")
    assert isinstance(items[2], IngestError) and "text" in items[2].reason


@needs_shared
def test_jsonl_reads_the_date_under_its_other_names(tmp_path):
    """ECB+ records give the publication date as 'date'; it was ignored, and a Lindsay Lohan
    report dated 2 May 2013 was dated by the '2013' its text mentions."""
    from newsweave.extract import extract
    row = ecb_rows("1_13ecbplus")["1_13ecbplus"]
    path = tmp_path / "ecb.jsonl"
    path.write_text(json.dumps({"id": row["id"], "text": row["text"], "date": row["date"]}) + "\n")
    (raw,) = _items(path)
    assert raw.hints["published"] == "2013-05-02"
    assert extract(raw).published == "2013-05-02"


@needs_shared
def test_jsonl_reads_polnear_publication_date_and_publisher(tmp_path):
    """PolNeAR records name the date 'publication_date' and the outlet 'publisher': both were
    ignored, so a whole dump was undated and every report came from no outlet."""
    from newsweave.extract import extract
    line = (BENCH / "attribution" / "dev.jsonl").read_text("utf-8").splitlines()[0]
    path = tmp_path / "polnear.jsonl"
    path.write_text(line + "\n")
    (raw,) = _items(path)
    article = extract(raw)
    record = json.loads(line)
    assert (article.published, article.outlet) == (record["publication_date"], record["publisher"])


def test_rss_feed_entries(tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Times</title>
      <item><title>Bridge reopens</title><link>https://harbourtimes.com/bridge</link>
      <pubDate>Mon, 05 Jan 2026 10:00:00 GMT</pubDate>
      <description>&lt;p&gt;The bridge reopened on Monday after repairs, the council said.&lt;/p&gt;</description></item>
    </channel></rss>""")
    (doc,) = _items(feed)
    assert doc.url == "https://harbourtimes.com/bridge" and doc.hints["outlet"] == "Harbour Times"
    assert doc.hints["title"] == "Bridge reopens"


def _warc(path, pages):
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))


def test_warc_response_records_and_malformed_warc(tmp_path):
    good = tmp_path / "crawl.warc.gz"
    _warc(good, [("https://www.globalledger.com/a", PAGE)])
    bad = tmp_path / "broken.warc"
    bad.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    items = _items(good, bad)
    assert isinstance(items[0], RawDocument) and items[0].url == "https://www.globalledger.com/a"
    assert isinstance(items[-1], IngestError)
    assert items[-1].reason == "malformed WARC after 0 record(s) (unreadable record header)"   # not warcio's internals
