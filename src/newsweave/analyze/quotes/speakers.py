"""Who speaks: the subject a verb of saying attributes to (through participles,
conjuncts and inverted quotes), the span of that speaker's phrase with its titles and
appositions, and the person it names (a pronoun resolved to the nearest compatible one).
"""
from __future__ import annotations

from typing import Optional

from newsweave.analyze.nlp import doc_text
from newsweave.model import Mention, Quote
from newsweave.analyze.quotes.lexicon import (
    AUTHORING_VERBS, BUSINESS_NOUNS, CLOSING_MARKS, DASHES, GROUP_NOUNS, INSTITUTION_NOUNS, ORGANISATION_NOUNS,
    PRONOUNS, RELATIVE_PRONOUNS, SAYING_VERBS, SHARES, UNNAMED_PRONOUNS, is_speech_verb, quotation_spans)
from newsweave.analyze.quotes.spans import phrase_span, spaced_hyphen


def quoted_elsewhere(quotations, verb) -> tuple:
    """The quotations a verb stands outside of: none of their words is its subject."""
    return tuple(q for q in quotations if not q[0] <= verb.idx < q[1])


_SUBJECT_DEPS = {"nsubj", "nummod", "agent"}


def subject_of(verb, quotations=()):
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
                                          or child.lower_ in SHARES or (child.i < verb.i or _inverted(verb))
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
        if node is verb and is_second_report(verb):
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
    after_quotation = any(t.text in ("''", *CLOSING_MARKS) for t in before[-2:]) and before[-1].is_punct
    return after_quotation or bool(before) and before[-1].text == "," and any(
        c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children)


def is_someone(token, mentions) -> bool:
    """A personal pronoun, 'who', or a word of a person, organisation or group the model named."""
    if token.lower_ in PRONOUNS or token.lower_ == "who":
        return True
    return any(m.type in ("PERSON", "ORG", "NORP") and m.span[0] <= token.idx < m.span[1] for m in mentions)


def set_speaker(quote: Quote, token, text: str, mentions: list[Mention], verb=None, span=None) -> None:
    """Speaker name and key from the entity the subject names (a pronoun: the nearest
    person before it; a relative pronoun: the noun it stands for); speaker span = the
    whole subject phrase, titles and appositions included ("Rep. John Mica (R-Fla.)"), or
    the relative pronoun, as attribution corpora mark the source."""
    quote.speaker_span = span or speaker_span_of(token, verb)
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl" and token.head.head.i != token.head.i:
        token = token.head.head         # 'the EU, which contended ...': the EU speaks, 'which' marks it
        name_speaker(quote, mentions, phrase_span(token, without=[verb]), token, text, token.text)
        return
    if token.lower_ in UNNAMED_PRONOUNS:
        return
    if token.lower_ in PRONOUNS:
        person = _previous_person(mentions, token, text, _PRONOUN_GENDER.get(token.lower_))
        if person is not None:
            quote.speaker, quote.speaker_key = person.canonical, person.key
        return
    if _is_organisation_description(token):
        organisation = _previous_organisation(mentions, token, text)
        if organisation is not None:
            quote.speaker, quote.speaker_key = organisation.canonical, organisation.key
            return
    name_speaker(quote, mentions, quote.speaker_span, token, text, text[quote.speaker_span[0]:quote.speaker_span[1]])


def speaker_span_of(subject, verb, quoted: Optional[tuple[int, int]] = None) -> tuple[int, int]:
    """The subject's phrase, with a title the parser made a subject of its own ('Former
    Secretary of State and Democratic presidential frontrunner Hillary Clinton said'), and
    without the ``quoted`` words it is said to have said: the parser can hang a quotation
    from its speaker's noun as a clause ('"We are thrilled to have Ellen DeGeneres host the
    Oscars, " producers Craig Zadan and Neil Meron said'). A quoted title stays part of the
    phrase ('"Crocodile Dundee" star Paul Hogan')."""
    start, end = phrase_span(subject, without=[verb, *_asides(subject, verb)])
    focus = subject.left_edge
    if focus.lower_ == "even" and focus.head.i == subject.i and focus.idx == start:
        start = focus.nbor(1).idx        # 'Even Republicans who have praised his candidacy warned': who warns is 'Republicans ...'
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
    if words[-1].is_punct or any(t.pos_ in ("VERB", "AUX", "NUM") or t.text in _TITLE_BREAKS or spaced_hyphen(t)
                                 or "\n" in t.text_with_ws for t in words):
        return None
    return title


