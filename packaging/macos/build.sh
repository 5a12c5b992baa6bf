#!/usr/bin/env bash
# Builds the CaseVault disk image for macOS: target/dist/CaseVault-<version>.dmg
#   packaging/macos/build.sh
# Needs a JDK 17 (jdeps, jlink, jpackage) on macOS. The bundle id is io.casevault.CaseVault, the icon set
# packaging/icons/casevault.icns; vault.casevault files are registered to open with CaseVault. The image is not
# signed unless CASEVAULT_MAC_SIGN_IDENTITY names a "Developer ID Application" certificate in the keychain
# (unsigned, Gatekeeper asks the user to confirm with right-click → Open the first time).
# Not run in CI (which is Linux); see README "Install".
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../common.sh
source packaging/common.sh

build_jar
version=$(app_version)
make_runtime
stage_input
mkdir -p "$DIST"
rm -f "$DIST/$APP_NAME"-*.dmg
sign=()
if [ -n "${CASEVAULT_MAC_SIGN_IDENTITY:-}" ]; then
    sign=(--mac-sign --mac-signing-key-user-name "$CASEVAULT_MAC_SIGN_IDENTITY")
fi
# CFBundleVersion must not start with 0 on macOS: jpackage rejects 0.x, so the bundle says 1.x for 0.x releases
# while the app's own --version and About dialog keep the pom's version.
bundle_version=$version
case "$version" in 0.*) bundle_version="1.${version#0.}" ;; esac
jpackage --type dmg --dest "$DIST" --name "$APP_NAME" --app-version "$bundle_version" \
    --input "$WORK/input" --main-jar casevault.jar --main-class "$MAIN_CLASS" \
    --runtime-image "$WORK/runtime" --icon packaging/icons/casevault.icns --java-options "$ONNXRUNTIME_OPTION" \
    --description "$DESCRIPTION" --vendor "$VENDOR" --copyright "$COPYRIGHT" --license-file LICENSE \
    --mac-package-identifier io.casevault.CaseVault --mac-package-name "$APP_NAME" \
    --mac-app-category public.app-category.productivity \
    --file-associations packaging/macos/vault-file.properties "${sign[@]}"
ls -l "$DIST/$APP_NAME"-*.dmg
