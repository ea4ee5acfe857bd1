"""Any valid dataset, however hostile its text, opens in the browser and every view draws."""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, given, settings

from tests.app.conftest import make_app, ready
from tests.strategies import datasets

SLOW_OK = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]


async def _first_frame(dataset) -> None:
    app = make_app(dataset)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert type(app.screen).__name__ == "MainScreen"
        assert app.current_entity in {e.id for e in dataset.entities}
        await pilot.press("r", "escape", "t", "escape")
        assert app.is_running


@settings(max_examples=12, deadline=None, suppress_health_check=SLOW_OK)
@given(datasets())
def test_any_valid_dataset_opens_in_the_browser(dataset) -> None:
    asyncio.run(_first_frame(dataset))
