"""Build StationDesk for PCs without Python: the PyInstaller folder, then the Linux packages.

    python installer/build.py [--dist DIR] [--tarball] [--deb] [--smoke]

Run it with the Python that has StationDesk and the ``build`` extra installed
(``pip install -c constraints.txt -e .[build]``). It writes into DIST (default ``dist/``):

- ``StationDesk/``: the one-folder build (StationDesk = the window, stationdesk-cli = the commands);
- ``--tarball``: ``StationDesk-<version>-linux-x86_64.tar.gz`` with the folder, a .desktop file, icons
  and per-user install.sh / uninstall.sh;
- ``--deb``: ``stationdesk_<version>_amd64.deb`` (/opt/stationdesk, /usr/bin/stationdesk);
- ``--smoke``: runs installer/smoke.py on what was built (non-zero exit status on any failure).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import contents

SPEC = contents.ROOT / "installer" / "stationdesk.spec"
PACKAGING = contents.ROOT / "installer" / "linux"
DEB_DEPENDS = (
    # What the bundle takes from the PC: PyInstaller leaves libc, the OpenGL/EGL stack and libxcb to
    # the system (xkbcommon, the xcb-* helpers, fontconfig's library, cups, krb5 travel in the bundle);
    # fontconfig's configuration, and a Chinese font for the window (the PDFs embed their own).
    # Kept short: on a PC without network, `dpkg -i` refuses the package if one is missing.
    "libc6 (>= 2.36)",
    "libgl1",
    "libegl1",
    "libxcb1",
    "libfontconfig1",
    "fonts-wqy-microhei | fonts-noto-cjk",
)
DEB_RECOMMENDS = ("libcups2", "xdg-desktop-portal")


def folder_mb(path: Path) -> float:
    total = sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())
    return total / 1_000_000


def _step(label: str, action: Callable[[], Path]) -> Path:
    started = time.perf_counter()
    result = action()
    size = folder_mb(result) if result.is_dir() else result.stat().st_size / 1_000_000
    print(f"build: {label}: {result} ({size:.1f} MB, {time.perf_counter() - started:.1f} s)", flush=True)
    return result


def pyinstaller(dist: Path, work: Path) -> Path:
    """The one-folder build, DIST/StationDesk; on Linux the CLI becomes a link to the identical GUI."""
    env = dict(os.environ)
    # The source tree being built comes first, whatever the Python's editable install points at.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(contents.SRC), env.get("PYTHONPATH")]))
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work)]
    completed = subprocess.run(command, env=env, check=False)
    if completed.returncode:
        raise SystemExit(f"build: PyInstaller failed (exit {completed.returncode})")
    folder = dist / contents.GUI_NAME
    _link_identical_cli(folder)
    return folder


def _link_identical_cli(folder: Path) -> None:
    """Where console and window programs are the same file (not Windows), keep one: saves the
    13 MB archive a second copy would carry."""
    if sys.platform == "win32":
        return
    gui, cli = folder / contents.GUI_NAME, folder / contents.CLI_NAME
    if cli.is_file() and not cli.is_symlink() and cli.read_bytes() == gui.read_bytes():
        cli.unlink()
        cli.symlink_to(gui.name)


def icon_pngs(target: Path) -> list[Path]:
    """The app icon in the hicolor sizes, below ``target`` as hicolor/NxN/apps/stationdesk.png."""
    from PIL import Image

    written = []
    with Image.open(contents.ICON) as source:
        for size in contents.ICON_SIZES:
            path = target / "hicolor" / f"{size}x{size}" / "apps" / f"{contents.APP_ID}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            source.convert("RGBA").resize((size, size), Image.Resampling.LANCZOS).save(path)
            written.append(path)
    return written


def desktop_entry(executable: str) -> str:
    template = (PACKAGING / "stationdesk.desktop").read_text(encoding="utf-8")
    return template.replace("@EXEC@", executable)


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def tarball(folder: Path, dist: Path) -> Path:
    """StationDesk-<version>-linux-x86_64.tar.gz: one top folder with app/, icons, the launcher
    template and the two per-user scripts."""
    name = f"StationDesk-{contents.version()}-linux-x86_64"
    target = dist / f"{name}.tar.gz"
    with tempfile.TemporaryDirectory(prefix="stationdesk-tar-") as tmp:
        stage = Path(tmp) / name
        stage.mkdir()
        icon_pngs(stage / "icons")
        (stage / f"{contents.APP_ID}.desktop").write_text(desktop_entry("@EXEC@"), encoding="utf-8")
        for script in ("install.sh", "uninstall.sh", "README.txt"):
            text = (PACKAGING / script).read_text(encoding="utf-8")
            (stage / script).write_text(text.replace("@VERSION@", contents.version()), encoding="utf-8")
            (stage / script).chmod(0o755 if script.endswith(".sh") else 0o644)
        with tarfile.open(target, "w:gz", compresslevel=6) as archive:
            archive.add(stage, arcname=name, filter=_tar_filter)
            archive.add(folder, arcname=f"{name}/app", filter=_tar_filter)
    return target


def deb(folder: Path, dist: Path) -> Path:
    """stationdesk_<version>_amd64.deb built with dpkg-deb (no root needed: --root-owner-group)."""
    version = contents.version()
    target = dist / f"{contents.APP_ID}_{version}_amd64.deb"
    with tempfile.TemporaryDirectory(prefix="stationdesk-deb-") as tmp:
        root = Path(tmp) / "root"
        program = root / "opt" / contents.APP_ID
        shutil.copytree(folder, program, symlinks=True)
        icon_pngs(root / "usr" / "share" / "icons")
        applications = root / "usr" / "share" / "applications"
        applications.mkdir(parents=True)
        (applications / f"{contents.APP_ID}.desktop").write_text(
            desktop_entry(f"/opt/{contents.APP_ID}/{contents.GUI_NAME}"), encoding="utf-8"
        )
        bin_dir = root / "usr" / "bin"
        bin_dir.mkdir(parents=True)
        (bin_dir / contents.APP_ID).symlink_to(f"/opt/{contents.APP_ID}/{contents.CLI_NAME}")
        control = root / "DEBIAN" / "control"
        control.parent.mkdir()
        installed_kb = int(folder_mb(root) * 1000 / 1.024)
        control.write_text(
            "\n".join(
                [
                    f"Package: {contents.APP_ID}",
                    f"Version: {version}",
                    "Section: misc",
                    "Priority: optional",
                    "Architecture: amd64",
                    "Maintainer: StationDesk <stationdesk@localhost>",
                    f"Installed-Size: {installed_kb}",
                    f"Depends: {', '.join(DEB_DEPENDS)}",
                    f"Recommends: {', '.join(DEB_RECOMMENDS)}",
                    "Description: front desk of a township social work station (社工站)",
                    " Reception, registry, volunteers, trainings and reports over one SQLite file per user",
                    " (~/.local/share/StationDesk), which removing the package leaves in place.",
                    "",
                ]
            ),
            encoding="utf-8",
        )
        command = ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(target)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python installer/build.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=contents.ROOT / "dist", help="output folder (dist/)")
    parser.add_argument(
        "--work", type=Path, default=None, help="PyInstaller's work folder (build/pyinstaller)"
    )
    parser.add_argument("--tarball", action="store_true", help="write the Linux .tar.gz")
    parser.add_argument("--deb", action="store_true", help="write the .deb (needs dpkg-deb)")
    parser.add_argument("--smoke", action="store_true", help="smoke-test the frozen build and packages")
    args = parser.parse_args(argv)
    linux = sys.platform.startswith("linux")
    if (args.tarball or args.deb) and not linux:
        parser.error("--tarball and --deb are Linux packages: build them on Linux")
    if args.deb and shutil.which("dpkg-deb") is None:
        parser.error("--deb needs dpkg-deb (apt-get install dpkg)")
    dist = args.dist.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    work = (args.work or contents.ROOT / "build" / "pyinstaller").resolve()
    started = time.perf_counter()
    folder = _step("PyInstaller folder", lambda: pyinstaller(dist, work))
    packed = _step("tarball", lambda: tarball(folder, dist)) if args.tarball else None
    debian = _step("deb", lambda: deb(folder, dist)) if args.deb else None
    code = 0
    if args.smoke:
        import smoke

        code = smoke.run(folder, tarball=packed, deb=debian)
    print(f"build: done in {time.perf_counter() - started:.0f} s", flush=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
