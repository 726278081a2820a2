"""Near-duplicates (syndicated wire copies, light re-posts) with MinHash LSH.

A copy is not independent corroboration: it is kept, flagged ``copy_of`` the earliest
article it copies, and counted once by ``compare``.
"""
from __future__ import annotations

import logging
import re
import zlib
from functools import lru_cache
from typing import Optional

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SCHEME = "affine32"      # datasketch 2's permutations; a stored sketch is only comparable under the same one
# the shingle hash under them: CRC-32, a C call, where datasketch's default SHA-1 took a
# Python frame per shingle and 40% of the clustering step (its Jaccard estimates are as
# close to the true ones on ECB+ reports); also part of what makes a stored sketch comparable
SHINGLE_HASH = "crc32"
SHINGLE = 5
THRESHOLD = 0.6          # estimated Jaccard of 5-word shingles above which two bodies are copies
_WORD_RE = re.compile(r"\w+")


def _minhash(text: str) -> Optional[MinHash]:
    words = _WORD_RE.findall(text.lower())
    if len(words) < SHINGLE * 4:
        return None       # too short to call anything a copy of it
    mh = MinHash(num_perm=NUM_PERM, seed=1, permutations=_permutations(), scheme=SCHEME, hashfunc=zlib.crc32)
    shingles = map(" ".join, zip(*(words[i:] for i in range(SHINGLE))))     # runs of SHINGLE words, in C
    mh.update_batch(list(map(str.encode, shingles)))
    return mh


@lru_cache(maxsize=1)
def _permutations():
    """The seed's hash permutations, drawn once: MinHash draws them anew for every
    sketch, which cost more than hashing the shingles."""
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


class NearDuplicates:
    def __init__(self):
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.hashes: dict[str, MinHash] = {}
        self.original: dict[str, str] = {}
        self.arrival: dict[str, int] = {}        # order of arrival, to name the earliest of several matches
        self.arrivals = 0

    def find(self, article_id: str, text: str) -> Optional[str]:
        """The earliest stored article this text copies (None if none); remembers the text."""
        mh = _minhash(text)
        if mh is None or article_id in self.hashes:
            return self.original.get(article_id)
        matches = [m for m in self.lsh.query(mh) if self.hashes[m].jaccard(mh) >= THRESHOLD]
        self._remember(article_id, mh)
        if not matches:
            return None
        first = min(matches, key=self.arrival.__getitem__)
        self.original[article_id] = self.original.get(first, first)
        return self.original[article_id]

    def _remember(self, article_id: str, mh: MinHash) -> None:
        self.lsh.insert(article_id, mh)
        self.hashes[article_id] = mh
        self.arrival[article_id] = self.arrivals
        self.arrivals += 1

    def forget(self, article_id: str) -> None:
        if article_id in self.hashes:
            self.lsh.remove(article_id)
            del self.hashes[article_id]
            del self.arrival[article_id]
        self.original.pop(article_id, None)

    def state(self) -> dict:
        return {"scheme": SCHEME, "shingle_hash": SHINGLE_HASH,
                "hashes": {k: v.hashvalues.tolist() for k, v in self.hashes.items()}, "original": self.original}

    @classmethod
    def from_state(cls, state: dict) -> "NearDuplicates":
        dedup = cls()
        dedup.original = dict(state["original"])
        if state.get("shingle_hash", "sha1") != SHINGLE_HASH:
            # no text to sketch them again from: the stored articles are not matched as originals
            logging.getLogger(__name__).warning(
                "near-duplicates: %d stored sketches were made with another hash; dropped", len(state["hashes"]))
            return dedup
        for article_id, values in state["hashes"].items():
            mh = MinHash(num_perm=NUM_PERM, seed=1, hashvalues=np.array(values, dtype=np.uint64),
                         permutations=_permutations(), scheme=state.get("scheme", SCHEME))
            dedup._remember(article_id, mh)
        return dedup
