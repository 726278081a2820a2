"""Which lines of a flattened page are the article: a small line model, and its training.

Rules alone (see :mod:`.flat`) pick the best run of prose lines, which fails where a
comment thread or a teaser column is also prose. Here each line is described by its own
shape (length, sentence ends, capitals, the page's own function words, chrome words),
how much of its vocabulary the page's prose shares, its neighbourhood (prose density
around it), where it sits relative to the repeated page title, and whether the rules'
run holds it; a few one-hidden-layer networks score it, and a two-state Viterbi pass
keeps the body in few contiguous blocks.

The weights (``flat_model.json``, a few kB) are trained on the ScrapingHub benchmark's
flattened pages with ``newsweave bench train-flat``; ``newsweave bench extraction
--flat`` scores the model by cross-validation (each page by a model that never saw it).
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

MODEL_PATH = Path(__file__).with_name("flat_model.json")
SWITCH_COST = 1.5          # Viterbi: what entering or leaving the body costs, in logit units
_TOKEN_RE = re.compile(r"\w+", re.U)
_SEPARATORS_RE = re.compile(r"[|»›>•·]")
KINDS = ("prose", "short", "icon", "byline", "date", "end")


def line_features(texts: Sequence[str], kinds: Sequence[str], rule_span: Optional[tuple[int, int]],
                  chrome_words: re.Pattern, sentence_end: re.Pattern, title_index: Optional[int]) -> np.ndarray:
    """One row per (non-blank) line; see the module docstring for what the columns say."""
    n = len(texts)
    tokens = [_TOKEN_RE.findall(t) for t in texts]
    page_words = Counter(w.lower() for ws in tokens for w in ws)
    function_words = {w for w, _ in page_words.most_common(40) if not w.isdigit()}
    counts = Counter(texts)
    rows = []
    for i, (text, words, kind) in enumerate(zip(texts, tokens, kinds)):
        nw = len(words)
        alpha = [w for w in words if not w.isdigit()]
        ends = 1.0 if sentence_end.search(text) else 0.0
        after_title = i - title_index if title_index is not None else None
        rows.append([
            math.log1p(nw), ends, 1.0 if nw >= 12 and ends else 0.0,
            sum(w[:1].isupper() for w in alpha) / max(1, len(alpha)),
            sum(c.isdigit() for c in text) / max(1, len(text)),
            min(3, len(chrome_words.findall(text))), min(3, len(_SEPARATORS_RE.findall(text))),
            i / n, 1.0 if counts[text] > 1 else 0.0, math.log1p(len(text)),
            1.0 if text[:1].islower() else 0.0, text.count(",") / max(1, nw),
            sum(w.lower() in function_words for w in words) / max(1, nw),
            1.0 if rule_span and rule_span[0] <= i <= rule_span[1] else 0.0,
            sum(len(w) for w in words) / max(1, nw) / 10,
            sum(c in ".,;:" for c in text) / max(1, len(text)) * 10,
            1.0 if i > 0 and kinds[i - 1] == "date" else 0.0,
            *[1.0 if kind == k else 0.0 for k in KINDS],
            1.0 if after_title is not None and after_title > 0 else 0.0,
            1.0 if after_title is not None and 0 < after_title <= 3 else 0.0,
            math.exp(-after_title / 30) if after_title is not None and after_title > 0 else 0.0,
        ])
    base = np.column_stack([np.array(rows, dtype=float), _topicality(tokens, kinds, function_words)])
    prose, length, topical = base[:, 2], base[:, 0], base[:, -1]
    context = [_moving_average(v, r) for r in (2, 5, 15) for v in (prose, length, topical)]
    cumulative = np.cumsum(prose) / max(1.0, prose.sum())
    return np.column_stack([base, *context, np.r_[0, prose[:-1]], np.r_[prose[1:], 0], cumulative])


def _topicality(tokens: list[list[str]], kinds: Sequence[str], function_words: set[str]) -> np.ndarray:
    """Share of a line's content words that the page's other prose lines also use: an
    article's subheads and list items echo its prose, a teaser for another story does not."""
    content = [{w.lower() for w in ws if len(w) > 3 and not w.isdigit()} - function_words for ws in tokens]
    prose_words = Counter(w for words, kind in zip(content, kinds) if kind == "prose" for w in words)
    out = []
    for words, kind in zip(content, kinds):
        own = 1 if kind == "prose" else 0
        out.append(sum(prose_words[w] - own > 0 for w in words) / len(words) if words else 0.0)
    return np.array(out)


def _moving_average(values: np.ndarray, radius: int) -> np.ndarray:
    sums = np.r_[0, np.cumsum(values)]
    i = np.arange(len(values))
    lo, hi = np.maximum(0, i - radius), np.minimum(len(values), i + radius + 1)
    return (sums[hi] - sums[lo]) / (hi - lo)


