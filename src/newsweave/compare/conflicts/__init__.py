"""Slot-by-slot checks between aligned claims of different outlets.

A conflict must be explainable in one line, because a false alarm costs more trust than
a miss: every check compares values that cannot both hold (disjoint date intervals,
disjoint number ranges once "up to"/"about" are taken into account, different speakers
of the same words, opposite polarity), and says which claims gave which value.
A later report revising a count or a time is an update, not a dispute, and so is any
version from a report published weeks after the other (``common.weeks_apart``).

One module per slot (``dates.py``, ``numbers.py``, ``people.py``, ``polarity.py``,
``places.py``), each with the rules that keep it from a false alarm; ``common.py`` holds
what they share: pairing claims across outlets, whether two sentences say the same thing,
and whether a later report revises an earlier one.
"""
from __future__ import annotations

from dataclasses import replace

from newsweave.compare.conflicts.common import weeks_apart
from newsweave.compare.conflicts.dates import date_values
from newsweave.compare.conflicts.numbers import number_values
from newsweave.compare.conflicts.people import person_values
from newsweave.compare.conflicts.places import place_values
from newsweave.compare.conflicts.polarity import polarity_values
from newsweave.model import Article, Claim, Conflict


def find_conflicts(claims: list[Claim], articles: dict[str, Article], key_of=lambda k: k) -> list[Conflict]:
    conflicts: list[Conflict] = []
    for slot, check in (("date", date_values), ("number", number_values), ("person", person_values),
                        ("polarity", polarity_values), ("place", place_values)):
        conflict = check(claims, articles, key_of)
        if conflict is not None:
            conflicts.append(replace(conflict, update=True) if weeks_apart(conflict, articles) else conflict)
    return conflicts
