"""Quotes and attributions, read off the dependency parse.

- direct: quoted text; the speaker is the subject of the verb that governs the quote
  ("Xi referred to Putin as an “old friend”" -> Xi), a pronoun subject resolved to the
  nearest person mentioned before it;
- indirect: a speech or cognition verb with a clausal complement ("Xi asserted that ...");
- according_to: "according to X"; reported_by: "reported by X", "X reported";
- scare: a short quoted phrase that no one is said to have said.
"""
from __future__ import annotations

import re
from typing import Optional

from newsweave.model import Mention, Quote

SPEECH_VERBS = set("""
say tell state add claim assert insist argue announce declare deny warn explain note report confirm
suggest write describe call refer characterize characterise urge acknowledge admit stress emphasize
emphasise believe think predict estimate promise vow pledge reply respond ask demand accuse allege
maintain contend reveal disclose indicate comment remark observe caution tweet post testify concede
recall mention reiterate conclude agree reject dismiss label dub term hail praise criticize criticise
condemn describe blame forecast expect hope fear argue quip joke boast lament complain recount
""".split())
PRONOUNS = {"he", "she", "him", "her", "they", "them", "i", "we"}
_QUOTE_RE = re.compile(r"“([^”]{1,1500})”|\"([^\"\n]{1,1500})\"|‘([^’]{2,300})’(?!\w)")
SCARE_MAX_WORDS = 4


def find_quotes(doc, article_id: str, mentions: list[Mention]) -> list[Quote]:
    text = doc.text
    quotes: list[Quote] = []
    for m in _QUOTE_RE.finditer(text):
        group = next(i for i in (1, 2, 3) if m.group(i) is not None)
        start, end = m.start(group), m.end(group)
        content = text[start:end].strip(" ,.")
        if not content:
            continue
        end = start + text[start:end].index(content) + len(content)
        start = end - len(content)
        quotes.append(_direct_quote(doc, article_id, mentions, start, end, m.span()))
    quoted = [(q.span[0], q.span[1]) for q in quotes]
    quotes += _indirect(doc, article_id, mentions, quoted)
    quotes += _according_to(doc, article_id, mentions)
    quotes += _reported_by(doc, article_id, mentions)
    return sorted(quotes, key=lambda q: q.span)


def _direct_quote(doc, article_id, mentions, start, end, outer) -> Quote:
    inside = [t for t in doc if start <= t.idx < end]
    cue = _governing_verb(inside, outer)
    speaker = _subject(cue) if cue is not None else None
    if cue is None or speaker is None:
        cue, speaker = _adjacent_speech_verb(doc, outer)
    words = len(doc.text[start:end].split())
    quote = Quote(article_id, (start, end), doc.text[start:end], "direct")
    if cue is not None:
        quote.cue, quote.cue_span = cue.text, (cue.idx, cue.idx + len(cue.text))
    if speaker is not None:
        _set_speaker(quote, speaker, doc, mentions)
    is_speech = cue is not None and cue.lemma_.lower() in SPEECH_VERBS
    if quote.speaker is None or (words <= SCARE_MAX_WORDS and not is_speech and quote.speaker_key is None):
        quote.kind = "scare" if words <= SCARE_MAX_WORDS else "direct"
    return quote


def _governing_verb(inside, outer):
    """Walk up from the quote's tokens to the first verb outside the quotation marks."""
    for token in inside:
        node = token
        for _ in range(12):
            if node.head.i == node.i:
                break
            node = node.head
            if not (outer[0] <= node.idx < outer[1]) and node.pos_ in ("VERB", "AUX"):
                return node
    return None


def _subject(verb):
    """Subject of the verb, or of the clause it hangs from (participles, conjuncts)."""
    node = verb
    for _ in range(4):
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("PROPN", "PRON", "NOUN"):
                return child
            if child.dep_ == "agent":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        if node.dep_ in ("advcl", "xcomp", "conj", "acl", "relcl", "ccomp") and node.head.i != node.i:
            node = node.head
        else:
            break
    return None


