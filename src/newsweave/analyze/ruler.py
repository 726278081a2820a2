"""The model's attribute ruler, with its one-word rules looked up instead of matched.

``en_core_web_sm`` maps each fine tag to its part of speech and morphology with 179
Matcher patterns, and spaCy's Matcher tries every pattern at every token: on news text
that cost as much as the whole dependency parse. 170 of those patterns test one token's
tag, dependency label, whitespace flag and (listed) lowercase form only, so their
outcome is a function of those four values: it is computed once per distinct
combination, by the same Matcher on a one-word Doc, and then looked up. The few
multi-word patterns ("gon na", "let 's") still run through a Matcher. Same patterns,
same order of application, same annotations (tests compare with the stock ruler).
"""
from __future__ import annotations

from typing import Optional

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

WORD_ATTRS = {"TAG", "LOWER", "DEP", "IS_SPACE"}


class IndexedAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` whose ``match`` gives the stock matches, faster."""

    _index = None

    def add(self, patterns, attrs, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._index = None

    def clear(self) -> None:
        super().clear()
        self._index = None

    def match(self, doc: Doc):
        by_word, multi_word, listed, outcomes = self._indexed()
        strings = self.vocab.strings
        found = list(multi_word(doc, allow_missing=True, as_spans=False))
        columns = doc.to_array([TAG, DEP, IS_SPACE, LOWER]).tolist()
        for i, (tag, dep, space, lower) in enumerate(columns):
            key = (tag, dep, space, lower if lower in listed else None)
            if key not in outcomes:
                outcomes[key] = _word_matches(by_word, tag, dep, strings[lower])
            found.extend((match_id, i, i + 1) for match_id in outcomes[key])
        matches = [(int(strings[match_id]), match_id, start, end) for match_id, start, end in found]
        matches.sort()                      # by rule number: later rules win, as in the stock ruler
        return matches

    def _indexed(self):
        """The one-word patterns, the rest, the lowercase forms the one-word patterns name
        (any other word behaves alike), and the outcomes computed so far (bounded by tags x
        labels x named words)."""
        if self._index is None:
            by_word, multi_word, listed = Matcher(self.vocab), Matcher(self.vocab), set()
            for number in range(len(self.attrs)):
                key = str(number)
                for pattern in self.matcher.get(key)[1]:
                    lowers = _named_lowers(pattern)
                    if lowers is None:
                        multi_word.add(key, [pattern])
                    else:
                        by_word.add(key, [pattern])
                        listed |= {self.vocab.strings.add(word) for word in lowers}
            self._index = (by_word, multi_word, listed, {})
        return self._index


def _named_lowers(pattern) -> Optional[set]:
    """The lowercase forms a one-word pattern names, or None when the pattern is not one
    the lookup can answer (several tokens, other attributes, a regex on the word)."""
    if len(pattern) != 1 or not set(pattern[0]) <= WORD_ATTRS:
        return None
    lower = pattern[0].get("LOWER")
    if lower is None:
        return set()
    if isinstance(lower, str):
        return {lower}
    if isinstance(lower, dict) and set(lower) == {"IN"}:
        return set(lower["IN"])
    return None


def _word_matches(matcher: Matcher, tag: int, dep: int, word: str) -> list:
    strings = matcher.vocab.strings
    doc = Doc(matcher.vocab, words=[word], tags=[strings[tag]] if tag else None,
              deps=[strings[dep]] if dep else None, heads=[0] if dep else None)
    return [match_id for match_id, _, _ in matcher(doc, allow_missing=True)]


@Language.factory("newsweave_attribute_ruler")
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name)


def index_attribute_ruler(nlp: Language) -> None:
    """Replace the model's attribute ruler by the indexed one, with the same patterns."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns
    nlp.replace_pipe("attribute_ruler", "newsweave_attribute_ruler").add_patterns(patterns)
