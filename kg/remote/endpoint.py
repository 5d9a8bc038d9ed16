"""Where a remote SPARQL server is, and how to log in to it.

A URL, user, password and timeout come, in this order, from command-line
options, environment variables (``KG_ENDPOINT``, ``KG_STORE``, ``KG_USER``,
``KG_PASSWORD``, ``KG_TIMEOUT``) or a TOML config file (``$KG_CONFIG``, else
``~/.config/kg/config.toml``), so that credentials can stay off the command
line. In the config file each server is a table under ``remotes``, and the
command line names it instead of giving a URL::

    [remotes.team]
    endpoint = "https://sparql.example.org/query"   # SPARQL 1.1 Protocol (kg query)
    store = "https://sparql.example.org/store"      # Graph Store Protocol (kg push)
    user = "kg"
    password = "secret"
    timeout = 60

    kg query queries/timeline.rq --endpoint team
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from kg.errors import KgError

Role = Literal["endpoint", "store"]
DEFAULT_TIMEOUT = 30.0
_ENV = {"endpoint": "KG_ENDPOINT", "store": "KG_STORE"}


def user_agent() -> str:
    """The User-Agent kg sends (some servers refuse requests without one)."""
    try:
        number = version("kg-news")
    except PackageNotFoundError:  # pragma: no cover - a source tree without metadata
        number = "0"
    return f"kg-news/{number} (SPARQL client; +https://w3id.org/kg-news)"


@dataclass(frozen=True)
class Remote:
    """One server endpoint: its URL, credentials and the timeout for each request."""

    url: str
    user: str | None = None
    password: str | None = None
    timeout: float = DEFAULT_TIMEOUT

    @property
    def credentials(self) -> tuple[str, str] | None:
        if self.user is None:
            return None
        return self.user, self.password or ""


def config_path() -> Path:
    if os.environ.get("KG_CONFIG"):
        return Path(os.environ["KG_CONFIG"])
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "kg" / "config.toml"


def _remotes(path: Path) -> dict[str, dict[str, object]]:
    if not path.is_file():
        return {}
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise KgError(f"not a valid TOML config file: {err}", where=path) from None
    remotes = document.get("remotes", {})
    if not isinstance(remotes, dict) or not all(isinstance(v, dict) for v in remotes.values()):
        raise KgError("'remotes' must hold one table per server, e.g. [remotes.team]", where=path, field="remotes")
    return remotes


def _is_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _timeout(value: object, where: str | Path | None, field: str | None = None) -> float:
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise KgError(f"the timeout must be a number of seconds, not {value!r}", where=where, field=field) from None
    if seconds <= 0:
        raise KgError(f"the timeout must be more than 0 seconds, not {value!r}", where=where, field=field)
    return seconds


def resolve(
    role: Role,
    given: str | None = None,
    user: str | None = None,
    password: str | None = None,
    timeout: float | None = None,
) -> Remote:
    """The server for ``role`` from an option (a URL or a name in the config
    file), else the environment, else the config file's only remote."""
    env = os.environ
    value = given or env.get(_ENV[role])
    settings: dict[str, object] = {}
    path = config_path()
    if value is None or not _is_url(value):
        remotes = _remotes(path)
        if value is None and len(remotes) == 1:
            value = next(iter(remotes))
        if value is None:
            raise KgError(
                f"no server given: pass a URL with --{role}, set {_ENV[role]}, "
                f"or describe the server in {path} ([remotes.NAME] with {role} = URL)"
            )
        if value not in remotes:
            known = ", ".join(sorted(remotes)) or "none"
            raise KgError(f"{value!r} is neither an http(s) URL nor a server named in {path} (named there: {known})")
        settings = remotes[value]
        if not isinstance(settings.get(role), str) or not _is_url(str(settings[role])):
            raise KgError(f"give this server's {role} URL (http or https)", where=path, field=f"remotes.{value}.{role}")
        value = str(settings[role])
    found_user = user or env.get("KG_USER") or settings.get("user")
    found_password = password or env.get("KG_PASSWORD") or settings.get("password")
    if timeout is not None:
        seconds = _timeout(timeout, "--timeout")
    elif env.get("KG_TIMEOUT"):
        seconds = _timeout(env["KG_TIMEOUT"], "KG_TIMEOUT")
    elif "timeout" in settings:
        seconds = _timeout(settings["timeout"], path, "timeout")
    else:
        seconds = DEFAULT_TIMEOUT
    return Remote(
        url=value,
        user=str(found_user) if found_user is not None else None,
        password=str(found_password) if found_password is not None else None,
        timeout=seconds,
    )
