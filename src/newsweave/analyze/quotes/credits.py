"""Attributions told by a phrase rather than a verb: 'according to X', an opening 'In a
poll, ...', 'reported by X', a headline's or a transcript's 'NAME: ...', and an embedded
tweet's credit line.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from newsweave.model import Quote
from newsweave.analyze.quotes.lexicon import NOT_A_NAME
from newsweave.analyze.quotes.spans import sentence_without, skip_back, skip_spaces, trimmed
from newsweave.analyze.quotes.speakers import is_someone, name_speaker, set_speaker


def source_phrase_quotes(doc, text: str, article_id, mentions) -> list[Quote]:
    """A phrase that names the source of the rest of its sentence: 'according to X', and an
    opening 'In <a poll or survey>, ...' ('In this poll, Trump rose 1 percentage point').
    What was said is the sentence on the longer side of the phrase."""
    out = []
    for cue, obj in _source_phrases(doc):
        phrase_end = max(t.idx + len(t.text) for t in obj.subtree)
        content = trimmed(text, sentence_without(obj.sent, cue[0], phrase_end))
        source = None
        if content[0] >= content[1]:
            source = _source_before_comma(obj, text)
            if source is None:
                continue
            content = trimmed(text, sentence_without(obj.sent, cue[0], source[1]))
        quote = Quote(article_id, content, text[content[0]:content[1]], "according_to",
                      cue=text[cue[0]:cue[1]], cue_span=cue)
        set_speaker(quote, obj, text, mentions, span=source)
        out.append(quote)
    return out


# What reports the opinions it measures: PolNeAR train marks 40 'in' cues whose source is a
# poll or a survey. Only a sentence opening with it ('In a CNN poll, ...') reads as one: inside
# a sentence ('leads in the polls') it gave a race's standing 47 times in 53 on train[:400].
_INSTRUMENTS = {"poll", "survey"}


def _source_phrases(doc):
    """(cue span, the source's head) of each 'according to X' and opening 'In <a poll>'."""
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            to = doc[token.i + 1]
            obj = next((c for c in to.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                yield (token.idx, to.idx + len(to.text)), obj
        elif token.lower_ == "in" and token.dep_ == "prep" and token.i == token.sent.start:
            obj = next((c for c in token.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in _INSTRUMENTS:
                yield (token.idx, token.idx + len(token.text)), obj


def _source_before_comma(obj, text: str) -> Optional[tuple[int, int]]:
    """'According to conservative talk radio host Rush Limbaugh, the move reeks of ...': a
    parse that runs the source's phrase on to the sentence's end (here taking 'reeks' for an
    apposition) leaves nothing said; the source ends at its first comma, what was said
    follows it."""
    comma = next((t for t in obj.subtree if t.text == "," and t.i > obj.left_edge.i), None)
    return (obj.left_edge.idx, skip_back(text, comma.idx, " ")) if comma is not None else None


def reported_by_quotes(doc, text: str, article_id, mentions) -> list[Quote]:
    out = []
    for token in doc:
        if token.lemma_.lower() != "report" or token.pos_ != "VERB":
            continue
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if source is None:
            continue
        sent = token.sent
        end = sent.start_char + len(sent.text.rstrip())
        quote = Quote(article_id, (sent.start_char, end), text[sent.start_char:end], "reported_by",
                      cue=token.text, cue_span=(token.idx, token.idx + len(token.text)))
        set_speaker(quote, source, text, mentions)
        out.append(quote)
    return out


_LABELLED_LINE_RE = re.compile(r"^[\"“]?(?P<source>[A-Z][^:\n]{1,60}?):[ \t]+(?P<content>\S[^\n]*?)\s*$", re.M)


# a roundup's excerpt: 'IOWA POLLS NOT NECESSARILY WRONG - Mark Blumenthal and Jon Cohen: “...”',
# 'More from Jones: “...”', 'From the report: “...”'
_EXCERPT_RE = re.compile(r"(?:[^\S\n][-–—][^\S\n]+(?:More from[^\S\n]+)?(?=[A-Z])|^(?:More )?[Ff]rom[^\S\n]+)"
                         r"(?P<source>\w[^:\n]{1,60}?):[ \t]+(?P<content>[“\"][^\n]*?)\s*$", re.M)


def headline_quotes(doc, text: str, article_id, mentions) -> list[Quote]:
    """A name, a colon, what they said: in a headline (the text's first line: 'Issa:
    Hillary Clinton’s ‘Honesty Is In Question’'), opening a paragraph with a quotation
    ('Kerry: “By law, ...”') or a roundup's excerpt ('... - Carl Bialik: “One of the
    biggest lessons ...”'), or as a transcript's speaker label (a label that opens two
    paragraphs or more: 'TAPPER: Do you think ...'). The name holds no verb ('He added:
    “...”' is read off its verb; 'Breaking:' and 'Revealed:' are labels) and is no adverb
    ('Then:'); outside a transcript a label in capitals is no speaker ('BREAKING:')."""
    matches = [*_LABELLED_LINE_RE.finditer(text), *_EXCERPT_RE.finditer(text)]
    lines = [(m, words) for m in matches if (words := _speaker_words(doc, m)) is not None]
    speakers = Counter(_surname(m.group("source")) for m, _ in lines)     # 'CHRIS MATTHEWS:', then 'MATTHEWS:'
    out = []
    for m, words in lines:
        source, content = m.span("source"), m.span("content")
        transcript = speakers[_surname(m.group("source"))] >= 2
        quoted = text[content[0]] in "“\"‘"
        if not transcript and (m.group("source").isupper() or not quoted and (
                m.start() != 0 or not _names_a_source(words, mentions))):
            continue
        quote = Quote(article_id, content, text[content[0]:content[1]], "indirect", cue=":",
                      cue_span=(source[1], source[1] + 1), speaker_span=source)
        name_speaker(quote, mentions, source, words.root, text, m.group("source"))
        out.append(quote)
    return out


# The credit line under an embedded tweet as pages flatten it: '— Name (@handle) July 5, 2016'.
_TWEET_CREDIT_RE = re.compile(r"[—–][^\S\n]*(?P<source>(?P<name>[A-Z][^\n()<>—]{0,60}?)[^\S\n]*\(@\w{1,15}\))"
                              r"[^\S\n]+(?=[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})")


def tweet_quotes(doc, text: str, article_id, mentions) -> list[Quote]:
    """A tweet is its author's words: the text before its credit line, back to the line's
    start (or the markup a page left around it)."""
    out = []
    for m in _TWEET_CREDIT_RE.finditer(text):
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind(">", 0, m.start())) + 1
        content = (skip_spaces(text, line_start), skip_back(text, m.start(), " \t"))
        if content[1] - content[0] < 2:
            continue
        quote = Quote(article_id, content, text[content[0]:content[1]], "direct", cue=text[m.start()],
                      cue_span=(m.start(), m.start() + 1), speaker_span=m.span("source"))
        name = doc.char_span(*m.span("name"), alignment_mode="expand")
        name_speaker(quote, mentions, m.span("name"), name.root, text, m.group("name"))
        out.append(quote)
    return out


def _surname(label: str) -> str:
    return label.split()[-1].lower()


def _names_a_source(words, mentions) -> bool:
    """'Issa: ...' and 'Poll: ...' name who says what follows; 'The Latest: Trump urges
    ...' and 'Stealth Over Health: ...' title it. A headline's one word is a name or a
    source ('Poll'); more words must hold someone the model named (see is_someone)."""
    return len(words) == 1 or any(is_someone(t, mentions) for t in words)


def _speaker_words(doc, line: re.Match):
    """The label's tokens when it can name a speaker (no verb, not an adverb), else None."""
    words = doc.char_span(*line.span("source"), alignment_mode="expand")
    if words is None or len(words) > 6 or any(t.pos_ in ("VERB", "AUX") for t in words) \
            or words.root.pos_ in NOT_A_NAME:
        return None
    return words
