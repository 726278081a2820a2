"""Quotes and attributions, read off the dependency parse.

- direct: quoted text; the speaker is the subject of the verb that governs the quote
  ("Xi referred to Putin as an “old friend”" -> Xi), a pronoun subject resolved to the
  nearest person mentioned before it;
- indirect: a verb with the clause it reports ("Xi asserted that ..."), or interrupts
  ("The test, officials said, was its biggest"), when the cue model (:mod:`.cue_model`)
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
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Optional

from newsweave.analyze.cue_model import features, shipped_cue_model
from newsweave.analyze.nlp import doc_text
from newsweave.model import Mention, Quote

# Verbs that attribute what follows to their subject: speech, cognition, stance. Whether a
# reading of one is an attribution is the cue model's call (see _is_cue): being listed is
# one of its features, and a listed verb needs less of its confidence. The three
# lines from 'express' are verbs of communication and evaluation that PolNeAR's train split
# marks as cues in at least 45% of the clauses where we found them with a subject and a
# content; the last three, verbs it marks as cues of that very subject (the source exact)
# in at least 45% of them, five times or more, counted with every verb let through; 'focus'
# ('focused on X', 32 times a cue in train) raised train[:400]'s source exact by 0.001.
SPEECH_VERBS = set("""
say tell state add claim assert insist argue announce declare deny warn explain note report confirm
suggest write describe call refer characterize characterise urge acknowledge admit stress emphasize
emphasise believe think predict estimate promise vow pledge reply respond ask demand accuse allege
maintain contend reveal disclose indicate comment remark observe caution tweet post testify concede
recall mention reiterate conclude agree reject dismiss label dub term hail praise criticize criticise
condemn describe blame forecast expect hope fear argue quip joke boast lament complain recount
show find know learn feel worry doubt recognize recognise realize realise signal
question propose plan rule want support oppose attack cite defend challenge
threaten seek refuse decline intend slam mock dispute
endorse back prefer thank discuss highlight point talk speak continue offer seem appear vote list
express blast denounce tout assure repeat portray echo decry applaud chant recommend voice quote imply
apologize apologise reference deem credit congratulate invoke shout detail outline rebut assail reaffirm
bemoan rebuke liken articulate attribute proclaim chide plead recite vouch clarify speculate interject
address aim answer appoint charge compare consider disavow distance double email embrace experience file
identify ignore issue lay like look name order promote publish read release remember remind request
resist see share sign sound understand unveil view welcome wonder focus
""".split())
_LEMMA_SLIPS = {"hop": "hope"}      # the model lemmatises 'hoping' as 'hop'
# Verbs that report only a clause ('found that ...', 'added that ...', 'continued: ...'):
# with an object they say nothing about anyone's words ('find jobs', 'continues to grow').
CLAUSE_ONLY_VERBS = {"find", "continue", "maintain", "add"}


def _is_speech_verb(token) -> bool:
    lemma = token.lemma_.lower()
    return _LEMMA_SLIPS.get(lemma, lemma) in SPEECH_VERBS


PRONOUNS = {"he", "she", "him", "her", "they", "them"}
# 'it says' (a report, a plan, a campaign), 'you' (the reader, anyone) and, outside
# quotation marks, 'I' and 'we' (the writer, the newsroom: 'We called it “an incredible
# feat”') name no one we can tell: the source span stays, the speaker stays unknown.
UNNAMED_PRONOUNS = {"it", "you", "i", "we", "me", "us"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
# Verbs of saying proper, not of holding or wanting: after a quotation their object is its
# speaker ('“...,” added a Democrat'), and a second one joined to the first's report is a
# report of its own ('said A and said B')
SAYING_VERBS = {"say", "add", "tell", "note", "argue", "insist", "explain", "acknowledge", "warn", "predict",
                "announce", "claim", "declare", "state", "suggest", "contend", "maintain", "assert", "write",
                "recall", "continue", "reply", "respond", "conclude", "observe", "remark", "joke", "quip",
                "recount", "admit", "concede", "counter", "complain", "wonder", "answer"}
# Curly, straight and single quotation marks, and newswire's doubled ones (``...'' and ''...'');
# scraped text mixes curly and straight marks in one quotation, and may open one with '”'.
_QUOTE_RE = re.compile(r"(?:“|(?<=\n)”(?=\w))((?:[^”“\"]|(?<=\n)“){1,1500})[”\"]|\"([^\"”\n]{1,1500})[\"”]|‘([^’]{2,300})’(?!\w)"
                       r"|(?:''|``)((?:(?!'')[^\n]){1,1500}?)''")
SCARE_MAX_WORDS = 4
_DASHES = {"—", "–", "--"}
_RAISING_VERBS = {"seem", "appear"}
# verbs whose passive with no agent holds a belief or a name no one is said to hold
_PASSIVE_REPORTS = {"expect", "say", "know", "see", "view", "regard", "consider", "believe", "think", "rumor", "rumour",
                    "ask"}
_SHARES = {"most", "many", "few", "several", "half", "all", "both", "some"}
_TIME_OF_SPEAKING = {"speak", "talk", "testify", "address", "campaign", "vote", "announce"}


def find_quotes(doc, article_id: str, mentions: list[Mention]) -> list[Quote]:
    text = doc_text(doc)
    quotes: list[Quote] = []
    quotations = _quotation_spans(text)
    for m in _QUOTE_RE.finditer(text):
        group = next(i for i in range(1, 5) if m.group(i) is not None)
        start, end = m.start(group), m.end(group)
        content = text[start:end].strip(" ,.")
        if not content:
            continue
        end = start + text[start:end].index(content) + len(content)
        start = end - len(content)
        quotes.append(_direct_quote(doc, text, article_id, mentions, start, end, m.span(), quotations))
    indirect = _indirect(doc, text, article_id, mentions, quotations)
    for stance in (i for i in indirect if i.kind == "stance"):
        if any(_contains(stance.span, q.span) for q in quotes):
            stance.kind = "indirect"    # quoted words: 'called the statement “offensive”' is speech
    quotes = [q for q in quotes if not any(_reports_partial_quote(i, q) for i in indirect)]
    quotes += [i for i in indirect if not any(_within_quote(i, q) for q in quotes)]
    quotes += _according_to(doc, text, article_id, mentions)
    quotes += _reported_by(doc, text, article_id, mentions)
    quotes += _unattributed(doc, text, article_id)
    _continued(quotes, text)
    labelled = _headline_quotes(doc, text, article_id, mentions) + _tweets(doc, text, article_id, mentions)
    quotes = [q for q in quotes if not any(_contains(h.span, q.span) for h in labelled)] + labelled
    return sorted(quotes, key=lambda q: q.span)


def _direct_quote(doc, text: str, article_id, mentions, start, end, outer, quotations) -> Quote:
    inside = list(doc.char_span(start, end, alignment_mode="expand") or [])
    cue = _governing_verb(inside, outer)
    speaker = _subject(cue, _quoted_elsewhere(quotations, cue)) if cue is not None else None
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
        quote.cue_span = _cue_span(cue)
        quote.cue = text[quote.cue_span[0]:quote.cue_span[1]]
    if speaker is not None:
        _set_speaker(quote, speaker, text, mentions, cue, span=label or _speaker_span(speaker, cue, outer))
    is_speech = cue is not None and _is_speech_verb(cue)
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
    if not words or any(t.pos_ in ("VERB", "AUX") for t in words) or words.root.pos_ in _NOT_A_NAME:
        return False
    dash = text.index(credit.group(0).strip()[0], outer[1])
    name = credit.group(1)
    name = name[:-1] if name.endswith(".") and len(name.split()[-1]) > 2 else name      # the sentence's stop
    source = (credit.start(1), credit.start(1) + len(name))
    quote.cue_span, quote.cue, quote.speaker_span = (dash, dash + 1), text[dash], source
    _name_speaker(quote, mentions, source, words.root, text, name)
    return True


def _continued(quotes: list[Quote], text: str) -> None:
    """A quotation that opens a sentence and that nobody is said to have said continues
    the last attribution of its paragraph ('“...,” said Len Burman, head of the Tax Policy
    Center. “What he’s proposed ...”') or, when it opens the paragraph, of the previous
    one: the news convention for a quote running over several sentences, or for the words
    of someone just paraphrased ('Lawrence B. Cummings called him a master at bolting
    together impossible business transactions. "He showed again and again ..."'). It
    takes that speaker and cue; a quotation before a paraphrase comes first ('“...,” she
    said, referencing ...'), and a transcript line ('PENCE: ...') is its label's."""
    attributed = [q for q in quotes if q.kind != "scare" and q.speaker_span and q.cue_span]
    for quote in quotes:
        if quote.kind != "direct" or quote.speaker_span:
            continue
        opening = _skip_back(text, _skip_back(text, quote.span[0], " "), _OPENING_MARKS + "'`")
        line_start = text.rfind("\n", 0, opening) + 1
        lead = text[line_start:opening]
        if not lead.strip():                # it opens a paragraph: the window is the one before
            window_start = text.rfind("\n", 0, _skip_back(text, line_start, " \t\n")) + 1 if line_start else opening
        elif _SENTENCE_END_RE.search(lead):
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


def _governing_verb(inside, outer):
    """Walk up from the quote's tokens to the first verb outside the quotation marks, and
    on to a speech verb whose reported clause holds it ('Trump said Cruz is “a basket
    case”': Trump's words, not Cruz's; but not across an adverbial clause: 'Xi referred
    to him as an “old friend”, while Putin reciprocated with “dear friend”'). A copula
    alone is no cue."""
    for token in inside:
        node, first, reported = token, None, False
        for _ in range(12):
            if node.head.i == node.i:
                break
            reported = reported or (first is not None and node.dep_ == "ccomp")
            node = node.head
            if outer[0] <= node.idx < outer[1] or node.pos_ not in ("VERB", "AUX"):
                continue
            speech = _is_speech_verb(node)
            if first is None:
                first = node
                if speech:
                    return node
            elif reported and speech:
                return node
        if first is not None and first.lemma_ != "be":      # 'the slogan is “I’m with her”' reports nobody
            return first
    return None


def _quoted_elsewhere(quotations, verb) -> tuple:
    """The quotations a verb stands outside of: none of their words is its subject."""
    return tuple(q for q in quotations if not q[0] <= verb.idx < q[1])


_SUBJECT_DEPS = {"nsubj", "nummod", "agent"}


def _subject(verb, quotations=()):
    """Subject of the verb, or of the clause it hangs from (participles, conjuncts). A word
    inside ``quotations`` is no subject: a parse that runs '“... We will achieve justice,”
    Chief Chuck Jordan said' together makes 'We' say it."""
    node = verb
    for _ in range(4):
        for child in sorted(node.children, key=lambda c: -c.i):      # nearest first: not a dateline's place
            if child.dep_ not in _SUBJECT_DEPS or any(start <= child.idx < end for start, end in quotations):
                continue
            # a name the tagger took for an adjective ("Trump" ADJ) still speaks, and so do an
            # adjective made a noun by its article ('the 46-year-old') and a share ('most of
            # them'); "X is expected to" does not
            if child.dep_ == "nsubj" and (child.pos_ in ("PROPN", "PRON", "NOUN", "NUM") or child.is_title
                                          or child.lower_ in _SHARES or (child.i < verb.i or _inverted(verb))
                                          and any(c.dep_ == "det" for c in child.children)):
                return child
            if child.dep_ == "nummod" and child.i < verb.i and node.pos_ == "VERB":
                return child                # the parser's slip on polls: 'About 4 in 10 say'
            if child.dep_ == "agent":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        speaker = node is verb and (_inverted(verb) and next((c for c in verb.children if c.dep_ == "dobj"), None)
                                    or _apposed_to_opening_phrase(verb))
        if speaker:
            return speaker
        if node is verb and _is_second_report(verb):
            node = verb.head.head
        elif node.dep_ in ("advcl", "xcomp", "conj", "acl", "relcl", "ccomp") and node.head.i != node.i:
            node = node.head
        elif node.dep_ == "pcomp" and node.head.head.i != node.head.i:      # 'After saying ..., the man'
            node = node.head.head
        else:
            break
    return None


def _apposed_to_opening_phrase(verb):
    """'In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: ...',
    'At Boca West, Jay DiPietro, the club's president, suggested that ...': the parser takes
    the speaker for an apposition to the opening phrase's noun, and leaves the verb without
    a subject. The apposition ending just before the verb is its speaker; of two names in a
    row the last ('for his wife Hillary Clinton, former president Bill Clinton said'). Not a
    place's state ('in San Bernardino, Calif., showed') nor 'according to X'."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.lower_ != "according"):
        for noun in prep.subtree:
            for appos in (c for c in noun.children if c.dep_ == "appos" and _ends_before(c, verb)):
                if appos.ent_type_ in ("GPE", "LOC", "DATE", "TIME") or appos.nbor(-1).text == "(":
                    continue
                inner = next((c for c in appos.children if c.dep_ == "appos" and _ends_before(c, verb)), None)
                if inner is not None and appos.pos_ == inner.pos_ == "PROPN" and inner.left_edge.nbor(-1).text == ",":
                    return inner
                return appos
    return None


def _ends_before(phrase, verb) -> bool:
    """Whether only punctuation stands between the phrase and the verb."""
    return phrase.right_edge.i < verb.i and all(t.is_punct for t in verb.doc[phrase.right_edge.i + 1:verb.i])


def _inverted(verb) -> bool:
    """'“...,” added a South Carolina Democrat', '..., said a former spokesman for the
    ministry': a finite speech verb right after the words it reports (a quotation, or a
    clause the parser hangs from it) and before its speaker, which the parser takes for
    its object. Not a participle ('..., citing the report')."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in SAYING_VERBS:
        return False
    before = [t for t in verb.sent[:verb.i - verb.sent.start] if not t.is_space][-3:]
    while before and before[-1].dep_ == "advmod":
        before.pop()
    after_quotation = any(t.text in ("''", *_CLOSING_MARKS) for t in before[-2:]) and before[-1].is_punct
    return after_quotation or bool(before) and before[-1].text == "," and any(
        c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children)


def _adjacent_speech_verb(doc, text: str, outer, quotations):
    """'“...,” the minister said' or 'She said: “...”' when the parse links them loosely
    (within the paragraph: the next one's verb is not this quote's, unless a colon hands
    the quotation over to the next paragraph: 'Caddell continued:' ¶ '“...”')."""
    window = doc.char_span(max(0, outer[0] - 60), min(len(text), outer[1] + 60), alignment_mode="expand")
    for token in window or []:
        if _is_speech_verb(token) and token.pos_ == "VERB":
            after = 0 <= token.idx - outer[1] <= 40 and (not _ends_sentence(text, outer) or _says_only_who(token))
            near = after or (0 <= outer[0] - (token.idx + len(token)) <= 40)
            between = text[min(outer[1], token.idx):max(outer[0], token.idx + len(token))]
            colon = _colon_before(text, outer[0])
            introduces = colon is not None and not text[token.idx + len(token):colon].strip()   # 'He said:' ¶ '“...”'
            if near and ("\n" not in between or introduces):
                subject = _subject(token, _quoted_elsewhere(quotations, token))
                if subject is not None:
                    return token, subject
    return None, None


def _ends_sentence(text: str, outer) -> bool:
    """'“I’m with her.” But now she wants ...': a full stop inside the closing mark and a
    capital after it start the next sentence, whose verb is not this quotation's."""
    inside = text[outer[0]:outer[1]].rstrip(_CLOSING_MARKS + "' ")
    return inside.endswith(".") and text[outer[1]:outer[1] + 2].strip()[:1].isupper()


def _says_only_who(verb) -> bool:
    """'“... the 30,000 emails that are missing.” Trump said.': a sentence that reports
    nothing of its own reports the quotation before it, full stop or not."""
    return verb.dep_ == "ROOT" and _reported_content(verb) is None


def _inverted_label(doc, text: str, outer):
    """'Said Ellis: “...”', 'Continued Stone: “...”': the verb first, then the name and a
    colon; the parser makes the verb a modifier of the name. (verb, name, name's span)."""
    colon = _colon_before(text, outer[0])
    token = colon is not None and doc.char_span(colon, colon + 1)
    name = token[0].head if token else None
    if name is None or name.pos_ != "PROPN":
        return None, None, None
    verb = next((c for c in name.children if c.i < name.i and c.pos_ == "VERB" and _is_speech_verb(c)
                 and c.dep_ in ("compound", "amod") and c.is_sent_start), None)
    if verb is None:
        return None, None, None
    return verb, name, (_skip_spaces(text, verb.idx + len(verb.text)), colon)


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
    subject = _subject(verb, _quoted_elsewhere(quotations, verb))
    if subject is None or not _is_someone(subject, mentions):
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


def _is_someone(token, mentions) -> bool:
    """A personal pronoun, 'who', or a word of a person, organisation or group the model named."""
    if token.lower_ in PRONOUNS or token.lower_ == "who":
        return True
    return any(m.type in ("PERSON", "ORG", "NORP") and m.span[0] <= token.idx < m.span[1] for m in mentions)


def _colon_before(text: str, offset: int) -> Optional[int]:
    """The colon that introduces what starts at ``offset`` ('said: “...”', also across a
    line break), or None."""
    end = _skip_back(text, offset, " \t\r\n")
    return end - 1 if end and text[end - 1] == ":" else None


def _set_speaker(quote: Quote, token, text: str, mentions: list[Mention], verb=None, span=None) -> None:
    """Speaker name and key from the entity the subject names (a pronoun: the nearest
    person before it; a relative pronoun: the noun it stands for); speaker span = the
    whole subject phrase, titles and appositions included ("Rep. John Mica (R-Fla.)"), or
    the relative pronoun, as attribution corpora mark the source."""
    quote.speaker_span = span or _speaker_span(token, verb)
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl" and token.head.head.i != token.head.i:
        token = token.head.head         # 'the EU, which contended ...': the EU speaks, 'which' marks it
        _name_speaker(quote, mentions, _phrase_span(token, without=[verb]), token, text, token.text)
        return
    if token.lower_ in UNNAMED_PRONOUNS:
        return
    if token.lower_ in PRONOUNS:
        person = _previous_person(mentions, token.idx, text, _PRONOUN_GENDER.get(token.lower_))
        if person is not None:
            quote.speaker, quote.speaker_key = person.canonical, person.key
        return
    _name_speaker(quote, mentions, quote.speaker_span, token, text, text[quote.speaker_span[0]:quote.speaker_span[1]])


def _speaker_span(subject, verb, quoted: Optional[tuple[int, int]] = None) -> tuple[int, int]:
    """The subject's phrase, with a title the parser made a subject of its own ('Former
    Secretary of State and Democratic presidential frontrunner Hillary Clinton said'), and
    without the ``quoted`` words it is said to have said: the parser can hang a quotation
    from its speaker's noun as a clause ('"We are thrilled to have Ellen DeGeneres host the
    Oscars, " producers Craig Zadan and Neil Meron said'). A quoted title stays part of the
    phrase ('"Crocodile Dundee" star Paul Hogan')."""
    start, end = _phrase_span(subject, without=[verb, *_asides(subject, verb)])
    title = _title_before(subject)
    if title is not None:               # 'Democratic presidential frontrunner | Hillary Clinton said'
        start = title.left_edge.idx
    if quoted is not None and quoted[0] <= start < quoted[1] < end and any(
            t.dep_ in ("ccomp", "parataxis") and not quoted[0] <= t.head.idx < quoted[1]
            for t in subject.subtree if quoted[0] <= t.idx < quoted[1]):     # what is said, not a title in it
        text, start = doc_text(subject.doc), quoted[1]
        while start < end and not text[start].isalnum():
            start += 1
    return start, end


def _title_before(subject):
    """A title the parser makes a second subject, right before the name ('Tennis great |
    Billie Jean King remembered', 'Vatican spokesman | the Rev. Federico Lombardi told');
    not a dateline, the end of a quotation, a relative pronoun, a clause of its own or a
    headline's count ('9 (More) Offensive Things | Donald Trump Has Said')."""
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN" or subject.head.dep_ == "relcl":
        return None
    title = next((c for c in subject.head.children
                  if c.dep_ == "nsubj" and c.right_edge.i + 1 == subject.left_edge.i), None)
    if title is None or title.lower_ in RELATIVE_PRONOUNS:
        return None
    words = list(title.subtree)
    if words[-1].is_punct or any(t.pos_ in ("VERB", "AUX", "NUM") or t.text in _TITLE_BREAKS or _spaced_hyphen(t)
                                 or "\n" in t.text_with_ws for t in words):
        return None
    return title


_TITLE_BREAKS = {*_DASHES, ":", "“", "”", "''", '"'}


def _asides(subject, verb) -> list:
    """What attribution corpora leave out of a source: relative clauses that are reports of
    their own ('Mr. Ekovich, who noted that prices had cratered, said': their 'who' sources
    that other report), a participle set off by a comma ('Trump, appearing after Clinton at
    the forum, cited') and when the speaker spoke ('A group of doctors in 2015 sent').
    A clause that says who a person is stays ('Chris Cox, who runs the NRA's lobbying
    arm,'; 'a member who supports Trump')."""
    reports = [t for t in subject.subtree if t.dep_ == "relcl" and t.i > subject.i and t is not verb
               and _is_speech_verb(t) and any(c.dep_ == "ccomp" for c in t.children)]
    return reports + [t for t in subject.children if t.i > subject.i and t is not verb
                      and (_is_participle_aside(t) or _is_when(t))]


def _is_participle_aside(token) -> bool:
    return token.dep_ == "acl" and token.tag_ in ("VBG", "VBN") and token.nbor(-1).text == ","


def _is_when(token) -> bool:
    return token.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in token.children)


def _phrase_span(token, without=()) -> tuple[int, int]:
    """Character span of the token's subtree, without spaces or punctuation at its edges
    (a bracket it opened stays closed), and without what a line break, a closing quotation
    mark or a dash before the head cuts off (a dateline: "RENO, Nev. (AP) — Republican
    hopeful Donald Trump"). A phrase with an inserted apposition ("Jane Roe, the mayor,")
    keeps the comma that closes it, as attribution corpora do."""
    words = list(token.subtree)
    for clause in without:                  # the relative clause that speaks, and asides (see _asides)
        if clause is not None and token.is_ancestor(clause):
            words = [t for t in words if not (clause.left_edge.i <= t.i <= clause.right_edge.i)] or [token]
    breaks = [i for i, t in enumerate(words) if ("\n" in t.text_with_ws or _ends_quotation(t)) and t.i < token.i
              or t.text in _DASHES and (t.i < token.i or _is_dateline(words[:i]))
              or _spaced_hyphen(t) and _is_dateline(words[:i])]        # 'ORLANDO, Fla. (Reuters) - '
    words = [t for t in words[breaks[-1] + 1 if breaks else 0:] if not t.is_space] or [token]
    while len(words) > 1 and words[0].is_punct:
        words.pop(0)
    while len(words) > 1 and (words[-1].dep_ == "cc" or words[-1].is_punct and not _closes_bracket(words)):
        words.pop()
    doc = token.doc
    after = words[-1].i + 1
    if any(t.text == "," for t in words) and after < len(doc) and doc[after].text == "," \
            and token.dep_ in ("nsubj", "nsubjpass", "appos"):
        words.append(doc[after])
    return words[0].idx, words[-1].idx + len(words[-1].text.rstrip())


def _ends_quotation(token) -> bool:
    """A closing mark after the words' own punctuation ('“... forward,” said'); not one
    closing a title ('“Orange Is the New Black” star Uzo Aduba')."""
    return token.text == "”" and token.i > 0 and token.nbor(-1).is_punct


def _is_dateline(words) -> bool:
    """'RENO, Nev. (AP)', 'WASHINGTON': a place in capitals or an agency in brackets."""
    return bool(words) and (words[-1].text == ")" or (words[0].text.isupper() and len(words[0].text) > 2))


def _spaced_hyphen(token) -> bool:
    """A hyphen standing for a dash ('(Reuters) - Obama'), not joining words ('Seitz-Wald')."""
    return token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)


def _closes_bracket(words) -> bool:
    last = words[-1].text
    return last in ")]" and any(t.text == {")": "(", "]": "["}[last] for t in words[:-1])


def _name_speaker(quote: Quote, mentions, span, head, text: str, fallback: str) -> None:
    """The speaker is the entity named at ``span`` (its canonical name and key), or, when
    no entity mention is there, the words themselves without a key."""
    mention = _mention_in(mentions, span, head, text)
    quote.speaker, quote.speaker_key = (mention.canonical, mention.key) if mention else (fallback, None)


def _mention_in(mentions, span, head, text: str) -> Optional[Mention]:
    """The entity mention that is (or contains) the subject's head word; persons first;
    never a possessor ("Kafoury's son, Charlie" is Charlie speaking; "Reid's rep" is not
    Reid, and names no one) nor a nationality that only describes the speaker ("the
    American Pie star's rep", "a Chinese official")."""
    inside = [m for m in mentions if span[0] <= m.span[0] and m.span[1] <= span[1]
              and m.type in ("PERSON", "ORG", "GPE", "NORP")]
    at_head = [m for m in inside if m.span[0] <= head.idx < m.span[1]]
    pool = at_head or [m for m in inside if text[m.span[1]:m.span[1] + 2] not in ("'s", "’s") and m.type != "NORP"]
    pool.sort(key=lambda m: (m.type != "PERSON", m.span))
    return pool[0] if pool else None


def _previous_person(mentions, offset: int, text: str, gender: Optional[str]) -> Optional[Mention]:
    """The last person named before ``offset`` outside quotations (in '“... watching Johnny
    Carson host the Oscars ...,” he said', he is not Johnny Carson) whom the article does
    not show to be of the other gender (she is not 'Mr. Obama'). 'They' is no one person."""
    if gender is None:
        return None
    quoted = _quotation_spans(text)
    known = _genders(mentions)
    before = [m for m in mentions if m.type == "PERSON" and m.span[1] <= offset
              and not any(s <= m.span[0] and m.span[1] <= e for s, e in quoted)
              and known.get(m.key, gender) == gender]
    return before[-1] if before else None


_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# what the article's own words say of a person: a courtesy title, a gendered role
_GENDERED_WORDS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f",
                   "sir": "m", "dame": "f", "lady": "f", "lord": "m", "king": "m", "queen": "f",
                   "actress": "f", "actor": "m", "congresswoman": "f", "congressman": "m",
                   "spokeswoman": "f", "spokesman": "m", "chairwoman": "f", "businesswoman": "f",
                   "businessman": "m", "wife": "f", "husband": "m", "mother": "f", "father": "m",
                   "daughter": "f", "son": "m", "sister": "f", "brother": "m", "widow": "f", "widower": "m"}


