"""`make audit`: pip-audit on the lock files, which reports rather than fails when its advisory
source cannot be reached.

Exit 0 when no locked package has a known vulnerability, and also when the advisories could not
be read (said on the first line of the output: nothing was checked); exit 1 when a package has a
known vulnerability; exit 2 when pip-audit failed for another reason.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

FOUND, FAILED = 1, 2
# What pip-audit's requests raise when the advisory service is out of reach.
UNREACHABLE = (
    "ConnectionError",
    "NameResolutionError",
    "Max retries exceeded",
    "Timeout",
    "SSLError",
    "ServiceError",
)


def judge(returncode: int, report: dict[str, Any] | None, errors: str) -> tuple[int, str]:
    """The exit code and the message for one run of pip-audit: its code, its JSON report (None
    when it wrote none) and its standard error."""
    if report is None:
        if any(marker in errors for marker in UNREACHABLE):
            last = errors.strip().splitlines()[-1] if errors.strip() else ""
            return 0, f"AUDIT NOT DONE: the advisory source cannot be reached ({last})"
        return FAILED, f"pip-audit failed (exit {returncode}):\n{errors.strip()}"
    packages = report.get("dependencies", [])
    vulnerable = [package for package in packages if package.get("vulns")]
    if vulnerable:
        lines = [
            f"  {package['name']} {package['version']}: {vuln['id']}"
            f" (fixed in {', '.join(vuln.get('fix_versions') or ['no release yet'])})"
            for package in vulnerable
            for vuln in package["vulns"]
        ]
        return FOUND, "Known vulnerabilities in the locked packages:\n" + "\n".join(lines)
    skipped = [package for package in packages if "skip_reason" in package]
    if packages and len(skipped) == len(packages):
        reason = skipped[0]["skip_reason"]
        return 0, (
            f"AUDIT NOT DONE: the advisory source answered for none of the {len(packages)} "
            f"locked packages, so nothing was checked (first: {reason})"
        )
    if skipped:
        names = ", ".join(package["name"] for package in skipped)
        return 0, (
            f"No known vulnerabilities in {len(packages) - len(skipped)} locked packages; "
            f"not checked: {names}"
        )
    return 0, f"No known vulnerabilities in the {len(packages)} locked packages."


def audit(locks: list[str]) -> tuple[int, str]:
    """Run pip-audit on the hash-pinned *locks* (no environment is built: --disable-pip)."""
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "audit.json"
        command = [sys.executable, "-m", "pip_audit", "--require-hashes", "--disable-pip"]
        command += [argument for lock in locks for argument in ("-r", lock)]
        command += ["--progress-spinner", "off", "--format", "json", "--output", str(output)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        written = output.read_text(encoding="utf-8") if output.exists() else ""
    return judge(done.returncode, json.loads(written) if written else None, done.stderr)


if __name__ == "__main__":
    code, message = audit(sys.argv[1:] or ["requirements.lock", "requirements-dev.lock"])
    print(message)
    sys.exit(code)
