"""Typed records passed between the stages.

Each stage takes records from this module and returns records from this module;
nothing else crosses a stage boundary. Every record derived from text carries the
id of the article it came from and a ``span``: ``(start, end)`` character offsets
into that article's ``body``. Records are plain dataclasses so they are cheap to
build in hot loops; ``to_dict``/``from_dict`` give their JSON form for the store,
and ``pydantic.TypeAdapter`` turns the output records into the shipped JSON Schema.
"""
from __future__ import annotations

import dataclasses
import datetime
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Literal, Optional

Span = tuple[int, int]
Granularity = Literal["instant", "minute", "hour", "day", "week", "month", "season",
                      "quarter", "half", "year", "decade", "century", "unknown"]


@dataclass
class RawDocument:
    """Bytes as they arrived, decoded to text, with whatever the container told us."""
    id: str                      # content address: sha256 of the content, 20 hex chars
    source: str                  # path (and record number) it came from
    media_type: Literal["html", "text"]
    content: str
    url: Optional[str] = None
    hints: dict = field(default_factory=dict)  # outlet/published/title/source_id given by a JSONL or feed


@dataclass
class Article:
    id: str
    body: str
    title: Optional[str] = None
    published: Optional[str] = None        # ISO 8601
    published_precision: Optional[Granularity] = None
    modified: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    section: Optional[str] = None
    language: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    source_id: Optional[str] = None
    source: Optional[str] = None           # where the raw document came from


@dataclass
class Sentence:
    article_id: str
    index: int
    span: Span
    text: str


@dataclass
class Mention:
    """An entity mention; ``key`` is the canonical key shared across articles."""
    article_id: str
    span: Span
    text: str
    type: str                              # PERSON, ORG, GPE, LOC, NORP, EVENT, FAC, ...
    key: str
    canonical: str                         # display name of the canonical entity
    titles: list[str] = field(default_factory=list)   # "Chinese President"


@dataclass
class Entity:
    key: str
    name: str
    type: str
    titles: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    mentions: int = 0


@dataclass
class TimeExpression:
    article_id: str
    span: Span
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: Optional[str]                   # TIMEX3 value: 2025-09-03, 2025-W36, P3D, XXXX-WXX-1 ...
    granularity: Granularity
    anchor: Literal["absolute", "publication", "event", "none"] = "absolute"
    relation: Literal["on", "before", "after"] = "on"


@dataclass
class Quantity:
    article_id: str
    span: Span
    text: str
    value: float
    unit: Optional[str]                    # what is counted: "agreements", "dead", "%"
    approx: Optional[str] = None           # "up to", "about", "more than" ... kept verbatim
    ordinal: bool = False
    high: Optional[float] = None           # upper end of a range ("$140-150 million"); value is the lower
    versus: Optional[float] = None         # other side of a score or a record ("a 14-0 lead", "29-of-34")


@dataclass
class Quote:
    article_id: str
    span: Span                             # the quoted content
    text: str
    kind: Literal["direct", "indirect", "according_to", "reported_by", "stance", "scare"]
    speaker: Optional[str] = None          # canonical name of the speaker
    speaker_key: Optional[str] = None
    speaker_span: Optional[Span] = None
    cue: Optional[str] = None
    cue_span: Optional[Span] = None


@dataclass
class SentenceRef:
    """A sentence of an article, by its span."""
    article: str
    span: Span


@dataclass
class EventTime:
    """When a claim says its event happens; ``relation`` 'before' means 'on or before'."""
    value: str
    granularity: Granularity
    relation: Literal["on", "before", "after"] = "on"
    basis: Literal["explicit", "publication", "relative", "anaphora", "story"] = "explicit"
    text: Optional[str] = None
    span: Optional[Span] = None
    counted_from: Optional[SentenceRef] = None   # the sentence that gives the day this one is counted from


@dataclass
class EventAnchor:
    """The event a claim's own is placed against ('met before the signing', 'on the eve of
    the parade') when the claim's article gives that event no day: another report of the
    story may. The claim's event falls ``relation`` that day, or, with ``days``, on the day
    that many days from it ('the day before': -1)."""
    nouns: list[str]                          # lemmas that name the event ('signing', 'ceremony')
    names: list[str]                          # the names its phrase gives ('Williams' arrest': Williams)
    relation: Literal["on", "before", "after"]
    days: int
    text: str
    span: Span

    def told_by(self, claim: "Claim") -> bool:
        """Whether the claim dates this event to a day in its own words, as a fact (not
        'will likely be resolved during the week'): its verb tells the event ('the
        signing': signed) or a noun of its event does (``names_of_event``), and it names
        what singles the event out ('after his win in Oklahoma', 'Williams' arrest')."""
        time = claim.time
        if claim.event_noun is not None or claim.modality == "hedged" or time is None or (
                time.basis, time.granularity, time.relation) != ("explicit", "day", "on") or (
                self.names and not any(name in claim.text for name in self.names)):
            return False
        verbs = {form for noun in self.nouns if noun.endswith("ing")
                 for form in (noun[:-3], noun[:-3] + "e", noun[:-4])}
        return claim.predicate in verbs or not set(self.nouns).isdisjoint(claim.names_of_event)

    def time_for(self, claim: "Claim", told: "Claim", basis: str) -> Optional["EventTime"]:
        """The claim's time, counted from the day the ``told`` claim gives its anchor's
        event; None when that day contradicts what the claim's report implies (told as done
        by the day it was published, its event cannot come after that day)."""
        when = datetime.date.fromisoformat(told.time.value[:10]) + datetime.timedelta(days=self.days)
        implied = claim.time
        if implied is not None and (implied.relation, implied.granularity) == ("before", "day") and \
                self.relation != "before" and when > datetime.date.fromisoformat(implied.value[:10]):
            return None
        return EventTime(when.isoformat(), "day", self.relation, basis, self.text, self.span,
                         SentenceRef(told.article_id, told.span))