def _genders(mentions) -> dict[str, str]:
    """Person key -> 'm' or 'f' where the titles the article gives them agree on one."""
    seen: dict[str, set] = {}
    for m in mentions:
        if m.type == "PERSON" and m.key:
            words = (w.lower() for title in m.titles for w in title.split())
            seen.setdefault(m.key, set()).update(_GENDERED_WORDS[w] for w in words if w in _GENDERED_WORDS)
    return {key: genders.pop() for key, genders in seen.items() if len(genders) == 1}


@lru_cache(maxsize=4)
def _quotation_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _QUOTE_RE.finditer(text))


def _indirect(doc, text: str, article_id, mentions, quotations) -> list[Quote]:
    """Reports read off verbs the cue model takes for cues (see :mod:`.cue_model`); one
    inside another's content is part of it ('Most say they think she could win'), unless
    it is a relative clause whose own subject says something of the relative word
    ('criticized Clinton's email use, which an FBI investigation said was “extremely
    careless”'). A verb inside ``quotations`` is the quoted speaker's and reports nothing for
    the article; one outside takes no subject inside them ('the words ''I can't breathe,''
    as Eric Garner ... said')."""
    found = []
    for token, subject, (content, kind) in _verb_readings(doc, quotations):
        if not _is_cue(token, subject, kind, text[content[0]:content[1]]):
            continue
        cue_span = _cue_span(token)
        if token.dep_ != "parataxis" and _overlaps(_phrase_span(subject), content):
            content = _said_of_a_relative(token, content, cue_span, text)
            if content is None:
                continue                # a parse that puts the speaker inside what is said
        quote = Quote(article_id, content, text[content[0]:content[1]], kind,
                      cue=text[cue_span[0]:cue_span[1]], cue_span=cue_span)
        _set_speaker(quote, subject, text, mentions, token)
        found.append((quote, token))    # an unresolved "she" still attributes: speaker None, span kept
    return [q for q, verb in found
            if _says_of_the_relative(verb) or not any(o is not q and _contains(o.span, q.cue_span) for o, _ in found)]


