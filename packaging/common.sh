# shellcheck shell=bash
# What packaging/linux/build.sh and packaging/macos/build.sh share, sourced from the repository root:
# the jar and its libraries, the version from the pom, the JDK modules they need, a jlink'd runtime with only
# those, and the jpackage input folder. packaging/windows/build.ps1 does the same steps in PowerShell.

APP_NAME=CaseVault
MAIN_CLASS=io.casevault.Launcher
DESCRIPTION="Evidence organizer for complaints about payment services"
VENDOR=CaseVault
COPYRIGHT="CaseVault contributors, Apache-2.0"
WORK=target/jpackage
DIST=target/dist
# Needed at run time but invisible to jdeps, which sees only static references: the locale data behind Chinese
# dates and numbers, and the charsets beyond java.base's (Big5, Shift_JIS, EUC-KR …) that the statement importer's
# encoding detector may name.
EXTRA_MODULES=jdk.charsets,jdk.localedata
# Seen by jdeps but left out: Jdbi refers to the Flight Recorder and, when its module is in the runtime, registers a
# recorder event on its first statement, some 80 ms on the thread that opens the vault at every start (and every
# command). It uses the recorder only when the module is there, and nothing else in the app needs it.
LEFT_OUT_MODULES=jdk.jfr
# ONNX Runtime loads its libraries from the image's lib/app/native folder (see stage_input), not from its jar through
# the temp folder. The launcher expands $APPDIR to the image's lib/app folder.
ONNXRUNTIME_OPTION='-Donnxruntime.native.path=$APPDIR/native'

die() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

# Builds target/casevault.jar and target/lib/ unless CASEVAULT_REUSE_JAR=1 and they exist (CI has just verified).
build_jar() {
    if [ "${CASEVAULT_REUSE_JAR:-}" = 1 ] && [ -f target/casevault.jar ] && [ -d target/lib ]; then
        return
    fi
    ./mvnw -B -q ${MVN_FLAGS:-} -DskipTests package
}

# The pom's version, as Maven filtered it into the jar's resources.
app_version() {
    local v
    v=$(sed -n 's/^version=//p' target/classes/io/casevault/version.properties)
    [ -n "$v" ] || die "no version in target/classes/io/casevault/version.properties"
    # Installers want numbers only (MSI: major.minor.build); a -SNAPSHOT qualifier stays in the app's own --version.
    echo "${v%%-*}"
}

runtime_modules() {
    local found
    found=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 -q \
        --class-path "target/lib/*" target/casevault.jar target/lib/*.jar)
    [ -n "$found" ] || die "jdeps found no modules"
    found=$(tr ',' '\n' <<<"$found" | grep -vxF "$LEFT_OUT_MODULES" | paste -sd, -)
    echo "$found,$EXTRA_MODULES"
}

# A runtime with only the modules the app needs, its default CDS archive generated (AppCDS builds on it).
make_runtime() {
    local modules
    modules=$(runtime_modules)
    echo "JDK modules: $modules"
    rm -rf "$WORK/runtime"
    mkdir -p "$WORK"
    jlink --add-modules "$modules" --include-locales=en,zh \
        --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
        --output "$WORK/runtime"
    # The archive for heaps over 32 GB (no compressed oops) is never used by this app.
    rm -f "$WORK/runtime/lib/server/classes_nocoops.jsa"
}

# ONNX Runtime's name for this machine's folder of libraries in its jar.
onnxruntime_platform() {
    local os arch
    case "$(uname -s)" in
        Linux) os=linux ;;
        Darwin) os=osx ;;
        *) die "ONNX Runtime has no libraries for $(uname -s)" ;;
    esac
    case "$(uname -m)" in
        x86_64 | amd64) arch=x64 ;;
        aarch64 | arm64) arch=aarch64 ;;
        *) die "ONNX Runtime has no libraries for $(uname -m)" ;;
    esac
    echo "$os-$arch"
}

# The jar, its libraries (JavaFX stays on the class path, as the app is built) and the licences. Of ONNX Runtime's
# native libraries only this platform's are kept, in native/ beside the jars (ONNXRUNTIME_OPTION points at them).
stage_input() {
    rm -rf "$WORK/input"
    mkdir -p "$WORK/input/lib" "$WORK/input/legal"
    cp target/casevault.jar "$WORK/input/"
    cp target/lib/*.jar "$WORK/input/lib/"
    java packaging/OnnxRuntimeNatives.java "$WORK/input/lib" "$WORK/input/native" "$(onnxruntime_platform)"
    cp LICENSE "$WORK/input/legal/LICENSE"
    cp src/main/resources/io/casevault/fonts/OFL.txt "$WORK/input/legal/OFL-NotoSansSC.txt"
    cp target/classes/io/casevault/THIRD-PARTY.txt "$WORK/input/legal/THIRD-PARTY.txt"
}
