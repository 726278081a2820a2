"""Direct quotes: a quotation's speaker and cue from the verb that governs it, the clause
before a colon, an inverted label ('Said Ellis: ...'), or a dash credit after it; and a
quotation that runs on over paragraphs.
"""
from __future__ import annotations

import re
from typing import Optional

from newsweave.model import Quote
from newsweave.analyze.quotes.lexicon import (
    CLOSING_MARKS, NOT_A_NAME, OPENING_MARKS, SAYING_VERBS, SCARE_MAX_WORDS, is_speech_verb)
from newsweave.analyze.quotes.spans import contains, overlaps, skip_back, skip_spaces
from newsweave.analyze.quotes.speakers import (
    is_someone, name_speaker, quoted_elsewhere, set_speaker, speaker_span_of, subject_of)
from newsweave.analyze.quotes.reports import cue_span_of, reported_content


def direct_quote(doc, text: str, article_id, mentions, start, end, outer, quotations) -> Quote:
    inside = list(doc.char_span(start, end, alignment_mode="expand") or [])
    cue = _governing_verb(inside, outer, quotations)
    speaker = subject_of(cue, quoted_elsewhere(quotations, cue)) if cue is not None else None
    if speaker is None and cue is not None:
        speaker = _named_between(doc, outer, cue)
    if cue is None or speaker is None:
        cue, speaker = _adjacent_speech_verb(doc, text, outer, quotations)
    label = None
    if cue is None or speaker is None:
        cue, speaker, label = _inverted_label(doc, text, outer)
    if cue is None or speaker is None:
        cue, speaker = _introduced_by_colon(doc, text, outer, mentions, quotations)
    words = len(text[start:end].split())
    quote = Quote(article_id, (start, end), text[start:end], "direct")
    if speaker is None and _credit_after(doc, text, outer, quote, mentions):
        return quote
    if cue is not None:
        quote.cue_span = cue_span_of(cue)
        quote.cue = text[quote.cue_span[0]:quote.cue_span[1]]
    if speaker is not None:
        set_speaker(quote, speaker, text, mentions, cue, span=label or speaker_span_of(speaker, cue, outer))
    is_speech = cue is not None and is_speech_verb(cue)
    no_speaker = quote.speaker is None and not (is_speech and quote.speaker_span)
    if no_speaker or (words <= SCARE_MAX_WORDS and not is_speech
                      and (quote.speaker_key is None or _is_name_or_word(quote.text))):
        quote.kind = "scare" if words <= SCARE_MAX_WORDS else "direct"
    if (not is_speech and _modifies_noun(doc, text, outer)) or _names_a_title(inside, outer, quote.text, is_speech):
        quote.kind = "scare"
    if quote.speaker_span and quote.speaker_span[0] <= start and end <= quote.speaker_span[1]:
        quote.kind = "scare"        # 'said Steve Pond, author of the book “The Big Show”': it names him
    return quote


def _named_between(doc, outer, verb):
    """'“We’ve had more successful conventions than this one,” Texas delegate Bill
    Eastland, wearing a cowboy hat ..., said': the parser hangs the speaker named between
    the quotation and its verb of saying into the quoted clause, and the verb has no
    subject. The noun phrase opening right after the quotation is the speaker."""
    if verb.lemma_.lower() not in SAYING_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.idx < outer[1]:
        return None
    first = next((t for t in doc[verb.sent.start:verb.i] if t.idx >= outer[1] and not (t.is_punct or t.is_space)), None)
    if first is None or first.pos_ not in ("PROPN", "NOUN", "DET", "ADJ"):
        return None
    head = first
    while head.dep_ in ("compound", "amod", "det", "nmod", "poss") and first.i < head.head.i < verb.i:
        head = head.head
    return head if head.pos_ in ("PROPN", "NOUN") and head.head.i != verb.i else None


def _names_a_title(inside, outer, words: str, is_speech: bool) -> bool:
    """A title-cased quotation that no speech verb governs ('After hitting “Takin’ It To the
    Streets,” the singer told ...'), or that a preposition does ('On “The Steve Harvey
    Morning Show,” Clinton said ...'), names a song, a show or a book; what was said is
    elsewhere ('referred to him as an “Old Friend”' still quotes him)."""
    if len(words.split()) < 2 or not _is_name_or_word(words):
        return False
    heads = [t for t in inside if not outer[0] <= t.head.idx < outer[1]]
    return not is_speech or any(t.dep_ == "pobj" and t.head.lower_ != "as" for t in heads)


_DETERMINERS = frozenset("a an the this that his her its their our my your".split())


def _modifies_noun(doc, text: str, outer) -> bool:
    """The quotation sits between a determiner and a noun ('prompted a “love it or hate it”
    reaction'): it describes the noun; nobody is said to have said it."""
    before = text[max(0, outer[0] - 20):outer[0]].split()
    after = doc.char_span(outer[1], min(len(text), outer[1] + 40), alignment_mode="expand")
    following = next((t for t in after or [] if not t.is_space), None)
    return bool(before) and before[-1].lower() in _DETERMINERS and following is not None and following.pos_ == "NOUN"