@dataclass
class Network:
    """One hidden layer over standardised features: a line's logit of being body."""
    mean: np.ndarray
    scale: np.ndarray
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: float

    def logits(self, features: np.ndarray) -> np.ndarray:
        hidden = np.maximum(0.0, ((features - self.mean) / self.scale) @ self.w1 + self.b1)
        return hidden @ self.w2 + self.b2


@dataclass
class LineModel:
    """Networks trained from different seeds: their mean logit is steadier than any one's
    (one network's choice on a hard page swings with its seed)."""
    networks: list[Network]

    def logits(self, features: np.ndarray) -> np.ndarray:
        return np.mean([net.logits(features) for net in self.networks], axis=0)

    def to_json(self) -> str:
        return json.dumps([{k: (v.tolist() if isinstance(v, np.ndarray) else v) for k, v in vars(net).items()}
                           for net in self.networks])

    @classmethod
    def from_json(cls, text: str) -> "LineModel":
        return cls([Network(**{k: (np.array(v) if isinstance(v, list) else v) for k, v in data.items()})
                    for data in json.loads(text)])


@lru_cache(maxsize=1)
def shipped_model() -> Optional[LineModel]:
    return LineModel.from_json(MODEL_PATH.read_text()) if MODEL_PATH.exists() else None


def body_lines(logits: np.ndarray, switch_cost: float = SWITCH_COST) -> list[bool]:
    """Two-state Viterbi (outside / inside the body): a line inside earns its logit, each
    entry or exit costs ``switch_cost``, so a lone teaser line does not split the body."""
    n = len(logits)
    if n == 0:
        return []
    score = np.zeros((n, 2))
    back = np.zeros((n, 2), dtype=int)
    score[0] = [0.0, logits[0] - switch_cost]
    for i in range(1, n):
        stay_out, enter = score[i - 1, 0], score[i - 1, 0] - switch_cost
        leave, stay_in = score[i - 1, 1] - switch_cost, score[i - 1, 1]
        back[i, 0], score[i, 0] = (0, stay_out) if stay_out >= leave else (1, leave)
        back[i, 1], score[i, 1] = (0, enter) if enter > stay_in else (1, stay_in)
        score[i, 1] += logits[i]
    state = int(np.argmax(score[-1]))
    path = [state]
    for i in range(n - 1, 0, -1):
        state = back[i, state]
        path.append(state)
    return [bool(s) for s in reversed(path)]


def train(features: list[np.ndarray], labels: list[np.ndarray], members: int = 5) -> LineModel:
    return LineModel([_train_network(features, labels, seed=seed) for seed in range(members)])


def _train_network(features: list[np.ndarray], labels: list[np.ndarray], seed: int, hidden: int = 16,
                   epochs: int = 30) -> Network:
    """Adam on the logistic loss, mini-batches of 256 lines; features standardised."""
    x = np.vstack(features)
    y = np.concatenate(labels).astype(float)
    mean, scale = x.mean(0), x.std(0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    rng = np.random.default_rng(seed)
    params = [rng.normal(0, 1 / np.sqrt(z.shape[1]), (z.shape[1], hidden)), np.zeros(hidden),
              rng.normal(0, 1 / np.sqrt(hidden), hidden), np.zeros(1)]
    moments = [np.zeros_like(p) for p in params]
    squares = [np.zeros_like(p) for p in params]
    step = 0
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), 256):
            batch = order[start:start + 256]
            grads = _gradients(params, z[batch], y[batch])
            step += 1
            for k, g in enumerate(grads):
                moments[k] = 0.9 * moments[k] + 0.1 * g
                squares[k] = 0.999 * squares[k] + 0.001 * g * g
                params[k] -= 0.01 * (moments[k] / (1 - 0.9 ** step)) / (np.sqrt(squares[k] / (1 - 0.999 ** step)) + 1e-8)
    return Network(mean, scale, params[0], params[1], params[2], float(params[3][0]))


def _gradients(params, z: np.ndarray, y: np.ndarray, l2: float = 1e-4) -> list[np.ndarray]:
    w1, b1, w2, b2 = params
    hidden = np.maximum(0.0, z @ w1 + b1)
    p = 1 / (1 + np.exp(-(hidden @ w2 + b2[0])))
    d_out = (p - y) / len(y)
    d_hidden = np.outer(d_out, w2) * (hidden > 0)
    return [z.T @ d_hidden + l2 * w1, d_hidden.sum(0), hidden.T @ d_out + l2 * w2, np.array([d_out.sum()])]
