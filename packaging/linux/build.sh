#!/usr/bin/env bash
# Builds CaseVault for Linux into target/dist/:
#   packaging/linux/build.sh app-image   target/dist/CaseVault/ (start it with target/dist/CaseVault/bin/CaseVault)
#   packaging/linux/build.sh deb         target/dist/casevault_<version>-1_<arch>.deb (needs fakeroot, dpkg-deb)
# Needs a JDK 17 (jdeps, jlink, jpackage) and objcopy (binutils) for jlink's --strip-debug.
# CASEVAULT_REUSE_JAR=1 reuses target/casevault.jar; CASEVAULT_NO_CDS=1 skips the AppCDS archive;
# CASEVAULT_DEB_MAINTAINER=e-mail address names the .deb's maintainer (with the vendor, CaseVault).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../common.sh
source packaging/common.sh
HERE=packaging/linux

usage() {
    sed -n '2,7p' "$0" >&2
    exit 2
}

app_image() {
    build_jar
    local version
    version=$(app_version)
    make_runtime
    stage_input
    rm -rf "${DIST:?}/$APP_NAME"
    mkdir -p "$DIST"
    # $APPDIR is expanded by the launcher to the image's lib/app folder.
    # The Tier4 thresholds (ten times the defaults) keep the methods run a few thousand times at start in C1 code: the
    # optimising compiler was the largest user of CPU time before the case list shows (src/bench/startup.sh); code
    # that stays hot, such as an import's or a dossier's loops, still reaches it, a moment later. Three of those loops
    # are compiled early: the PNG check's DEFLATE decoder and its Adler-32, whose vectorised code the JVM uses only
    # once it is compiled there and which ran as zlib's plain loop for about half of the bench corpus's screenshots
    # (src/bench/evidence-add.sh; Adler32.update at a thousandth of the thresholds, with the calls PngDataChecker makes
    # before its first image, is compiled before the decoder's own compiles fill the queue: at a tenth, zlib's loop
    # still took 5-8 % of the processor time of a cold add), and SHA-256's loop over blocks, which uses the
    # processor's SHA instructions only
    # once compiled there (until then each block is hashed by the JDK's Java code: some 25 MB of an add, ~50 ms CPU).
    # mime4j's MimeBoundaryInputStream.fillBuffer (the search for the next boundary, called once per buffer filled)
    # is not inlined: inlined, it went into MimeEntity.advance and into BufferedLineReaderInputStream.fillBuffer
    # twice each, whose optimising compiles then took about 0.6 s more of processor time of a 5,000-message mail
    # import (src/bench/mail-import.sh), for no gain in running them.
    # C1's code keeps counting calls and loops but no longer fills in the profile the optimising compiler reads
    # (-XX:-C1UpdateMethodData): before the case list shows, C1 was the largest user of processor time (some 500 ms of
    # 2 s in a profiled start, about 1,700 methods compiled with profiling code that also runs slower), and the
    # profile is read only by the few methods that reach the raised thresholds. With it, src/bench/startup.sh's case
    # list came 6-15 % sooner than the build before's in the same rounds (BEFORE=..., two runs of 7: 0.85x and 0.92x
    # through this launcher, 0.88x and 0.94x through java -jar); a cold mail import took as long (VS_IMPORTS in
    # src/bench/mail-import.sh 5: 2,287 against 2,260 ms) and a dossier stayed at 0.17x img2pdf's time through this
    # launcher (src/bench/dossier.sh). SHA-256, Adler-32 and the other byte loops still reach C2 and its intrinsics.
    # Quiet, so the options print nothing. CommandRelaunch uses the same options.
    jpackage --type app-image --dest "$DIST" --name "$APP_NAME" --app-version "$version" \
        --input "$WORK/input" --main-jar casevault.jar --main-class "$MAIN_CLASS" \
        --runtime-image "$WORK/runtime" --icon packaging/icons/png/casevault-256.png \
        --description "$DESCRIPTION" --vendor "$VENDOR" --copyright "$COPYRIGHT" \
        --java-options '-XX:SharedArchiveFile=$APPDIR/casevault.jsa' --java-options -Xshare:auto \
        --java-options -XX:Tier4InvocationThreshold=50000 --java-options -XX:Tier4MinInvocationThreshold=6000 \
        --java-options -XX:Tier4CompileThreshold=150000 --java-options -XX:Tier4BackEdgeThreshold=400000 \
        --java-options -XX:-C1UpdateMethodData \
        --java-options -XX:CompileCommand=quiet \
        --java-options -XX:CompileCommand=CompileThresholdScaling,java.util.zip.Adler32::update,0.001 \
        --java-options -XX:CompileCommand=CompileThresholdScaling,io.casevault.media.DeflateDecoder::*,0.1 \
        --java-options -XX:CompileCommand=CompileThresholdScaling,sun.security.provider.DigestBase::implCompressMultiBlock0,0.1 \
        --java-options -XX:CompileCommand=dontinline,org.apache.james.mime4j.io.MimeBoundaryInputStream::fillBuffer \
        --java-options "$ONNXRUNTIME_OPTION"
    # jpackage's native launcher asks rpm and dpkg which package owns it, twice, at every start (launcher.sh says
    # more): a shell script starts the same JVM instead.
    # The command line's imports (evidence add, mail import) also run with the throughput collector, which the script
    # adds for them alone: they are batch work whose pauses nobody sees. Under G1, the JVM's own choice, a cold
    # 5,000-message mail import took longer (VS_WINDOW=1 src/bench/mail-import.sh 7: medians 3,330 against 3,238 ms,
    # 7.40x against 6.59x of the floor), and an add of the bench corpus through this launcher about 8 % longer with
    # 1.7 times the peak memory (A/B pairs of whole commands). The difference is a cold JVM's (a fourth import in one
    # JVM took as long under either), and an mbox's messages of half a megabyte and more are each a humongous object
    # under G1 that starts a concurrent cycle (with a heap of up to 2 GB). The window keeps G1, for its short pauses
    # and the JDK objects the class-data archive maps only under G1.
    # They also keep the optimising compiler (C2) for the loops over bytes it makes several times faster, and for
    # nothing else. A cold import spent about a third of its processor time compiling: C2 took on the parser's and the
    # database code's largest methods (mime4j's MimeEntity.advance alone, 0.44 s of compile time), compiles that mostly
    # finished too late to pay back. MaxNodeLimit,*.*,1 makes every C2 compile give up at once, and HotSpot compiles a
    # method C2 gave up on with C1 at its full optimisation, without profiling (tier 1); the lowered Tier4 thresholds
    # move methods off C1's slower profiling code (tier 3) soon. SHA-256's block loop, Adler-32 (the JDK's vectorised
    # intrinsics, only in C2 code), the PNG check's DEFLATE decoder and the mail's base64 decoder keep C2 (80000 nodes,
    # its default). In JFR's compile events of a cold 5,000-message import, 2,026 C2 compiles gave up (0.15 s in all)
    # and 22 ran, against 431 before. VS_IMPORTS=-XX:+UseParallelGC src/bench/mail-import.sh 7, cold imports against
    # the throughput collector alone in the same run: medians 2,292 against 2,889 ms (5.41x against 6.88x of the
    # floor), 3.2 against 4.5 s of user CPU. An add of the bench corpus stayed as fast (src/bench/evidence-add.sh).
    # A collector the user chose wins: the script and CommandRelaunch leave -XX:+UseParallelGC out then, not the rest.
    # The script writes these options as words with pathname expansion off (the method patterns have *).
    # CommandRelaunch gives the JVMs java -jar starts again for large adds and imports the same options.
    local import_options=(
        -XX:+UseParallelGC
        -XX:Tier4InvocationThreshold=300 -XX:Tier4MinInvocationThreshold=100
        -XX:Tier4CompileThreshold=500 -XX:Tier4BackEdgeThreshold=2000
        '-XX:CompileCommand=MaxNodeLimit,*.*,1'
        '-XX:CompileCommand=MaxNodeLimit,sun.security.provider.SHA2::implCompress*,80000'
        '-XX:CompileCommand=MaxNodeLimit,sun.security.provider.DigestBase::implCompressMultiBlock*,80000'
        -XX:CompileCommand=MaxNodeLimit,java.util.zip.Adler32::update,80000
        '-XX:CompileCommand=MaxNodeLimit,io.casevault.media.DeflateDecoder::*,80000'
        -XX:CompileCommand=MaxNodeLimit,io.casevault.importer.mail.Base64Lines::decode,80000
    )
    "$HERE/launcher.sh" "$DIST/$APP_NAME" "${import_options[@]}"
    # The .deb's postinst makes the AppCDS archive again where it installs the app, with this script.
    cp "$HERE/appcds.sh" "$DIST/$APP_NAME/lib/appcds.sh"
    if [ "${CASEVAULT_NO_CDS:-}" != 1 ]; then
        "$HERE/appcds.sh" "$DIST/$APP_NAME"
    fi
    echo "app-image: $DIST/$APP_NAME ($(du -sh "$DIST/$APP_NAME" | cut -f1)), version $version"
}

