"""Dates a report leaves to its story: 'the leaders met before the signing', in a report
that never dates the signing, is dated by the story's other reports that do ('signed the
accord on Wednesday'). ``analyze`` records the event such a claim is placed against
(``Claim.anchor``) when its own article gives it no day."""
from __future__ import annotations

from dataclasses import replace

from newsweave.model import Claim


def dated_from_the_story(claims: list[Claim]) -> list[Claim]:
    """The claims, each one with an anchor dated when the story's other reports that date
    its event all give it one day: two days ('the June 20 shooting' and the deputy's, shot
    on the 24th) may be two events of one name, and date nothing."""
    return [_dated(claim, claims) if claim.anchor is not None else claim for claim in claims]


def _dated(claim: Claim, claims: list[Claim]) -> Claim:
    told = [c for c in claims if c.article_id != claim.article_id and claim.anchor.told_by(c)]
    time = claim.anchor.time_for(claim, told[0], "story") if len({c.time.value for c in told}) == 1 else None
    return claim if time is None else replace(claim, time=time, anchor=None)
