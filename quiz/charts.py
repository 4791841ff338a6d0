"""Charts as inline SVG, drawn on the server, so pages need no JavaScript."""

from __future__ import annotations

import datetime as dt

from markupsafe import Markup, escape

WIDTH, HEIGHT, MARGIN = 480, 220, 32


def histogram(counts: list[int], title: str) -> Markup:
    """Bars for the share of scores in each tenth of 0-100%."""
    top = max(counts, default=0) or 1
    plot_w, plot_h = WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN
    bar_w = plot_w / max(1, len(counts))
    parts = []
    for i, count in enumerate(counts):
        height = plot_h * count / top
        x = MARGIN + i * bar_w
        y = MARGIN + plot_h - height
        low, high = i * 100 // len(counts), (i + 1) * 100 // len(counts)
        parts.append(
            f'<rect x="{x + 2:.1f}" y="{y:.1f}" width="{bar_w - 4:.1f}" height="{height:.1f}">'
            f"<title>{low}-{high}%: {count}</title></rect>"
        )
        if count:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{y - 4:.1f}">{count}</text>')
    for value in (0, 50, 100):
        x = MARGIN + plot_w * value / 100
        parts.append(f'<text x="{x:.1f}" y="{HEIGHT - 10}">{value}%</text>')
    return _svg(title, parts)


def line(points: list[tuple[dt.datetime, float, str]], title: str) -> Markup:
    """Scores (percent) over time, one dot per attempt placed by its date, each linking to its
    page (*points*: when, percent, link); the date axis is labelled at its ends and middle."""
    left = MARGIN + 12  # room for "100%"
    plot_w, plot_h = WIDTH - left - MARGIN, HEIGHT - 2 * MARGIN - 12  # room for the dates
    first = min((when for when, _v, _l in points), default=None)
    last = max((when for when, _v, _l in points), default=None)
    span = (last - first).total_seconds() if first and last else 0.0

    def x_of(when: dt.datetime) -> float:
        if not span:
            return left + plot_w / 2
        return left + plot_w * (when - first).total_seconds() / span

    parts = []
    for value in (0, 50, 100):
        y = MARGIN + plot_h * (1 - value / 100)
        parts.append(
            f'<line class="axis" x1="{left}" y1="{y:.1f}" x2="{WIDTH - MARGIN}" y2="{y:.1f}"/>'
            f'<text class="y" x="{left - 4}" y="{y + 4:.1f}">{value}%</text>'
        )
    if first and last:
        ticks = [first, last] if span else [first]
        if span > 2 * 86400:
            ticks.insert(1, first + (last - first) / 2)
        for when in ticks:
            parts.append(
                f'<text class="x" x="{x_of(when):.1f}" y="{HEIGHT - 8}">{when:%Y-%m-%d}</text>'
            )
    coordinates = [(x_of(when), MARGIN + plot_h * (1 - value / 100)) for when, value, _ in points]
    if len(coordinates) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coordinates)
        parts.append(f'<polyline points="{path}"/>')
    for (x, y), (when, value, link) in zip(coordinates, points, strict=True):
        label = escape(f"{when:%Y-%m-%d %H:%M}: {value:.0f}%")
        dot = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5"><title>{label}</title></circle>'
        parts.append(f'<a href="{escape(link)}" aria-label="{label}">{dot}</a>' if link else dot)
    return _svg(title, parts, links=any(link for _w, _v, link in points))


def _svg(title: str, parts: list[str], *, links: bool = False) -> Markup:
    """The chart as inline SVG: an image, or a group when it holds links (an image's content
    is hidden from assistive technology, links included)."""
    body = "".join(parts)
    role = "group" if links else "img"
    return Markup(
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="{role}" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>{body}</svg>'
    )
