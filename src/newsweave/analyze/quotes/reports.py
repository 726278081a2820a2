"""Indirect speech and stances read off verbs: each verb with a subject and something it
reports is a reading; the cue model (:mod:`newsweave.analyze.cue_model`) decides which
readings attribute. Also what seems, appears or is expected with no one holding it.
"""
from __future__ import annotations

import re
from typing import Optional

from newsweave.analyze.cue_model import features, shipped_cue_model
from newsweave.analyze.nlp import doc_text
from newsweave.model import Quote
from newsweave.analyze.quotes.lexicon import (
    CLAUSE_ONLY_VERBS, PASSIVE_REPORTS, RAISING_VERBS, RELATIVE_PRONOUNS, TIME_OF_SPEAKING, is_speech_verb,
    quotation_spans)
from newsweave.analyze.quotes.spans import contains, overlaps, phrase_span, skip_back, skip_spaces, words_span
from newsweave.analyze.quotes.speakers import is_second_report, set_speaker, subject_of


def indirect_reports(doc, text: str, article_id, mentions, quotations) -> list[Quote]:
    """Reports read off verbs the cue model takes for cues (see :mod:`newsweave.analyze.cue_model`); one
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
        cue_span = cue_span_of(token)
        if token.dep_ != "parataxis" and overlaps(phrase_span(subject), content):
            content = _content_after_the_cue(token, content, cue_span, text)
            if content is None:
                continue                # a parse that puts the speaker inside what is said
        quote = Quote(article_id, content, text[content[0]:content[1]], kind,
                      cue=text[cue_span[0]:cue_span[1]], cue_span=cue_span)
        set_speaker(quote, subject, text, mentions, token)
        found.append((quote, token))    # an unresolved "she" still attributes: speaker None, span kept
    return [q for q, verb in found
            if _says_of_the_relative(verb) or not any(o is not q and contains(o.span, q.cue_span) for o, _ in found)]


def _verb_readings(doc, quotations):
    """Every verb outside ``quotations`` with a subject and something it reports, as (verb,
    subject, (content span, kind)): the readings the cue model judges, and is trained on."""
    for token in doc:
        if token.pos_ != "VERB" or _unattributed_content(token) or any(s <= token.idx < e for s, e in quotations):
            continue
        subject = subject_of(token, quotations)
        if subject is None or _hedge(token, subject):
            continue
        reported = reported_content(token)
        if reported is not None and not (reported[1] == "stance" and token.lemma_.lower() in CLAUSE_ONLY_VERBS):
            yield token, subject, reported


# The cue model's probability a reading needs: a listed speech verb loses only readings the
# model is sure of, any other verb must convince it. Chosen on PolNeAR train[:200] with a
# model trained on train[200:].
LISTED_VERB_FLOOR = 0.2
OTHER_VERB_FLOOR = 0.6


def _is_cue(verb, subject, kind: str, content: str) -> bool:
    listed = is_speech_verb(verb)
    probability = shipped_cue_model().probability(features(verb, subject, kind, content, listed))
    return probability >= (LISTED_VERB_FLOOR if listed else OTHER_VERB_FLOOR)


def described_readings(doc):
    """The cue model's training rows: each reading, as (verb, description)."""
    text = doc_text(doc)
    for verb, subject, (content, kind) in _verb_readings(doc, quotation_spans(text)):
        yield verb, features(verb, subject, kind, text[content[0]:content[1]], is_speech_verb(verb))


def _content_after_the_cue(verb, content: tuple[int, int], cue_span: tuple[int, int], text: str):
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
            end = phrase_span(clause, without=[c for c in clause.children if c.dep_ == "conj"])[1]
    return skip_spaces(text, cue_span[1]), end


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
    if not is_speech_verb(verb):
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i:
            continue
        opening = [c for c in clause.children if c.i < clause.i and c.dep_ in ("mark", "advmod")]
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
        if subject is not None and all(c.lower_ == "that" for c in opening):
            return (opening[0] if opening else subject.left_edge).idx, phrase_span(clause)[1]
    return None


_FRONTED_DEPS = {"dep", "ccomp", "parataxis", "nsubj", "punct"}     # a fragment the parser could not place


def _fronted_content(verb) -> Optional[tuple[int, int]]:
    """'People like Scott, he said.', 'Language unclear on whether single mothers are
    covered, experts say.': a sentence that ends in its speech verb, after a comma and the
    subject, reports what comes before the comma, whatever the parser made of it (a fragment
    it leaves unattached). Only when little but when or how it was said follows the verb."""
    if verb.dep_ != "ROOT" or not is_speech_verb(verb):
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
    return words_span(words)


def unattributed_stances(doc, text: str, article_id) -> list[Quote]:
    """What seems, appears or is expected, or what was asked, with no one named as holding
    it: 'Trump is expected to deliver a victory speech', 'They appear to be unanimous',
    'Asked whether Clinton has the integrity ..., 75 percent said'. Attribution corpora
    mark these with a cue and no source; they are stances, so briefs do not list them."""
    out = []
    for token in doc:
        content = _unattributed_content(token)
        if content is None:
            continue
        cue_span = cue_span_of(token)
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
    if lemma not in RAISING_VERBS and lemma not in PASSIVE_REPORTS:
        if lemma == "reportedly" and verb.dep_ == "advmod" and not is_speech_verb(verb.head):
            return phrase_span(verb.head)        # 'The Club for Growth is reportedly spending $1.5 million'
        return None                                   # every token passes here: the cheap test first
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if lemma in RAISING_VERBS:
        infinitive = _infinitive(children)
        if infinitive is not None and subject is not None and subject.i < verb.i:
            return phrase_span(subject)[0], phrase_span(infinitive)[1]
        clause = next((c for c in children if c.dep_ == "ccomp"), None)
        if clause is not None and subject is not None and subject.lower_ == "it":
            return phrase_span(clause)
        return None
    if lemma == "ask" and verb.tag_ == "VBN" and verb.dep_ == "advcl" and subject is None and verb.i == verb.sent.start:
        words = [t for t in verb.subtree if t.i > verb.i and not t.is_space]
        while words and words[-1].is_punct:
            words.pop()
        return words_span(words)
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
    start = holder.left_edge.idx if holder is verb.head else phrase_span(holder)[0]
    return start, phrase_span(held)[1]


