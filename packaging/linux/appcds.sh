#!/usr/bin/env bash
# Gives a CaseVault app-image an AppCDS archive, which lets the JVM map the classes of the JDK, JavaFX and the app
# instead of loading and verifying them on every start:
#   packaging/linux/appcds.sh IMAGE          record the classes, then make the archive
#   packaging/linux/appcds.sh --dump IMAGE   make the archive from the recorded list (what the .deb's postinst does)
# 1. Record: the command line (init, case add, tx add, list, show, evidence add, mail import, evidence text, export,
#    timeline, verify) and, when a display or Xvfb is there, the window until it shows its case list, then each of its
#    case tabs (opened with Ctrl+1 … Ctrl+5 through xdotool), each run writing the classes it loads
#    (-XX:DumpLoadedClassList). The merged list is kept as lib/app/casevault.classlist.
# 2. Dump: -Xshare:dump writes lib/app/casevault.jsa, which the launcher's -XX:SharedArchiveFile names.
# JDK 17 ties the archive to the class path's absolute location: a moved image starts without it (slower, not
# broken), so the .deb makes it again where it is installed.
set -euo pipefail

dump() {
    local image=$1 app cp
    app=$image/lib/app
    cp=$(sed -n 's/^app.classpath=//p' "$app/CaseVault.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
    rm -f "$app/casevault.jsa"
    "$image/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
        -XX:SharedClassListFile="$app/casevault.classlist" -XX:SharedArchiveFile="$app/casevault.jsa" -cp "$cp" \
        >/dev/null
}

record() {
    local image=$1 app cp train java
    app=$image/lib/app
    cp=$(sed -n 's/^app.classpath=//p' "$app/CaseVault.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
    java=$image/lib/runtime/bin/java
    train=$(mktemp -d)
    # shellcheck disable=SC2064
    trap "rm -rf '$train'" RETURN
    local n=0 vault=$train/vault icons
    icons=$(cd "$(dirname "${BASH_SOURCE[0]}")/../icons/png" && pwd)
    run() {
        n=$((n + 1))
        local options=()
        while [[ $1 == -D* ]]; do
            options+=("$1")
            shift
        done
        HOME=$train "$java" -XX:DumpLoadedClassList="$train/$n.classlist" -Dcasevault.logDir="$train/logs" \
            "${options[@]}" -cp "$cp" io.casevault.Launcher "$@" >/dev/null
    }
    run --version
    run --vault "$vault" init
    run --vault "$vault" case add --title "Transfer never arrived" --provider Alipay --amount 1250.00 \
        --currency CNY --incident 2026-11-03 --window-days 30 --demand Refund
    run --vault "$vault" tx add --case 1 --at 2026-11-03T14:30+08:00 --amount 1250.00 --currency CNY \
        --counterparty "Zhang San" --ref 2026110322001456789
    run --vault "$vault" followup add --case 1 --at 2026-11-05T10:00 --channel hotline --summary "Call" --due 2026-11-08
    run --vault "$vault" case list --json
    run --vault "$vault" case show 1 --json
    # the command a user runs most on many files: its copying, hashing, image checks and recording
    run --vault "$vault" evidence add --case 1 "$icons/casevault-16.png" "$icons/casevault-256.png"
    # an e-mail with a screenshot attached: the mail parser, its staging and the follow-up it records
    mail_message "$icons/casevault-32.png" >"$train/complaint.eml"
    run --vault "$vault" mail import --case 1 --me me@example.com "$train/complaint.eml"
    # the screenshots' text (the models and ONNX Runtime, from the image's own natives), then the dossier with it:
    # PDFBox, its fonts and XMP, and the pages of pictures, mail and text the window's export loads too
    # (a machine whose processor ONNX Runtime cannot use records the rest without it)
    run -Donnxruntime.native.path="$app/native" --vault "$vault" evidence text --case 1 ||
        echo "appcds: the text recognition did not run; the archive is made without its classes" >&2
    run --vault "$vault" export --case 1 --out "$train/dossier.pdf"
    run --vault "$vault" timeline --case 1
    run --vault "$vault" verify
    record_window "$java" "$cp" "$train" "$vault" || echo "appcds: no display, the archive covers the command line only"
    cat "$train"/*.classlist | awk '!seen[$0]++' >"$app/casevault.classlist"
}

# A message as a mail program saves it: a complaint in Chinese (quoted-printable UTF-8) with the picture $1 attached.
mail_message() {
    printf '%s\r\n' 'From: Me <me@example.com>' 'To: Support <support@example.net>' \
        'Subject: =?UTF-8?B?6YCA5qy+5pyq5Yiw6LSm?=' 'Date: Wed, 05 Nov 2026 10:00:00 +0800' \
        'Message-ID: <complaint-1@example.com>' 'MIME-Version: 1.0' \
        'Content-Type: multipart/mixed; boundary="part"' '' '--part' 'Content-Type: text/plain; charset=UTF-8' \
        'Content-Transfer-Encoding: quoted-printable' '' \
        '=E5=B7=A5=E5=8D=95=E5=8F=B7 4711: the transfer of 1250.00 CNY never arrived.' '' '--part' \
        'Content-Type: image/png; name="screenshot.png"' 'Content-Disposition: attachment; filename="screenshot.png"' \
        'Content-Transfer-Encoding: base64' ''
    base64 "$1" | sed 's/$/\r/'
    printf '%s\r\n' '--part--'
}

# The window, from start to its first frame; closed with SIGTERM, which still ends the JVM in order.
record_window() {
    local java=$1 cp=$2 train=$3 vault=$4 xvfb=
    command -v xdotool >/dev/null || return 1
    local display=${DISPLAY:-}
    if [ -z "$display" ]; then
        command -v Xvfb >/dev/null || return 1
        display=:$((90 + RANDOM % 9))
        Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
        xvfb=$!
        sleep 1
    fi
    DISPLAY=$display HOME=$train "$java" -XX:DumpLoadedClassList="$train/window.classlist" \
        -Dcasevault.logDir="$train/logs" -cp "$cp" io.casevault.Launcher --vault "$vault" >/dev/null 2>&1 &
    local app=$! ok=0
    # The toolkit first makes an unmapped leader window of that name: wait for the visible one.
    if DISPLAY=$display timeout 120 xdotool search --sync --onlyvisible --name CaseVault >/dev/null; then
        # the window shows first; the classes that fill it (the vault, the case list, the first tab) are wanted too
        for _ in $(seq 1 600); do
            grep -q 'Case list shown' "$train/logs/casevault.log" 2>/dev/null && break
            sleep 0.1
        done
        sleep 1
        # then every case tab once (Ctrl+2 … Ctrl+5, back to Ctrl+1): the classes that load and show a tab's rows
        # (tables, cells, their row readers) are archived too, so a user's first opening of a tab maps them as well
        local win
        win=$(DISPLAY=$display xdotool search --onlyvisible --name CaseVault 2>/dev/null | head -1)
        if [ -n "$win" ] && DISPLAY=$display xdotool windowfocus --sync "$win" 2>/dev/null; then
            for key in 2 3 4 5 1; do
                DISPLAY=$display xdotool key ctrl+$key
                sleep 1.5
            done
        fi
        ok=1
    fi
    kill -TERM "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    [ "$ok" = 1 ]
}

case "${1:-}" in
    --dump) dump "$(cd "$2" && pwd)" ;;
    "") sed -n '2,5p' "$0" >&2; exit 2 ;;
    *) image=$(cd "$1" && pwd); record "$image"; dump "$image"
       echo "AppCDS archive: $image/lib/app/casevault.jsa ($(du -h "$image/lib/app/casevault.jsa" | cut -f1))" ;;
esac
