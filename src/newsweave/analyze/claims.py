"""Claims: what each sentence asserts, in a form that ``compare`` can align and check.

One claim per sentence (plus derived claims for events named only relative to another,
"on the eve of <event>"). A claim's time is, in order of evidence: a time expression
of the sentence; the time of the event a demonstrative subject points back to ("This
gathering, held on ..." dates the previous sentence's event too); the date another
sentence gives the event it is placed against ("met before the signing" and "signed ... on
Wednesday": on or before that Wednesday); else what tense and publication date imply (a
present-perfect report published on D says: on or before D).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from newsweave.analyze.nlp import doc_text
from newsweave.dates import to_date
from newsweave.model import Claim, EventTime, Mention, Quantity, Quote, Sentence, TimeExpression

EXPECTED_CUES = re.compile(r"\b(?:will|shall|is|are|was|were)\s+(?:set|expected|scheduled|due|slated|poised|going)\s+to\b|"
                           r"\bwill\b|\bplans?\s+to\b|\bintends?\s+to\b|\bupcoming\b", re.I)
HEDGE_CUES = re.compile(r"\b(?:may|might|could|reportedly|allegedly|possibly|perhaps|apparently|likely|"
                        r"unconfirmed|appears? to|seems? to|suggests?|believed to|thought to|rumou?red)\b", re.I)
NEGATION_WORDS = {"not", "n't", "never", "no", "neither", "nor", "nobody", "nothing", "none"}
# 'showed no signs', 'is no threat', 'No one has shown symptoms': 'no' on the object or the
# subject negates the event as much as 'not' on the verb.
NEGATED_BY_NO = ("dobj", "attr", "nsubj", "nsubjpass")
DENIAL_VERBS = {"deny", "reject", "refute", "dismiss", "rule"}
RELATIVE_EVENT = re.compile(r"\b(?:on\s+)?the\s+(?P<rel>eve|day\s+before|day\s+after|morning\s+after|"
                            r"night\s+before|week\s+before|week\s+after)\s+of\s+|"
                            r"\b(?:on\s+)?the\s+(?P<rel2>day\s+before|day\s+after|week\s+before|week\s+after)\s+", re.I)
RELATIVE_DAYS = {"eve": -1, "day before": -1, "night before": -1, "day after": 1, "morning after": 1,
                 "week before": -7, "week after": 7}
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}


def sentence_tense(sent) -> str:
    """'past' | 'present' | 'future' of the event a spaCy sentence reports."""
    return verb_tense(event_root(sent))


def verb_tense(verb) -> str:
    """Tense of one verb group: its auxiliaries first, then its own tag.
    'would' (future in the past, in reported speech) counts as future, and so does an
    infinitive under a verb that is not past (what is planned, scheduled, hoped for)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if words & {"will", "shall", "'ll", "would"} or any(a.lemma_ == "be" and a.i + 1 < len(verb.doc)
                                                          and verb.doc[a.i + 1].lower_ == "going" for a in aux):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if verb.tag_ == "VBN" and (words & {"has", "have", "had"} or (not aux and verb.dep_ == "acl")):
        return "past"
    if verb.lemma_ in ("be", "set", "expect", "schedule", "due", "plan") and EXPECTED_CUES.search(verb.sent.text):
        return "future"
    if verb.dep_ == "xcomp" and verb.head.i != verb.i and any(c.lower_ == "to" for c in verb.children) \
            and verb_tense(governing_verb(verb.head)) != "past":       # 'were not able to reach': past
        return "future"             # 'is scheduled to close Monday', 'plans to leave Friday'
    return "present"


def governing_verb(token):
    """The nearest verb above a token (itself if it is one)."""
    for _ in range(20):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head.i == token.i:
            return token
        token = token.head
    return token


