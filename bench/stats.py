"""Medians and ratios: every figure of the suite is a ratio against a baseline of the same run.

The machine is shared and noisy, so a figure is never one timing: the measured code and its
baseline are run alternately, many times, and compared by their medians.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence


def summary(samples: Sequence[float]) -> dict[str, float | int]:
    """Median, spread and count of ``samples`` (seconds), for results.json."""
    ordered = sorted(samples)
    return {
        "median": statistics.median(ordered),
        "p10": ordered[len(ordered) // 10],
        "p90": ordered[(len(ordered) * 9) // 10 - (1 if len(ordered) % 10 == 0 else 0)],
        "min": ordered[0],
        "max": ordered[-1],
        "n": len(ordered),
    }


def alternate(
    runs: int, measured: Callable[[], float], baseline: Callable[[], float]
) -> tuple[list[float], list[float]]:
    """Time ``measured`` and ``baseline`` ``runs`` times each, in ABBA order.

    Alternating cancels slow drifts of the machine's load; ABBA also cancels the advantage of
    always going second (warm caches).
    """
    ours: list[float] = []
    theirs: list[float] = []
    for round_number in range(runs):
        if round_number % 2:
            theirs.append(baseline())
            ours.append(measured())
        else:
            ours.append(measured())
            theirs.append(baseline())
    return ours, theirs


def ratio(measured: Sequence[float], baseline: Sequence[float]) -> float:
    return statistics.median(measured) / statistics.median(baseline)
