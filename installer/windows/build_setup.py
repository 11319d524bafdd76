"""Build StationDesk-<version>-setup.exe from the one-folder build with Inno Setup 6 (Windows).

    python installer/windows/build_setup.py [--build dist/StationDesk] [--iscc PATH] [--dry-run]

Reads the version from the package (src/stationdesk/__init__.py __version__), lints the script
against the build folder (check_iss.py), then runs
    ISCC /DAppVersion=<version> /DAppNumericVersion=<a.b.c.d> /DBuildDir=<build> /O<dist> StationDesk.iss
The setup lands in dist/. Without Inno Setup (ISCC.exe not on PATH nor in its usual folders) it
says so and exits 2; --dry-run prints the command without running it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ISS = HERE / "StationDesk.iss"
NO_INNO = 2

sys.path.insert(0, str(HERE.parent))
import contents  # noqa: E402  (installer/contents.py: what the build holds, the version)


def numeric_version(version: str) -> str:
    """The a.b.c.d Windows puts in the setup's file properties: '0.2.0rc1' -> '0.2.0.0'."""
    release = re.match(r"\d+(\.\d+)*", version)
    numbers = [int(n) for n in release.group(0).split(".")][:4] if release else []
    return ".".join(str(n) for n in [*numbers, 0, 0, 0, 0][:4])


def find_iscc(explicit: str | None = None) -> Path | None:
    """ISCC.exe: --iscc, then PATH, then Inno Setup 6's usual install folders."""
    if explicit:
        return Path(explicit) if Path(explicit).is_file() else None
    on_path = shutil.which("ISCC") or shutil.which("iscc")
    if on_path:
        return Path(on_path)
    folders = [os.environ.get(name) for name in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA")]
    for folder in filter(None, folders):
        for sub in ("Inno Setup 6", "Programs\\Inno Setup 6"):
            candidate = Path(folder) / sub / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


def iscc_command(iscc: Path | str, build: Path, version: str, output: Path) -> list[str]:
    return [
        str(iscc),
        f"/DAppVersion={version}",
        f"/DAppNumericVersion={numeric_version(version)}",
        f"/DBuildDir={build.resolve()}",
        f"/DOutputDir={output.resolve()}",
        str(ISS),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--build", type=Path, default=ROOT / "dist" / "StationDesk", help="the one-folder build"
    )
    parser.add_argument("--output", type=Path, default=ROOT / "dist", help="where the setup .exe goes")
    parser.add_argument("--iscc", help="path to ISCC.exe (Inno Setup 6.3 or newer)")
    parser.add_argument("--dry-run", action="store_true", help="print the ISCC command, run nothing")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(HERE))
    from check_iss import check

    problems = check(ISS, args.build)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    version = contents.version()
    iscc = find_iscc(args.iscc)
    command = iscc_command(iscc or "ISCC.exe", args.build, version, args.output)
    if args.dry_run:
        print(subprocess.list2cmdline(command))
        return 0
    if iscc is None:
        print(
            "Inno Setup 6 is not installed here (no ISCC.exe on PATH or in Program Files), so no setup "
            "was built. On Windows, install Inno Setup 6.3+ from https://jrsoftware.org/isdl.php, or run:\n  "
            + subprocess.list2cmdline(command),
            file=sys.stderr,
        )
        return NO_INNO
    completed = subprocess.run(command, check=False)
    if completed.returncode == 0:
        print(f"built {args.output.resolve() / f'StationDesk-{version}-setup.exe'}")
    return completed.returncode


if __name__ == "__main__":
    raise SystemExit(main())
