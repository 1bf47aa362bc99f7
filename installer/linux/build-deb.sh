#!/usr/bin/env bash
# A .deb of the one-folder bundle: /opt/sstdesk, /usr/bin/sstdesk, a menu entry, and the
# folder /etc/sstdesk where IT puts deployment.json (never shipped: IT's own file).
# Run by `make deb` after `make dist`; needs dpkg-deb (Debian, Ubuntu).
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle=dist/sstdesk
[ -x "$bundle/sstdesk" ] || { echo "Bygg först paketet med: make dist" >&2; exit 1; }
version=$(.venv/bin/python -c 'import sstdesk; print(sstdesk.__version__)')
arch=$(dpkg --print-architecture)
root=build/deb/sstdesk_${version}_${arch}
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/doc/sstdesk" "$root/etc/sstdesk"
cp -a "$bundle" "$root/opt/sstdesk"
ln -s /opt/sstdesk/sstdesk "$root/usr/bin/sstdesk"
cp installer/linux/sstdesk.desktop "$root/usr/share/applications/"
cp installer/deployment.example.json "$root/usr/share/doc/sstdesk/"
size=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: sstdesk
Version: ${version}
Architecture: ${arch}
Maintainer: Skolsocialt team <it@example.invalid>
Installed-Size: ${size}
Depends: libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-randr0, libxcb-render-util0, libxcb-xinerama0, libxcb-image0
Section: misc
Priority: optional
Description: Krypterat ärendeverktyg för skolsociala team
 Offline-first caseload for skolsocionomer: SQLCipher vault, documents,
 statistics, end-to-end encrypted sync. IT settings: /etc/sstdesk/deployment.json.
CONTROL
cat > "$root/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
/opt/sstdesk/sstdesk --self-check >/var/log/sstdesk-selfcheck.log 2>&1 || \
    echo "sstdesk: självtestet misslyckades, se /var/log/sstdesk-selfcheck.log" >&2
exit 0
POSTINST
chmod 0755 "$root/DEBIAN/postinst"
dpkg-deb --root-owner-group --build "$root" dist/ >/dev/null
ls -l dist/sstdesk_${version}_${arch}.deb