def build_claims(doc, article_id: str, sentences: list[Sentence], mentions: list[Mention],
                 timexes: list[TimeExpression], quantities: list[Quantity], quotes: list[Quote],
                 published: Optional[str]) -> list[Claim]:
    claims: list[Claim] = []
    for sentence in sentences:
        span = doc.char_span(sentence.span[0], sentence.span[1], alignment_mode="expand")
        if span is None or not len(span):
            continue
        claim = _claim_for(span, sentence, article_id, mentions, timexes, quantities, quotes, published)
        _group_subject_antecedent(claim, span, claims)
        _date_antecedent(claim, span, claims)
        claims.append(claim)
        derived = _relative_event_claim(claim, span, sentence, published)
        if derived is not None:
            claims.append(derived)
    for claim in claims:
        _dated_by_the_event_it_follows(claim, doc, claims)
    return claims


def _within(items, span):
    return [x for x in items if span[0] <= x.span[0] and x.span[1] <= span[1]]


def event_root(span):
    """The verb of the reported event: 'Thieves stole X on Saturday, police said on Monday'
    is about the stealing, so the complement of a reporting verb stands for the sentence."""
    root = span.root
    if root.pos_ in ("NOUN", "PROPN"):
        # the small parser reads "The ferry overturned on Monday" as a noun phrase with a
        # participle; the participle right after the noun is the sentence's verb
        verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")
                     and c.i == root.i + 1), None)
        if verb is not None:
            return verb
    if root.lemma_.lower() in REPORTING_LEMMAS:
        complement = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if complement is not None:
            return complement
    return root


def _claim_for(span, sentence, article_id, mentions, timexes, quantities, quotes, published) -> Claim:
    root = event_root(span)
    tense = sentence_tense(span)
    ments = _within(mentions, sentence.span)
    subject_keys = _subject_keys(root, ments)
    claim = Claim(article_id=article_id, sentence=sentence.index, span=sentence.span, text=sentence.text,
                  actors=subject_keys,
                  entities=sorted({m.key for m in ments if m.type != "NORP"}),
                  predicate=root.lemma_.lower(), object=_object_text(root),
                  places=sorted({m.key for m in ments if m.type in PLACE_TYPES}),
                  location=_location(root, ments),
                  quantities=[q for q in _within(quantities, sentence.span) if not q.ordinal or q.unit],
                  polarity=_polarity(span), negated=_negated_verbs(span),
                  modality=_modality(span.text, tense), tense=tense,
                  keywords=_keywords(span))
    main_timexes = [t for t in _within(timexes, sentence.span)
                    if _in_main_clause(span, t.span, root) and not _bounds_a_period(span, t.span)
                    and not _model_year(span, t)]
    claim.time = _explicit_time(main_timexes) or (   # what did not happen has no day
        _implied_time(tense, root, published) if claim.polarity == "positive" else None)
    if not any(t.pos_ in ("VERB", "AUX") for t in span):
        claim.time = None       # a line with no verb ('June 27 -- BB&T Pavilion, Camden, NJ') tells no event
    source = next((q for q in quotes if q.kind not in ("scare", "stance") and _speaker_key(q)
                   and q.span[0] < sentence.span[1] and sentence.span[0] < q.span[1]), None)
    if source is not None:
        claim.source, claim.source_span = _speaker_key(source), source.speaker_span
    return claim


def _speaker_key(quote) -> Optional[str]:
    """The speaker's entity key; for a name the model did not tag ('Councilman Ms Tamir'),
    its capitalised words; a speaker with none ('a spokesman') has no key, nor has one
    named only through a possessor ('Reid's rep') or a crowd ('Dozens chanted')."""
    if quote.speaker_key:
        return quote.speaker_key
    names = [w for w in re.findall(r"\b[A-Z][\w.'’-]+", quote.speaker or "")
             if not w.endswith(("'s", "’s")) and w.lower() not in CROWDS]
    return " ".join(names).lower() if names and quote.speaker_span else None


CROWDS = frozenset("dozens hundreds thousands many several some most others all both few".split())


