#!/bin/sh
# Remove StationDesk from this user's account. The database and its backups stay where they are.
set -eu

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix="$data_home/stationdesk-app"
bin_dir="$HOME/.local/bin"

rm -f "$data_home/applications/stationdesk.desktop"
for icon in "$data_home"/icons/hicolor/*/apps/stationdesk.png; do
  [ -e "$icon" ] && rm -f "$icon"
done
link="$bin_dir/stationdesk"
if [ -L "$link" ] && [ "$(readlink "$link")" = "$prefix/stationdesk-cli" ]; then
  rm -f "$link"
fi
rm -rf "$prefix" "$prefix.new" "$prefix.old"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$data_home/applications" || true
fi

echo "StationDesk is removed."
echo "Your data is kept in $data_home/StationDesk (the database stationdesk.sqlite3 and its copies)."
echo "Delete that folder yourself only if you are sure nobody needs the records any more."
