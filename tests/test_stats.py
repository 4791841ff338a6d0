"""Item analysis and charts, checked against independent computations."""

from __future__ import annotations

import datetime as dt
import statistics as pystats
import xml.etree.ElementTree as ET

import pytest

from quiz import charts, stats
from quiz.stats import ItemResult


def attempts_from(rows: list[list[int]]) -> list[list[ItemResult]]:
    """Rows of 0/1 per question; the chosen text is 'right' or 'wrong'."""
    return [
        [ItemResult(q, bool(v), "right" if v else "wrong") for q, v in enumerate(row)]
        for row in rows
    ]


ROWS = [[1, 1, 1], [1, 1, 0], [1, 0, 0], [0, 1, 0], [0, 0, 0], [1, 1, 1]]
OPTIONS = {q: [("right", True), ("wrong", False), ("never", False)] for q in range(3)}


def test_facility_and_discrimination_match_an_independent_computation() -> None:
    found = stats.item_statistics(attempts_from(ROWS), OPTIONS)
    for question, item in enumerate(found):
        scores = [row[question] for row in ROWS]
        rests = [sum(row) - row[question] for row in ROWS]
        assert item.facility == pytest.approx(sum(scores) / len(ROWS))
        assert item.discrimination == pytest.approx(pystats.correlation(scores, rests))
        assert item.attempts == len(ROWS)
        assert item.choices["right"] == sum(scores)


def test_flags_unchosen_distractors_and_negative_discrimination() -> None:
    # The best students get question 2 wrong, the weakest get it right.
    rows = [[1, 1, 0], [1, 1, 0], [1, 0, 0], [0, 0, 1], [0, 0, 1]]
    found = stats.item_statistics(attempts_from(rows), OPTIONS)
    assert "negative discrimination" in found[2].flags
    assert all('nobody chose "never"' in item.flags for item in found)
    few = stats.item_statistics(attempts_from(rows[:4]), OPTIONS)
    assert not any(f.startswith("nobody chose") for item in few for f in item.flags)


def test_no_variation_means_no_discrimination() -> None:
    assert stats.pearson([1, 1, 1], [0, 1, 2]) is None
    assert stats.item_statistics([], OPTIONS)[0].facility is None


def test_distribution_counts_each_tenth_and_puts_100_in_the_last() -> None:
    assert stats.distribution([0, 9.9, 10, 55, 100, 100]) == [2, 1, 0, 0, 0, 1, 0, 0, 0, 2]


def test_charts_are_well_formed_svg() -> None:
    histogram = ET.fromstring(str(charts.histogram([1, 0, 3, 0, 0, 0, 0, 0, 0, 2], "Scores")))
    bars = histogram.findall("{http://www.w3.org/2000/svg}rect") or histogram.findall("rect")
    assert len(bars) == 10
    when = dt.datetime(2026, 1, 1)
    days = (0, 1, 10)
    points = [
        (when + dt.timedelta(days=d), p, f"/attempts/{i}?a=1&b=2")
        for i, (d, p) in enumerate(zip(days, [20.0, 60.0, 100.0], strict=True))
    ]
    line = ET.fromstring(str(charts.line(points, "A <b>title</b>")))
    links = line.findall("a")
    assert [a.get("href") for a in links] == [f"/attempts/{i}?a=1&b=2" for i in range(3)]
    xs = [float(a.find("circle").get("cx")) for a in links]
    assert (xs[1] - xs[0]) * 9 == pytest.approx(xs[2] - xs[1])  # placed by date, not by order
    dates = [t.text for t in line.findall("text") if t.get("class") == "x"]
    assert dates == ["2026-01-01", "2026-01-06", "2026-01-11"]
    assert line.find("title").text == "A <b>title</b>"  # escaped in the markup, intact here
    assert ET.fromstring(str(charts.line([], "Empty"))).tag == "svg"
