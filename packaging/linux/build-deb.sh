#!/usr/bin/env bash
# Build dist/pactline_<version>_<arch>.deb from the frozen folder dist/pactline/
# (made by `pyinstaller build.spec`): the program under /opt/pactline, `pactline`
# on the PATH, the desktop entry, the icons, the .pactline MIME type and the
# AppStream metadata. Needs dpkg-deb and the project's Python (for the icons).
# Usage: packaging/linux/build-deb.sh            (PYTHON defaults to .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=packaging/linux
PYTHON=${PYTHON:-.venv/bin/python}
FROZEN=dist/pactline
[ -x "$FROZEN/pactline" ] || { echo "build-deb: $FROZEN/pactline is missing: run pyinstaller build.spec first" >&2; exit 1; }

VERSION=$("$FROZEN/pactline" --version | awk '{print $2}')
ARCH=$(dpkg --print-architecture)
RELEASED=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
# The licence and the maintainer are set in one place, model/project.py (About reads them too).
LICENCE=$("$PYTHON" -m model.project licence)
MAINTAINER=$("$PYTHON" -m model.project maintainer)
STAGE=$(mktemp -d /tmp/pactline-deb.XXXXXX)
trap 'rm -rf "$STAGE"' EXIT

install -d "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/metainfo" "$STAGE/usr/share/icons/hicolor"
cp -a "$FROZEN" "$STAGE/opt/pactline"
ln -s /opt/pactline/pactline "$STAGE/usr/bin/pactline"
install -m 644 "$HERE/pactline.desktop" "$STAGE/usr/share/applications/pactline.desktop"
install -m 644 "$HERE/pactline-mime.xml" "$STAGE/usr/share/mime/packages/pactline.xml"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$RELEASED/" -e "s|@LICENCE@|$LICENCE|" "$HERE/org.pactline.Pactline.metainfo.xml" \
  > "$STAGE/usr/share/metainfo/org.pactline.Pactline.metainfo.xml"
QT_QPA_PLATFORM=offscreen "$PYTHON" "$HERE/render-icons.py" "$STAGE/usr/share/icons/hicolor"

# Nothing writable by others, everything readable; executables keep their x bit.
chmod -R u+rwX,go+rX,go-w "$STAGE"
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$INSTALLED_KB/" -e "s|@MAINTAINER@|$MAINTAINER|" \
  "$HERE/control.in" > "$STAGE/DEBIAN/control"
install -m 755 "$HERE/postinst" "$HERE/postrm" "$STAGE/DEBIAN/"

DEB="dist/pactline_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
echo "$DEB: $(du -m "$DEB" | cut -f1) MB (installs $((INSTALLED_KB / 1024)) MB)"
