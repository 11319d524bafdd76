#!/usr/bin/env bash
# Compile installer/windows/StationDesk.iss with the real Inno Setup compiler under wine, on a
# Debian 12 (amd64) machine: an optional tool, not run by the test command (wine and npm are not in CI).
#
#   bash installer/windows/wine_check.sh [BUILD_DIR] [WORK_DIR]
#
# BUILD_DIR: the one-folder build (default dist/StationDesk; a Linux build will do: it is copied and
# given empty StationDesk.exe / stationdesk-cli.exe placeholders). WORK_DIR: scratch (default /tmp/iscc).
# Needs root for apt-get. Writes WORK_DIR/out/StationDesk-<version>-setup.exe; exit status is ISCC's.
#
# Why it is done this way: ISCC.exe (npm innosetup-compiler 6.3.1, or innosetup 6.4.1) is a 32-bit
# program, and Debian's wine64 alone cannot run it. The package wine32:i386 would, but apt cannot
# install it where the amd64 libraries come from bookworm-security and the i386 ones cannot (it would
# remove other packages), so this script installs only libc6:i386 (additive) and unpacks
# libwine:i386 and wine32:i386 into WORK_DIR (not into the system), then runs their 32-bit loader
# in a 32-bit prefix. That is enough for the compiler; NOT for running the setup it makes: the setup
# requires x64 Windows (ArchitecturesAllowed=x64compatible) and a 64-bit prefix needs a real wine32.
#
# It leaves i386 enabled: where the mirror's i386 security index is broken, every later
# 'apt-get update' then exits 100. Undo it afterwards on a shared machine:
#   apt-get purge -y --allow-remove-essential libc6:i386 libgcc-s1:i386 gcc-12-base:i386 \
#       libidn2-0:i386 libunistring2:i386 && dpkg --remove-architecture i386 && apt-get update
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${1:-$ROOT/dist/StationDesk}"
WORK="${2:-/tmp/iscc}"
ISCC_PACKAGE="innosetup-compiler@6.3.1"

mkdir -p "$WORK/debs" "$WORK/w32root" "$WORK/out"
VERSION="$(python3 -c "import sys; sys.path.insert(0, '$ROOT/installer/windows'); import build_setup as b; print(b.package_version())")"
NUMERIC="$(python3 -c "import sys; sys.path.insert(0, '$ROOT/installer/windows'); import build_setup as b; print(b.numeric_version('$VERSION'))")"

command -v wine >/dev/null || { apt-get update && apt-get install -y wine; }
if ! dpkg --print-foreign-architectures | grep -qx i386; then
    dpkg --add-architecture i386
    apt-get update || true # a broken i386 security index is tolerated: only libc6:i386 is needed
fi
dpkg -s libc6:i386 >/dev/null 2>&1 || apt-get install -y libc6:i386
LOADER="$WORK/w32root/usr/lib/wine/wine"
if [ ! -x "$LOADER" ]; then
    (cd "$WORK/debs" && apt-get download libwine:i386 wine32:i386)
    for deb in "$WORK"/debs/*.deb; do dpkg-deb -x "$deb" "$WORK/w32root"; done
    # What libwine's postinst does: Wine's own zlib1.dll from libz-mingw-w64.
    in=/usr/i686-w64-mingw32/lib/zlib1.dll
    out="$WORK/w32root/usr/lib/i386-linux-gnu/wine/i386-windows/zlib1.dll"
    { head -c 64 "$in"; printf '%b' 'Wine builtin DLL\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0'; tail -c +97 "$in"; } > "$out"
fi
ISCC="$WORK/node_modules/${ISCC_PACKAGE%@*}/bin/ISCC.exe"
[ -f "$ISCC" ] || npm install --prefix "$WORK" "$ISCC_PACKAGE"

rm -rf "$WORK/build"
cp -a "$BUILD" "$WORK/build"
for exe in StationDesk stationdesk-cli; do
    [ -e "$WORK/build/$exe.exe" ] || { rm -f "$WORK/build/$exe"; : > "$WORK/build/$exe.exe"; }
done

winpath() { printf 'Z:%s' "$1" | tr / '\\'; }
export WINEPREFIX="$WORK/wineprefix32" WINEARCH=win32 WINEDEBUG=-all
set +e
"$LOADER" "$ISCC" "/DAppVersion=$VERSION" "/DAppNumericVersion=$NUMERIC" \
    "/DBuildDir=$(winpath "$WORK/build")" "/DOutputDir=$(winpath "$WORK/out")" \
    "$(winpath "$ROOT/installer/windows/StationDesk.iss")" 2>&1 |
    grep -v -e FreeType -e 'use TrueType' -e 'or equal to 2.0.5' -e 'www.freetype.org'
status=${PIPESTATUS[0]}
set -e
ls -l "$WORK/out/StationDesk-$VERSION-setup.exe" 2>/dev/null || true
exit "$status"
