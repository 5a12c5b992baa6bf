#!/usr/bin/env bash
# Renders the CaseVault icon from its SVG sources into every file the app and the installers use:
#   png/casevault-N.png   N = 16 … 1024 (16-32 from casevault-small.svg, drawn for small sizes; larger from casevault.svg)
#   casevault.ico         Windows (16, 24, 32, 48, 64, 256), for jpackage --icon on Windows
#   casevault.icns        macOS icon set (16 … 1024), for jpackage --icon on macOS
#   src/main/resources/io/casevault/ui/icons/   the sizes the window and the About dialog load
# The rendered files are committed, so building the app or an installer never needs these tools. To run it:
#   apt-get install librsvg2-bin icnsutils imagemagick   (rsvg-convert, png2icns, convert)
# An ICNS file is a simple container: 'icns' and the total length, then one entry per size, each a four-letter type
# (is32/s8mk for 16 px … ic10 for 1024 px), its length and the image data; png2icns (icnsutils) writes it, with the
# small sizes as RLE bitmaps plus masks and 256 px and up as compressed images, which is what macOS reads.
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert png2icns convert; do
    command -v "$tool" >/dev/null || { echo "render.sh needs $tool (see the comment at the top)" >&2; exit 1; }
done

mkdir -p png
for n in 16 24 32 48 64 128 256 512 1024; do
    src=casevault.svg
    [ "$n" -le 32 ] && src=casevault-small.svg
    rsvg-convert -w "$n" -h "$n" "$src" -o "png/casevault-$n.png"
done

convert png/casevault-{16,24,32,48,64,256}.png casevault.ico
png2icns casevault.icns png/casevault-{16,32,48,128,256,512,1024}.png >/dev/null

app=../../src/main/resources/io/casevault/ui/icons
mkdir -p "$app"
for n in 16 32 48 64 128 256; do
    cp "png/casevault-$n.png" "$app/casevault-$n.png"
done
echo "icons rendered into $(pwd) and $app"
