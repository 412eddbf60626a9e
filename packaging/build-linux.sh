#!/usr/bin/env bash
# Build the Linux one-folder program and smoke-test it: packaging/build-linux.sh
#   -> build/linux/dist/pathway-planner/pathway-planner (run it; --self-test checks it works)
# A venv of its own (build/linux/venv) gets the app from this checkout (not editable) and the
# pinned PyInstaller, so the build never depends on the developer's .venv.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out="$root/build/linux"
mkdir -p "$out"
python=${PYTHON:-python3}
if [[ ! -x "$out/venv/bin/python" ]]; then
  "$python" -m venv "$out/venv"
fi
"$out/venv/bin/python" -m pip install -q --upgrade pip==25.2
# The translations are compiled first (Qt's lrelease, from PySide6-Essentials), so the .qm files
# are in the package that is installed and bundled; the pseudo-locale ships for testers
# (PLANNER_LANGUAGE=pseudo pathway-planner).
"$out/venv/bin/python" -m pip install -q "PySide6-Essentials==$(sed -n 's/.*"PySide6-Essentials==\([^"]*\)".*/\1/p' "$root/pyproject.toml")"
"$out/venv/bin/python" "$here/build_translations.py" --pseudo
"$out/venv/bin/python" -m pip install -q "$root" pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9

# Licence notices of everything bundled: each installed distribution's own licence files, the
# fonts' licence, and Qt's LGPL (shipped inside the PySide6 wheel).
licences="$out/licences"
rm -rf "$licences" && mkdir -p "$licences"
"$out/venv/bin/python" "$here/collect_licences.py" "$licences" "$root/resources/fonts/LICENSE-DejaVu.txt"

export PLANNER_LICENCES="$licences"
rm -rf "$out/dist" "$out/work"
(cd "$here" && "$out/venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$out/dist" --workpath "$out/work" pathway-planner.spec)

program="$out/dist/pathway-planner/pathway-planner"
echo "Built $program"
echo "Folder size: $(du -sh "$out/dist/pathway-planner" | cut -f1)"
start=$(date +%s.%N)
QT_QPA_PLATFORM=offscreen "$program" --version
end=$(date +%s.%N)
echo "Start-up to --version: $(echo "$end - $start" | bc) s"
QT_QPA_PLATFORM=offscreen "$program" --self-test

# Desktop integration: icons in every size, the .desktop file and the AppStream metainfo.
share="$out/share"
rm -rf "$share" && mkdir -p "$share/applications" "$share/metainfo" "$share/icons"
"$out/venv/bin/python" "$here/linux/make_icons.py" "$share/icons"
cp "$here/linux/scot.pathwayplanner.PathwayPlanner.desktop" "$share/applications/"
cp "$here/linux/scot.pathwayplanner.PathwayPlanner.metainfo.xml" "$share/metainfo/"
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net "$share/metainfo/scot.pathwayplanner.PathwayPlanner.metainfo.xml"
else
  echo "appstreamcli is not installed (apt-get install appstream): the metainfo was not validated." >&2
  exit 1
fi
echo "Desktop files in $share (copy into /usr/share or ~/.local/share; the program folder into /opt)."