def reported_content(verb) -> Optional[tuple[tuple[int, int], str]]:
    """What the verb reports, and whether as speech: its clause ("said [that ...]"), the
    clause it interrupts ("The test, [officials said], was..."); or as a stance: "called
    for [X]", "urged [X to Y]", "criticized [X]", "plans [to Y]"."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not _adverbial_clause(c, verb)]
    if clauses:
        return _phrase_span_of_split_clause(clauses), "indirect"
    clause = _clause_after_medium(verb)
    if clause is not None:
        return phrase_span(clause), "indirect"
    reported = _clause_taken_for_adverbial(verb)
    if reported is not None:
        return reported, "indirect"
    answer = next((c for c in verb.children if c.lower_ in ("so", "yes", "no", "same") and c.i > verb.i), None)
    if answer is not None and verb.lemma_.lower() == "say":
        return phrase_span(answer), "indirect"        # '55 percent said so', '26 percent said the same'
    if (verb.dep_ == "parataxis" or _as_aside(verb)) and verb.head.i != verb.i:
        head = verb.head
        words = [t for t in head.subtree if not (verb.left_edge.i <= t.i <= verb.right_edge.i)]
        before = [t for t in words if t.i < verb.left_edge.i]
        if before and all(t.dep_ in _LINKING_DEPS for t in before):    # 'But as Clyburn noted, [those voters ...]'
            words = [t for t in words if t.i > verb.right_edge.i]
        words = [t for t in words if not t.is_punct] or [head]
        return words_span(words), "indirect"
    for child in verb.children:
        if child.dep_ == "prep" and _introduces_content(verb, child):
            obj = next(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
            return phrase_span(obj), "stance"
    mark = _for_mark(verb)
    if mark is not None:                                        # "is calling for [the US to step up ...]"
        return (mark.nbor(1).idx, phrase_span(mark.head)[1]), "stance"
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and any(c.dep_ == "agent" for c in verb.children):
        return phrase_span(passive), "stance"                 # "Clinton was endorsed by the Times"
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    tail = next((c for c in verb.children if c.dep_ in ("xcomp", "oprd")), None)
    if obj is not None and tail is not None and tail.i > obj.i:
        return (phrase_span(obj)[0], phrase_span(tail)[1]), "stance"     # "urged lawmakers to act", "called it a hoax"
    if obj is not None:
        return phrase_span(obj), "stance"                     # "criticized the party's lack of ..."
    if tail is not None and tail.dep_ == "xcomp":
        return phrase_span(tail), "stance"                    # "plans to call on young people ..."
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
    return words_span(words)


_LINKING_DEPS = {"cc", "punct", "advmod", "intj"}     # what may open a sentence before its aside


def _as_aside(verb) -> bool:
    """'The economy is slowing, as the central bank warned': an as-clause with nothing of
    its own to report (no object, complement or 'called for X'; where, when and how it was
    said do not count: 'as David Dayen noted in The Intercept') credits the clause it hangs
    from. Not one that tells when ('as he spoke, protesters chanted')."""
    children = list(verb.children)
    return (verb.dep_ == "advcl" and verb.lemma_.lower() not in TIME_OF_SPEAKING
            and any(c.dep_ == "mark" and c.lower_ == "as" and c.i == verb.left_edge.i for c in children)
            and any(c.dep_ == "nsubj" for c in children)
            and not any(c.dep_ in ("dobj", "xcomp", "acomp") or c.dep_ == "prep" and _introduces_content(verb, c)
                        for c in children))


def _phrase_span_of_split_clause(clauses) -> tuple[int, int]:
    """The first clause, run on over the next when that one follows it word for word: the
    parser splits 'Police say [a climber who watched his brother fall ...] [is devastated]'."""
    start, end = phrase_span(clauses[0], without=_second_reports(clauses[0]))
    for before, clause in zip(clauses, clauses[1:]):
        if clause.left_edge.i != before.right_edge.i + 1 or _reports_of_its_own(clause):
            break
        end = phrase_span(clause, without=_second_reports(clause))[1]
    return start, end


def _second_reports(clause) -> list:
    """'He said [A] and said [B]': the parser joins the second 'said' to A's verb, inside
    the first report; it is a report of its own, by the same speaker (see subject_of)."""
    return [c for c in clause.children if is_second_report(c)]


def _reports_of_its_own(verb) -> bool:
    """A verb of saying with its own subject and what it says: 'three-quarters said the same
    of Sanders' is no part of the clause before it, however the parser hangs it."""
    return is_speech_verb(verb) and any(c.dep_ == "nsubj" for c in verb.children) and reported_content(verb) is not None


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
    return (colon.end(), skip_back(text, end, " \t\r")) if text[colon.end():end].strip() else None


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


def cue_span_of(verb) -> tuple[int, int]:
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
