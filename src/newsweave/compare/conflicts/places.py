"""Places: different locations in sentences that say the same thing, unless each outlet
names the other's place too, one is a street inside the other, or the later report tells
a move."""
from __future__ import annotations

import re
from typing import Optional

from newsweave.compare.conflicts.common import in_order, is_update, pairs_across_outlets, same_statement, value_of
from newsweave.model import Claim, Conflict


def place_values(claims, articles, key_of) -> Optional[Conflict]:
    """Different locations in sentences that say the same thing, unless each outlet also
    names the other's place (then both places belong to the story: a city and its
    country, a flight's two ends)."""
    for a, b in pairs_across_outlets(claims, articles):
        if not a.location or not b.location or _same_place(key_of(a.location), key_of(b.location)) \
                or _is_street(a.location) != _is_street(b.location):
            continue
        body_a, body_b = articles[a.article_id].body, articles[b.article_id].body
        if (_names_place(body_b, a.location) and _names_place(body_a, b.location)) or not same_statement(a, b):
            continue
        moved = _moved_since(a, b, articles)
        if not moved and (_names_place(b.text, a.location) or _names_place(a.text, b.location)):
            continue          # one sentence names both: 'Nashville, Tenn.', 'in Egypt ..., in India'
        values = [value_of(a, articles, a.location), value_of(b, articles, b.location)]
        return Conflict("place", values, is_update(a, b, articles) or moved,
                        f"{values[0].outlet} places it in {a.location}; {values[1].outlet} in {b.location}")
    return None


# The Associated Press's abbreviations of US states, as datelines and 'Nashville, Tenn.' write them.
US_STATES = {"ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
             "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois",
             "ind": "indiana", "kan": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland",
             "mass": "massachusetts", "mich": "michigan", "minn": "minnesota", "miss": "mississippi",
             "mo": "missouri", "mont": "montana", "neb": "nebraska", "nev": "nevada", "n.h": "new hampshire",
             "n.j": "new jersey", "n.m": "new mexico", "n.y": "new york", "n.c": "north carolina",
             "n.d": "north dakota", "okla": "oklahoma", "ore": "oregon", "pa": "pennsylvania",
             "r.i": "rhode island", "s.c": "south carolina", "s.d": "south dakota", "tenn": "tennessee",
             "vt": "vermont", "va": "virginia", "wash": "washington", "w.va": "west virginia",
             "wis": "wisconsin", "wyo": "wyoming"}


_STATE_ABBREVIATION = re.compile(r"(?<=, )(" + "|".join(re.escape(k) for k in sorted(US_STATES, key=len, reverse=True))
                                 + r")\.", re.I)


def _names_place(text: str, place: str) -> bool:
    """``text`` names ``place``, also as a state's abbreviation after its town ('Nashville, Tenn.')."""
    text = _STATE_ABBREVIATION.sub(lambda m: US_STATES[m.group(1).lower()], text)
    return place.lower() in text.lower()


def _moved_since(a: Claim, b: Claim, articles) -> bool:
    """The later report's sentence names the earlier one's place as well as its own ('After
    she abruptly left a rehab facility in Newport Beach on Thursday, Lindsay Lohan has
    checked into the Betty Ford Center in Rancho Mirage'): it tells a move."""
    order = in_order(a, b, articles)
    return order is not None and _names_place(order[1].text, order[0].location)


_STREET = re.compile(r"\b(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|drive|highway|route|parkway)\b\.?$"
                     r"|^\d+(?:st|nd|rd|th)\b", re.I)


def _is_street(place: str) -> bool:
    """'97th Avenue', 'Route 52': a street, which lies inside a neighbourhood or a town and
    so does not dispute one ('near 97th Avenue' / 'in South Richmond Hill')."""
    return bool(_STREET.search(place.strip()))


def _same_place(a: str, b: str) -> bool:
    """'qeshm island' and 'persian gulf island of qeshm': every word of one in the other."""
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa
