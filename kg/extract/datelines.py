"""The dateline under the headline: "Bakı, 5 oktyabr (AZƏRTAC).", "Ankara. 11 may. APA.".

It names the city the news was filed from. A visit to that city's country that names no more precise
place took place there (GUIDE.md: the place is the most precise place given, and the dateline gives it).
"""

from __future__ import annotations

from kg.extract.context import Context
from kg.extract.model import DraftEvent


def dateline_city(ctx: Context) -> str | None:
    """The city a line "City, day month ..." (or "City. day month. ...") just under the headline names."""
    line = [s for s in ctx.sentences if s.line == 1]  # "Bakı. 24 noyabr. Trend:" may be read as sentences
    words = [w for s in line for w in s.words]
    first = next((m for m in ctx.mentions_of(line[0]) if m.start == 0 and m.end == 1), None) if line else None
    if first is None or ctx.kind(first.entity) != "City" or len(words) < 3 or words[1].text not in {",", "."}:
        return None
    return first.entity if words[2].text[:1].isdigit() else None


def place_by_dateline(ctx: Context, events: list[DraftEvent]) -> None:
    """A visit to the dateline city's country, with no more precise place, was to that city."""
    city = dateline_city(ctx)
    country = ctx.names.entities[city].country if city else None
    for event in events:
        to_country = event.type == "Visit" and ("counterpart", country) in event.roles
        if country and to_country and event.place in {None, country}:
            event.place = city
