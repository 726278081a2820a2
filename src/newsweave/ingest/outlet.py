"""Outlet names from URLs: the registered domain, found with the Public Suffix List
snapshot that ships inside tldextract (never fetched at run time)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional


@lru_cache(maxsize=1)
def _extractor():
    import tldextract
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def outlet_from_url(url: Optional[str]) -> Optional[str]:
    """'https://www.bbc.co.uk/news/x' -> 'bbc.co.uk'; None for anything without a host."""
    if not url or "://" not in url:
        return None
    parts = _extractor()(url)
    if not parts.domain:
        return None
    return f"{parts.domain}.{parts.suffix}" if parts.suffix else parts.domain
