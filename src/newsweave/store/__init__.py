"""Persistence of every stage's records.

The rest of the code only sees :class:`Store`; SQLite is the one implementation today,
and the interface is kept small (put/get per stage, plus a transaction) so another
backend can follow without touching the stages.
"""
from newsweave.store.sqlite import SQLiteStore as Store, open_store

__all__ = ["Store", "open_store"]
