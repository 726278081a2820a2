"""Entity mentions with canonical keys.

spaCy finds the mentions; we fix its known slips (a possessive "’s" inside the span,
an acronym bracket cut in half, lower-case fragments) and give each mention a key
that is the same for "Xi", "President Xi" and "Xi Jinping" within an article, and the
same across articles for the same full name. Titles ("Chinese President") are kept as
attributes, never as part of the name.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from newsweave.model import Mention

KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "chancellor", "premier", "king", "queen", "prince",
    "princess", "senator", "sen.", "rep.", "representative", "governor", "gov.", "mayor", "secretary",
    "general", "gen.", "chief", "executive", "ceo", "chairman", "chairwoman", "chair", "director",
    "spokesman", "spokeswoman", "spokesperson", "leader", "judge", "justice", "ambassador", "pope",
    "dr.", "mr.", "mrs.", "ms.", "professor", "prof.", "commissioner", "sheriff", "officer", "coach",
    "captain", "colonel", "col.", "lieutenant", "lt.", "sgt.", "sergeant", "foreign", "defense",
    "defence", "interior", "finance", "state", "supreme", "head", "founder", "manager", "inspector",
    "superintendent", "attorney", "police", "minister-president", "emir", "sheikh", "ayatollah",
}
# Country-name variants are general knowledge, not tuned to any text.
GPE_ALIASES = {
    "us": "united states", "usa": "united states",          # also "U.S.", "U.S.A.": keys drop initials' dots
    "america": "united states", "uk": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "prc": "china", "people's republic of china": "china",
    "uae": "united arab emirates",
    "dprk": "north korea", "rok": "south korea",
}
_POSSESSIVE_RE = re.compile(r"(?:['’]s|['’])$")
_INNER_POSSESSIVE_RE = re.compile(r"^[^'’]+['’]s\s+(?=[A-Z])")
_UNCLOSED_QUOTE_RE = re.compile(r'^[^“"]*[“"](?=[^”"]*$)')      # up to an opening mark never closed
_INITIAL_RE = re.compile(r"\b([^\W\d_])\.")              # "j." -> "j" (a letter: "Web 2.0" keeps its point)
_INITIALS_RUN_RE = re.compile(r"\b([^\W\d_]) (?=[^\W\d_]\b)")   # "a j smith" -> "aj smith"
_ACRONYM_RE = re.compile(r"^(?P<long>.+?)\s*\((?P<short>[A-Z][A-Za-z0-9&.\-]{1,9})\)?$")


def normalise(name: str) -> str:
    """The comparable form of a name: lower case, no accents, initials written one way
    ('A.J. Smith', 'A. J. Smith' and 'AJ Smith' are 'aj smith')."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = name.lower().replace("’", "'").replace("-", " ")
    name = re.sub(r"[^\w' .&]", "", name)
    name = _INITIAL_RE.sub(r"\1", name)
    name = _INITIALS_RUN_RE.sub(r"\1", name)
    return re.sub(r"\s+", " ", name).strip(" .")


_WEB_ADDRESS_RE = re.compile(r"://|\bwww\.|\.(?:com|org|net|co)/", re.I)     # not 'Amazon.com', 'AC/DC'


def mentions_from_doc(doc, article_id: str) -> list[Mention]:
    """Cleaned mentions with keys resolved within the article."""
    raw: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        raw.extend(_clean(doc, ent, article_id))
    raw += _untagged_surnames(doc, raw, article_id)
    raw.sort(key=lambda m: m.span)
    return _link_within_article(raw)


def _untagged_surnames(doc, mentions: list[Mention], article_id: str) -> list[Mention]:
    """The small model misses a bare surname it tags elsewhere ('Paradis agrees. She said
    ...'): a proper noun spelling the surname of a person the article names in full, in no
    other mention, is that person (linked to the full name like any other)."""
    surnames = {m.text.split()[-1] for m in mentions if m.type == "PERSON" and " " in m.text}
    taken = {i for m in mentions for i in range(*m.span)}
    return [Mention(article_id, (t.idx, t.idx + len(t)), t.text, "PERSON", "", t.text, _titles_before(doc, t.idx))
            for t in doc if t.pos_ == "PROPN" and t.text in surnames and t.idx not in taken]