def _subject_keys(root, mentions) -> list[str]:
    if root.pos_ not in ("VERB", "AUX"):
        # a verbless parse (a "URGENT UPDATE:" label swallowed the verb): the people named
        return list(dict.fromkeys(m.key for m in mentions if m.type == "PERSON"))
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    keys = []
    for subject in subjects:
        lo = min(t.idx for t in subject.subtree)
        hi = max(t.idx + len(t.text) for t in subject.subtree)
        keys += [m.key for m in mentions if lo <= m.span[0] and m.span[1] <= hi and m.type != "NORP"]
    return list(dict.fromkeys(keys))


LOCATIVE = {"in", "at", "near", "outside", "inside"}


def _location(root, mentions) -> Optional[str]:
    """The place in a locative phrase on the main verb, its object, or the noun of a phrase
    on the verb ('met in Geneva', 'signed at a summit in Geneva')."""
    heads = [root] + [c for c in root.children if c.dep_ in ("dobj", "attr", "nsubjpass", "xcomp")]
    heads += [g for c in root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in LOCATIVE):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            place = next((m for m in mentions if m.type in PLACE_TYPES and m.span[0] <= obj.idx < m.span[1]), None)
            if place is not None:
                return place.key
    return None


def _object_text(root) -> Optional[str]:
    for child in root.children:
        if child.dep_ in ("dobj", "attr", "oprd", "pobj", "prep", "xcomp", "acomp"):
            words = [t.text for t in child.subtree][:12]
            return " ".join(words)
    return None


def _polarity(span) -> str:
    """Negated event ('not', 'never', or 'no' on its subject or object), flipped once more
    when the reporting verb is a denial ('X denied that the plant would close' asserts the
    plant will not close). 'I didn't feel we were executing' says what 'I feel we weren't
    executing' says: a negation on feel, think or believe belongs to the clause they take."""
    root = event_root(span)
    negative = _negates(root, span)
    complement = _neg_raised_clause(root)
    if complement is not None:
        negative ^= _negates(complement, span)
    reporter = span.root
    if reporter.i != root.i and reporter.lemma_.lower() in DENIAL_VERBS:
        negative = not negative
    elif reporter.i == root.i and root.lemma_.lower() in DENIAL_VERBS:
        negative = True
    return "negative" if negative else "positive"


NEG_RAISING = {"think", "believe", "feel", "suppose", "expect", "imagine", "reckon"}


def _neg_raised_clause(verb):
    """The clause a negation on a verb of opinion really negates, if the verb has one."""
    if verb.lemma_.lower() not in NEG_RAISING:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp"), None)


def _negates(verb, span) -> bool:
    """'not'/'never' on the verb, or 'no' on its subject or object."""
    if _not_until(verb):
        return False
    if any((c.dep_ == "neg" or c.lower_ in NEGATION_WORDS) and _negates_here(c) for c in verb.children):
        return True
    return any(t.dep_ in NEGATED_BY_NO and t.head.i == verb.i and _has_no(t) for t in span)


def _not_until(verb) -> bool:
    """'the Colts didn't take their first lead until Ratliff intercepted a pass': the event
    happened, and 'until' says when."""
    return any(c.lower_ in ("until", "till") or c.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ in ("until", "till") for g in c.children) for c in verb.children)


def _has_no(token) -> bool:
    return any(c.lower_ == "no" and _negates_here(c) for c in token.children)


NON_COMMITTAL = {"say", "tell", "comment", "confirm", "know", "return", "respond", "disclose", "specify"}


