from datetime import date

import pytest

from kg.facts.dates import DateError, parse_iso, parse_when

PUBLISHED = date(2025, 12, 4)


@pytest.mark.parametrize(
    ("spec", "precision", "value", "earliest", "latest", "relative"),
    [
        ("2025-12-04", "day", "2025-12-04", date(2025, 12, 4), date(2025, 12, 4), False),
        ("2025-10", "month", "2025-10", date(2025, 10, 1), date(2025, 10, 31), False),
        ("2024-02", "month", "2024-02", date(2024, 2, 1), date(2024, 2, 29), False),
        ("2022", "year", "2022", date(2022, 1, 1), date(2022, 12, 31), False),
        (2022, "year", "2022", date(2022, 1, 1), date(2022, 12, 31), False),
        # "mart ayında" in a December 2025 article is March 2025
        ({"month": 3}, "month", "2025-03", date(2025, 3, 1), date(2025, 3, 31), True),
        ({"month": "oktyabr"}, "month", "2025-10", date(2025, 10, 1), date(2025, 10, 31), True),
        ({"month": "December"}, "month", "2025-12", date(2025, 12, 1), date(2025, 12, 31), True),
        ({"not_after": "published"}, "bounded", None, None, date(2025, 12, 4), True),
        (
            {"not_before": "2025-11", "not_after": "published"},
            "bounded",
            None,
            date(2025, 11, 1),
            date(2025, 12, 4),
            True,
        ),
        ({"not_after": "2025-11"}, "bounded", None, None, date(2025, 11, 30), False),
    ],
)
def test_dates_keep_their_precision(spec, precision, value, earliest, latest, relative) -> None:
    when = parse_when(spec, PUBLISHED)
    assert (when.precision, when.value, when.earliest, when.latest) == (precision, value, earliest, latest)
    assert when.relative_to_publication is relative


def test_a_month_after_the_publication_month_is_last_year() -> None:
    # "in December" in an article of 15 March 2026 is December 2025
    assert parse_when({"month": 12}, date(2026, 3, 15)).value == "2025-12"


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("2025-13", "no month 13"),
        ("2025-00", "no month 00"),
        ("2025-02-30", "not a day of the calendar"),
        ("4 Dec 2025", "not a date"),
        ("", "not a date"),
        ({"month": 13}, "not a month"),
        ({"month": "brumaire"}, "not a month"),
        ({"day": 4}, "unknown date form"),
        ({"not_before": "2025-12", "not_after": "2025-11"}, "is after"),
        (["2025"], "not a date"),
    ],
)
def test_malformed_dates_say_what_to_write(spec, message) -> None:
    with pytest.raises(DateError, match=message):
        parse_when(spec, PUBLISHED)


def test_sort_key_orders_mixed_precisions() -> None:
    whens = [parse_iso("2025-10"), parse_iso("2025-03-15"), parse_iso("2025")]
    assert [w.value for w in sorted(whens, key=lambda w: w.sort_key)] == ["2025", "2025-03-15", "2025-10"]