def _adjacent_speech_verb(doc, outer):
    """'“...,” the minister said' or 'She said: “...”' when the parse links them loosely."""
    for token in doc:
        if token.lemma_.lower() in SPEECH_VERBS and token.pos_ == "VERB":
            near = (0 <= token.idx - outer[1] <= 40) or (0 <= outer[0] - (token.idx + len(token)) <= 40)
            if near:
                subject = _subject(token)
                if subject is not None:
                    return token, subject
    return None, None


def _set_speaker(quote: Quote, token, doc, mentions: list[Mention]) -> None:
    if token.lower_ in PRONOUNS:
        person = _previous_person(mentions, token.idx)
        if person is None:
            return
        quote.speaker, quote.speaker_key = person.canonical, person.key
        quote.speaker_span = (token.idx, token.idx + len(token.text))
        return
    span = (min(t.idx for t in token.subtree), max(t.idx + len(t.text) for t in token.subtree))
    mention = _mention_in(mentions, span, token)
    if mention is not None:
        quote.speaker, quote.speaker_key, quote.speaker_span = mention.canonical, mention.key, mention.span
    else:
        quote.speaker_span = span
        quote.speaker = doc.text[span[0]:span[1]]


def _mention_in(mentions, span, head) -> Optional[Mention]:
    """The entity mention that is (or contains) the subject's head word; persons first."""
    inside = [m for m in mentions if span[0] <= m.span[0] and m.span[1] <= span[1]
              and m.type in ("PERSON", "ORG", "GPE", "NORP")]
    at_head = [m for m in inside if m.span[0] <= head.idx < m.span[1]]
    pool = at_head or inside
    pool.sort(key=lambda m: (m.type != "PERSON", m.span))
    return pool[0] if pool else None


def _previous_person(mentions, offset: int) -> Optional[Mention]:
    before = [m for m in mentions if m.type == "PERSON" and m.span[1] <= offset]
    return before[-1] if before else None


def _indirect(doc, article_id, mentions, quoted) -> list[Quote]:
    out = []
    for token in doc:
        if token.lemma_.lower() not in SPEECH_VERBS or token.pos_ != "VERB":
            continue
        comp = next((c for c in token.children if c.dep_ == "ccomp"), None)
        subject = _subject(token)
        if comp is None or subject is None:
            continue
        words = [t for t in comp.subtree if t.dep_ != "mark" or t.i != comp.left_edge.i]
        start = min(t.idx for t in words)
        end = max(t.idx + len(t.text) for t in words)
        if any(s < end and start < e for s, e in quoted):
            continue                       # the quote already carries this attribution
        quote = Quote(article_id, (start, end), doc.text[start:end], "indirect",
                      cue=token.text, cue_span=(token.idx, token.idx + len(token.text)))
        _set_speaker(quote, subject, doc, mentions)
        if quote.speaker:
            out.append(quote)
    return out


def _according_to(doc, article_id, mentions) -> list[Quote]:
    out = []
    for token in doc:
        if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
            continue
        obj = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        sent = token.sent
        phrase_end = max(t.idx + len(t.text) for t in obj.subtree)
        content = _sentence_without(sent, token.idx, phrase_end)
        quote = Quote(article_id, content, doc.text[content[0]:content[1]], "according_to",
                      cue="according to", cue_span=(token.idx, doc[token.i + 1].idx + 2))
        _set_speaker(quote, obj, doc, mentions)
        out.append(quote)
    return out


def _reported_by(doc, article_id, mentions) -> list[Quote]:
    out = []
    for token in doc:
        if token.lemma_.lower() != "report" or token.pos_ != "VERB":
            continue
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if source is None:
            continue
        sent = token.sent
        quote = Quote(article_id, (sent.start_char, sent.end_char), sent.text, "reported_by",
                      cue=token.text, cue_span=(token.idx, token.idx + len(token.text)))
        _set_speaker(quote, source, doc, mentions)
        out.append(quote)
    return out


def _sentence_without(sent, start: int, end: int) -> tuple[int, int]:
    """The sentence's content on the longer side of an 'according to X' phrase."""
    text_start, text_end = sent.start_char, sent.end_char
    if start - text_start >= text_end - end:
        return text_start, start - 1 if start > text_start else start
    return end + 1 if end < text_end else end, text_end
