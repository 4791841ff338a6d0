"""The site benchmarks' HTTP side: one timed request on loopback, waiting for a server to
answer, and latency percentiles."""

from __future__ import annotations

import http.client
import time
from dataclasses import dataclass


@dataclass
class Reply:
    """What one request got back, and how long it took."""

    status: int
    ms: float
    location: str | None
    cookies: list[str]  # the Set-Cookie headers
    body: str


def request(
    port: int,
    method: str,
    path: str,
    cookie: str = "",
    *,
    body: bytes = b"",
    kind: str = "",
) -> Reply:
    """Send one request on a new connection (gunicorn's sync workers close each one), with the
    session cookie *cookie*; read the whole answer."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {"Cookie": f"session={cookie}"} if cookie else {}
    if body:
        headers["Content-Type"] = kind or "application/x-www-form-urlencoded"
    start = time.perf_counter()
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
    finally:
        connection.close()
    return Reply(
        response.status,
        (time.perf_counter() - start) * 1000,
        response.getheader("Location"),
        response.headers.get_all("Set-Cookie") or [],
        text,
    )


def wait_until_up(port: int, seconds: float = 30) -> None:
    """Return once /health answers 200; SystemExit if it does not within *seconds*."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if request(port, "GET", "/health").status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"the server on port {port} did not answer /health in {seconds:.0f} s")


def percentile(values: list[float], q: float) -> float:
    """The value below which a fraction *q* of *values* lie (nearest rank; 0 when empty)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))]
