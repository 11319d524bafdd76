"""Smoke test of the FROZEN StationDesk (never the venv's): each check prints PASS or FAIL with why.

    python installer/smoke.py [--dist DIR]     # after: python installer/build.py [--tarball] [--deb]

Every program runs with a fresh HOME and data folders, no PYTHONPATH, from a scratch folder, offscreen
(QT_QPA_PLATFORM=offscreen). The exit status is 1 if any check failed. build.py --smoke calls run().
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import contents

TIMEOUT_S = 300.0
CJK = re.compile(r"[\u4e00-\u9fff]")
OLD_DATABASE = contents.ROOT / "tests" / "fixtures" / "schema_0001.sqlite3"


class CheckFailed(Exception):
    """One check's failure, in a sentence."""


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


def last_month(today: date) -> str:
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return f"{year:04d}-{month:02d}"


class Smoke:
    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.home = scratch / "home"
        self.home.mkdir()
        self.results: list[tuple[str, bool, float, str]] = []

    def env(self) -> dict[str, str]:
        """A clean environment: nothing of the developer's Python, HOME and XDG folders fresh."""
        keep = ("PATH", "LANG", "LC_ALL", "TZ", "TMPDIR", "SYSTEMROOT")
        env = {name: os.environ[name] for name in keep if name in os.environ}
        env.update(
            HOME=str(self.home),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_RUNTIME_DIR=str(self.scratch),
            QT_QPA_PLATFORM="offscreen",
        )
        return env

    def run(self, program: Path | str, *args: str, env: dict[str, str] | None = None) -> Ran:
        try:
            completed = subprocess.run(
                [str(program), *args],
                cwd=self.scratch,
                env=env or self.env(),
                capture_output=True,
                text=True,
                timeout=TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise CheckFailed(
                f"{Path(str(program)).name} {' '.join(args)} did not end in {TIMEOUT_S:.0f} s"
            ) from exc
        except OSError as exc:
            raise CheckFailed(f"cannot start {program}: {exc}") from exc
        return Ran(completed.returncode, completed.stdout, completed.stderr)

    def ok(self, program: Path | str, *args: str, env: dict[str, str] | None = None) -> Ran:
        """Run and require exit status 0."""
        ran = self.run(program, *args, env=env)
        if ran.returncode != 0:
            tail = " | ".join((ran.stderr or ran.stdout).strip().splitlines()[-3:])
            raise CheckFailed(f"exit {ran.returncode}: {tail or '(no output)'}")
        return ran

    def check(self, name: str, action: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail, passed = action(), True
        except CheckFailed as exc:
            detail, passed = str(exc), False
        seconds = time.perf_counter() - started
        self.results.append((name, passed, seconds, detail))
        verdict = "PASS" if passed else "FAIL"
        print(f"smoke: {verdict} {name} ({seconds:.1f} s){': ' + detail if detail else ''}", flush=True)

    @property
    def failed(self) -> list[str]:
        return [name for name, passed, _, _ in self.results if not passed]


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def check_folder(smoke: Smoke, folder: Path) -> None:
    """The frozen commands of the issue: --version, demo, check, report monthly, smoke, an upgrade."""
    cli = folder / contents.executable_name(contents.CLI_NAME)
    gui = folder / contents.executable_name(contents.GUI_NAME)
    db = smoke.scratch / "demo.sqlite3"
    expected = f"StationDesk {contents.version()}"

    def version() -> str:
        for program in (cli, gui):
            printed = smoke.ok(program, "--version").stdout.strip()
            _expect(printed == expected, f"{program.name} --version printed {printed!r}, not {expected!r}")
        return expected

    def demo() -> str:
        smoke.ok(cli, "demo", "--db", str(db), "--years", "1")
        _expect(db.is_file(), f"no database at {db}")
        return f"{db.stat().st_size / 1e6:.1f} MB"

    def check() -> str:
        report = json.loads(smoke.ok(cli, "check", "--db", str(db), "--json").stdout)
        _expect(report["ok"], f"the check found problems: {report['problems']}")
        _expect(report["schema_revision"] == report["head_revision"], f"schema {report['schema_revision']}")
        return f"schema {report['schema_revision']}, {sum(report['row_counts'].values()):,} rows"

    def report() -> str:
        pdf, month = smoke.scratch / "monthly.pdf", last_month(date.today())
        smoke.ok(cli, "report", "monthly", "--db", str(db), "--month", month, "--out", str(pdf))
        _expect(pdf.is_file() and pdf.stat().st_size > 0, f"no PDF at {pdf}")
        if shutil.which("pdftotext") is None:
            return f"{month}: {pdf.stat().st_size // 1000} kB (pdftotext missing: text not checked)"
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=False
        ).stdout
        chinese = "".join(CJK.findall(text))
        _expect(len(chinese) >= 20, f"pdftotext finds no Chinese in the report ({len(chinese)} characters)")
        return f"{month}: {pdf.stat().st_size // 1000} kB, {len(chinese)} Chinese characters"

    def window() -> str:
        ran = smoke.ok(cli, "smoke", "--db", str(db))
        return " ".join(ran.stdout.split())[:100]

    def upgrade() -> str:
        old = smoke.scratch / "old.sqlite3"
        shutil.copy2(OLD_DATABASE, old)
        report = json.loads(smoke.ok(cli, "check", "--db", str(old), "--json").stdout)
        _expect(report["schema_revision"] == report["head_revision"], f"still {report['schema_revision']}")
        copies = list(smoke.scratch.glob("old.before-upgrade-from-*.sqlite3"))
        _expect(bool(copies), "no copy aside before the upgrade")
        return f"0001 -> {report['head_revision']}, copy {copies[0].name}"

    smoke.check("--version", version)
    smoke.check("demo --years 1", demo)
    if db.is_file():
        smoke.check("check", check)
        smoke.check("report monthly (PDF, Chinese text)", report)
        smoke.check("smoke: main window, pages, exit 0", window)
    if OLD_DATABASE.is_file():
        smoke.check("upgrade a schema-0001 database", upgrade)
    smoke.check("the Windows setup script names only files of this build", lambda: windows_script(folder))


def windows_script(folder: Path) -> str:
    """The Inno Setup script linted against this build (no Inno Setup here: see windows/check_iss.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent / "windows"))
    import check_iss

    problems = check_iss.check(check_iss.ISS, folder)
    _expect(not problems, "; ".join(problems))
    return f"{check_iss.ISS.name}: OK"


def check_tarball(smoke: Smoke, archive: Path) -> None:
    """Unpack, run the unpacked program, then install.sh / uninstall.sh into a scratch HOME."""
    unpacked = smoke.scratch / "tarball"

    def unpack() -> str:
        with tarfile.open(archive) as tar:
            tar.extractall(unpacked, filter="tar")
        (top,) = unpacked.iterdir()
        printed = smoke.ok(top / "app" / contents.CLI_NAME, "--version").stdout.strip()
        _expect(printed == f"StationDesk {contents.version()}", f"--version printed {printed!r}")
        return printed

    def install() -> str:
        (top,) = unpacked.iterdir()
        share = smoke.home / ".local" / "share"
        data = share / "StationDesk" / "stationdesk.sqlite3"
        data.parent.mkdir(parents=True, exist_ok=True)
        data.write_bytes(b"the user's records")
        smoke.ok("sh", str(top / "install.sh"))
        smoke.ok("sh", str(top / "install.sh"))  # the same again, as an update does
        launcher = share / "applications" / "stationdesk.desktop"
        _expect(launcher.is_file(), f"no {launcher}")
        exec_line = next((ln for ln in launcher.read_text().splitlines() if ln.startswith("Exec=")), "")
        _expect(str(share / "stationdesk-app" / "StationDesk") in exec_line, f"launcher says {exec_line!r}")
        _expect((share / "icons" / "hicolor" / "256x256" / "apps" / "stationdesk.png").is_file(), "no icon")
        printed = smoke.ok(smoke.home / ".local" / "bin" / "stationdesk", "--version").stdout.strip()
        _expect(
            printed == f"StationDesk {contents.version()}", f"~/.local/bin/stationdesk printed {printed!r}"
        )
        said = smoke.ok("sh", str(share / "stationdesk-app" / "uninstall.sh")).stdout
        _expect(not (share / "stationdesk-app").exists(), "uninstall.sh left the program")
        _expect(not launcher.exists(), "uninstall.sh left the launcher")
        _expect(data.read_bytes() == b"the user's records", "uninstall.sh touched the database")
        _expect(str(data.parent) in said, "uninstall.sh does not say where the data is")
        return "installed twice, ran ~/.local/bin/stationdesk, uninstalled; the database stayed"

    smoke.check(f"tarball {archive.name}: unpack and run", unpack)
    if unpacked.is_dir():
        smoke.check("tarball: install.sh, update, uninstall.sh (per user)", install)


def check_deb(smoke: Smoke, package: Path) -> None:
    def listing() -> str:
        ran = smoke.ok("dpkg-deb", "--contents", str(package))
        paths = {
            line.split()[5].removeprefix(".") for line in ran.stdout.splitlines() if len(line.split()) >= 6
        }
        needed = {
            f"/opt/stationdesk/{contents.GUI_NAME}",
            f"/opt/stationdesk/{contents.CLI_NAME}",
            "/opt/stationdesk/_internal/stationdesk/store/migrations/env.py",
            "/usr/bin/stationdesk",
            "/usr/share/applications/stationdesk.desktop",
            "/usr/share/icons/hicolor/256x256/apps/stationdesk.png",
        }
        missing = sorted(needed - paths)
        _expect(not missing, f"the .deb lacks {', '.join(missing)}")
        depends = smoke.ok("dpkg-deb", "--field", str(package), "Depends").stdout.strip()
        _expect("libegl1" in depends and "fonts-wqy-microhei" in depends, f"Depends: {depends}")
        return f"{len(paths)} entries; Depends: {depends}"

    def extracted() -> str:
        root = smoke.scratch / "deb"
        smoke.ok("dpkg-deb", "-x", str(package), str(root))
        printed = smoke.ok(root / "opt" / "stationdesk" / contents.CLI_NAME, "--version").stdout.strip()
        _expect(printed == f"StationDesk {contents.version()}", f"--version printed {printed!r}")
        return printed

    smoke.check(f"deb {package.name}: contents", listing)
    smoke.check("deb: extracted program runs", extracted)


def run(folder: Path, tarball: Path | None = None, deb: Path | None = None) -> int:
    """Run every check that applies; returns the exit status (0 only if all passed)."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="stationdesk-smoke-") as tmp:
        smoke = Smoke(Path(tmp))
        check_folder(smoke, folder)
        if tarball is not None:
            check_tarball(smoke, tarball)
        if deb is not None:
            check_deb(smoke, deb)
    seconds = time.perf_counter() - started
    if smoke.failed:
        print(f"smoke: FAILED {len(smoke.failed)} of {len(smoke.results)} checks: {'; '.join(smoke.failed)}")
        return 1
    print(f"smoke: all {len(smoke.results)} checks of the frozen build passed in {seconds:.0f} s")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python installer/smoke.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=contents.ROOT / "dist", help="build.py's output (dist/)")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    folder = dist / contents.GUI_NAME
    if not (folder / contents.executable_name(contents.CLI_NAME)).exists():
        print(f"smoke: no frozen build in {folder}; run: python installer/build.py", file=sys.stderr)
        return 2
    version = contents.version()
    tarball = dist / f"StationDesk-{version}-linux-x86_64.tar.gz"
    deb = dist / f"{contents.APP_ID}_{version}_amd64.deb"
    return run(folder, tarball if tarball.is_file() else None, deb if deb.is_file() else None)


if __name__ == "__main__":
    raise SystemExit(main())
