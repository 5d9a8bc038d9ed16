"""The trigger list (ontology/triggers.yaml) and its reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KgError
from kg.extract.lexicon import lexicon, pattern_match
from kg.ontology import vocabulary


def test_the_trigger_list_names_only_ontology_classes() -> None:
    classes = set(vocabulary().event_types)
    rules = lexicon().rules
    assert {r.event_type for r in rules} <= classes
    assert {"Meeting", "Visit", "Appointment", "EmbargoLifting", "AgreementSigning", "Statement", "Ceremony"} <= {
        r.event_type for r in rules
    }


def test_a_class_the_ontology_lacks_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text("Parade:\n  - frame: ceremony\n    words: [parad keçirib]\n", encoding="utf-8")
    with pytest.raises(KgError, match="'Parade' is not an event class of the ontology"):
        lexicon(path)


def test_prefix_patterns() -> None:
    assert pattern_match("görüş*", "görüşlər")
    assert not pattern_match("görüş", "görüşlər")


def test_the_name_lexicon_is_data(tmp_path: Path) -> None:
    lex = lexicon()
    assert lex.is_title("nazirini") and lex.is_rank("general-leytenant") and lex.is_rank("2-ci")
    assert "Türkiyə" in lex.countries and lex.cities["Naxçıvan"] == "Azərbaycan"
    broken = tmp_path / "names.yaml"
    broken.write_text("titles: [nazir*\n", encoding="utf-8")
    with pytest.raises(KgError, match="cannot read the lexicon"):
        lexicon(names_path=broken)


def test_the_lexicon_files_are_in_the_package() -> None:
    import kg.extract

    folder = Path(kg.extract.__file__).parent / "lexicon"
    assert {p.name for p in folder.glob("*.yaml")} == {"endings.yaml", "names.yaml", "tenses.yaml", "triggers.yaml"}
