#!/bin/sh
# Install (or update) StationDesk @VERSION@ for the current user; no administrator rights needed.
#   ./install.sh
# The program goes to ~/.local/share/stationdesk-app, a menu entry to ~/.local/share/applications and
# the command `stationdesk` to ~/.local/bin. An update replaces the program only: the database in
# ~/.local/share/StationDesk stays, and StationDesk upgrades it (after a copy aside) on its next start.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix="$data_home/stationdesk-app"
bin_dir="$HOME/.local/bin"
apps="$data_home/applications"
icons="$data_home/icons/hicolor"

if [ ! -x "$here/app/StationDesk" ]; then
  echo "install.sh: $here/app/StationDesk is missing; unpack the whole archive first" >&2
  exit 1
fi
mkdir -p "$data_home" "$bin_dir" "$apps"

# The new program beside the old one, then swapped in, so a failed copy leaves the old one working.
rm -rf "$prefix.new" "$prefix.old"
cp -R -P "$here/app" "$prefix.new"
cp "$here/uninstall.sh" "$prefix.new/uninstall.sh"
if [ -d "$prefix" ]; then
  mv "$prefix" "$prefix.old"
fi
mv "$prefix.new" "$prefix"
rm -rf "$prefix.old"

for folder in "$here"/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$folder")")
  mkdir -p "$icons/$size/apps"
  cp "$folder/stationdesk.png" "$icons/$size/apps/stationdesk.png"
done
sed "s|@EXEC@|\"$prefix/StationDesk\"|" "$here/stationdesk.desktop" > "$apps/stationdesk.desktop"
ln -sfn "$prefix/stationdesk-cli" "$bin_dir/stationdesk"
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$apps" || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$icons" || true; fi

echo "StationDesk @VERSION@ is installed in $prefix"
echo "  start it from the applications menu (StationDesk 社工站前台), or run: $bin_dir/stationdesk"
echo "  your database: $data_home/StationDesk/stationdesk.sqlite3 (updates and uninstall.sh keep it)"
echo "  to remove the program: $prefix/uninstall.sh"
case ":${PATH:-}:" in
  *":$bin_dir:"*) ;;
  *) echo "  note: $bin_dir is not on your PATH yet (it is after the next login on most systems)" ;;
esac
