"""Dates with honest precision.

A day is written ``2025-12-04``, a month ``2025-03``, a year ``2025``; none
is widened to a made-up day. Relative dates are resolved against the
publication date of the article: ``{month: 3}`` in an article of December
2025 is March 2025 (the latest March not after publication), and
``{not_after: published}`` is only a latest bound. Every date also gets
earliest and latest ``xsd:date`` bounds, so that dates of any precision can
be compared and sorted (a month 2025-03 is bounded by 2025-03-01 and
2025-03-31: bounds, not a claim about those days).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

PRECISIONS = ("day", "month", "year", "bounded")

MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december")  # fmt: skip
MONTHS_AZ = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
             "noyabr", "dekabr")  # fmt: skip
_MONTHS = {name: number for names in (MONTHS_EN, MONTHS_AZ) for number, name in enumerate(names, start=1)}
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class DateError(ValueError):
    """A date that cannot be read; the message says what to write instead."""


@dataclass(frozen=True)
class When:
    """When an event happened, as precisely as the article says and no more.

    ``value`` is the lexical form (``2025-03``) or None when only bounds are
    known; ``relative_to_publication`` says that it was resolved against the
    article's publication date.
    """

    precision: str
    value: str | None
    earliest: date | None
    latest: date | None
    relative_to_publication: bool = False

    @property
    def sort_key(self) -> str:
        return (self.earliest or self.latest or date.min).isoformat()


def parse_iso(text: str) -> When:
    """``2025-12-04`` → day, ``2025-03`` → month, ``2025`` → year."""
    match = _ISO.match(text.strip())
    if not match:
        raise DateError(f"{text!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if year < 1:
        raise DateError(f"{text!r}: there is no year 0000 in the calendar; years run from 0001")
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"{text!r} has no month {month:02d}; months run from 01 to 12")
    if day is not None:
        assert month is not None
        try:
            exact = date(year, month, day)
        except ValueError:
            raise DateError(f"{text!r} is not a day of the calendar") from None
        return When("day", exact.isoformat(), exact, exact)
    if month is not None:
        last = calendar.monthrange(year, month)[1]
        return When("month", f"{year:04d}-{month:02d}", date(year, month, 1), date(year, month, last))
    return When("year", f"{year:04d}", date(year, 1, 1), date(year, 12, 31))


def month_number(value: object) -> int:
    """A month given as 1–12 or by its English or Azerbaijani name."""
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 12:
        return value
    if isinstance(value, str) and value.strip().casefold() in _MONTHS:
        return _MONTHS[value.strip().casefold()]
    raise DateError(f"{value!r} is not a month; write 1 to 12 or a month's name (march, mart)")


def latest_month(month: int, published: date) -> When:
    """The latest such month not after publication: March in Dec 2025 → 2025-03."""
    year = published.year if month <= published.month else published.year - 1
    resolved = parse_iso(f"{year:04d}-{month:02d}")
    return When(resolved.precision, resolved.value, resolved.earliest, resolved.latest, True)


def parse_when(spec: object, published: date) -> When:
    """Read a fact file's ``date`` field.

    Accepts ``"2025-10"`` (any ISO precision), ``{month: 3}`` (resolved against
    publication), ``{not_after: published}`` or ``{not_after: "2025-11-30",
    not_before: "2025-11-01"}`` (bounds only).
    """
    if isinstance(spec, str):
        return parse_iso(spec)
    if isinstance(spec, int) and not isinstance(spec, bool):
        return parse_iso(str(spec))
    if isinstance(spec, dict):
        keys = set(spec)
        if keys == {"month"}:
            return latest_month(month_number(spec["month"]), published)
        if keys and keys <= {"not_after", "not_before"}:
            return _bounds(spec, published)
        raise DateError(f"unknown date form {sorted(keys)}; use {{month: N}} or {{not_after: published}}")
    raise DateError(
        f"{spec!r} is not a date; write YYYY-MM-DD, YYYY-MM, YYYY, {{month: N}} or {{not_after: published}}"
    )


def check_reported(when: When, published: date) -> When:
    """``when`` itself, if it could be reported on ``published``; an event that began later is a ``DateError``."""
    if when.earliest is not None and when.earliest > published:
        shown = when.value or f"not before {when.earliest}"
        raise DateError(
            f"{shown} is after the article's publication ({published}): an article can only report what "
            "happened by then; check the date (a plan or an announcement is dated when it was made)"
        )
    return when


def _bounds(spec: dict[str, object], published: date) -> When:
    relative = False
    edges: dict[str, date] = {}
    for key in ("not_before", "not_after"):
        if key not in spec:
            continue
        raw = spec[key]
        if raw == "published":
            edges[key] = published
            relative = True
            continue
        bound = parse_iso(str(raw))
        edges[key] = bound.earliest if key == "not_before" else bound.latest  # type: ignore[assignment]
    earliest, latest = edges.get("not_before"), edges.get("not_after")
    if earliest and latest and earliest > latest:
        raise DateError(f"not_before {earliest} is after not_after {latest}")
    return When("bounded", None, earliest, latest, relative)
