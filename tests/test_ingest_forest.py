"""The one cycle breaker."""

from __future__ import annotations

from unorg_desktop.ingest.forest import Forest


def test_lines_that_would_close_a_cycle_are_refused() -> None:
    f = Forest()
    assert f.add("a", "b") and f.add("b", "c")
    assert f.closes_cycle("c", "a") and not f.add("c", "a")  # c -> a -> b -> c
    assert not f.add("x", "x")  # a unit is never its own parent
    assert f.add("a", "c")  # a second parent that closes nothing (a -> b -> c and a -> c)
    assert not f.add("c", "b")  # b -> c already
    assert f.add("d", "a") and not f.add("c", "d")


def test_a_long_chain_is_checked_without_recursion() -> None:
    f = Forest()
    for i in range(50_000):
        assert f.add(i, i + 1)
    assert f.closes_cycle(50_000, 0) and not f.closes_cycle(0, 50_000)
