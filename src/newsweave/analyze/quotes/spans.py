"""Character spans of words and phrases: where a phrase of the parse starts and ends once
a dateline, a line break or a closing quotation mark cuts it, and small span arithmetic.
"""
from __future__ import annotations

from typing import Optional

from newsweave.analyze.quotes.lexicon import CLOSING_MARKS, DASHES


def phrase_span(token, without=()) -> tuple[int, int]:
    """Character span of the token's subtree, without spaces or punctuation at its edges
    (a bracket it opened stays closed), and without what a line break, a closing quotation
    mark or a dash before the head cuts off (a dateline: "RENO, Nev. (AP) — Republican
    hopeful Donald Trump"). A phrase with an inserted apposition ("Jane Roe, the mayor,")
    keeps the comma that closes it, as attribution corpora do, and the dash that closes an
    aside between dashes. A per cent sign is no punctuation: '42%' keeps it."""
    words = list(token.subtree)
    for clause in without:                  # the relative clause that speaks, and asides (see speakers._asides)
        if clause is not None and token.is_ancestor(clause):
            words = [t for t in words if not (clause.left_edge.i <= t.i <= clause.right_edge.i)] or [token]
    breaks = [i for i, t in enumerate(words) if ("\n" in t.text_with_ws or _ends_quotation(t)) and t.i < token.i
              or t.text in DASHES and (t.i < token.i or _is_dateline(words[:i]))
              or spaced_hyphen(t) and _is_dateline(words[:i])]        # 'ORLANDO, Fla. (Reuters) - '
    words = [t for t in words[breaks[-1] + 1 if breaks else 0:] if not t.is_space] or [token]
    while len(words) > 1 and words[0].is_punct:
        words.pop(0)
    while len(words) > 1 and (words[-1].dep_ == "cc" or words[-1].is_punct and not _closes_bracket(words)
                              and words[-1].text != "%"):
        words.pop()
    if token.dep_ in ("nsubj", "nsubjpass", "appos"):
        words += _closing_mark(words)
    return words[0].idx, words[-1].idx + len(words[-1].text.rstrip())


def _closing_mark(words) -> list:
    """The comma or dash after the phrase that closes an aside opened inside it ("Jane Roe,
    the mayor," and "Kall -- co-editor of a book --"), as a list of none or one token."""
    doc = words[-1].doc
    after = words[-1].i + 1
    if after >= len(doc):
        return []
    mark = doc[after]
    if mark.text == "," or mark.text in DASHES:
        opened = any(t.text == mark.text for t in words)
    else:
        opened = spaced_hyphen(mark) and any(spaced_hyphen(t) for t in words)
    return [mark] if opened else []


def _ends_quotation(token) -> bool:
    """A closing mark after the words' own punctuation ('“... forward,” said'); not one
    closing a title ('“Orange Is the New Black” star Uzo Aduba')."""
    return token.text == "”" and token.i > 0 and token.nbor(-1).is_punct


def _is_dateline(words) -> bool:
    """'RENO, Nev. (AP)', 'WASHINGTON': a place in capitals or an agency in brackets."""
    return bool(words) and (words[-1].text == ")" or (words[0].text.isupper() and len(words[0].text) > 2))


def spaced_hyphen(token) -> bool:
    """A hyphen standing for a dash ('(Reuters) - Obama'), not joining words ('Seitz-Wald')."""
    return token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)


def _closes_bracket(words) -> bool:
    last = words[-1].text
    return last in ")]" and any(t.text == {")": "(", "]": "["}[last] for t in words[:-1])


def skip_spaces(text: str, offset: int) -> int:
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def skip_back(text: str, offset: int, chars: str) -> int:
    while offset > 0 and text[offset - 1] in chars:
        offset -= 1
    return offset


def words_span(words) -> Optional[tuple[int, int]]:
    """Character span from the first of ``words`` to the end of the last (None if none)."""
    return (words[0].idx, words[-1].idx + len(words[-1].text)) if words else None


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def contains(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span without the spaces and line breaks at its ends (a sentence's end takes them),
    nor the comma that joined it to the phrase after it ('X, according to Y': PolNeAR's
    contents end before it 9 times in 10)."""
    start = min(skip_spaces(text, span[0]), span[1])
    return start, max(start, skip_back(text, span[1], " \t\r\n,"))


def sentence_without(sent, start: int, end: int) -> tuple[int, int]:
    """The sentence's content on the longer side of an 'according to X' phrase."""
    text_start, text_end = sent.start_char, sent.end_char
    if start - text_start >= text_end - end:
        return text_start, start - 1 if start > text_start else start
    return end + 1 if end < text_end else end, text_end


def close_quotation(text: str, end: int) -> int:
    """Past the punctuation and the closing mark that end a quotation at ``end``."""
    stop = end
    while stop < len(text):
        if text.startswith("''", stop):
            return stop + 2
        if text[stop] not in ",.!?" + CLOSING_MARKS:
            break
        stop += 1
        if text[stop - 1] in CLOSING_MARKS:
            return stop
    return end
