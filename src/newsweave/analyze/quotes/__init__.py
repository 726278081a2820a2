"""Quotes and attributions, read off the dependency parse.

- direct: quoted text; the speaker is the subject of the verb that governs the quote
  ("Xi referred to Putin as an “old friend”" -> Xi), a pronoun subject resolved to the
  nearest person mentioned before it;
- indirect: a verb with the clause it reports ("Xi asserted that ..."), or interrupts
  ("The test, officials said, was its biggest"), when the cue model (:mod:`newsweave.analyze.cue_model`)
  takes the reading for an attribution: mostly speech and cognition verbs. A reported clause
  that quotes some words ("He said the deal was “historic”") is one attribution of the
  whole clause, not a direct quote of the words; one reported inside another ("Most
  say they think she could win") is part of the outer one's content; a name and a colon
  in a headline or a transcript ("Issa: ...", "TAPPER: ...") are read as one too;
- stance: what someone called for, urged, criticized, plans or wants ("called for X",
  "urged X to Y", "criticized the plan"): attributed, but not speech, so briefs do not
  list it among quotes; what seems, appears or is expected with no one holding it is a
  stance with no speaker;
- according_to: "according to X"; reported_by: "reported by X", "X reported";
- scare: a short quoted phrase that no one is said to have said.

The readers live in one module each: :mod:`.direct`, :mod:`.reports`, :mod:`.credits`;
who speaks in :mod:`.speakers`; the corpus form in :mod:`.attributions`.
"""
from __future__ import annotations

from newsweave.analyze.nlp import doc_text
from newsweave.model import Mention, Quote
from newsweave.analyze.quotes.lexicon import QUOTE_RE, quotation_spans
from newsweave.analyze.quotes.spans import contains
from newsweave.analyze.quotes.reports import indirect_reports, unattributed_stances
from newsweave.analyze.quotes.direct import direct_quote, join_continued, reports_partial_quote, within_quote
from newsweave.analyze.quotes.credits import source_phrase_quotes, headline_quotes, reported_by_quotes, tweet_quotes
from newsweave.analyze.quotes.attributions import as_attribution, as_attributions
from newsweave.analyze.quotes.reports import described_readings

__all__ = ["find_quotes", "as_attributions", "as_attribution", "described_readings"]


def find_quotes(doc, article_id: str, mentions: list[Mention]) -> list[Quote]:
    text = doc_text(doc)
    quotes: list[Quote] = []
    quotations = quotation_spans(text)
    for m in QUOTE_RE.finditer(text):
        group = next(i for i in range(1, 5) if m.group(i) is not None)
        start, end = m.start(group), m.end(group)
        content = text[start:end].strip(" ,.")
        if not content:
            continue
        end = start + text[start:end].index(content) + len(content)
        start = end - len(content)
        quotes.append(direct_quote(doc, text, article_id, mentions, start, end, m.span(), quotations))
    indirect = indirect_reports(doc, text, article_id, mentions, quotations)
    for stance in (i for i in indirect if i.kind == "stance"):
        if any(contains(stance.span, q.span) for q in quotes):
            stance.kind = "indirect"    # quoted words: 'called the statement “offensive”' is speech
    quotes = [q for q in quotes if not any(reports_partial_quote(i, q) for i in indirect)]
    quotes += [i for i in indirect if not any(within_quote(i, q) for q in quotes)]
    quotes += source_phrase_quotes(doc, text, article_id, mentions)
    quotes += reported_by_quotes(doc, text, article_id, mentions)
    quotes += unattributed_stances(doc, text, article_id)
    join_continued(quotes, text)
    labelled = headline_quotes(doc, text, article_id, mentions) + tweet_quotes(doc, text, article_id, mentions)
    quotes = [q for q in quotes if not any(contains(h.span, q.span) for h in labelled)] + labelled
    return sorted(quotes, key=lambda q: q.span)