_MINOR_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


def _is_name_or_word(text: str) -> bool:
    """A title or a name ('“The Boy from Oz”', '“Crocodile Dundee”') or a single word in
    quotation marks: nobody's words, even next to a person ('Putin reciprocated with
    “dear friend”' is his)."""
    words = text.split()
    return len(words) == 1 or all(w[:1].isupper() for w in words if w.lower() not in _MINOR_WORDS)


_CREDIT_RE = re.compile(r"[^\S\n]*[―—–][^\S\n]*([A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,4})(?=\s*(?:[.,;“\"]|$))", re.M)


def _credit_after(doc, text: str, outer, quote: Quote, mentions) -> bool:
    """'“...” ― Jorge Falcon': a dash and a name after the closing mark credit the
    quotation (epigraphs, reader voices, pull quotes; the next voice may follow on the same
    line). Sets the quote's speaker and cue."""
    credit = _CREDIT_RE.match(text, outer[1])
    words = credit and doc.char_span(*credit.span(1), alignment_mode="expand")
    if not words or any(t.pos_ in ("VERB", "AUX") for t in words) or words.root.pos_ in NOT_A_NAME:
        return False
    dash = text.index(credit.group(0).strip()[0], outer[1])
    name = credit.group(1)
    name = name[:-1] if name.endswith(".") and len(name.split()[-1]) > 2 else name      # the sentence's stop
    source = (credit.start(1), credit.start(1) + len(name))
    quote.cue_span, quote.cue, quote.speaker_span = (dash, dash + 1), text[dash], source
    name_speaker(quote, mentions, source, words.root, text, name)
    return True


def join_continued(quotes: list[Quote], text: str) -> None:
    """A quotation that opens a sentence and that nobody is said to have said continues
    the last attribution of its paragraph ('“...,” said Len Burman, head of the Tax Policy
    Center. “What he’s proposed ...”') or, when it opens the paragraph, of the previous
    one: the news convention for a quote running over several sentences, or for the words
    of someone just paraphrased ('Lawrence B. Cummings called him a master at bolting
    together impossible business transactions. "He showed again and again ..."'); so does
    the rest of a quotation its attribution splits ('“The way I see it,” she elaborated,
    “no one ever question ...”'). It
    takes that speaker and cue; a quotation before a paraphrase comes first ('“...,” she
    said, referencing ...'), and a transcript line ('PENCE: ...') is its label's."""
    attributed = [q for q in quotes if q.kind != "scare" and q.speaker_span and q.cue_span]
    for quote in quotes:
        if quote.kind != "direct" or quote.speaker_span:
            continue
        opening = skip_back(text, skip_back(text, quote.span[0], " "), OPENING_MARKS + "'`")
        line_start = text.rfind("\n", 0, opening) + 1
        lead = text[line_start:opening]
        if not lead.strip():                # it opens a paragraph: the window is the one before
            window_start = text.rfind("\n", 0, skip_back(text, line_start, " \t\n")) + 1 if line_start else opening
        elif _SENTENCE_END_RE.search(lead) or _INTERRUPTING_RE.search(lead):
            window_start = line_start
        else:
            continue
        before = [q for q in attributed if window_start <= q.span[0] < opening]
        quoted = [q for q in before if q.kind == "direct"]
        if before and not _TRANSCRIPT_LABEL.match(quote.text):
            source = (quoted or before)[-1]
            quote.speaker, quote.speaker_key, quote.speaker_span = source.speaker, source.speaker_key, source.speaker_span
            quote.cue, quote.cue_span = source.cue, source.cue_span


# 'PENCE: Well, look, ...': a transcript line names its own speaker.
_TRANSCRIPT_LABEL = re.compile(r"[A-Z][A-Z.'’ -]+:\s")
_SENTENCE_END_RE = re.compile(r"[.!?][”\"’)]?\s+$")
# '“The way I see it,” she elaborated, “...”': an attribution that splits one quotation
_INTERRUPTING_RE = re.compile(r"[”\"’]\s+[^“”\"\n]{1,80},\s*$")


def _governing_verb(inside, outer, quotations=()):
    """Walk up from the quote's tokens to the first verb outside the quotation marks, and
    on to a speech verb whose reported clause holds it ('Trump said Cruz is “a basket
    case”': Trump's words, not Cruz's; but not across an adverbial clause: 'Xi referred
    to him as an “old friend”, while Putin reciprocated with “dear friend”', nor into
    another quotation: '“The way I see it,” she elaborated, “no one ever question ...”',
    whose 'question' the parser hangs 'elaborated' from). A copula alone is no cue."""
    for token in inside:
        node, first, reported = token, None, False
        for _ in range(12):
            if node.head.i == node.i:
                break
            reported = reported or (first is not None and node.dep_ == "ccomp")
            node = node.head
            if outer[0] <= node.idx < outer[1] or node.pos_ not in ("VERB", "AUX"):
                continue
            speech = is_speech_verb(node)
            if first is None:
                first = node
                if speech:
                    return node
            elif reported and speech and not _in_another_quotation(node, outer, quotations):
                return node
        if first is not None and first.lemma_ != "be":      # 'the slogan is “I’m with her”' reports nobody
            return first
    return None


