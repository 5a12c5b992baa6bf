#!/usr/bin/env bash
# Replaces the native launcher jpackage put in an app-image's bin/ folder by a shell script that starts the same JVM,
# with the same options, class path and main class, read from the image's lib/app/CaseVault.cfg:
#   packaging/linux/launcher.sh IMAGE [IMPORT_OPTION...]
# Why: before it starts the JVM, JDK 17's launcher asks `rpm -qf` and then `dpkg -S` which package owns it, once in
# its C part (to find libapplauncher.so) and once in its C++ part (to find the image), whether or not it was installed
# from a package. `dpkg -S` reads every installed package's file list: 0.13 s each time on a Debian machine with 777
# packages, more on a desktop with thousands, so every start (the window, each command) waited a quarter of a second
# and more for nothing. The script finds the image from its own path, as the native launcher does from
# /proc/self/exe, and starts the runtime's java under the app's name (a copy named CaseVault, so a task manager shows
# CaseVault, not java). The class path is spelt as the native launcher spelt it, so the AppCDS archive still maps.
# IMPORT_OPTIONs are JVM options the script adds for the command line's imports, `evidence add` and `mail import` (after
# any --vault option), and for nothing else: the JVM's collector and compilers can only be set as it starts (build.sh
# says why). A collector among them (-XX:+Use…GC) is left out when the user chose one where every java reads options.
# They are written into the script as words, which it expands with pathname expansion off (a method pattern has *).
set -euo pipefail
image=${1:?usage: launcher.sh IMAGE [IMPORT_OPTION...]}
shift
collector_options=()
compile_options=()
for option in "$@"; do
    # written into the script in single quotes and expanded as words: only plain -XX: options
    [[ $option =~ ^-XX:[A-Za-z0-9+:=.,_*-]+$ ]] || { echo "launcher.sh: not a plain -XX: option: $option" >&2; exit 1; }
    if [[ $option =~ ^-XX:[+-]Use[A-Za-z0-9_]*GC$ ]]; then
        collector_options+=("$option")
    else
        compile_options+=("$option")
    fi
done
cfg=$image/lib/app/CaseVault.cfg
[ -f "$cfg" ] || { echo "launcher.sh: no $cfg" >&2; exit 1; }

# One value of the cfg, as a double-quoted shell word: $APPDIR becomes the script's $app, the rest stays literal.
quote() {
    local v=$1
    v=${v//\\/\\\\}
    v=${v//\"/\\\"}
    v=${v//\`/\\\`}
    v=${v//\$/\\\$}
    v=${v//\\\$APPDIR/\$app}
    printf '"%s"' "$v"
}

main=$(sed -n 's/^app.mainclass=//p' "$cfg")
[ -n "$main" ] || { echo "launcher.sh: no app.mainclass in $cfg" >&2; exit 1; }
classpath=$(sed -n 's/^app.classpath=//p' "$cfg" | paste -sd: -)
[ -n "$classpath" ] || { echo "launcher.sh: no app.classpath in $cfg" >&2; exit 1; }
options=()
while IFS= read -r option; do
    options+=("$option")
done < <(sed -n '/^\[JavaOptions\]/,/^\[/s/^java-options=//p' "$cfg")

launcher=$image/bin/CaseVault
{
    echo '#!/bin/sh'
    echo '# CaseVault: starts the app'"'"'s Java runtime with its options (written by packaging/linux/launcher.sh from'
    echo '# lib/app/CaseVault.cfg). Without arguments it opens the window; with a command it runs that command.'
    echo 'self=$(readlink -f "$0") || self=$0'
    echo 'image=$(dirname "$(dirname "$self")")'
    echo 'app=$image/lib/app'
    if [ $# -gt 0 ]; then
        echo '# the command line'"'"'s imports (evidence add, mail import, after any --vault option) take more options'
        echo 'import_options='
        echo 'is_import() {'
        echo '    while [ $# -ge 1 ]; do'
        echo '        case $1 in'
        echo '            --vault) [ $# -ge 2 ] || return 1; shift 2 ;;'
        echo '            --vault=*) shift ;;'
        echo '            *) break ;;'
        echo '        esac'
        echo '    done'
        echo '    [ $# -ge 2 ] && { [ "$1 $2" = "evidence add" ] || [ "$1 $2" = "mail import" ]; }'
        echo '}'
        echo '# unless the user chose a collector where every java reads options: a JVM given two refuses to start'
        echo 'chooses_collector() {'
        echo '    printf "%s\n" "${JAVA_TOOL_OPTIONS:-} ${JDK_JAVA_OPTIONS:-} ${_JAVA_OPTIONS:-}" |'
        echo '        grep -Eq -- "-XX:[+-]Use[A-Za-z0-9_]*GC([^A-Za-z0-9_]|\$)"'
        echo '}'
        echo 'if is_import "$@"; then'
        echo "    import_options='${compile_options[*]}'"
        if [ ${#collector_options[@]} -gt 0 ]; then
            echo "    chooses_collector || import_options=\"${collector_options[*]} \$import_options\""
        fi
        echo 'fi'
        echo 'set -f # the options'"'"' method patterns have *: no pathname expansion'
    fi
    echo 'exec "$image/lib/runtime/bin/CaseVault" \'
    echo '    "-Djpackage.app-path=$self" \'
    for option in "${options[@]}"; do
        echo "    $(quote "$option") \\"
    done
    if [ $# -gt 0 ]; then
        echo '    $import_options \'
    fi
    echo "    -cp $(quote "$classpath") \\"
    echo "    $(quote "$main") \"\$@\""
} > "$launcher.new"
chmod 755 "$launcher.new"
cp "$image/lib/runtime/bin/java" "$image/lib/runtime/bin/CaseVault"
mv "$launcher.new" "$launcher"