_TITLE_BREAKS = {*DASHES, ":", "“", "”", "''", '"'}


def _asides(subject, verb) -> list:
    """What attribution corpora leave out of a source: relative clauses that are reports of
    their own ('Mr. Ekovich, who noted that prices had cratered, said': their 'who' sources
    that other report), a participle set off by a comma ('Trump, appearing after Clinton at
    the forum, cited') and when the speaker spoke ('A group of doctors in 2015 sent').
    A clause that says who a person is stays ('Chris Cox, who runs the NRA's lobbying
    arm,'; 'a member who supports Trump')."""
    reports = [t for t in subject.subtree if t.dep_ == "relcl" and t.i > subject.i and t is not verb
               and is_speech_verb(t) and any(c.dep_ == "ccomp" for c in t.children)]
    return reports + [t for t in subject.children if t.i > subject.i and t is not verb
                      and (_is_participle_aside(t) or _is_when(t))]


def _is_participle_aside(token) -> bool:
    return token.dep_ == "acl" and token.tag_ in ("VBG", "VBN") and token.nbor(-1).text == ","


def _is_when(token) -> bool:
    return token.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in token.children)


def name_speaker(quote: Quote, mentions, span, head, text: str, fallback: str) -> None:
    """The speaker is the entity named at ``span`` (its canonical name and key), or, when
    no entity mention is there, the words themselves without a key."""
    mention = _mention_in(mentions, span, head, text)
    quote.speaker, quote.speaker_key = (mention.canonical, mention.key) if mention else (fallback, None)


def _mention_in(mentions, span, head, text: str) -> Optional[Mention]:
    """The entity mention that is (or contains) the subject's head word; persons first;
    never a possessor ("Kafoury's son, Charlie" is Charlie speaking; "Reid's rep" is not
    Reid, and names no one) nor a nationality that only describes the speaker ("the
    American Pie star's rep", "a Chinese official"), nor one named in a clause that
    describes the speaker ("an internal memo seen by Reuters" is not Reuters), unless as
    the one who made the text that speaks ("a report released by the Brookings Institution")."""
    described = [phrase_span(c) for c in head.children if c.dep_ in ("acl", "relcl") and not _authored(c)]
    inside = [m for m in mentions if span[0] <= m.span[0] and m.span[1] <= span[1]
              and m.type in ("PERSON", "ORG", "GPE", "NORP")
              and not any(start <= m.span[0] < end for start, end in described)]
    at_head = [m for m in inside if m.span[0] <= head.idx < m.span[1]]
    pool = at_head or [m for m in inside if text[m.span[1]:m.span[1] + 2] not in ("'s", "’s") and m.type != "NORP"]
    pool.sort(key=lambda m: (m.type != "PERSON", m.span))
    return pool[0] if pool else None


def _authored(clause) -> bool:
    """'released by X', 'filed by X': a text's author named as the agent of its making."""
    return clause.lemma_.lower() in AUTHORING_VERBS and any(c.dep_ == "agent" for c in clause.children)


def _previous_person(mentions, pronoun, text: str, gender: Optional[str]) -> Optional[Mention]:
    """The last person named before the pronoun outside quotations (in '“... watching Johnny
    Carson host the Oscars ...,” he said', he is not Johnny Carson) whom the article does
    not show to be of the other gender (she is not 'Mr. Obama'), the subject first if that
    sentence has one ('said Grant Green, a national security official under Presidents Reagan
    and George W. Bush. “...,” he said': Green). 'They' is no one person."""
    if gender is None:
        return None
    known = _genders(pronoun.doc, mentions)
    before = [m for m in _named_before(mentions, pronoun.idx, text, ("PERSON",)) if known.get(m.key, gender) == gender]
    if not before:
        return None
    sentence = pronoun.doc.char_span(*before[-1].span, alignment_mode="expand").sent
    subjects = [m for m in before if sentence.start_char <= m.span[0] and _verb_of_subject(pronoun.doc, m) is not None]
    return subjects[-1] if subjects else before[-1]


