package io.casevault.bench;

import io.casevault.TestFiles;
import io.casevault.app.Progress;
import io.casevault.app.VaultSession;
import io.casevault.domain.Channel;
import io.casevault.domain.Direction;
import io.casevault.domain.IncidentDate;
import io.casevault.domain.Money;
import io.casevault.domain.NewCase;
import io.casevault.domain.NewFollowUp;
import io.casevault.domain.NewTransaction;
import io.casevault.domain.TransactionSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds (once) a vault with one large case: 10,000 transactions, 1,000 exhibits and 200 follow-ups. */
public final class LargeCase {
    public static final int TRANSACTIONS = 10_000;
    public static final int EXHIBITS = 1_000;
    public static final int FOLLOW_UPS = 200;

    private LargeCase() {
    }

    /** Returns the case id, creating the vault in {@code dir} when it does not exist yet. */
    public static long ensure(Path dir) throws IOException {
        boolean exists = Files.exists(dir.resolve("casevault.db"));
        try (VaultSession s = VaultSession.create(dir, Clock.systemUTC())) {
            if (exists && !s.cases().list(LocalDate.now()).isEmpty()) {
                return s.cases().list(LocalDate.now()).get(0).theCase().id();
            }
            ZoneId zone = ZoneId.of("Asia/Shanghai");
            long id = s.cases().create(new NewCase("大案件 large case", "支付宝", "13800138000", null,
                    "一万笔交易和一千张截图。", Money.parse("99999.00", "CNY"), List.of("退款"),
                    IncidentDate.exact(LocalDate.now().minusDays(20)), LocalDate.now(), 60, List.of(), false)).id();
            Random r = new Random(7);
            Instant start = Instant.now().minusSeconds(86_400L * 365);
            for (int i = 0; i < TRANSACTIONS; i++) {
                s.transactions().add(new NewTransaction(id, start.plusSeconds(i * 3_000L), zone,
                        new Money(java.math.BigDecimal.valueOf(1 + r.nextInt(99_999), 2), Money.parseCurrency("CNY")),
                        i % 7 == 0 ? Direction.IN : Direction.OUT, "商户 " + (i % 97), "2026" + (100_000_000L + i),
                        null, "余额", "成功", null, TransactionSource.MANUAL));
            }
            Path images = Files.createTempDirectory("large-case-images");
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < EXHIBITS; i++) {
                files.add(TestFiles.png(images.resolve("shot-" + i + ".png"), 90, 160, i));
            }
            s.evidence().add(id, files, "截图", Progress.NONE);
            for (int i = 0; i < FOLLOW_UPS; i++) {
                s.followUps().add(new NewFollowUp(id, start.plusSeconds(i * 150_000L), zone, Channel.values()[i % 10],
                        null, null, "T-" + i, "第 " + i + " 次联系客服", null, LocalDate.now().plusDays(i % 30 - 15)));
            }
            return id;
        }
    }
}