def _negated_verbs(span) -> list[str]:
    """Every verb the sentence negates, in any clause ('the drive was not halted'): two
    reports of one sentence can differ in a negation the main event does not carry. A
    source that 'would not say' or 'did not return a call' negates nothing reported. 'Have
    no information' negates 'have' as much as 'don't have any'."""
    negators = [t for t in span if t.dep_ == "neg" and _negates_here(t)]
    negators += [t for t in span if t.dep_ in NEGATED_BY_NO and (t.lower_ in ("nothing", "none", "nobody")
                                                                and _negates_here(t) or _has_no(t))]
    heads = [_neg_raised_clause(t.head) or t.head for t in negators]
    heads = [h for h in heads if not _not_until(h)]
    return sorted({h.lemma_.lower() for h in heads if h.pos_ in ("VERB", "AUX") and h.lemma_.lower() not in NON_COMMITTAL})


def _negates_here(token) -> bool:
    """A negation word that negates, unlike 'not only repulsed an attack, but nabbed 23'
    (both acts asserted), 'the No. 1 Tar Heels' (a rank) and 'nothing less than the future
    of Europe is at stake', 'nothing short of a miracle', 'nothing but' or 'nothing more
    than' (emphasis)."""
    after = [t.lower_ for t in token.doc[token.i + 1:token.i + 3]]
    if not after:
        return True
    if token.lower_ == "not":
        return after[0] not in ("only", "just", "merely")
    if token.lower_ == "no":
        return not (after[0].isdigit() or after[0] == "." and after[1:] and after[1].isdigit())
    if token.lower_ == "nothing":
        return after[0] not in ("less", "short", "but") and after[:2] != ["more", "than"]
    return True


def _modality(text: str, tense: str) -> str:
    if HEDGE_CUES.search(text):
        return "hedged"
    if tense == "future" or EXPECTED_CUES.search(text):
        return "expected"
    return "asserted"


def _keywords(span) -> list[str]:
    return sorted({t.lemma_.lower() for t in span if t.pos_ in CONTENT_POS and not t.is_stop
                   and len(t.text) > 2 and t.lemma_.isalpha()})


CLAUSE_DEPS = {"advcl", "ccomp", "relcl", "csubj", "parataxis", "pcomp"}


def _token_at(span, offset: int):
    """The first token of ``span`` at or after character ``offset`` (None past its end)."""
    return next((t for t in span if t.idx >= offset), None)


def _in_main_clause(span, char_span, root) -> bool:
    """A date inside a subordinate clause ('since Russia invaded in 2022') dates that clause,
    not the sentence's event; a participle on the subject ('This meeting, held on ...') does."""
    token = _token_at(span, char_span[0])
    if token is not None and any(w.left_edge.i <= token.i <= w.right_edge.i for w in _when_clauses(root)):
        return True
    while token is not None and token.i != root.i:
        if token.head.i == token.i:
            return False          # reached the reporting verb above the event: it dates the saying
        if token.dep_ in CLAUSE_DEPS and not _simultaneous(token):
            return False
        if token.dep_ == "acl" and token.head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        token = token.head
    return token is not None


_SIMULTANEOUS = ("when", "as", "while")
PERIOD_BOUNDS = {"since", "until", "till", "within"}


def _bounds_a_period(span, char_span) -> bool:
    """'the fifth operation since September', 'held until Friday', 'the second arrest within
    the last month': the date opens, closes or spans a period the event falls in; it is not
    the event's date."""
    token = _token_at(span, char_span[0])
    while token is not None and token.i > 0:
        token = token.nbor(-1)
        if token.dep_ != "det":
            return token.lower_ in PERIOD_BOUNDS
    return False


def _model_year(span, timex) -> bool:
    """'driving a 2008 GMC Sierra', 'a silver 2007 Ford Fusion': a year naming a product's
    model dates the car, not the event ('the 2008 Olympics', an event, still dates it).
    The parser may make the year the head ('struck by a gray 2013 Toyota Camry'): a year
    inside a noun phrase, before a maker's name, is a model all the same ('In 2013 Toyota
    sold ...' still dates the sales)."""
    if timex.granularity != "year":
        return False
    token = _token_at(span, timex.span[0])
    if token is None:
        return False
    if token.dep_ in ("nummod", "compound") and token.head.i > token.i:
        return token.head.pos_ == "PROPN" and token.head.ent_type_ in ("ORG", "PRODUCT")
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    return (after is not None and after.pos_ == "PROPN" and after.ent_type_ in ("ORG", "PRODUCT")
            and before is not None and before.pos_ in ("DET", "ADJ"))


