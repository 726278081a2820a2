"""How a story was told: framing signals per article, each with the spans that triggered it.

Measured, never judged: a signal is a rate with its evidence, so a reader can see why
an outlet scores high on urgency (its "URGENT UPDATE", its "Stay tuned") and decide.
"""
from __future__ import annotations

import re

from newsweave.analyze.claims import hedges_in
from newsweave.model import Analysis, Article, StyleSignal

URGENCY = re.compile(r"\b(?:URGENT(?: UPDATE)?|BREAKING(?: NEWS)?|JUST IN|DEVELOPING(?: STORY)?|ALERT|EXCLUSIVE|"
                     r"LIVE UPDATES?)\b|\bstay tuned\b|\bmore to (?:come|follow)\b|\bas (?:this|the) story develops\b|"
                     r"\bdeveloping story\b", re.I)
_URGENCY_CAPS = re.compile(r"^(?:urgent|breaking|just in|developing|alert|exclusive|live)", re.I)
SENSATIONAL = re.compile(r"\b(?:shocking|stunning|explosive|bombshell|devastating|horrific|horrifying|"
                         r"chaos|chaotic|slams?|slammed|blasts?|blasted|outrage(?:ous)?|furious|"
                         r"massive|huge|unbelievable|incredible|jaw-dropping|terrifying|catastroph\w+|"
                         r"dramatic|sensational|scandal(?:ous)?|destroy(?:s|ed)?|crushing|brutal)\b", re.I)
OPINION = re.compile(r"\b(?:clearly|obviously|undoubtedly|certainly|surely|must|should|shameful|disgraceful|"
                     r"admirable|remarkable|welcome|regrettable|unfortunately|fortunately|sadly|"
                     r"it is (?:time|clear)|we believe|in our view)\b", re.I)
EVIDENCE_LIMIT = 8


def article_style(article: Article, analysis: Analysis) -> dict[str, StyleSignal]:
    text = article.body
    words = max(1, len(text.split()))
    per100 = 100.0 / words
    urgency = [m for m in URGENCY.finditer(text) if _urgent(m.group(0))]
    signals = {
        "urgency": _rate("urgency", urgency, per100),
        "sensational": _rate("sensational", list(SENSATIONAL.finditer(text)), per100),
        "exclamations": _rate("exclamations", list(re.finditer(r"!+", text)), per100),
        "hedging": _rate("hedging", hedges_in(text), per100),
        "opinion": _rate("opinion", list(OPINION.finditer(text)), per100),
    }
    direct = [q for q in analysis.quotes if q.kind == "direct"]
    signals["quotes_per_100_words"] = StyleSignal(
        "quotes_per_100_words", round(len(direct) * per100, 3),
        [{"span": list(q.span), "text": q.text} for q in direct[:EVIDENCE_LIMIT]])
    claims = [c for c in analysis.claims if c.event_noun is None]
    attributed = [c for c in claims if c.source_span]
    signals["attributed_share"] = _share("attributed_share", attributed, claims)
    signals["unnamed_source_share"] = _share("unnamed_source_share", [c for c in attributed if not c.source], attributed)
    return signals


def _share(name: str, some: list, of: list) -> StyleSignal:
    """The share of claims ``of`` that are ``some`` ('attributed' to anyone; of those, to
    no one named: 'a spokesman said', 'officials say'), with the claims as evidence."""
    return StyleSignal(name, round(len(some) / len(of), 3) if of else 0.0,
                       [{"span": list(c.span), "text": c.text} for c in some[:EVIDENCE_LIMIT]])


def _urgent(matched: str) -> bool:
    """Capitalised alarm words count only when shouted; the phrases count as written."""
    return not _URGENCY_CAPS.match(matched) or matched.isupper()


def _rate(name: str, matches: list[re.Match], per100: float) -> StyleSignal:
    return StyleSignal(name, round(len(matches) * per100, 3),
                       [{"span": [m.start(), m.end()], "text": m.group(0)} for m in matches[:EVIDENCE_LIMIT]])
