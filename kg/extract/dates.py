"""Dates as Azerbaijani news writes them, resolved against the publication date.

Found in a sentence and turned into the fact file's date forms (see
``kg.dates``), never more precise than the words:

==================================  ================================  =========
words                               fact file                         precision
==================================  ================================  =========
``04 dekabr, 2025``                 ``"2025-12-04"``                  day
``6 oktyabr 2025-ci il``            ``"2025-10-06"``                  day
``yanvarın 15-də``                  the latest 15 January, ISO day    day
``noyabrın 19-20-də``               from the 19th to the 20th         bounded
``noyabr ayının 5-də``              the latest 5 November, ISO day    day
``15.04.2026``                      ``"2026-04-15"``                  day
``ayın 12-də``                      the 12th of the published month   day
``2025-ci ilin oktyabrında``        ``"2025-10"``                     month
``ötən ilin dekabrında``            the year before publication       month
``cari ilin martında``              the year of publication           month
``mart ayında``, ``Oktyabrda``      ``{month: 3}``                    month
``2025-ci ildə``                    ``"2025"``                        year
``ötən il``, ``bu il``              the year, from publication        year
``ötən ay``, ``keçən ay``            the month before publication      month
``dünən``, ``bu gün``               the day, from publication         day
``bazar ertəsi``, ``cümə günü``     the latest such weekday            day
``ötən həftə``, ``bu həftə``         the week, Monday to Sunday        bounded
``2022-ci ildən bəri``              a bound (since 2022), not a date  year
==================================  ================================  =========

A date whose first verb after it is a plan ("sentyabrda Nyu-Yorkda keçiriləcək görüş", "keçirilməsi
nəzərdə tutulan") dates what is planned, not what happened, and is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from kg.extract.text import fold
from kg.facts.dates import MONTHS_AZ, DateError, When, parse_when

MONTHS = MONTHS_AZ
_MONTH = "(" + "|".join(MONTHS) + ")"
_ORDINAL = r"-(?:ci|cı|cu|cü)"
_GEN = r"(?:ın|in|un|ün|nın|nin)"
_LOC = r"(?:da|də|nda|ndə)"
_DAY_CASE = r"(?:-?(?:da|də|sı|si|su|sü|ı|i|u|ü|ya|yə|a|ə|dan|dən|ndə|nda))?"


@dataclass(frozen=True)
class DateMention:
    """A date expression of a text: where it stands, its fact-file form and its meaning."""

    start: int
    end: int
    text: str
    spec: Any  # the fact file's `date` value: "2025-10", {"month": 3}, ...
    when: When
    since: bool = False  # "2022-ci ildən bəri": a lower bound of something else, not an event's date


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("since", re.compile(rf"\b(\d{{4}}){_ORDINAL} ildən bəri\b")),
    ("day-month-year", re.compile(rf"\b(\d{{1,2}}) {_MONTH},? (\d{{4}})(?:{_ORDINAL} il(?:də|in)?\b(?: tarixində)?)?")),
    ("numeric", re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")),
    ("month-of-days", re.compile(rf"\b{_MONTH}(?: ayı)?{_GEN} (\d{{1,2}})-(\d{{1,2}}){_DAY_CASE}\b")),
    ("month-of-day", re.compile(rf"\b{_MONTH}(?: ayı)?{_GEN} (\d{{1,2}}){_DAY_CASE}\b")),
    ("this-month-day", re.compile(rf"\bayın (\d{{1,2}}){_DAY_CASE}\b")),
    ("day-month", re.compile(rf"\b(\d{{1,2}}) {_MONTH}{_DAY_CASE}\b")),
    ("year-month", re.compile(rf"\b(\d{{4}}){_ORDINAL} ilin {_MONTH}(?:ı|i|u|ü)?{_LOC}?\b(?: ayında)?")),
    ("last-year-month", re.compile(rf"\b(ötən|keçən|bu|cari) ilin {_MONTH}(?:ı|i|u|ü)?{_LOC}?\b")),
    ("month", re.compile(rf"\b{_MONTH}(?: ayında| ayı ərzində|{_LOC}|ın|ı|ın sonunda|ın əvvəlində)\b")),
    ("year", re.compile(rf"\b(\d{{4}}){_ORDINAL} il(?:də|in|i)?\b(?! üçün)")),
    ("relative-year", re.compile(r"\b(ötən|keçən|bu|cari) il(?:də)?\b")),
    ("relative-month", re.compile(r"\b(ötən|keçən|bu) ay(?:da)?\b")),
    ("relative-day", re.compile(r"\b(dünən|bu gün|srağagün)\b")),
    ("relative-week", re.compile(r"\b(ötən|keçən|bu) həftə(?:də)?\b")),
    (
        "weekday",
        re.compile(r"\b(?:(bazar ertəsi|çərşənbə axşamı|cümə axşamı)(?: günü)?|(çərşənbə|cümə|şənbə|bazar) günü)\b"),
    ),
]

# the days of the week, Monday first; the one-word ones ("bazar" is also a market) only with "günü"
WEEKDAYS = ["bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"]

# a plan's verb (the first verb after a date): what it dates has not happened yet
PLANNED = [
    "keçiriləcək",
    "keçiriləcəyi",
    "nəzərdə tutulan",
    "nəzərdə tutulur",
    "planlaşdırılan",
    "planlaşdırılır",
    "gözlənilən",
    "gözlənilir",
]
_FUTURE = ("acaq", "əcək", "acağı", "əcəyi")
_PAST = ("mış", "miş", "muş", "müş", "ıb", "ib", "ub", "üb", "dı", "di", "du", "dü", "an", "ən")


DAYS_BACK = {"bu gün": 0, "dünən": 1, "srağagün": 2}  # the relative days, counted back from publication


def _month(name: str) -> int:
    return MONTHS.index(name) + 1


def _latest_day(month: int, day: int, published: date) -> date:
    """The latest such day not after publication: 15 January in Jan 2026 → 2026-01-15."""
    for year in (published.year, published.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= published:
            return candidate
    raise DateError(f"no day {day} in month {month}")


def _spec(kind: str, groups: tuple[str, ...], published: date) -> tuple[Any, bool]:
    if kind == "since":
        return {"not_before": groups[0]}, True
    if kind == "day-month-year":
        return date(int(groups[2]), _month(groups[1]), int(groups[0])).isoformat(), False
    if kind == "numeric":
        return date(int(groups[2]), int(groups[1]), int(groups[0])).isoformat(), False
    if kind == "this-month-day":
        return date(published.year, published.month, int(groups[0])).isoformat(), False
    if kind == "month-of-days":  # "noyabrın 19-20-də": from the first day to the second
        first = _latest_day(_month(groups[0]), int(groups[1]), published)
        last = first.replace(day=int(groups[2]))
        return {"not_before": first.isoformat(), "not_after": last.isoformat()}, False
    if kind == "month-of-day":
        return _latest_day(_month(groups[0]), int(groups[1]), published).isoformat(), False
    if kind == "day-month":
        return _latest_day(_month(groups[1]), int(groups[0]), published).isoformat(), False
    if kind == "year-month":
        return f"{int(groups[0]):04d}-{_month(groups[1]):02d}", False
    if kind == "last-year-month":
        year = published.year - (0 if groups[0] in {"bu", "cari"} else 1)
        return f"{year:04d}-{_month(groups[1]):02d}", False
    if kind == "month":
        return {"month": _month(groups[0])}, False
    if kind == "year":
        return groups[0], False
    if kind == "relative-year":
        return str(published.year - (0 if groups[0] in {"bu", "cari"} else 1)), False
    if kind == "relative-month":
        year, month = published.year, published.month - (0 if groups[0] == "bu" else 1)
        if month == 0:
            year, month = year - 1, 12
        return f"{year:04d}-{month:02d}", False
    if kind == "relative-week":  # Monday to Sunday: a bound, not a day
        monday = published - timedelta(days=published.weekday() + (0 if groups[0] == "bu" else 7))
        last = published if groups[0] == "bu" else monday + timedelta(days=6)
        return {"not_before": monday.isoformat(), "not_after": last.isoformat()}, False
    if kind == "weekday":  # "bazar ertəsi": the latest Monday, publication day included
        back = (published.weekday() - WEEKDAYS.index(groups[0] or groups[1])) % 7
        return (published - timedelta(days=back)).isoformat(), False
    back = DAYS_BACK[groups[0]]
    return (published - timedelta(days=back)).isoformat(), False


def find_dates(text: str, published: date, offset: int = 0) -> list[DateMention]:
    """The date expressions of ``text``, left to right, none overlapping (the longest wins)."""
    folded = fold(text)
    if len(folded) != len(text):  # keep offsets aligned with the text
        folded = "".join(fold(c)[:1] or c for c in text)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            try:
                spec, since = _spec(kind, match.groups(), published)
                when = parse_when(spec, published)
            except (DateError, ValueError):
                continue  # "31 fevral": not a day of the calendar, so not a date
            taken.append((start, end))
            if not since and when.earliest is not None and when.earliest > published:
                continue  # a plan, not a date of something that happened (kg dates reported events)
            if _planned(folded[end:]):
                continue  # "aprel ayında Vaşinqtonda keçiriləcək Zirvə görüşü": the plan's date
            found.append(DateMention(offset + start, offset + end, text[start:end], spec, when, since))
    return sorted(found, key=lambda m: m.start)


def _planned(after: str) -> bool:
    """The first verb after a date is a plan's ("keçiriləcək", "keçirilməsi nəzərdə tutulan")."""
    words = re.findall(r"[\w-]+", after.split(".")[0])[:10]
    for k, word in enumerate(words):
        if any(" ".join(words[k : k + len(p.split())]) == p for p in PLANNED) or word.endswith(_FUTURE):
            return True
        if word.endswith(_PAST) and len(word) > 4:
            return False
    return False