def _when_clauses(root) -> list:
    """The when-clauses on the event ('died when a passenger ferry overturned ... on
    Tuesday'), however the parser hung them: as a clause marked by 'when', or as 'when' (or
    its noun, 'ferry') carrying the clause in its subtree. Each dates the event."""
    return [c for c in root.children if any(t.pos_ == "VERB" for t in c.subtree) and (
        c.dep_ in ("advmod", "mark") and c.lower_ in _SIMULTANEOUS
        or c.dep_ == "advcl" and any(g.dep_ in ("advmod", "mark") and g.lower_ in _SIMULTANEOUS for g in c.children))]


def _simultaneous(clause) -> bool:
    """'Five died when the ferry overturned on Tuesday': a when-clause dates the main event."""
    return clause.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in _SIMULTANEOUS
                                          for c in clause.children)


def _explicit_time(timexes) -> Optional[EventTime]:
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and t.value and t.value[:1].isdigit()]
    if not dated:
        return None
    # the finest date, and of equally fine ones a calendar date over a deictic one
    # ('this morning, 16th August' is dated by '16th August')
    best = max(dated, key=lambda t: (_GRANULARITY_RANK.get(t.granularity, 0),
                                     t.anchor == "absolute" or any(ch.isdigit() for ch in t.text)))
    value = best.value[:10] if best.type == "TIME" else best.value
    return EventTime(value, best.granularity, "on", "explicit", best.text, best.span)


_GRANULARITY_RANK = {"minute": 6, "hour": 5, "day": 4, "week": 3, "month": 2, "season": 1, "quarter": 1, "half": 1, "year": 0}


def _implied_time(tense: str, root, published: Optional[str]) -> Optional[EventTime]:
    """A report dated D that tells an event as done says it happened on or before D."""
    if not published or tense != "past":
        return None
    if root.lemma_.lower() in SPEECH_LEMMAS:
        return None          # "X said" dates the saying, not the event
    value = published[:10]              # a date known to the year ('2013') bounds by the year's end
    return EventTime(value, {4: "year", 7: "month"}.get(len(value), "day"), "before", "publication")


SPEECH_LEMMAS = {"say", "tell", "add", "state", "report", "note", "write"}
REPORTING_LEMMAS = SPEECH_LEMMAS | {"announce", "confirm", "claim", "deny", "insist", "warn", "explain",
                                    "estimate", "believe"}


GROUP_NOUNS = {"leader", "president", "minister", "official", "side", "party", "country", "nation", "man",
               "woman", "pair", "team", "delegation", "head"}


def _group_subject_antecedent(claim: Claim, span, earlier: list[Claim]) -> None:
    """'Both leaders ...', 'The two presidents ...', 'They ...': the people of the last
    sentence that named two or more of them."""
    if claim.actors or not earlier:
        return
    subject = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return
    plural_group = subject.lemma_.lower() in GROUP_NOUNS and subject.tag_ == "NNS" and any(
        c.lower_ in ("both", "two", "the", "these", "three") for c in subject.children)
    if not (plural_group or subject.lower_ == "they"):
        return
    for previous in reversed(earlier[-6:]):
        people = [k for k in previous.actors if " " in k] or previous.actors
        if len(people) >= 2:
            claim.actors = list(people)
            return