def _verb_readings(doc, quotations):
    """Every verb outside ``quotations`` with a subject and something it reports, as (verb,
    subject, (content span, kind)): the readings the cue model judges, and is trained on."""
    for token in doc:
        if token.pos_ != "VERB" or _unattributed_content(token) or any(s <= token.idx < e for s, e in quotations):
            continue
        subject = _subject(token, quotations)
        if subject is None or _hedge(token, subject):
            continue
        reported = _reported_content(token)
        if reported is not None and not (reported[1] == "stance" and token.lemma_.lower() in CLAUSE_ONLY_VERBS):
            yield token, subject, reported


# The cue model's probability a reading needs: a listed speech verb loses only readings the
# model is sure of, any other verb must convince it. Chosen on PolNeAR train[:200] with a
# model trained on train[200:].
LISTED_VERB_FLOOR = 0.2
OTHER_VERB_FLOOR = 0.6


def _is_cue(verb, subject, kind: str, content: str) -> bool:
    listed = _is_speech_verb(verb)
    probability = shipped_cue_model().probability(features(verb, subject, kind, content, listed))
    return probability >= (LISTED_VERB_FLOOR if listed else OTHER_VERB_FLOOR)


def described_readings(doc):
    """The cue model's training rows: each reading, as (verb, description)."""
    text = doc_text(doc)
    for verb, subject, (content, kind) in _verb_readings(doc, _quotation_spans(text)):
        yield verb, features(verb, subject, kind, text[content[0]:content[1]], _is_speech_verb(verb))