@dataclass
class Claim:
    article_id: str
    sentence: int
    span: Span
    text: str
    actors: list[str] = field(default_factory=list)        # canonical keys of the subjects
    entities: list[str] = field(default_factory=list)      # every entity key in the sentence
    predicate: Optional[str] = None                         # lemma of the main verb
    object: Optional[str] = None
    time: Optional[EventTime] = None
    places: list[str] = field(default_factory=list)        # canonical keys
    location: Optional[str] = None                          # where the main event happens ("in X")
    quantities: list[Quantity] = field(default_factory=list)
    source: Optional[str] = None                            # canonical key of who it is attributed to
    source_span: Optional[Span] = None                      # the source's phrase, named or not ('a spokesman')
    polarity: Literal["positive", "negative"] = "positive"
    negated: list[str] = field(default_factory=list)        # lemmas of every negated verb in the sentence
    modality: Literal["asserted", "expected", "hedged"] = "asserted"
    tense: Literal["past", "present", "future"] = "present"
    keywords: list[str] = field(default_factory=list)       # content lemmas, for alignment
    undated_events: list[str] = field(default_factory=list) # verbs of clauses its time does not date ('after becoming')
    time_event: Optional[str] = None                        # verb of a clause joined to its own that its time dates
    event_noun: Optional[str] = None                        # set on claims derived from "the eve of <event>"
    names_of_event: list[str] = field(default_factory=list) # lemmas naming the event it dates to a day (see EventAnchor.told_by)
    anchor: Optional[EventAnchor] = None                    # the undated event it is placed against


@dataclass
class Analysis:
    article_id: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[TimeExpression] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    reference_date: Optional[str] = None    # what relative dates were resolved against


@dataclass
class Story:
    id: str
    article_ids: list[str] = field(default_factory=list)
    copies: dict[str, str] = field(default_factory=dict)    # article id -> id of the article it copies


# ---- story output (the brief) ------------------------------------------------------------

@dataclass
class StyleSignal:
    name: str
    value: float
    evidence: list[dict] = field(default_factory=list)       # {"span", "text"}


@dataclass
class ArticleBrief:
    id: str
    source_id: Optional[str]
    outlet: Optional[str]
    url: Optional[str]
    title: Optional[str]
    published: Optional[str]
    authors: list[str]
    section: Optional[str]
    body: str
    copy_of: Optional[str]
    style: dict[str, StyleSignal]
    source: Optional[str] = None          # the file (and record) it was ingested from


@dataclass
class EntityBrief:
    name: str
    type: str
    key: str
    titles: list[str]
    articles: list[str]


@dataclass
class QuoteBrief:
    speaker: Optional[str]
    text: str
    article: str
    span: Span
    kind: str
    cue: Optional[str] = None


@dataclass
class TimelineEntry:
    date: str
    precision: Granularity
    what: str
    articles: list[str]
    relation: str = "on"
    counted_from: Optional[ClaimRef] = None     # the report sentence that gives the day it is counted from


@dataclass
class ClaimRef:
    article: str
    outlet: Optional[str]
    text: str
    span: Span


@dataclass
class ConflictValue:
    article: str
    outlet: Optional[str]
    value: str
    text: str
    span: Span


@dataclass
class Conflict:
    slot: Literal["date", "number", "place", "person", "polarity"]
    values: list[ConflictValue]
    update: bool = False          # a later report revising an earlier one, not a dispute
    explanation: str = ""


@dataclass
class Fact:
    id: str
    status: Literal["corroborated", "disputed", "single-source"]
    statement: str
    claims: list[ClaimRef]
    conflicts: list[Conflict] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)


@dataclass
class OutletProfile:
    outlet: str
    articles: list[str]
    signals: dict[str, float]


@dataclass
class StoryBrief:
    id: str
    title: str
    articles: list[ArticleBrief]
    entities: list[EntityBrief]
    quotes: list[QuoteBrief]
    timeline: list[TimelineEntry]
    facts: list[Fact]
    outlets: list[OutletProfile]


# ---- (de)serialisation ------------------------------------------------------------------

def to_dict(record) -> dict:
    """JSON-ready dict of a record (tuples become lists)."""
    return dataclasses.asdict(record)


def from_dict(cls, data):
    """Rebuild a record (recursively) from its ``to_dict`` form."""
    return _coerce(cls, data)


def _coerce(tp, value):
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _coerce(inner[0], value) if len(inner) == 1 else value
    if dataclasses.is_dataclass(tp):
        return tp(**{name: _coerce(hint, value[name]) for name, hint in _fields_of(tp) if name in value})
    if origin is list:
        (inner,) = typing.get_args(tp)
        return [_coerce(inner, v) for v in value]
    if origin is dict:
        _, inner = typing.get_args(tp)
        return {k: _coerce(inner, v) for k, v in value.items()}
    if origin is tuple:
        return tuple(value)
    return value


@functools.lru_cache(maxsize=None)
def _fields_of(record_type) -> tuple:
    """A record type's fields with their types, read once: ``get_type_hints`` resolves the
    annotations anew on every call, and that was most of the time of reading a store."""
    hints = typing.get_type_hints(record_type)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(record_type))


def story_schema() -> dict:
    """JSON Schema of the per-story output, generated from the records."""
    from pydantic import TypeAdapter
    schema = TypeAdapter(StoryBrief).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "newsweave story brief"
    return schema
