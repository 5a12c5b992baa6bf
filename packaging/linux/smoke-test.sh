#!/usr/bin/env bash
# Starts a built app-image's launcher the way a user's shell would and checks what it prints (CI runs it):
#   packaging/linux/smoke-test.sh [target/dist/CaseVault]
# --version names the pom's version; on a new vault: init, case add, tx add, tx import of a GB18030 Alipay
# statement (charset detection and decoding in the jlink'd runtime), case list --json and verify; then a rendered
# screenshot's text read by the image's own ONNX Runtime library (evidence text), leaving nothing in the JVM's temp
# folder and no second copy of the library in the vault's cache.
set -euo pipefail
cd "$(dirname "$0")/../.."
image=${1:-target/dist/CaseVault}
launcher=$image/bin/CaseVault
[ -x "$launcher" ] || { echo "smoke-test: no launcher at $launcher" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

check() { # what, expected, actual
    if [ "$2" = "$3" ]; then
        echo "ok   $1"
    else
        echo "FAIL $1: expected [$2], got [$3]" >&2
        failures=$((failures + 1))
    fi
}

contains() { # what, needle, haystack
    case "$3" in
        *"$2"*) echo "ok   $1" ;;
        *) echo "FAIL $1: [$2] not in [$3]" >&2; failures=$((failures + 1)) ;;
    esac
}

cv() {
    HOME=$tmp "$launcher" --vault "$tmp/vault" "$@"
}

# A payment screenshot drawn with the bundled font by the building JDK (the image's runtime has no compiler).
screenshot() { # png
    cat >"$tmp/Shot.java" <<'JAVA'
import java.awt.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;
public class Shot {
    public static void main(String[] a) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(a[0])).deriveFont(44f);
        BufferedImage image = new BufferedImage(1080, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1080, 600);
        g.setColor(Color.BLACK);
        g.setFont(font);
        g.drawString("订单号 2026110322001456789", 80, 200);
        g.drawString("¥1,250.00", 80, 400);
        g.dispose();
        ImageIO.write(image, "png", new File(a[1]));
    }
}
JAVA
    java -Djava.awt.headless=true "$tmp/Shot.java" src/main/resources/io/casevault/fonts/NotoSansSC-Regular.ttf "$1"
}

pom_version=$(sed -n 's/^version=//p' target/classes/io/casevault/version.properties)
check "--version" "CaseVault $pom_version" "$(HOME=$tmp "$launcher" --version | head -n 1)"
contains "init" "Created vault" "$(cv init)"
check "case add prints the new id" "1" "$(cv case add --title 转账未到账 --provider 支付宝 --category funds-not-received \
    --amount 1250.00 --currency CNY --incident 2026-11-03 --window-days 30 --demand "退款 1250 元")"
cv tx add --case 1 --at 2026-11-03T14:30+08:00 --amount 1250.00 --currency CNY --counterparty 张三 \
    --ref 2026110322001456789 >/dev/null

# An Alipay app export as the wallet writes it: GB18030, a preamble, padded cells, IDs ending in a tab.
{
    printf '%s\n' "------------------------------------------------------------------------------------" \
        "导出信息：" "姓名：测试" "起始时间：[2026-11-01 00:00:00]    终止时间：[2026-11-30 23:59:59]" "共2笔记录" "" \
        "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------" \
        "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,"
    printf '%s\t,%s\t,,\n' "2026-11-03 14:30:00,转账,张三,/,转账,支出,1250.00,余额,交易成功,2026110322001456789" "M1" \
        "2026-11-04 09:00:00,餐饮美食,餐厅,/,午餐,支出,45.50,余额,交易成功,2026110422001456790" "M2"
} | iconv -f UTF-8 -t GB18030 >"$tmp/alipay.csv"
imported=$(cv tx import --case 1 "$tmp/alipay.csv" --json | tr -d ' \n')
contains "tx import of a GB18030 statement" '"format":"alipay"' "$imported"
contains "tx import skips the transaction entered by hand" '"imported":1,"skipped":1' "$imported"

list=$(cv case list --json | tr -d ' \n')
contains "case list --json has the case" '"id":1,"title":"转账未到账","provider":"支付宝","status":"DRAFT"' "$list"
contains "case list --json has its deadline" '"deadline":"2026-12-03"' "$list"
contains "verify" '"ok":true' "$(cv verify --json | tr -d ' \n')"

screenshot "$tmp/shot.png"
cv evidence add --case 1 "$tmp/shot.png" >/dev/null
mkdir "$tmp/java-tmp"
text=$(JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$tmp/java-tmp" cv evidence text --case 1 --json | tr -d ' \n')
contains "evidence text reads the screenshot's order number" '"text":"订单号2026110322001456789"' "$text"
contains "evidence text reads the screenshot's amount" '"text":"¥1,250.00"' "$text"
check "evidence text leaves nothing in the temp folder" "" "$(ls -A "$tmp/java-tmp")"
check "ONNX Runtime loads from the image, not from a copy in the vault's cache" "" \
    "$(find "$tmp/vault" -name 'libonnxruntime*' | head -n 1)"

if [ "$failures" -gt 0 ]; then
    echo "smoke-test: $failures check(s) failed" >&2
    exit 1
fi
echo "smoke-test: the launcher at $launcher works"
