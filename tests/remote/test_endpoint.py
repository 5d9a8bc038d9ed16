"""Where servers and credentials come from: options, environment, config file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KgError
from kg.remote.endpoint import DEFAULT_TIMEOUT, Remote, config_path, resolve, user_agent

CONFIG = """
[remotes.team]
endpoint = "https://sparql.example.org/query"
store = "https://sparql.example.org/store"
user = "kg"
password = "from-the-file"
timeout = 12
"""


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in ("KG_ENDPOINT", "KG_STORE", "KG_USER", "KG_PASSWORD", "KG_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    config = tmp_path / "config.toml"
    monkeypatch.setenv("KG_CONFIG", str(config))
    return config


def test_a_url_on_the_command_line(clean_env: Path) -> None:
    assert resolve("endpoint", "http://127.0.0.1:7878/query") == Remote("http://127.0.0.1:7878/query")
    assert resolve("store", "http://h/store", "u", "p", 3) == Remote("http://h/store", "u", "p", 3.0)


def test_the_environment(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_STORE", "https://triples.example.org/store")
    monkeypatch.setenv("KG_USER", "env-user")
    monkeypatch.setenv("KG_PASSWORD", "env-secret")
    monkeypatch.setenv("KG_TIMEOUT", "7.5")
    assert resolve("store") == Remote("https://triples.example.org/store", "env-user", "env-secret", 7.5)
    assert resolve("store", user="option-user").user == "option-user"  # options win
    monkeypatch.setenv("KG_TIMEOUT", "soon")
    with pytest.raises(KgError, match=r"KG_TIMEOUT: the timeout must be a number of seconds, not 'soon'"):
        resolve("store")


def test_a_server_named_in_the_config_file(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clean_env.write_text(CONFIG)
    assert resolve("endpoint", "team") == Remote("https://sparql.example.org/query", "kg", "from-the-file", 12.0)
    assert resolve("store") == Remote("https://sparql.example.org/store", "kg", "from-the-file", 12.0)  # the only one
    monkeypatch.setenv("KG_PASSWORD", "env-wins")
    assert resolve("store", "team").password == "env-wins"
    with pytest.raises(KgError, match=r"'elsewhere' is neither an http\(s\) URL nor a server named in .*team\)"):
        resolve("endpoint", "elsewhere")


def test_config_mistakes_name_the_file_and_field(clean_env: Path) -> None:
    clean_env.write_text('[remotes.team]\nendpoint = "ftp://x"\n')
    with pytest.raises(KgError) as caught:
        resolve("endpoint", "team")
    assert str(caught.value) == f"{clean_env}: remotes.team.endpoint: give this server's endpoint URL (http or https)"
    clean_env.write_text("[remotes.team\n")
    with pytest.raises(KgError, match="not a valid TOML config file"):
        resolve("endpoint", "team")


def test_nothing_given(clean_env: Path) -> None:
    with pytest.raises(KgError, match=r"no server given: pass a URL with --store, set KG_STORE, or describe"):
        resolve("store")
    assert DEFAULT_TIMEOUT == resolve("store", "http://h/s").timeout


def test_config_path_and_user_agent(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KG_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert config_path() == tmp_path / "kg" / "config.toml"
    assert user_agent().startswith("kg-news/0.1.0 ")
