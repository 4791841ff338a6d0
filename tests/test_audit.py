"""`make audit` (tools/audit.py): a known vulnerability fails; advisories out of reach are
reported as an audit not done, never as a clean one."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "tools" / "audit.py"


@pytest.fixture(scope="module")
def judge():
    spec = importlib.util.spec_from_file_location("audit", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.judge


def _package(name: str, vulns: list | None = None) -> dict:
    return {"name": name, "version": "1.0", "vulns": vulns or []}


def _skipped(name: str) -> dict:
    return {"name": name, "skip_reason": f"Dependency not found on PyPI: {name} (1.0)"}


def test_a_known_vulnerability_fails(judge) -> None:
    vuln = {"id": "PYSEC-2023-62", "fix_versions": ["2.2.5", "2.3.2"]}
    report = {"dependencies": [_package("flask", [vuln]), _package("click")], "fixes": []}
    code, message = judge(1, report, "")
    assert code == 1
    assert "flask 1.0: PYSEC-2023-62 (fixed in 2.2.5, 2.3.2)" in message


def test_no_vulnerability_passes(judge) -> None:
    code, message = judge(0, {"dependencies": [_package("flask"), _package("click")]}, "")
    assert (code, message) == (0, "No known vulnerabilities in the 2 locked packages.")


def test_advisories_answered_for_no_package_is_an_audit_not_done(judge) -> None:
    """pip-audit says "No known vulnerabilities found" and exits 0 when PyPI's JSON API answers
    404 for every package (a proxy that serves only the simple index)."""
    code, message = judge(0, {"dependencies": [_skipped("flask"), _skipped("click")]}, "")
    assert code == 0
    assert message.startswith("AUDIT NOT DONE")
    assert "none of the 2 locked packages" in message


def test_some_packages_not_checked_are_named(judge) -> None:
    code, message = judge(0, {"dependencies": [_package("flask"), _skipped("private")]}, "")
    assert code == 0
    assert message.endswith("not checked: private")


def test_an_unreachable_advisory_service_is_reported_not_failed(judge) -> None:
    errors = "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='pypi.org')"
    code, message = judge(1, None, f"Traceback (most recent call last):\n{errors}\n")
    assert code == 0
    assert message.startswith("AUDIT NOT DONE: the advisory source cannot be reached")
    assert errors in message


def test_other_failures_fail(judge) -> None:
    code, message = judge(1, None, "ERROR:pip_audit._cli:invalid requirements input: x.lock\n")
    assert code == 2
    assert "invalid requirements input" in message


def test_a_lock_that_is_not_there_fails(tmp_path) -> None:
    """The whole script, on a lock file that does not exist: pip-audit's own error, exit 2."""
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "missing.lock")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "invalid requirements input" in done.stdout
