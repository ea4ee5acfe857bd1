"""Helpers for driving the browser headless."""

from __future__ import annotations

import pytest

from tests.app.factory import build
from tui.app.app import FrenemyApp
from tui.model import Dataset


@pytest.fixture(autouse=True)
def _no_user_config(tmp_path, monkeypatch) -> None:
    """Never read the keymap or the notes of whoever runs the tests."""
    monkeypatch.setenv("FRENEMY_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("FRENEMY_NOTES", str(tmp_path / "notes.json"))


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return build()


async def ready(pilot) -> None:
    """Wait until the dataset is scored and the main screen shows its first entity."""
    app = pilot.app
    for _ in range(500):
        if app.current_entity is not None and type(app.screen).__name__ == "MainScreen":
            break
        await pilot.pause(0.01)
    await pilot.pause()


def make_app(dataset: Dataset, **kwargs) -> FrenemyApp:
    return FrenemyApp(dataset, **kwargs)
