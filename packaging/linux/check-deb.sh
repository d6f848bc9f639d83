#!/usr/bin/env bash
# Install the .deb with apt as a user's machine would, check what it installs
# works from the PATH and is declared correctly, remove it and check that the
# user's exercises and settings are untouched. Runs as root (CI).
# Usage: packaging/linux/check-deb.sh dist/pactline_<version>_<arch>.deb EXERCISE.pactline
set -euo pipefail
DEB=$(realpath "$1")
EXERCISE=$(realpath "$2")
HERE=$(cd "$(dirname "$0")" && pwd)
export DEBIAN_FRONTEND=noninteractive
fail() { echo "package check FAILED: $*" >&2; exit 1; }

# A user who has worked before: an exercise in the data folder and settings.
USER_HOME=$(mktemp -d /tmp/pactline-user.XXXXXX)
trap 'rm -rf "$USER_HOME"' EXIT
DATA="$USER_HOME/.local/share/Pactline/Pactline"
mkdir -p "$DATA" "$USER_HOME/.config/Pactline"
cp "$EXERCISE" "$DATA/my exercise.pactline"
printf '[General]\nrecentFiles=%s\n' "$DATA/my exercise.pactline" > "$USER_HOME/.config/Pactline/Pactline.ini"
as_user() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$USER_HOME" XDG_DATA_DIRS=/usr/local/share:/usr/share "$@"; }

echo "  apt-get install $DEB"
apt-get install -y -q "$DEB" >/tmp/pactline-apt.log 2>&1 || { cat /tmp/pactline-apt.log >&2; fail "apt-get install"; }
[ "$(command -v pactline)" = /usr/bin/pactline ] || fail "pactline is not on the PATH"
cd "$USER_HOME"
as_user pactline --self-test || fail "the installed self-test"
as_user "$HERE/../check-headless.sh" pactline "$DATA/my exercise.pactline"

desktop-file-validate /usr/share/applications/pactline.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/org.pactline.Pactline.metainfo.xml >/dev/null \
  || { appstreamcli validate --no-net /usr/share/metainfo/org.pactline.Pactline.metainfo.xml; fail "appstreamcli validate"; }
for size in 16 32 48 64 128 256; do
  [ -s "/usr/share/icons/hicolor/${size}x${size}/apps/pactline.png" ] || fail "no ${size} px icon"
done
type=$(as_user xdg-mime query filetype "$DATA/my exercise.pactline")
[ "$type" = application/x-pactline ] || fail "an exercise file is $type, not application/x-pactline"
opener=$(as_user xdg-mime query default application/x-pactline)
[ "$opener" = pactline.desktop ] || fail "a double-click on an exercise opens '$opener', not pactline.desktop"
echo "  desktop entry, AppStream metadata and icons valid; .pactline files open with $opener"

before=$(cd "$USER_HOME" && find . -type f -exec sha256sum {} + | sort)
echo "  apt-get remove pactline"
apt-get remove -y -q pactline >/tmp/pactline-apt.log 2>&1 || { cat /tmp/pactline-apt.log >&2; fail "apt-get remove"; }
[ ! -e /opt/pactline ] || fail "/opt/pactline is still there after removal: $(find /opt/pactline | head -5)"
! command -v pactline >/dev/null || fail "pactline is still on the PATH after removal"
after=$(cd "$USER_HOME" && find . -type f -exec sha256sum {} + | sort)
[ "$before" = "$after" ] || fail "removing the package changed the user's files: $(diff <(echo "$before") <(echo "$after"))"
[ -s "$DATA/my exercise.pactline" ] || fail "the user's exercise is gone"
echo "package checks OK: installed, ran from the PATH, removed; the user's exercises and settings untouched"
