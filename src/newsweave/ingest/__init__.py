"""Ingest: paths -> RawDocument records (or one-line errors), whatever the container.

``ingest(paths)`` yields :class:`RawDocument` and :class:`IngestError` items in input
order, so a caller can store the good ones and report the bad ones without stopping.
"""
from newsweave.ingest.readers import IngestError, ingest, iter_files
from newsweave.ingest.outlet import outlet_from_url

__all__ = ["IngestError", "ingest", "iter_files", "outlet_from_url"]