deb() {
    command -v fakeroot >/dev/null || die "building a .deb needs fakeroot (apt-get install fakeroot)"
    command -v dpkg-deb >/dev/null || die "building a .deb needs dpkg-deb"
    app_image
    local version
    version=$(app_version)
    rm -f "$DIST"/casevault_*.deb
    # The archive belongs to the image's location; the package ships the class list and postinst makes it anew.
    rm -rf "$WORK/deb-image"
    cp -a "$DIST/$APP_NAME" "$WORK/deb-image"
    rm -f "$WORK/deb-image/lib/app/casevault.jsa"
    # The resource folder holds our .desktop file (names and comments in English and Chinese, the MIME type, %f so
    # an opened vault file reaches the app), postinst and prerm (jpackage's, plus the AppCDS archive).
    local maintainer=()
    [ -n "${CASEVAULT_DEB_MAINTAINER:-}" ] && maintainer=(--linux-deb-maintainer "$CASEVAULT_DEB_MAINTAINER")
    jpackage --type deb --dest "$DIST" --app-image "$WORK/deb-image" --name "$APP_NAME" --app-version "$version" \
        --description "$DESCRIPTION" --vendor "$VENDOR" --copyright "$COPYRIGHT" --license-file LICENSE \
        --icon packaging/icons/png/casevault-256.png --install-dir /opt --resource-dir "$HERE/resources" \
        --linux-package-name casevault --linux-app-category utils --linux-menu-group "Office;" \
        --linux-shortcut --file-associations "$HERE/vault-file.properties" "${maintainer[@]}"
    ls -l "$DIST"/casevault_*.deb
}

case "${1:-}" in
    app-image) app_image ;;
    deb) deb ;;
    *) usage ;;
esac
