"""Whether a verb with a subject and something it reports is a cue of attribution.

The quote reader finds, for any verb, who is its subject and what it reports (a clause,
'called for X', 'criticized X'). A list of speech verbs used to decide which of these
readings are attributions. The list misses verbs that attribute in one use ('pleaded
guilty to X', 'responded first') and lets through uses of listed verbs that do not
('wants a bigger role', 'see what happens'): on PolNeAR train, four in ten of the listed
verbs' readings are not cues. Here a logistic model over the parse decides, from the
verb and its role in the sentence, its subject, and the shape of what it reports.

The weights (``cue_model.json``) are trained on PolNeAR train with
``newsweave bench train-cues``; the training rows are every reading the quote reader makes
outside quotation marks, labelled by whether the verb is inside a gold cue.
"""
from __future__ import annotations

import json
import math
import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

MODEL_PATH = Path(__file__).with_name("cue_model.json")
_CONTENT_DEPS = ("ccomp", "dobj", "xcomp", "nsubjpass", "agent")
_NAMED_SUBJECTS = ("PROPN", "NOUN")
_MIN_WEIGHT = 0.01          # lighter weights change no decision worth keeping in the shipped file


def features(verb, subject, kind: str, content: str, listed: bool) -> list[str]:
    """The reading's description: the verb (its lemma, and the lemma with each of its
    roles), its children, its subject, and how what it reports begins. ``listed``: the verb
    is in the speech verb list. Of what is reported only the opening word is kept (a
    capitalised one as '<Cap>'), so that the model learns how attribution is said, not what
    the training news was about."""
    lemma = verb.lemma_.lower()
    out = [f"lemma={lemma}", f"listed={listed}", f"dep={verb.dep_}", f"tag={verb.tag_}", f"kind={kind}",
           f"lemma|kind={lemma}|{kind}", f"lemma|dep={lemma}|{verb.dep_}",
           f"head_dep={verb.head.dep_}", f"head_pos={verb.head.pos_}"]
    for child in verb.children:
        if child.dep_ in ("prep", "prt", "aux", "mark"):
            out.append(f"child={child.dep_}:{child.lower_}")
            if child.dep_ in ("prep", "prt"):
                out.append(f"lemma|{child.dep_}={lemma}|{child.lower_}")
        else:
            out.append(f"child={child.dep_}")
            if child.dep_ in _CONTENT_DEPS:
                out.append(f"lemma|child={lemma}|{child.dep_}")
    out += _subject_features(subject, verb, lemma)
    words = content.split()
    first = words[0].strip("“\"‘'") if words else ""
    out += [f"content_first={'<Cap>' if first[:1].isupper() else first.lower()}",
            f"content_len={min(len(words), 20) // 5}", f"content_quote={'“' in content or '”' in content}"]
    return out


def _subject_features(subject, verb, lemma: str) -> list[str]:
    """Its kind (a named person, a poll's share, 'he', 'I'), and where it stands."""
    kind = subject.ent_type_ or subject.pos_
    out = [f"subj_pos={subject.pos_}", f"subj_ent={subject.ent_type_ or '-'}", f"subj_dep={subject.dep_}",
           f"subj_direct={subject.head.i == verb.i}", f"subj_before={subject.i < verb.i}",
           f"lemma|subj={lemma}|{kind}"]
    if subject.pos_ == "NOUN":
        out.append(f"subj_lemma={subject.lemma_.lower()}")
    elif subject.pos_ not in _NAMED_SUBJECTS and not subject.like_num:
        out.append(f"subj_word={subject.lower_}")
    return out


@dataclass
class CueModel:
    weights: dict[str, float]
    bias: float

    def probability(self, description: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in description)
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        kept = {f: round(w, 3) for f, w in sorted(self.weights.items()) if abs(w) >= _MIN_WEIGHT}
        return json.dumps({"bias": round(self.bias, 4), "weights": kept}, indent=0)

    @classmethod
    def from_json(cls, text: str) -> "CueModel":
        data = json.loads(text)
        return cls(data["weights"], data["bias"])


@lru_cache(maxsize=1)
def shipped_cue_model() -> CueModel:
    return CueModel.from_json(MODEL_PATH.read_text())


def train(rows: list[tuple[list[str], bool]], epochs: int = 8, l2: float = 1e-5, rate: float = 0.2,
          seed: int = 0, min_count: int = 3) -> CueModel:
    """Logistic regression by Adagrad over the rows in a seeded shuffle: sparse string
    features, so one pass over a row touches only its own twenty or so weights. A feature
    seen fewer than ``min_count`` times is left out: its weight would learn those rows."""
    counts = Counter(f for description, _ in rows for f in description)
    rows = [([f for f in description if counts[f] >= min_count], label) for description, label in rows]
    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(lambda: 1e-8)
    shuffle = random.Random(seed).shuffle
    bias_key = "<bias>"
    for _ in range(epochs):
        shuffle(rows)
        for description, label in rows:
            z = weights[bias_key] + sum(weights[f] for f in description)
            error = 1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) - float(label)
            for f in (*description, bias_key):
                gradient = error + l2 * weights[f]
                squares[f] += gradient * gradient
                weights[f] -= rate * gradient / math.sqrt(squares[f])
    bias = weights.pop(bias_key)
    return CueModel(dict(weights), bias)
