"""The words and pattern pieces time expressions are made of, and the readers of
numbers, units and weekday names every resolver shares."""
from __future__ import annotations

import re
from typing import Optional

from newsweave.dates import WEEKDAYS

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a couple of": 2,
    "couple of": 2, "half a": 0.5, "half an": 0.5, "a few": None, "few": None, "several": None, "many": None, "some": None,
}
UNIT_CODES = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
              "week": ("W", False), "month": ("M", False), "year": ("Y", False),
              "decade": ("DE", False), "century": ("CE", False), "quarter": ("Q", False)}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}

# The words of a game's play: an article with two of them reports a game, whose 'fourth
# quarter' is a period of play, not of the calendar.
GAME_PLAY_RE = re.compile(
    r"\b(?:touchdowns?|field goals?|interceptions?|fumble[sd]?|quarterbacks?|half-?time|overtime|end zone"
    r"|kick-?off|punt(?:s|ed)?|free throws?|three-pointers?|layups?|rebounds?|innings?|home runs?"
    r"|power play|penalty kicks?|buzzer|(?:first|third|fourth) down|red zone)\b", re.I)
# What a sentence about a calendar quarter's figures says: money, shares, results.
RESULTS_RE = re.compile(r"[$€£%]|\b(?:percent|earnings|revenues?|profits?|sales|results|growth|gdp|raised|fiscal)\b",
                        re.I)

MONTH_NAME = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
MONTH = rf"(?:{MONTH_NAME}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?)"
ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
TENS = TENS_WORD + r"[\s-]" + ONES
NUM = (r"(?:(?:\d+(?:\.\d+)?(?:\s+1/2|½)?|" + TENS + "|"
       + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"
       r"(?:\s+and\s+a\s+half(?=\s))?)")          # 'two and a half years'; 'a year and a half' is read off the unit
UNIT = r"(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# A year read out, as broadcast transcripts write it: 'nineteen ninety-six', 'two thousand one'.
SPOKEN_YEAR = (r"(?:nineteen\s+(?:" + TENS_WORD + r"(?:[\s-]" + ONES + r")?"
               r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
               r"|two\s+thousand(?:\s+(?:and\s+)?" + ONES + r")?)(?![\w-])(?!\s+years?\b)")
ANY_YEAR = rf"(?:{YEAR}|{SPOKEN_YEAR})"

# A fraction of a unit is written in the next smaller one: 'two and a half years' = P2Y6M.
SMALLER_UNITS = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
                 "hour": ("minute", 60), "minute": ("second", 60)}

DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this morning": 0,
                "this afternoon": 0, "this evening": 0, "last night": -1, "tomorrow morning": 1,
                "yesterday morning": -1, "yesterday afternoon": -1, "tomorrow night": 1,
                "the day before yesterday": -2, "the day after tomorrow": 2}


def year_number(text: str) -> int:
    """'1996' or 'nineteen ninety-six' -> 1996; 'two thousand one' -> 2001."""
    if text.isdigit():
        return int(text)
    words = [w for w in text.lower().split() if w != "and"]
    century, rest = (2000, words[2:]) if words[:2] == ["two", "thousand"] else (1900, words[1:])
    return century + int(parse_number(" ".join(rest)) or 0) if rest else century


def parse_number(word: str) -> Optional[float]:
    """'two', '2.5', '2 1/2', 'twenty-four', 'two and a half'."""
    word = word.lower()
    whole, half = re.subn(r"\s+and\s+a\s+half$", "", word)
    if half:
        n = parse_number(whole)
        return None if n is None else n + 0.5
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if re.search(r"1/2|½", word):
        return float(re.match(r"\d+", word).group(0)) + 0.5
    tens = re.fullmatch(r"(\w+)[\s-](\w+)", word)
    if tens and tens.group(1) in NUMBER_WORDS and tens.group(2) in NUMBER_WORDS:
        return NUMBER_WORDS[tens.group(1)] + NUMBER_WORDS[tens.group(2)]
    try:
        return float(word)
    except ValueError:
        return None


def unit_name(word: str) -> str:
    word = word.lower().rstrip("s")
    return "century" if word.startswith("centur") else word


def weekday_index(word: str) -> Optional[int]:
    word = word.lower().rstrip(".")
    return next((i for i, name in enumerate(WEEKDAYS) if name.startswith(word[:3])), None)


# Time zones after a clock ('0630 GMT', '14:30 local time'), in lower case: the patterns
# match case-blind.
ZONE = r"(?:[ecmp][sd]t|gmt|utc|et|bst|cet|cest|ist|jst|msk|local\s+time)\b"

# Where a sentence ends, for the passes that run before sentences are split: a stop or a line
# break (a stop inside 'U.S.' ends it too, which only ever shortens what is looked at).
SENTENCE_END = re.compile(r"[.!?\n]")
