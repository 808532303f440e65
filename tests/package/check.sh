#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The package test: builds the DEB and TGZ packages from a Release build (the "release" preset,
# build-release/), checks them as a distribution would (lintian, appstreamcli,
# desktop-file-validate, shared-mime-info), extracts them into a temporary root and runs what is
# in there: volnux-run --version, a bundled example with --validate, volnux-studio --version
# offscreen, and the example plugin built against the extracted SDK (volnux-studio-dev), run by
# the extracted volnux-run. Exits non-zero on the first failure.
# Usage: tests/package/check.sh [extra cmake configure arguments, e.g. compiler launchers]
# VOLNUX_PACKAGE_BUILD_DIR=<dir> packages that existing build instead (built with its default
# targets), to check packaging without a Release build.
set -euo pipefail
cd "$(dirname "$0")/../.."
source_dir=$PWD
started=$SECONDS

fail() {
    echo "package check: FAILED: $*" >&2
    exit 1
}
step() { echo "== $*"; }

installer/install-deps.sh --with-package
export QT_QPA_PLATFORM=offscreen

if [[ -n "${VOLNUX_PACKAGE_BUILD_DIR:-}" ]]; then
    build=$(realpath "$VOLNUX_PACKAGE_BUILD_DIR")
    step "packages of $build"
    cmake --build "$build" -j "$(nproc)"
else
    build=$source_dir/build-release
    step "Release build and packages"
    cmake --preset release "$@" >/dev/null
    cmake --build --preset release -j "$(nproc)"
fi
rm -rf "$build/packages"
cpack --config "$build/CPackConfig.cmake" -B "$build/packages" -G "DEB;TGZ" >/dev/null
shopt -s nullglob
debs=("$build"/packages/*.deb)
tgzs=("$build"/packages/*.tar.gz)
((${#debs[@]} == 2)) || fail "expected 2 DEB packages (volnux-studio, -dev), got: ${debs[*]}"
((${#tgzs[@]} == 1)) || fail "expected 1 TGZ package, got: ${tgzs[*]}"
runtime_deb=$(ls "$build"/packages/volnux-studio_*.deb)
version=$(dpkg-deb -f "$runtime_deb" Version)

step "lintian: no error, no warning"
lintian --fail-on error,warning --no-tag-display-limit "${debs[@]}" ||
    fail "lintian reports errors or warnings"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
for deb in "${debs[@]}"; do
    dpkg-deb -x "$deb" "$root"
done
usr=$root/usr

step "desktop integration"
appstreamcli validate --no-net "$usr"/share/metainfo/*.metainfo.xml ||
    fail "appstreamcli validate"
for desktop in "$usr"/share/applications/*.desktop; do
    out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
    [[ -z "$out" ]] || fail "desktop-file-validate has hints: $out"
done
# The file type: a copy of the MIME database built from our XML maps *.vxproj to our type.
cp -r "$usr/share/mime" "$work/mime"
update-mime-database "$work/mime" >/dev/null 2>&1 || fail "update-mime-database"
grep -q '^50:application/x-volnux-project:\*\.vxproj$' "$work/mime/globs2" ||
    fail "*.vxproj is not registered as application/x-volnux-project"
[[ -f "$usr/share/icons/hicolor/scalable/mimetypes/application-x-volnux-project.svg" ]] ||
    fail "no icon for application/x-volnux-project"
for size in 16 22 24 32 48 64 128 256; do
    icon=$usr/share/icons/hicolor/${size}x${size}/apps/volnux-studio.png
    file "$icon" | grep -q "PNG image data, $size x $size" || fail "no ${size}x${size} icon"
done

step "versions: $version"
zcat "$usr/share/doc/volnux-studio/changelog.gz" | head -n 1 | grep -qF "($version)" ||
    fail "the changelog's latest entry is not $version"
grep -qF "<release version=\"$version\"" "$usr"/share/metainfo/*.metainfo.xml ||
    fail "the AppStream metainfo has no release $version"

step "the extracted programs"
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
mkdir -p "$HOME"
# They must load the extracted core library, through their RUNPATH, not one from the build tree.
core=$(ldd "$usr/bin/volnux-run" | awk '/libvolnux_core/ { print $3 }')
[[ -n "$core" && "$(realpath "$core")" == "$usr"/lib/* ]] ||
    fail "volnux-run does not load the extracted core library but: ${core:-none}"
[[ "$("$usr/bin/volnux-run" --version)" == "volnux-run $version" ]] || fail "volnux-run --version"
"$usr/bin/volnux-run" --validate "$usr/share/volnux-studio/examples/retry-showcase.vxproj" ||
    fail "volnux-run --validate on a bundled example"
[[ "$("$usr/bin/volnux-studio" --version)" == "Volnux Studio $version" ]] ||
    fail "volnux-studio --version"

step "the SDK: the example plugin against the extracted volnux-studio-dev, run by volnux-run"
cmake -S "$usr/share/doc/volnux-studio-dev/examples/plugin" -B "$work/plugin" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$usr" "$@" >/dev/null
cmake --build "$work/plugin" >/dev/null
plugin=$work/plugin/libvolnux_example_plugin.so
readelf -d "$plugin" | grep -q 'NEEDED.*libvolnux_core\.so' || fail "the plugin does not link the core"
cat >"$work/plugin.vxproj" <<EOF
{"format": "volnux-project", "version": 1, "name": "plugin", "events": [
  {"name": "count", "kind": "plugin", "inputs": ["one two three"],
   "params": {"library": "$plugin", "event": "wordcount"}}]}
EOF
"$usr/bin/volnux-run" --quiet --no-store "$work/plugin.vxproj" || fail "running the plugin"

step "the TGZ"
mkdir "$work/tgz"
tar -xzf "${tgzs[0]}" -C "$work/tgz"
tgz_run=$(find "$work/tgz" -path '*/bin/volnux-run' -type f)
[[ "$("$tgz_run" --version)" == "volnux-run $version" ]] || fail "volnux-run --version from the TGZ"

echo "package check: OK ($version, $((SECONDS - started)) s)"