def _said_of_a_relative(verb, content: tuple[int, int], cue_span: tuple[int, int], text: str):
    """'which he said [were ...]', 'what the senators said [was economic gerrymandering]',
    'what Trump says [his tax plan would do]': the parse's content runs from the relative
    word, over the speaker, to what is said of it; what is said is the part after the cue,
    one clause (the parser runs 'what Trump says ... and how experts say ...' on as one).
    None when the content is no such relative."""
    if content[1] <= cue_span[1]:
        return None
    end = content[1]
    if verb.dep_ != "relcl":
        first = next((t for t in verb.doc if t.idx >= content[0]), None)
        if first is None or first.tag_ not in ("WP", "WDT") or first.i > verb.i:
            return None
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if clause is not None:
            end = _phrase_span(clause, without=[c for c in clause.children if c.dep_ == "conj"])[1]
    return _skip_spaces(text, cue_span[1]), end


def _says_of_the_relative(verb) -> bool:
    """'..., which an FBI investigation said was “extremely careless”': a relative clause
    whose speaker says something of what it hangs from."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children) and any(
        c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lower_ in RELATIVE_PRONOUNS for g in c.children)
        for c in verb.children)


_HEDGES = {("i", "think"), ("i", "believe"), ("i", "mean"), ("i", "guess"), ("i", "suppose"), ("you", "know")}


def _hedge(verb, subject) -> bool:
    """'I think', 'I mean', 'you know' in someone's talk hedge or fill what they say; they
    attribute nothing to anyone (PolNeAR's train split marks 6% of 'I think' and no 'you
    know' as attributions)."""
    return (subject.lower_, verb.lemma_.lower()) in _HEDGES


def _skip_spaces(text: str, offset: int) -> int:
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def _skip_back(text: str, offset: int, chars: str) -> int:
    while offset > 0 and text[offset - 1] in chars:
        offset -= 1
    return offset


def _clause_after_medium(verb):
    """'said in a statement that ...', 'wrote in a letter that ...': the parser hangs the
    that-clause on the statement; it is what was said."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for clause in obj.children:
                if clause.dep_ in ("acl", "relcl", "ccomp") and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                    return clause
    return None


def _clause_taken_for_adverbial(verb) -> Optional[tuple[int, int]]:
    """'Trump said after the convention [he would not accept ...]', 'tweeted in the early
    morning hours [that Machado was ...]': a speech verb's clause that the parser, put off by
    what comes between, hangs as an adverbial one. A true adverbial clause opens with its
    own word ('if', 'when', 'as', 'because') or has no subject (a participle). What is said
    runs from 'that' or the subject (not 'after the convention')."""
    if not _is_speech_verb(verb):
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i:
            continue
        opening = [c for c in clause.children if c.i < clause.i and c.dep_ in ("mark", "advmod")]
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
        if subject is not None and all(c.lower_ == "that" for c in opening):
            return (opening[0] if opening else subject.left_edge).idx, _phrase_span(clause)[1]
    return None


_FRONTED_DEPS = {"dep", "ccomp", "parataxis", "nsubj", "punct"}     # a fragment the parser could not place


def _fronted_content(verb) -> Optional[tuple[int, int]]:
    """'People like Scott, he said.', 'Language unclear on whether single mothers are
    covered, experts say.': a sentence that ends in its speech verb, after a comma and the
    subject, reports what comes before the comma, whatever the parser made of it (a fragment
    it leaves unattached). Only when little but when or how it was said follows the verb."""
    if verb.dep_ != "ROOT" or not _is_speech_verb(verb):
        return None
    subject = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), default=None, key=lambda c: c.i)
    if subject is None or subject.left_edge.i <= verb.sent.start:
        return None
    comma = verb.doc[subject.left_edge.i - 1]
    if comma.text != "," or any(c.i > verb.i and c.dep_ not in ("punct", "npadvmod", "advmod", "prep")
                                for c in verb.children):
        return None
    words = [t for t in verb.doc[verb.sent.start:comma.i] if not t.is_space]
    if any(t.head.i == verb.i and t.dep_ not in _FRONTED_DEPS for t in words):
        return None                     # 'As an immigrant, she felt ...' tells how, not what
    while words and words[0].is_punct:
        words.pop(0)
    return _words_span(words)


def _unattributed(doc, text: str, article_id) -> list[Quote]:
    """What seems, appears or is expected, or what was asked, with no one named as holding
    it: 'Trump is expected to deliver a victory speech', 'They appear to be unanimous',
    'Asked whether Clinton has the integrity ..., 75 percent said'. Attribution corpora
    mark these with a cue and no source; they are stances, so briefs do not list them."""
    out = []
    for token in doc:
        content = _unattributed_content(token)
        if content is None:
            continue
        cue_span = _cue_span(token)
        out.append(Quote(article_id, content, text[content[0]:content[1]], "stance",
                         cue=text[cue_span[0]:cue_span[1]], cue_span=cue_span))
    return out


def _unattributed_content(verb) -> Optional[tuple[int, int]]:
    """The content of a raising verb ('X seems to Y', 'it appears that Y'), a passive belief
    or request with no agent ('is expected to', 'is seen as', 'was asked to'), a clause
    said to be reported ('reportedly': PolNeAR train marks 18 of 27, but 2 of 12
    'allegedly') or a sentence-opening 'Asked whether ...'; None for other words. 'X
    seemed unperturbed' stays out: of the adjectives it would add, PolNeAR marks one in six."""
    lemma = verb.lemma_.lower()
    if lemma not in _RAISING_VERBS and lemma not in _PASSIVE_REPORTS:
        if lemma == "reportedly" and verb.dep_ == "advmod" and not _is_speech_verb(verb.head):
            return _phrase_span(verb.head)        # 'The Club for Growth is reportedly spending $1.5 million'
        return None                                   # every token passes here: the cheap test first
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if lemma in _RAISING_VERBS:
        infinitive = _infinitive(children)
        if infinitive is not None and subject is not None and subject.i < verb.i:
            return _phrase_span(subject)[0], _phrase_span(infinitive)[1]
        clause = next((c for c in children if c.dep_ == "ccomp"), None)
        if clause is not None and subject is not None and subject.lower_ == "it":
            return _phrase_span(clause)
        return None
    if lemma == "ask" and verb.tag_ == "VBN" and verb.dep_ == "advcl" and subject is None and verb.i == verb.sent.start:
        words = [t for t in verb.subtree if t.i > verb.i and not t.is_space]
        while words and words[-1].is_punct:
            words.pop()
        return _words_span(words)
    return _passive_report(verb, children, subject)


def _infinitive(children):
    return next((c for c in children if c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)), None)


