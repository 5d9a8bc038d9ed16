from pathlib import Path

import pytest

from kg.errors import KgError
from kg.facts.yamlfile import load_yaml


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "facts.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_values_remember_their_lines(tmp_path: Path) -> None:
    data = load_yaml(write(tmp_path, "a: 1\nevents:\n  visit:\n    date: 2025-12-04\n"))
    assert data.line_of("events") == 2
    assert data["events"].line_of("visit") == 3
    assert data["events"]["visit"].line_of("date") == 4


def test_timestamps_stay_as_written(tmp_path: Path) -> None:
    data = load_yaml(write(tmp_path, "day: 2025-12-04\nwhen: 2025-12-04T21:14:00+04:00\n"))
    assert data == {"day": "2025-12-04", "when": "2025-12-04T21:14:00+04:00"}


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "events:\n  visit: [unclosed\n  other: 1\n")
    with pytest.raises(KgError) as caught:
        load_yaml(path)
    assert caught.value.where == path
    assert caught.value.line is not None and caught.value.line >= 2
    assert "YAML syntax error" in str(caught.value)


def test_python_object_tags_are_refused_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = write(tmp_path, f"events: !!python/object/apply:os.system ['touch {marker}']\n")
    with pytest.raises(KgError) as caught:
        load_yaml(path)
    assert not marker.exists()
    assert caught.value.line == 1
    assert "refused" in str(caught.value)


def test_duplicate_keys_are_an_error(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="duplicate key 'visit' \\(first on line 2\\)"):
        load_yaml(write(tmp_path, "events:\n  visit: 1\n  visit: 2\n"))


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="file not found"):
        load_yaml(tmp_path / "absent.yaml")
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("ad: Əliyev".encode("utf-16"))
    with pytest.raises(KgError, match="not UTF-8"):
        load_yaml(bad)
