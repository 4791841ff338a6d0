"""Real processes for the fault and Redis tests: polling with a bound, free ports, and
`quiz worker` started and killed as a process group."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import pytest

WAIT = 60.0  # seconds any poll may take on a loaded machine before the test fails


def until(condition: Callable[[], Any], what: str) -> Any:
    """Poll *condition* until it returns something true (which is returned), or fail."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.05)
    pytest.fail(f"waited {WAIT:.0f} s: {what}")


def free_port() -> int:
    """A TCP port on the loopback that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_worker(env: dict[str, str], hooked: bool = False) -> subprocess.Popen:
    """`quiz worker` in its own process group (its job processes with it); *hooked* imports
    the module fault_hook (on the PYTHONPATH *env* gives) first."""
    run = "import runpy; runpy.run_module('quiz', run_name='__main__')"
    command = [sys.executable, "-c", ("import fault_hook; " if hooked else "") + run, "worker"]
    return subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def kill_group(process: subprocess.Popen) -> None:
    """Kill a process started in its own group, and everything it started."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=WAIT)


def made_by_worker(client: Any, job_page: str, what: str) -> Any:
    """Poll a new quiz's job page until the worker has made the quiz (the page then redirects
    to its review); that redirect."""

    def made() -> Any:
        response = client.get(job_page)
        return response.status_code == 302 and response

    return until(made, what)