def _in_another_quotation(token, outer, quotations) -> bool:
    """Inside a quotation that does not hold this one: the quoted speaker's word."""
    return any(q[0] <= token.idx < q[1] and not (q[0] <= outer[0] and outer[1] <= q[1]) for q in quotations)


def _adjacent_speech_verb(doc, text: str, outer, quotations):
    """'“...,” the minister said' or 'She said: “...”' when the parse links them loosely
    (within the paragraph: the next one's verb is not this quote's, unless a colon hands
    the quotation over to the next paragraph: 'Caddell continued:' ¶ '“...”')."""
    window = doc.char_span(max(0, outer[0] - 60), min(len(text), outer[1] + 60), alignment_mode="expand")
    for token in window or []:
        if is_speech_verb(token) and token.pos_ == "VERB" and not _in_another_quotation(token, outer, quotations):
            after = 0 <= token.idx - outer[1] <= 40 and (not _ends_sentence(text, outer) or _says_only_who(token))
            near = after or (0 <= outer[0] - (token.idx + len(token)) <= 40)
            between = text[min(outer[1], token.idx):max(outer[0], token.idx + len(token))]
            colon = _colon_before(text, outer[0])
            introduces = colon is not None and not text[token.idx + len(token):colon].strip()   # 'He said:' ¶ '“...”'
            if near and ("\n" not in between or introduces):
                subject = subject_of(token, quoted_elsewhere(quotations, token))
                if subject is not None:
                    return token, subject
    return None, None


def _ends_sentence(text: str, outer) -> bool:
    """'“I’m with her.” But now she wants ...': a full stop inside the closing mark and a
    capital after it start the next sentence, whose verb is not this quotation's."""
    inside = text[outer[0]:outer[1]].rstrip(CLOSING_MARKS + "' ")
    return inside.endswith(".") and text[outer[1]:outer[1] + 2].strip()[:1].isupper()


def _says_only_who(verb) -> bool:
    """'“... the 30,000 emails that are missing.” Trump said.': a sentence that reports
    nothing of its own reports the quotation before it, full stop or not."""
    return verb.dep_ == "ROOT" and reported_content(verb) is None


def _inverted_label(doc, text: str, outer):
    """'Said Ellis: “...”', 'Continued Stone: “...”': the verb first, then the name and a
    colon; the parser makes the verb a modifier of the name. (verb, name, name's span)."""
    colon = _colon_before(text, outer[0])
    token = colon is not None and doc.char_span(colon, colon + 1)
    name = token[0].head if token else None
    if name is None or name.pos_ != "PROPN":
        return None, None, None
    verb = next((c for c in name.children if c.i < name.i and c.pos_ == "VERB" and is_speech_verb(c)
                 and c.dep_ in ("compound", "amod") and c.is_sent_start), None)
    if verb is None:
        return None, None, None
    return verb, name, (skip_spaces(text, verb.idx + len(verb.text)), colon)


def _introduced_by_colon(doc, text: str, outer, mentions, quotations):
    """'Trump went even further: “...”', 'as Tom Ridge put it: “...”', 'Andrew Wetzler ...
    was blunt: “...”': a clause that ends in a colon hands the quotation to its subject,
    whatever its verb, when that subject is someone (a person, an organisation, he or
    she). 'The woman’s enthusiasm for Trump is recorded in detail: “...”' hands it to no
    one. (verb, subject) or (None, None)."""
    colon = _colon_before(text, outer[0])
    token = colon is not None and doc.char_span(colon, colon + 1)
    verb = _clause_verb(doc[token[0].i - 1], colon) if token and token[0].i else None
    if verb is None:
        return None, None
    subject = subject_of(verb, quoted_elsewhere(quotations, verb))
    if subject is None or not is_someone(subject, mentions):
        return None, None
    return verb, subject


def _clause_verb(token, end: int):
    """The first verb above ``token`` that stands before ``end`` (the parser may hang the
    colon, and the clause before it, on the quotation's own verb)."""
    for _ in range(6):
        if token.idx >= end:
            return None
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _colon_before(text: str, offset: int) -> Optional[int]:
    """The colon that introduces what starts at ``offset`` ('said: “...”', also across a
    line break), or None."""
    end = skip_back(text, offset, " \t\r\n")
    return end - 1 if end and text[end - 1] == ":" else None


def reports_partial_quote(indirect: Quote, direct: Quote) -> bool:
    """The direct quote is a few quoted words inside a reported clause."""
    return (indirect.kind == "indirect" and contains(indirect.span, direct.span)
            and len(direct.text) < len(indirect.text) - 3)


def within_quote(indirect: Quote, direct: Quote) -> bool:
    """The parse's clause is the quotation itself ('“We won,” she said'): keep the quote."""
    return contains(direct.span, indirect.span) or (
        overlaps(indirect.span, direct.span) and not reports_partial_quote(indirect, direct))
