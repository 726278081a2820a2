"""Who, what and where of a sentence's event: its verb (the complement of a reporting
verb stands for the sentence), the entities of its subject, its object, the place of a
locative phrase on it, and the content words it is aligned by.
"""
from __future__ import annotations

from typing import Optional


CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}


PLACE_TYPES = {"GPE", "LOC", "FAC"}


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


def keys_of_subjects(root, mentions) -> list[str]:
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


def location_of(root, mentions) -> Optional[str]:
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


def object_text(root) -> Optional[str]:
    for child in root.children:
        if child.dep_ in ("dobj", "attr", "oprd", "pobj", "prep", "xcomp", "acomp"):
            words = [t.text for t in child.subtree][:12]
            return " ".join(words)
    return None


def keywords_of(span) -> list[str]:
    return sorted({t.lemma_.lower() for t in span if t.pos_ in CONTENT_POS and not t.is_stop
                   and len(t.text) > 2 and t.lemma_.isalpha()})


SPEECH_LEMMAS = {"say", "tell", "add", "state", "report", "note", "write"}


REPORTING_LEMMAS = SPEECH_LEMMAS | {"announce", "confirm", "claim", "deny", "insist", "warn", "explain",
                                    "estimate", "believe"}
