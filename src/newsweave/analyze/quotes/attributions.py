"""Quotes as attribution relations (source, cue, content), in the convention of
attribution corpora (PARC, PolNeAR) and their scorers.
"""
from __future__ import annotations

from newsweave.model import Quote
from newsweave.analyze.quotes.lexicon import DOUBLED_MARKS, OPENING_MARKS
from newsweave.analyze.quotes.spans import close_quotation


def as_attributions(quotes: list[Quote], text: str) -> list[dict]:
    """The quotes as attribution relations, one relation per cue and source. Scare quotes
    and quotations no cue or source claims are left out: no one is said to have said them,
    so the text holds no relation (PolNeAR marks 1 of 2,193 dev relations without a cue).
    Quotations that share a cue and source ('“A,” he said, “B.”', or a quote running on
    over sentences) are one relation whose content is discontinuous, its ``fragments``
    listed, as the corpora mark it."""
    relations: dict[tuple, dict] = {}
    out = []
    for quote in quotes:
        if quote.kind == "scare" or not (quote.cue_span or quote.speaker_span):
            continue
        relation = as_attribution(quote, text)
        key = (quote.cue_span, quote.speaker_span)
        if quote.cue_span and key in relations:
            _add_fragment(relations[key]["content"], relation["content"])
            continue
        relations[key] = relation
        out.append(relation)
    return out


def _add_fragment(content: dict, more: dict) -> None:
    content.setdefault("fragments", [[content["start"], content["end"]]]).append([more["start"], more["end"]])
    content["start"], content["end"] = min(content["start"], more["start"]), max(content["end"], more["end"])


def as_attribution(quote: Quote, text: str) -> dict:
    """The quote as an attribution relation in the convention of attribution corpora
    (PARC, PolNeAR) and their scorers: ``{"source", "cue", "content"}``, each
    ``{"start", "end"}`` or None. A direct quote's content there includes its quotation
    marks (and the punctuation inside them), which our ``Quote.span`` leaves out."""
    start, end = quote.span
    if quote.kind in ("direct", "scare"):
        while start > 0 and text[start - 1] in OPENING_MARKS + " ":
            start -= 1
            if text[start] in OPENING_MARKS:
                break
        if text[start - 2:start] in DOUBLED_MARKS:
            start -= 2
        end = close_quotation(text, end)
    elif text.count("“", start, end) > text.count("”", start, end):
        end = close_quotation(text, end)          # a reported clause ending in quoted words

    def span(pair):
        return {"start": pair[0], "end": pair[1]} if pair else None
    return {"source": span(quote.speaker_span), "cue": span(quote.cue_span), "content": span((start, end))}
