"""Files written whole or not at all: readers see the old file or the new one, never half of either."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.errors import KgError


def check_target(path: Path) -> Path:
    """The folder ``path`` will be written into; a ``KgError`` if ``path`` is a folder or its folder is missing.

    Commands call it before their work, so that a wrong output path fails at once, not after a long build.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise KgError("a folder, not a file; give a file name, e.g. a graph.ttl inside it", where=path)
    if not folder.is_dir():
        raise KgError("the folder to write into does not exist; create it first", where=folder)
    return folder


def write_atomic(path: Path, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to ``path`` all at once: readers see the old file or the new one.

    ``durable`` also waits for the disk (fsync); a cache can do without.
    """
    folder = check_target(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise KgError(f"cannot write there: {err.strerror}", where=path) from None
    try:
        if path.exists():  # keep the permissions the old file had
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        else:  # mkstemp makes the file private; give it the usual umask permissions
            umask = os.umask(0o022)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as err:
        Path(temporary).unlink(missing_ok=True)
        raise KgError(f"cannot write it: {err.strerror}; the old file, if any, is untouched", where=path) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