def _date_antecedent(claim: Claim, span, earlier: list[Claim]) -> None:
    """'This gathering, held on 3 Sept, ...': the date also belongs to the previous sentence's event."""
    if claim.time is None or claim.time.basis != "explicit" or not earlier:
        return
    subject = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(c.lower_ in ("this", "that", "these", "those") and c.dep_ == "det"
                                  for c in subject.children):
        return
    previous = next((c for c in reversed(earlier) if c.event_noun is None), None)
    if previous is None or previous.sentence != claim.sentence - 1:
        return
    if previous.time is None or previous.time.basis == "publication":
        previous.time = EventTime(claim.time.value, claim.time.granularity, "on", "anaphora",
                                  claim.time.text, claim.time.span)


def _relative_event_claim(claim: Claim, span, sentence: Sentence, published: Optional[str]) -> Optional[Claim]:
    """'on the eve of a military parade' dates the parade one day after the sentence's event.

    The sentence's own event is dated by its time expression, or, told in the present
    tense ("The meetings come on the eve of ..."), by the publication date.
    """
    m = RELATIVE_EVENT.search(sentence.text)
    if m is None:
        return None
    base = claim.time
    if base is None and claim.tense == "present" and published:
        base = EventTime(published[:10], "day", "on", "publication")
    if base is None or base.granularity != "day" or base.relation != "on":
        return None          # 'bought a gun the day after he lost his job', told as done: no day to count from
    rel = re.sub(r"\s+", " ", (m.group("rel") or m.group("rel2")).lower())
    event_start = sentence.span[0] + m.end()
    event = _noun_phrase_at(span, event_start)
    if event is None:
        return None
    day = to_date(base.value)
    if day is None:
        return None
    when = (day - timedelta(days=RELATIVE_DAYS[rel])).isoformat()
    lo, hi = event
    text = doc_text(span.doc)[lo:hi]
    return Claim(article_id=claim.article_id, sentence=claim.sentence, span=(lo, hi), text=text,
                 actors=[], predicate="take place", object=text,
                 time=EventTime(when, "day", "on", "relative", doc_text(span.doc)[sentence.span[0] + m.start():hi], (lo, hi)),
                 places=claim.places, tense="future" if RELATIVE_DAYS[rel] < 0 else "past",
                 modality="expected" if RELATIVE_DAYS[rel] < 0 else "asserted",
                 keywords=_keywords(span.doc.char_span(lo, hi, alignment_mode="expand")),
                 event_noun=_head_lemma(span, lo, hi))


# 'before the signing', 'the day after the vote', 'ahead of the summit': the sentence's event
# placed against another one; 'the day before' also counts the days between
AROUND_WORDS = {"before": "before", "after": "after", "following": "after", "ahead": "before"}
AROUND_RE = re.compile(r"\b(?:before|after|following|ahead)\b", re.I)
DAY_BEFORE_OR_AFTER = {"day", "night", "morning", "evening"}


def _dated_by_the_event_it_follows(claim: Claim, doc, claims: list[Claim]) -> None:
    """'The two leaders met for talks before the signing': with no date of its own, the
    sentence's event is dated by the one it is placed against when another sentence of the
    article dates that one ('signed the agreement on Wednesday'): on or before that day, or
    on the day before ('the day before the signing'). Only an event named by a noun the
    main clause hangs the word on ('after the vote', not 'after the polls close')."""
    if claim.event_noun is not None or (claim.time is not None and claim.time.basis != "publication") or (
            not AROUND_RE.search(claim.text)):
        return
    span = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    root = event_root(span)
    for word in span:
        event = _event_named_after(word)
        if event is None or not _in_main_clause(span, (word.idx, word.idx + 1), root):
            continue
        day = _day_told_of(event, claim, doc, claims)
        if day is not None:
            claim.time = _placed_against(word, event, day, doc)
            return