def _named_before(mentions, offset: int, text: str, types: tuple) -> list[Mention]:
    """The mentions of these types that end before ``offset``, outside quotations: a name
    inside someone's quoted words is not whom a later 'he' or 'the company' stands for."""
    quoted = quotation_spans(text)
    return [m for m in mentions if m.type in types and m.span[1] <= offset
            and not any(s <= m.span[0] and m.span[1] <= e for s, e in quoted)]


_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


def _is_organisation_description(token) -> bool:
    """'The company said', 'the ministry added': a singular noun of an organisation under
    'the' and nothing that names it ('the company Volkswagen', 'the company's chief' are no
    such description). 'The police', plural to the tagger as often as not, is one body."""
    if token.pos_ != "NOUN" or token.lower_ not in ORGANISATION_NOUNS or (
            token.tag_ != "NN" and token.lower_ != "police"):
        return False
    children = list(token.children)
    return (any(c.dep_ == "det" and c.lower_ == "the" for c in children)
            and not any(c.dep_ in ("compound", "appos", "poss", "relcl", "acl", "prep") or c.pos_ == "PROPN"
                        for c in children))


def _previous_organisation(mentions, token, text: str) -> Optional[Mention]:
    """The organisation 'the company' or 'the ministry' stands for, among those named
    before it outside quotations: those whose name has the noun ('Interior Ministry', 'Ford
    Motor Company'), else, for a noun of business, those whose name is of no other kind of
    body (the company fined by 'the Securities and Exchange Commission' is not it). Of
    these the last one a sentence was about (its subject: 'Compaq, which said it discovered
    the bugs, still plans ...'), in this sentence or the two before, else the last one named.
    'The group' or 'the organization' may be any body, but also a crowd or a share of voters:
    only an organisation a sentence was about stands for it ('The Tax Policy Center, reviewing
    a previous draft of his plan, came to a similar conclusion. ..., the group said')."""
    noun = token.lower_
    before = _named_before(mentions, token.idx, text, ("ORG", "FAC"))
    named = [m for m in before if noun in _name_words(m) and noun != "group"]   # 'UnitedHealth Group' is a company
    only_subjects = not named and noun in GROUP_NOUNS
    if only_subjects:
        named = [m for m in before if m.type == "ORG"]
    elif not named and noun in BUSINESS_NOUNS:
        named = [m for m in before if m.type == "ORG" and not _name_words(m) & INSTITUTION_NOUNS]
    recent = _sentences_back(token, 2)
    subjects = [m for m in named if m.span[0] >= recent and _in_subject(token.doc, m)]
    return (subjects or ([] if only_subjects else named) or [None])[-1]


def _sentences_back(token, count: int) -> int:
    """Where the sentence ``count`` sentences before the token's begins."""
    start = token.sent.start
    for _ in range(count):
        if start == 0:
            break
        start = token.doc[start - 1].sent.start
    return token.doc[start].idx


def _in_subject(doc, mention) -> bool:
    """Whether the mention is, or is part of, a clause's subject ('Microsoft's patch applies')."""
    span = doc.char_span(*mention.span, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    while word.dep_ in ("compound", "poss", "appos", "conj") and word.head.i != word.i:
        word = word.head
    return word.dep_ in ("nsubj", "nsubjpass")


def _name_words(mention) -> set[str]:
    return set(mention.text.lower().replace("’s", " ").replace("'s", " ").split())


# what the article's own words say of a person: a courtesy title, a gendered role
_GENDERED_WORDS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f",
                   "sir": "m", "dame": "f", "lady": "f", "lord": "m", "king": "m", "queen": "f",
                   "actress": "f", "actor": "m", "congresswoman": "f", "congressman": "m",
                   "spokeswoman": "f", "spokesman": "m", "chairwoman": "f", "businesswoman": "f",
                   "businessman": "m", "wife": "f", "husband": "m", "mother": "f", "father": "m",
                   "daughter": "f", "son": "m", "sister": "f", "brother": "m", "widow": "f", "widower": "m"}


