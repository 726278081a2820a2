"""What every resolver is given (the match and its context) and what the finder keeps."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Callable, Optional


@dataclass
class Found:
    start: int
    end: int
    type: str
    value: Optional[str]
    granularity: str
    anchor: str = "absolute"


# A resolver reads a pattern's match in its context and returns (type, value, granularity,
# anchor), or None when the match is no time expression after all.
Resolver = Callable[[re.Match, "Context"], Optional[tuple[str, Optional[str], str, str]]]


@dataclass
class Context:
    reference: Optional[date]           # publication date, or the article's best stand-in
    tense_at: Callable[[int], str]      # 'past' | 'present' | 'future' for a character offset
