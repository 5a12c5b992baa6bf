package io.casevault.bench;

import io.casevault.domain.ParsedStatement;
import io.casevault.importer.StatementFixtures;
import io.casevault.importer.StatementParser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parsing speed of statement files (DESIGN goal: 100,000 rows per second or better). Generates a 100,000-row
 * Alipay-style (GB18030) and WeChat-style (UTF-8) CSV in memory, parses each a few times and prints rows per second.
 * Run with {@code src/bench/import-parse.sh}.
 */
public final class ImportParseBench {
    private static final int ROWS = 100_000;

    private ImportParseBench() {
    }

    public static void main(String[] args) {
        byte[] alipay = alipay();
        byte[] wechat = wechat();
        StatementParser parser = new StatementParser();
        for (int round = 0; round < 6; round++) { // the first rounds warm up the JIT
            measure("Alipay", parser, alipay, round);
            measure("WeChat", parser, wechat, round);
        }
    }

    private static void measure(String name, StatementParser parser, byte[] bytes, int round) {
        long start = System.nanoTime();
        ParsedStatement s = parser.parse(bytes, name + ".csv", null, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (s.rows().size() != ROWS || s.hasProblems()) {
            throw new IllegalStateException(name + ": " + s.rows().size() + " rows, " + s.problems().size()
                    + " problems");
        }
        System.out.printf("%s round %d: %,d rows (%,d bytes) in %.3f s = %,.0f rows/s%n", name, round + 1, ROWS,
                bytes.length, seconds, ROWS / seconds);
    }

    private static byte[] alipay() {
        List<String> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(StatementFixtures.alipayRow(String.format("2024-%02d-%02d %02d:%02d:%02d", 1 + i % 12,
                    1 + i % 28, i % 24, i % 60, (i * 7) % 60), "日用百货", "商户" + (i % 977), "商品说明" + i,
                    i % 3 == 0 ? "收入" : "支出", (i % 5000) + "." + String.format("%02d", i % 100), "交易成功",
                    "2024" + String.format("%016d", i)));
        }
        return StatementFixtures.alipayApp(rows).getBytes(StatementFixtures.GB18030);
    }

    private static byte[] wechat() {
        List<String> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(String.format("2024-%02d-%02d %02d:%02d:%02d,商户消费,\"商户%d\",\"商品%d\",%s,\"¥%,d.%02d\","
                            + "\"零钱\",支付成功,\"42000%015d\"\t,\"M%d\"\t,\"/\"", 1 + i % 12, 1 + i % 28, i % 24,
                    i % 60, (i * 7) % 60, i % 977, i, i % 3 == 0 ? "收入" : "支出", i % 50_000, i % 100, i, i));
        }
        return new String(StatementFixtures.weChatCsv(rows, true), StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_8);
    }
}