def _day_told_of(event, claim: Claim, doc, claims: list[Claim]) -> Optional[date]:
    """The day the nearest other sentence about the event dates it on: one that tells it
    (see _tells) in the place that singles it out ('after his win in Oklahoma' is not the
    win in Ohio)."""
    places = [t.text for t in event.subtree if t.ent_type_ in PLACE_TYPES]
    told = [c for c in claims if c is not claim and c.event_noun is None and c.time is not None
            and c.time.basis == "explicit" and c.time.granularity == "day" and c.time.relation == "on"
            and (not places or any(place in c.text for place in places)) and _tells(doc, c, event)]
    return to_date(min(told, key=lambda c: abs(c.sentence - claim.sentence)).time.value) if told else None


def _placed_against(word, event, day: date, doc) -> EventTime:
    """'before the signing': on or before its day; 'the day before the signing': the day before."""
    side = AROUND_WORDS[word.lower_]
    counted = word.head.lower_ in DAY_BEFORE_OR_AFTER and any(c.lower_ == "the" for c in word.head.children)
    where = (word.head.left_edge.idx if counted else word.idx, event.right_edge.idx + len(event.right_edge.text))
    text = doc_text(doc)[where[0]:where[1]]
    if counted:
        return EventTime((day + timedelta(days=1 if side == "after" else -1)).isoformat(), "day", "on", "relative",
                         text, where)
    return EventTime(day.isoformat(), "day", side, "relative", text, where)


def _event_named_after(word):
    """The noun that 'before', 'after', 'following' or 'ahead of' takes, when it names one
    event ('the signing', 'Tuesday's primary'), not events in general ('before elections')."""
    if word.lower_ not in AROUND_WORDS:
        return None
    prep = word
    if word.lower_ == "ahead":
        prep = next((c for c in word.children if c.lower_ == "of"), None)
        if prep is None:
            return None
    obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if obj is None or not any(c.dep_ in ("det", "poss") for c in obj.children):
        return None
    return obj


def _tells(doc, claim: Claim, event) -> bool:
    """Whether the claim's sentence tells the event a noun names: its verb ('the signing',
    'the signing ceremony': signed), the noun as its subject or object, the occasion of its
    event ('at a ceremony'), or what its date qualifies."""
    nouns = {event.lemma_.lower()} | {c.lemma_.lower() for c in event.children if c.dep_ == "compound"}
    verbs = {form for noun in nouns if noun.endswith("ing") for form in (noun[:-3], noun[:-3] + "e", noun[:-4])}
    span = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    root = event_root(span)
    if root.lemma_.lower() in verbs:
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in nouns for c in root.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("at", "during") and any(o.lemma_.lower() in nouns for o in c.children)
           for c in root.children):
        return True             # 'joined NATO at a ceremony ... on Friday'
    token = _token_at(span, claim.time.span[0]) if claim.time.span else None
    for _ in range(3):
        if token is None or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in nouns:
            return True
    return False


def _noun_phrase_at(span, start: int) -> Optional[tuple[int, int]]:
    """The noun phrase starting at ``start``, up to a relative clause or comma."""
    doc = span.doc
    first = _token_at(span, start)
    if first is None:
        return None
    head = first
    while head.head.i != head.i and head.head.idx >= start and head.dep_ not in ("pobj", "dobj"):
        head = head.head
    tokens = [t for t in head.subtree if t.idx >= start and t.dep_ not in ("relcl", "punct", "acl")]
    stop = next((t.i for t in head.subtree if t.dep_ in ("relcl", "acl") and t.idx >= start), None)
    if stop is not None:
        tokens = [t for t in tokens if t.i < min(s.i for s in doc[stop].subtree)]
    if not tokens:
        return None
    return tokens[0].idx, max(t.idx + len(t.text) for t in tokens)


def _head_lemma(span, lo: int, hi: int) -> Optional[str]:
    nouns = [t for t in span if lo <= t.idx < hi and t.pos_ == "NOUN"]
    roots = [t for t in nouns if not (lo <= t.head.idx < hi) or t.head.i == t.i]
    chosen = roots or nouns
    return chosen[0].lemma_.lower() if chosen else None
