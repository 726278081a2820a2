"""How far a text supports a claim about it: the content words the claim adds.

A claim that adds no content word to its source restates it. One that adds a few has
most likely swapped something (a name, a number, a relation) inside an otherwise
faithful sentence: a contradiction. One that adds many brings in what the source never
said: unsupported. This is a measurement with an explanation (the added words), not a
reading of meaning; the bands that turn the count into a verdict are parameters, and
`newsweave bench consistency` fits them by cross-fitting, never on the pairs it scores.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_WORD_RE = re.compile(r"[a-z0-9]+")
# Words that say nothing about what a sentence reports (also what frames a count, in .conflicts)
FUNCTION_WORDS = frozenset("""a an the of in on at to for by with and or but from as than that this these those
it its he she they his her their was were is are be been has have had will would who which said says about
some""".split())


@dataclass
class Support:
    added: list[str]              # content words of the claim its source never uses


@dataclass
class Bands:
    restates: int = 1             # fewer added words than this: consistent
    swaps: int = 6                # fewer than this (and not consistent): contradiction; else unsupported


def support(claim_text: str, source_text: str) -> Support:
    source = set(_WORD_RE.findall(source_text.lower()))
    words = [w for w in _WORD_RE.findall(claim_text.lower()) if w not in FUNCTION_WORDS]
    return Support([w for w in dict.fromkeys(words) if w not in source])


def verdict(found: Support, bands: Bands) -> str:
    if len(found.added) < bands.restates:
        return "consistent"
    return "contradiction" if len(found.added) < bands.swaps else "unsupported"
