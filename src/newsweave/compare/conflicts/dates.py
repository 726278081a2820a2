"""Dates: two reports of one event whose times cannot both hold (disjoint intervals). Not a
dispute: 'last week' read as the days up to publication, one day apart where a day is
named only by its distance from publication ('this afternoon'), the news beside
background told weeks before it, a date resolved against a guessed publication day, or a
later report dating what an earlier one told as done (an update)."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from newsweave.analyze.timex import DEICTIC_DAYS
from newsweave.compare.conflicts.common import (
    different_people, in_order, is_update, pairs_across_outlets, same_statement, value_of)
from newsweave.dates import to_date
from newsweave.model import Claim, Conflict, EventTime


FAR_PAST, FAR_FUTURE = date(1, 1, 1), date(9999, 12, 31)


def interval(t: EventTime) -> Optional[tuple[date, date]]:
    start = to_date(t.value)
    if start is None:
        return None
    end = _period_end(start, t.value, t.granularity)
    if t.relation == "before":
        return FAR_PAST, end
    if t.relation == "after":
        return start, FAR_FUTURE
    return start, end


def _period_end(start: date, value: str, granularity: str) -> date:
    if granularity in ("day", "minute", "hour", "instant"):
        return start
    if granularity == "week":
        return start + timedelta(days=1 if value.endswith("-WE") else 6)
    if granularity == "quarter":
        return _month_end(start.year, start.month + 2)
    if granularity == "half":
        return _month_end(start.year, start.month + 5)
    if granularity == "month" or re.fullmatch(r"\d{4}-\d{2}", value):
        return _month_end(start.year, start.month)
    return date(start.year, 12, 31)


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def describe_time(t: EventTime) -> str:
    if t.relation == "before":
        return f"on or before {t.value} (told as already done in a report of that date)"
    if t.relation == "after":
        return f"on or after {t.value}"
    return t.value


def date_values(claims, articles, key_of) -> Optional[Conflict]:
    for a, b in pairs_across_outlets(claims, articles):
        if a.time is None or b.time is None:
            continue
        if a.time.basis == "publication" and b.time.basis == "publication":
            continue          # two dates both implied by tense say little
        if "story" in (a.time.basis, b.time.basis):
            continue          # a day put together from two reports is no one outlet's version
        ia, ib = interval(a.time), interval(b.time)
        if ia is None or ib is None:
            continue
        ia, ib = _as_used(a, ia, articles), _as_used(b, ib, articles)
        if not (ia[1] < ib[0] or ib[1] < ia[0]):
            continue
        if not _dates_one_event(a, b, ia, ib) or _same_words(a, b) or _guessed(a, articles) or _guessed(b, articles):
            continue
        if _a_day_apart_from_deixis(a, b, ia, ib) or _news_and_background(a, b, ia, ib, articles):
            continue
        values = [value_of(c, articles, describe_time(c.time)) for c in (a, b)]
        update = is_update(a, b, articles) or _happened_since(a, b, ia, ib, articles)
        return Conflict("date", values, update,
                        f"{values[0].outlet} dates it {values[0].value}; {values[1].outlet}: {values[1].value}")
    return None


_LAST_WEEK = re.compile(r"(?:the\s+)?(?:last|past)\s+week", re.I)


def _as_used(claim: Claim, span: tuple[date, date], articles) -> tuple[date, date]:
    """'He escaped last week' in a Saturday paper may mean the Monday just past: papers use
    'last week' for the past seven days as much as for the calendar week before, so it runs
    up to the day before publication."""
    published = to_date(articles[claim.article_id].published)
    if published and claim.time.relation == "on" and _LAST_WEEK.fullmatch((claim.time.text or "").strip()):
        return span[0], max(span[1], published - timedelta(days=1))
    return span


def _dates_one_event(a: Claim, b: Claim, ia, ib) -> bool:
    """Both claims date the same event: one names the event the other dates ('the eve of
    the parade'); or they say the same thing, of the same actors when both name theirs, the
    one's event not told by the other in a clause its date does not date, the same verb
    dated when a date is a joined clause's (``Claim.time_event``) or when one tells what was
    done and the other what is to come, and
    one is told as done by its publication day, or both give a day-to-month date ('from
    1978' and 'in 2000' in one career are two facts, not one in dispute)."""
    if a.event_noun or b.event_noun:
        return True
    if different_people(a.actors, b.actors):
        return False        # 'Comey will testify on Thursday' / 'Monday, Goodlatte and Gowdy sent a letter to Comey'
    if a.predicate != b.predicate and (a.predicate in b.undated_events or b.predicate in a.undated_events):
        return False        # 'Clinton on Tuesday became the first woman' / 'spoke Thursday night after becoming'
    if (a.time_event or b.time_event) and (a.time_event or a.predicate) != (b.time_event or b.predicate):
        return False        # 'No pleas were entered and a bail hearing was scheduled for Wednesday' dates the hearing
    if a.predicate != b.predicate and {a.tense, b.tense} == {"past", "future"}:
        return False        # 'Cheeks was named ... on May 23, 2005' / 'Cheeks will be introduced ... at a Tuesday news conference'
    told_as_done = "publication" in (a.time.basis, b.time.basis)
    return same_statement(a, b) and (told_as_done or (_short(ia) and _short(ib)))


def _happened_since(a: Claim, b: Claim, ia, ib, articles) -> bool:
    """A report told it as done by its publication day (no date of its own); a later report
    dates it after that day. What the later one tells happened since (Seacom's outage told
    in August, its repairs dated in November): an update. Undated reports have no order."""
    order = in_order(a, b, articles)
    if order is None:
        return False
    earlier, later = order
    span = ia if later is a else ib
    return earlier.time.basis == "publication" and later.time.basis != "publication" \
        and span[0] > to_date(articles[earlier.article_id].published)


def _same_words(a: Claim, b: Claim) -> bool:
    """Each outlet's date words appear in the other's sentence ('Saturday night' in both):
    any difference comes from resolving them against two publication days, not from what
    the outlets said."""
    ta, tb = (a.time.text or "").lower(), (b.time.text or "").lower()
    return bool(ta and tb) and (ta == tb or ta in b.text.lower() or tb in a.text.lower())


def _a_day_apart_from_deixis(a: Claim, b: Claim, ia, ib) -> bool:
    """'this afternoon' in a Melbourne paper dated the 10th, 'Monday afternoon' (the 9th) in
    an American one: a day read off the publication date ('today', 'last night') is a day
    uncertain (time zones, reports filed after midnight); one day apart is no dispute."""
    gap = max((ib[0] - ia[1]).days, (ia[0] - ib[1]).days)
    return gap <= 1 and any(_read_off_publication(c.time) for c in (a, b))


BACKGROUND_DAYS = 14       # an event this long before its report is told as background ...
NEWS_DAYS = 3              # ... beside one this close to its report, the news


def _news_and_background(a: Claim, b: Claim, ia, ib, articles) -> bool:
    """One report dates its event within days of its publication, the other weeks or months
    before its own ('A 6.4-magnitude quake hit Zarand in February' in a report of November's
    quake): the earlier sentence recalls an earlier event of the same kind, which reports
    of the news do; outlets do not misdate this week's news by months."""
    ages = [days_before_report(claim, span, articles) for claim, span in ((a, ia), (b, ib))]
    return None not in ages and min(ages) <= NEWS_DAYS and max(ages) > BACKGROUND_DAYS


def days_before_report(claim: Claim, span: tuple[date, date], articles) -> Optional[int]:
    """How many days before its report's publication the claim's dates end (None: undated report)."""
    published = to_date(articles[claim.article_id].published or "")
    return (published - span[1]).days if published is not None else None


def _read_off_publication(time: EventTime) -> bool:
    """'this afternoon', 'last night', 'yesterday evening': a day named only by its distance
    from the publication date."""
    words = (time.text or "").lower().split()
    return " ".join(words) in DEICTIC_DAYS or any(w in DEICTIC_DAYS for w in words)


def _guessed(claim: Claim, articles) -> bool:
    """A relative date ('Thursday', 'yesterday') in an undated article was resolved against
    a guessed day; 'September 4' there only had its year guessed."""
    return not articles[claim.article_id].published and not re.search(r"\d", claim.time.text or "")


def _short(span: tuple[date, date]) -> bool:
    """A day, a week or a month: how events are dated; a year or a range is background."""
    return (span[1] - span[0]).days <= 31