def _clean(doc, ent, article_id: str) -> list[Mention]:
    text, start = ent.text, ent.start_char
    text = _POSSESSIVE_RE.sub("", text)
    label = ent.label_
    inner = _INNER_POSSESSIVE_RE.search(text)
    if inner and label not in ("PERSON",):
        start += inner.end()          # "Japan’s World War II": the possessor is not part of the name
        text = text[inner.end():]
    if not text or not any(ch.isupper() for ch in text[:1] + text) or _WEB_ADDRESS_RE.search(text):
        return []                     # lower-case fragments and web addresses ('pic.twitter.com/4p7SXk7JPW') are parser noise
    acronym = _ACRONYM_RE.match(text)
    if acronym and label in ("ORG", "GPE", "LOC", "FAC", "EVENT", "LAW"):
        long_form, short = acronym.group("long"), acronym.group("short")
        short_start = start + text.index(short, len(long_form))
        key = normalise(short)
        name = f"{re.sub(r'^the ', '', long_form, flags=re.I)} ({short})"
        return [Mention(article_id, (start, start + len(long_form)), long_form, label, key, name),
                Mention(article_id, (short_start, short_start + len(short)), short, label, key, name)]
    unclosed = _UNCLOSED_QUOTE_RE.match(text)
    if unclosed:                      # 'the “Safe Ride Solutions': the name starts inside the quotation
        start += unclosed.end()
        text = text[unclosed.end():]
    stripped = text.strip("()[]{}“”\" ")
    span = (start + text.find(stripped), start + text.find(stripped) + len(stripped))
    text = stripped
    if label == "PERSON":
        if _after_possessive_determiner(doc, ent):
            return []
        lead = next((t for t in ent if t.pos_ not in ("VERB", "AUX")), None)
        if lead is None:
            return []
        if lead.idx > span[0]:        # 'Having Jackman host ...': a name opens on no verb
            text, span = text[lead.idx - span[0]:], (lead.idx, span[1])
        end = _NOT_IN_A_NAME_RE.search(text)
        if end:                       # 'Aiden Haig 1 goal', 'Christopher D. Battin: Dealing': a name ends there
            text = text[:end.start()].rstrip(" ,;-–")
            span = (span[0], span[0] + len(text))
        text, span, titles = _strip_leading_titles(text, span)
        if not text:
            return []
    else:
        titles = []
    titles = _titles_before(doc, span[0]) + titles
    return [Mention(article_id, span, text, label, "", text, titles)]


# What ends a person's name in a results table, a listing or a headline the model ran on into.
_NOT_IN_A_NAME_RE = re.compile(r"\s+\S*\d|\s*[:@|*®©™]")


_POSSESSIVE_DETERMINERS = frozenset("his her their its my our your".split())


def _after_possessive_determiner(doc, ent) -> bool:
    """'his Oscar role', 'her Emmy win': one word after 'his' or 'her', modifying a noun, is
    no person (the model tags 'Oscar' so, and 'he said' was then resolved to it)."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    return (len(ent) == 1 and before is not None and before.lower_ in _POSSESSIVE_DETERMINERS
            and ent.root.dep_ in ("compound", "amod", "nmod") and ent.root.head.pos_ == "NOUN")


def _strip_leading_titles(text: str, span):
    words = text.split()
    titles = []
    while len(words) > 1 and words[0].lower() in TITLE_WORDS:
        titles.append(words.pop(0))
    if not titles:
        return text, span, []
    new_text = " ".join(words)
    start = span[0] + text.index(new_text)
    return new_text, (start, start + len(new_text)), [" ".join(titles)]


def _titles_before(doc, char_start: int) -> list[str]:
    """'Chinese President Xi' -> ['Chinese President']: title words (and a nationality) just before."""
    span = doc.char_span(char_start, char_start + 1, alignment_mode="expand")   # the mention's first token
    if not span:
        return []
    token = span[0]
    words = []
    i = token.i - 1
    while i >= 0 and (doc[i].lower_ in TITLE_WORDS or (words and doc[i].ent_type_ in ("NORP", "GPE")
                                                          and doc[i].is_title)):
        words.insert(0, doc[i].text)
        i -= 1
    return [" ".join(words)] if any(w.lower() in TITLE_WORDS for w in words) else []


def _link_within_article(mentions: list[Mention]) -> list[Mention]:
    """Short person names join the longest full name that contains them, and of two as long
    ('Greg McDermott', 'Doug McDermott') the one named first, so every run links alike;
    others key on themselves."""
    _retype_surnames(mentions)
    named = list(dict.fromkeys(m.text for m in mentions if m.type == "PERSON"))     # in order of first mention
    people = sorted(named, key=len, reverse=True)                                   # stable: ties keep that order
    acronyms = {m.text: m for m in mentions if m.key and m.text.isupper()}
    full_for: dict[str, str] = {}
    for name in people:
        parts = set(normalise(name).split())
        full = next((longer for longer in people if len(longer) > len(name)
                     and parts <= set(normalise(longer).split())), None)
        full_for[name] = full_for.get(full, full) if full else name
    titles_of: dict[str, list[str]] = {}
    for m in mentions:
        if m.type == "PERSON":
            m.canonical = full_for[m.text]
            titles_of.setdefault(m.canonical, [])
            titles_of[m.canonical] += [t for t in m.titles if t not in titles_of[m.canonical]]
    for m in mentions:
        if m.key:
            continue
        if m.type == "PERSON":
            m.key = normalise(m.canonical)
            m.titles = titles_of[m.canonical]
        elif m.text in acronyms:
            m.key, m.canonical = acronyms[m.text].key, acronyms[m.text].canonical
        else:
            m.key = entity_key(m.text, m.type)
    return mentions


def _retype_surnames(mentions: list[Mention]) -> None:
    """The small model often tags a bare surname ('Varga said') as ORG or GPE; when the
    article names a person with that surname, it is that person."""
    name_parts = {part for m in mentions if m.type == "PERSON" and " " in m.text for part in m.text.split()[1:]}
    for m in mentions:
        if m.type in ("ORG", "GPE", "NORP") and " " not in m.text and m.text in name_parts:
            m.type = "PERSON"


def entity_key(text: str, label: str) -> str:
    key = re.sub(r"^the ", "", normalise(text))
    if label in ("GPE", "LOC", "NORP"):
        key = GPE_ALIASES.get(key, key)
    return key


def person_at(mentions: list[Mention], start: int, end: int) -> Optional[Mention]:
    for m in mentions:
        if m.type == "PERSON" and m.span[0] < end and start < m.span[1]:
            return m
    return None
