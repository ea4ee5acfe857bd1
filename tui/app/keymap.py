"""User key bindings: a TOML file mapping binding ids to keys.

Every binding of the browser has an id (``main.jump``, ``reader.close``…); the help screen
(``?``) lists them with the path of this file. To change keys, write ``keymap.toml`` in the
user config directory (``$FRENEMY_CONFIG_DIR`` if set; on Linux
``~/.config/frenemy/keymap.toml``, on macOS ``~/Library/Application Support/frenemy/``)::

    [keymap]
    "main.jump" = "semicolon"          # one key
    "main.back" = "H,ctrl+o"           # several keys, comma separated

Keys use Textual's names (``ctrl+o``, ``question_mark``, ``f1``…). A binding that the file
does not name keeps its default key.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

KEYMAP_FILE = "keymap.toml"


class KeymapError(Exception):
    """A keymap file that cannot be used, described in one line."""


def config_dir() -> Path:
    """Where frenemy reads its configuration: ``$FRENEMY_CONFIG_DIR`` or the platform's place."""
    override = os.environ.get("FRENEMY_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("frenemy"))


def keymap_path() -> Path:
    return config_dir() / KEYMAP_FILE


def load_keymap(path: Path | None = None) -> dict[str, str]:
    """The ``[keymap]`` table of ``path`` (default: the user's file); empty when there is none."""
    path = keymap_path() if path is None else path
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise KeymapError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        document = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise KeymapError(f"{path}: not valid UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise KeymapError(f"{path}: invalid TOML: {exc}") from None
    table = document.get("keymap", {})
    if not isinstance(table, dict):
        raise KeymapError(f"{path}: keymap: expected a table of binding ids to keys")
    keymap: dict[str, str] = {}
    for binding_id, keys in table.items():
        if isinstance(keys, list) and all(isinstance(key, str) for key in keys):
            keys = ",".join(keys)
        if not isinstance(keys, str) or not keys.strip():
            raise KeymapError(f"{path}: keymap.{binding_id}: expected keys as a string")
        keymap[binding_id] = keys.replace(" ", "")
    return keymap