def _passive_report(verb, children, subject) -> Optional[tuple[int, int]]:
    """'Trump is expected to deliver a victory speech', 'Priebus was said to be “furious”',
    'the union is widely regarded as one of the more liberal', 'the contests known as Super
    Tuesday': a belief or a name with no one who holds it (no 'by ...'). From the one it is
    held of to what is held."""
    if any(c.dep_ == "agent" for c in children):
        return None
    if any(c.dep_ == "auxpass" for c in children):
        holder = subject if subject is not None and subject.i < verb.i else None
    else:
        holder = verb.head if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i else None
    if holder is None:
        return None
    held = _infinitive(children) or next((c for c in children if c.dep_ in ("oprd", "ccomp")), None) or next(
        (o for c in children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
    if held is None or held.i < verb.i:
        return None
    start = holder.left_edge.idx if holder is verb.head else _phrase_span(holder)[0]
    return start, _phrase_span(held)[1]


def _reported_content(verb) -> Optional[tuple[tuple[int, int], str]]:
    """What the verb reports, and whether as speech: its clause ("said [that ...]"), the
    clause it interrupts ("The test, [officials said], was..."); or as a stance: "called
    for [X]", "urged [X to Y]", "criticized [X]", "plans [to Y]"."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not _adverbial_clause(c, verb)]
    if clauses:
        return _phrase_span_of_split_clause(clauses), "indirect"
    clause = _clause_after_medium(verb)
    if clause is not None:
        return _phrase_span(clause), "indirect"
    reported = _clause_taken_for_adverbial(verb)
    if reported is not None:
        return reported, "indirect"
    answer = next((c for c in verb.children if c.lower_ in ("so", "yes", "no", "same") and c.i > verb.i), None)
    if answer is not None and verb.lemma_.lower() == "say":
        return _phrase_span(answer), "indirect"        # '55 percent said so', '26 percent said the same'
    if (verb.dep_ == "parataxis" or _as_aside(verb)) and verb.head.i != verb.i:
        head = verb.head
        words = [t for t in head.subtree if not (verb.left_edge.i <= t.i <= verb.right_edge.i)]
        before = [t for t in words if t.i < verb.left_edge.i]
        if before and all(t.dep_ in _LINKING_DEPS for t in before):    # 'But as Clyburn noted, [those voters ...]'
            words = [t for t in words if t.i > verb.right_edge.i]
        words = [t for t in words if not t.is_punct] or [head]
        return _words_span(words), "indirect"
    for child in verb.children:
        if child.dep_ == "prep" and _introduces_content(verb, child):
            obj = next(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
            return _phrase_span(obj), "stance"
    mark = _for_mark(verb)
    if mark is not None:                                        # "is calling for [the US to step up ...]"
        return (mark.nbor(1).idx, _phrase_span(mark.head)[1]), "stance"
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and any(c.dep_ == "agent" for c in verb.children):
        return _phrase_span(passive), "stance"                 # "Clinton was endorsed by the Times"
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    tail = next((c for c in verb.children if c.dep_ in ("xcomp", "oprd")), None)
    if obj is not None and tail is not None and tail.i > obj.i:
        return (_phrase_span(obj)[0], _phrase_span(tail)[1]), "stance"     # "urged lawmakers to act", "called it a hoax"
    if obj is not None:
        return _phrase_span(obj), "stance"                     # "criticized the party's lack of ..."
    if tail is not None and tail.dep_ == "xcomp":
        return _phrase_span(tail), "stance"                    # "plans to call on young people ..."
    compared = _compared(verb)
    if compared is not None:
        return compared, "stance"                              # "[higher] than most analysts had forecast"
    block = _paragraph_after_colon(verb) or _fronted_content(verb)
    return (block, "indirect") if block else None


def _compared(verb) -> Optional[tuple[int, int]]:
    """'Turnout was higher than most analysts had forecast', 'more delegates than her
    advisers expected': a than-clause with nothing of its own to report holds its subject's
    forecast of what it is compared with ('higher', 'more delegates')."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children):
        return None
    words = [t for t in verb.head.subtree if t.i < verb.left_edge.i and not t.is_punct]
    return _words_span(words)


_LINKING_DEPS = {"cc", "punct", "advmod", "intj"}     # what may open a sentence before its aside


def _as_aside(verb) -> bool:
    """'The economy is slowing, as the central bank warned': an as-clause with nothing of
    its own to report (no object, complement or 'called for X'; where, when and how it was
    said do not count: 'as David Dayen noted in The Intercept') credits the clause it hangs
    from. Not one that tells when ('as he spoke, protesters chanted')."""
    children = list(verb.children)
    return (verb.dep_ == "advcl" and verb.lemma_.lower() not in _TIME_OF_SPEAKING
            and any(c.dep_ == "mark" and c.lower_ == "as" and c.i == verb.left_edge.i for c in children)
            and any(c.dep_ == "nsubj" for c in children)
            and not any(c.dep_ in ("dobj", "xcomp", "acomp") or c.dep_ == "prep" and _introduces_content(verb, c)
                        for c in children))


def _phrase_span_of_split_clause(clauses) -> tuple[int, int]:
    """The first clause, run on over the next when that one follows it word for word: the
    parser splits 'Police say [a climber who watched his brother fall ...] [is devastated]'."""
    start, end = _phrase_span(clauses[0], without=_second_reports(clauses[0]))
    for before, clause in zip(clauses, clauses[1:]):
        if clause.left_edge.i != before.right_edge.i + 1:
            break
        end = _phrase_span(clause, without=_second_reports(clause))[1]
    return start, end


def _second_reports(clause) -> list:
    """'He said [A] and said [B]': the parser joins the second 'said' to A's verb, inside
    the first report; it is a report of its own, by the same speaker (see _subject)."""
    return [c for c in clause.children if _is_second_report(c)]


def _is_second_report(verb) -> bool:
    """A verb of saying in the first one's form ('says ... and tells'), not of wanting or
    holding: in 'she said she was tired of the status quo and wanted a candidate ...' the
    wanting is part of what she said, and so is the telling in 'says he'd sit Putin down
    and tell him ...'."""
    return (verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.lemma_.lower() in SAYING_VERBS
            and _is_speech_verb(verb.head.head) and _same_tense(verb, verb.head.head)
            and not any(c.dep_ == "nsubj" for c in verb.children))


def _same_tense(verb, other) -> bool:
    """'has said A and suggested B' (both participles), 'said A but did not suggest B'
    (the tense in the auxiliary)."""
    return verb.tag_ == other.tag_ or _tense(verb) == _tense(other)


def _tense(verb) -> str:
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.i < verb.i), None)
    return aux.tag_ if aux is not None else verb.tag_


