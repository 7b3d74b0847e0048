"""Every way a claim's period is decided, and the instants it is measured at."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from frontline.anchors import resolve_period
from frontline.check.periods import period_instants
from frontline.instants import end_of_day

PUB = date(2023, 8, 14)


def _period(**kw):
    base = dict(
        kind="area_change",
        period_start=None,
        period_end=PUB,
        cumulative=False,
        published=PUB,
        text="",
        gainer="UA",
    )
    base.update(kw)
    return resolve_period(**base)


def _days(p) -> float:
    t0, t1 = period_instants(p)
    return (t1 - t0) / timedelta(days=1)


@pytest.mark.parametrize(
    ("kw", "how", "days"),
    [
        # a stated week: from the end of the day before to the end of Sunday
        (
            dict(period_start=date(2023, 8, 7), period_end=date(2023, 8, 13)),
            "stated period",
            7,
        ),
        # one stated day of an area figure is that day
        (dict(period_start=PUB, period_end=PUB), "stated period", 1),
        # "captured X on Thursday": the 7 days up to Thursday, never zero
        (
            dict(kind="settlement_control", period_start=PUB, period_end=PUB),
            "a dated event",
            7,
        ),
        (dict(kind="advance", period_start=PUB, period_end=PUB), "a dated event", 7),
        (dict(kind="settlement_control"), "no start stated", 7),
        (dict(kind="advance"), "no start stated", 7),
        (dict(cumulative=True, text="in total"), "running total since", 72),
        (
            dict(period_end=None, text="since the beginning of the year", gainer="RU"),
            "named in the text",
            226,
        ),
        (dict(kind="fighting"), "state at", 0),
    ],
)
def test_every_how_gives_the_window_it_promises(kw, how, days):
    p = _period(**kw)
    assert p.ok and how in p.how, p.how
    assert _days(p) == days
    assert period_instants(p)[1] == end_of_day(p.end)


def test_a_stated_period_is_never_read_as_a_state():
    """'stated period' starts with 'state' but is a period, not a state."""
    p = _period(period_start=date(2023, 8, 13), period_end=date(2023, 8, 13))
    assert not p.state and _days(p) == 1


@pytest.mark.parametrize(
    ("kw", "how"),
    [
        (dict(published=None, period_end=None), "no date in the claim"),
        (
            dict(cumulative=True, period_end=date(2021, 5, 1), text="in total"),
            "running total with no start",
        ),
        (dict(period_end=None), "no period stated for the area figure"),
        (
            dict(period_start=date(2023, 8, 20), period_end=date(2023, 8, 13)),
            "period start 2023-08-20 after its end",
        ),
    ],
)
def test_claims_without_a_period_say_why(kw, how):
    p = _period(**kw)
    assert not p.ok and p.how.startswith(how), p.how
