import pytest

from kg.facts.evidence import QuoteError, locate

TEXT = "Lord Koaker Bakıda görüşüb. Lord Koaker Londonda imzalayıb."


def test_quote_is_located_with_offsets_and_context() -> None:
    quote = locate("Londonda imzalayıb", TEXT)
    assert TEXT[quote.start : quote.end] == "Londonda imzalayıb"
    assert quote.prefix.endswith("Lord Koaker ")
    assert quote.suffix == "."


def test_offsets_count_code_points_not_bytes() -> None:
    quote = locate("görüşüb", TEXT)
    assert (quote.start, quote.end) == (19, 26)


def test_quote_not_in_article_shows_where_it_parts() -> None:
    with pytest.raises(QuoteError) as caught:
        locate("Lord Koaker Bakida görüşüb", TEXT)  # i for ı
    message = str(caught.value)
    assert "not in the article" in message
    assert "'Lord Koaker Bak'" in message and "'ida görüşüb'" in message


def test_ambiguous_quote_asks_for_more_words() -> None:
    with pytest.raises(QuoteError, match="occurs 2 times"):
        locate("Lord Koaker", TEXT)


def test_empty_quote() -> None:
    with pytest.raises(QuoteError, match="empty"):
        locate("  ", TEXT)