def _adverbial_clause(clause, verb) -> bool:
    """'While Beijing maintains it is neutral, it has continued trade with Moscow': a verb
    that reports only a clause, here with an object of its own, does not report the clause
    before it; the parser's ccomp there is a slip. ('..., he told reporters' does report it.)"""
    return clause.i < verb.i and verb.lemma_.lower() in CLAUSE_ONLY_VERBS and any(c.dep_ == "dobj" for c in verb.children)


_COLON_END_RE = re.compile(r"[^\S\n]*:[^\S\n]*\n\s*")


def _paragraph_after_colon(verb) -> Optional[tuple[int, int]]:
    """'The governor added:' ending its paragraph: what he said is the next paragraph."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ":":
        return None
    text = doc_text(doc)
    colon = _COLON_END_RE.match(text, verb.idx + len(verb.text))
    if colon is None:
        return None
    end = text.find("\n", colon.end())
    end = len(text) if end < 0 else end
    return (colon.end(), _skip_back(text, end, " \t\r")) if text[colon.end():end].strip() else None


# the prepositions beyond 'for', 'on', 'about' that introduce what one verb reports
_PREPOSITIONAL_CUES = {("to", "refer"), ("to", "point"), ("to", "respond"), ("to", "reply"), ("with", "agree"),
                       ("of", "warn"), ("against", "warn"), ("against", "caution")}


def _introduces_content(verb, preposition) -> bool:
    """'called for X', 'called on X', 'talked about X', 'referred to X', 'pointed to X',
    'responded to X', 'agreed with X', 'warned of X'; not 'spoke on Sunday'."""
    word = preposition.lower_
    if not (word in ("for", "on", "about") or (word, verb.lemma_.lower()) in _PREPOSITIONAL_CUES):
        return False
    obj = next((c for c in preposition.children if c.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and obj.ent_type_ not in ("DATE", "TIME")


def _cue_span(verb) -> tuple[int, int]:
    """The verb with the auxiliaries and negation just before it ("has said", "did not
    deny": tense and polarity belong to the cue), its particle ("pointed out") and the
    preposition that introduces what is said ("called for", "talked about", "referred to")."""
    doc, start, end = verb.doc, verb.i, verb.i
    while start > 0 and doc[start - 1].dep_ in ("aux", "auxpass", "neg") and doc[start - 1].head.i == verb.i:
        start -= 1
    if end + 1 < len(doc) and doc[end + 1].dep_ == "prt" and doc[end + 1].head.i == verb.i:
        end += 1                                            # 'pointed out', 'called out'
    if end + 1 < len(doc) and (doc[end + 1].head.i == verb.i and _introduces_content(verb, doc[end + 1])
                               or doc[end + 1] == _for_mark(verb)):
        end += 1
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def _for_mark(verb):
    """'is calling for the United States to step up ...': the parser makes 'for' the mark
    of a clause hung from the verb, not a preposition; it introduces what is called for."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.i > verb.i:
            first = clause.left_edge
            if first.dep_ == "mark" and first.lower_ == "for" and first.head == clause:
                return first
    return None


def _words_span(words) -> Optional[tuple[int, int]]:
    """Character span from the first of ``words`` to the end of the last (None if none)."""
    return (words[0].idx, words[-1].idx + len(words[-1].text)) if words else None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _reports_partial_quote(indirect: Quote, direct: Quote) -> bool:
    """The direct quote is a few quoted words inside a reported clause."""
    return (indirect.kind == "indirect" and _contains(indirect.span, direct.span)
            and len(direct.text) < len(indirect.text) - 3)


def _within_quote(indirect: Quote, direct: Quote) -> bool:
    """The parse's clause is the quotation itself ('“We won,” she said'): keep the quote."""
    return _contains(direct.span, indirect.span) or (
        _overlaps(indirect.span, direct.span) and not _reports_partial_quote(indirect, direct))


def _contains(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _according_to(doc, text: str, article_id, mentions) -> list[Quote]:
    out = []
    for token in doc:
        if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
            continue
        obj = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        sent = token.sent
        phrase_end = max(t.idx + len(t.text) for t in obj.subtree)
        content = _trimmed(text, _sentence_without(sent, token.idx, phrase_end))
        if content[0] >= content[1]:
            continue          # the parse put the whole sentence in the source's phrase
        quote = Quote(article_id, content, text[content[0]:content[1]], "according_to",
                      cue="according to", cue_span=(token.idx, doc[token.i + 1].idx + 2))
        _set_speaker(quote, obj, text, mentions)
        out.append(quote)
    return out


def _reported_by(doc, text: str, article_id, mentions) -> list[Quote]:
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
        _set_speaker(quote, source, text, mentions)
        out.append(quote)
    return out


_NOT_A_NAME = {"ADV", "SCONJ", "ADP", "PRON"}
_LABELLED_LINE_RE = re.compile(r"^[\"“]?(?P<source>[A-Z][^:\n]{1,60}?):[ \t]+(?P<content>\S[^\n]*?)\s*$", re.M)
# a roundup's excerpt: 'IOWA POLLS NOT NECESSARILY WRONG - Mark Blumenthal and Jon Cohen: “...”',
# 'More from Jones: “...”', 'From the report: “...”'
_EXCERPT_RE = re.compile(r"(?:[^\S\n][-–—][^\S\n]+(?:More from[^\S\n]+)?(?=[A-Z])|^(?:More )?[Ff]rom[^\S\n]+)"
                         r"(?P<source>\w[^:\n]{1,60}?):[ \t]+(?P<content>[“\"][^\n]*?)\s*$", re.M)


def _headline_quotes(doc, text: str, article_id, mentions) -> list[Quote]:
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
        if not transcript and (m.group("source").isupper()
                               or (m.start() != 0 and text[content[0]] not in "“\"‘")):
            continue
        quote = Quote(article_id, content, text[content[0]:content[1]], "indirect", cue=":",
                      cue_span=(source[1], source[1] + 1), speaker_span=source)
        _name_speaker(quote, mentions, source, words.root, text, m.group("source"))
        out.append(quote)
    return out


# The credit line under an embedded tweet as pages flatten it: '— Name (@handle) July 5, 2016'.
_TWEET_CREDIT_RE = re.compile(r"[—–][^\S\n]*(?P<source>(?P<name>[A-Z][^\n()<>—]{0,60}?)[^\S\n]*\(@\w{1,15}\))"
                              r"[^\S\n]+(?=[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})")


def _tweets(doc, text: str, article_id, mentions) -> list[Quote]:
    """A tweet is its author's words: the text before its credit line, back to the line's
    start (or the markup a page left around it)."""
    out = []
    for m in _TWEET_CREDIT_RE.finditer(text):
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind(">", 0, m.start())) + 1
        content = (_skip_spaces(text, line_start), _skip_back(text, m.start(), " \t"))
        if content[1] - content[0] < 2:
            continue
        quote = Quote(article_id, content, text[content[0]:content[1]], "direct", cue=text[m.start()],
                      cue_span=(m.start(), m.start() + 1), speaker_span=m.span("source"))
        name = doc.char_span(*m.span("name"), alignment_mode="expand")
        _name_speaker(quote, mentions, m.span("name"), name.root, text, m.group("name"))
        out.append(quote)
    return out


def _surname(label: str) -> str:
    return label.split()[-1].lower()


def _speaker_words(doc, line: re.Match):
    """The label's tokens when it can name a speaker (no verb, not an adverb), else None."""
    words = doc.char_span(*line.span("source"), alignment_mode="expand")
    if words is None or len(words) > 6 or any(t.pos_ in ("VERB", "AUX") for t in words) \
            or words.root.pos_ in _NOT_A_NAME:
        return None
    return words


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span without the spaces and line breaks at its ends (a sentence's end takes them)."""
    start = min(_skip_spaces(text, span[0]), span[1])
    return start, max(start, _skip_back(text, span[1], " \t\r\n"))


def _sentence_without(sent, start: int, end: int) -> tuple[int, int]:
    """The sentence's content on the longer side of an 'according to X' phrase."""
    text_start, text_end = sent.start_char, sent.end_char
    if start - text_start >= text_end - end:
        return text_start, start - 1 if start > text_start else start
    return end + 1 if end < text_end else end, text_end


_OPENING_MARKS, _CLOSING_MARKS = "“\"‘", "”\"’"
_DOUBLED_MARKS = ("''", "``")            # newswire's quotation marks, two characters each


def _close_quotation(text: str, end: int) -> int:
    """Past the punctuation and the closing mark that end a quotation at ``end``."""
    stop = end
    while stop < len(text):
        if text.startswith("''", stop):
            return stop + 2
        if text[stop] not in ",.!?" + _CLOSING_MARKS:
            break
        stop += 1
        if text[stop - 1] in _CLOSING_MARKS:
            return stop
    return end


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
        while start > 0 and text[start - 1] in _OPENING_MARKS + " ":
            start -= 1
            if text[start] in _OPENING_MARKS:
                break
        if text[start - 2:start] in _DOUBLED_MARKS:
            start -= 2
        end = _close_quotation(text, end)
    elif text.count("“", start, end) > text.count("”", start, end):
        end = _close_quotation(text, end)          # a reported clause ending in quoted words

    def span(pair):
        return {"start": pair[0], "end": pair[1]} if pair else None
    return {"source": span(quote.speaker_span), "cue": span(quote.cue_span), "content": span((start, end))}