def _genders(doc, mentions) -> dict[str, str]:
    """Person key -> 'm' or 'f' where the titles the article gives them agree on one, else
    where its pronouns do (see _pronoun_genders). Read once per article."""
    if "newsweave_genders" not in doc.user_data:
        doc.user_data["newsweave_genders"] = _pronoun_genders(doc, mentions) | _titled_genders(mentions)
    return doc.user_data["newsweave_genders"]


def _titled_genders(mentions) -> dict[str, str]:
    seen: dict[str, set] = {}
    for m in mentions:
        if m.type == "PERSON" and m.key:
            words = (w.lower() for title in m.titles for w in title.split())
            seen.setdefault(m.key, set()).update(_GENDERED_WORDS[w] for w in words if w in _GENDERED_WORDS)
    return {key: genders.pop() for key, genders in seen.items() if len(genders) == 1}


_POSSESSIVES = {"his": "m", "her": "f"}
_REFLEXIVES = {"himself": "m", "herself": "f"}
_CLAUSES = {"ccomp", "advcl", "relcl", "parataxis", "acl", "conj", "csubj", "xcomp"}


def _pronoun_genders(doc, mentions) -> dict[str, str]:
    """A person is of the gender of the possessives and reflexives in the clause they are the
    subject of ('Sanders congratulated his supporters', 'Kelly ... to get her interactions
    with Trump on a professional footing' is another clause and does not count), in
    sentences naming no other person, when one gender outnumbers the other more than twice
    over: the article's own usage, for names without a courtesy title."""
    people = [m for m in mentions if m.type == "PERSON" and m.key]
    votes: dict[str, dict[str, int]] = {}
    for sent in doc.sents:
        named = [m for m in people if sent.start_char <= m.span[0] < sent.end_char]
        if len({m.key for m in named}) != 1:
            continue
        for mention in named:
            verb = _verb_of_subject(doc, mention)
            for gender in (g for g in map(_bound_gender, verb.subtree if verb is not None else ())
                           if g and _same_clause(g[1], verb)):
                tally = votes.setdefault(mention.key, {"m": 0, "f": 0})
                tally[gender[0]] += 1
    return {key: g for key, tally in votes.items() for g, other in (("m", "f"), ("f", "m"))
            if tally[g] > 2 * tally[other]}


def _verb_of_subject(doc, mention):
    """The verb whose subject the mention is, or None."""
    span = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
    head = span.root if span is not None else None
    return head.head if head is not None and head.dep_ in ("nsubj", "nsubjpass") else None


def _bound_gender(token):
    gender = _POSSESSIVES.get(token.lower_) if token.dep_ == "poss" else _REFLEXIVES.get(token.lower_)
    return (gender, token) if gender else None


def _same_clause(token, verb) -> bool:
    while token.i != verb.i:
        if token.dep_ in _CLAUSES or token.head.i == token.i:
            return False
        token = token.head
    return True


def is_second_report(verb) -> bool:
    """A verb coordinated with the verb of saying that the parser hung on the clause it
    reports: a second verb of saying in the first one's form ('says ... and tells'), or a
    verb the clause's own cannot share because it follows a modal or 'to' ('said it would
    cooperate with the inquiry and offered support': one cannot say 'would offered').
    Not wanting or holding in the same form: in 'she said she was tired of the status quo
    and wanted a candidate ...' the wanting is part of what she said, and so is the telling
    in 'says he'd sit Putin down and tell him ...'. Its speaker is the first one's (see
    subject_of)."""
    return (verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and is_speech_verb(verb.head.head)
            and _same_tense(verb, verb.head.head) and not any(c.dep_ == "nsubj" for c in verb.children)
            and (verb.lemma_.lower() in SAYING_VERBS or _after_a_modal(verb.head) and _finite(verb)))


def _after_a_modal(verb) -> bool:
    """'would cooperate', 'to cooperate': the bare form, after a modal or 'to'."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)


def _finite(verb) -> bool:
    """'offered', 'offers', with no auxiliary of its own."""
    return verb.tag_ in ("VBD", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _same_tense(verb, other) -> bool:
    """'has said A and suggested B' (both participles), 'said A but did not suggest B'
    (the tense in the auxiliary)."""
    return verb.tag_ == other.tag_ or _tense(verb) == _tense(other)


def _tense(verb) -> str:
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.i < verb.i), None)
    return aux.tag_ if aux is not None else verb.tag_
