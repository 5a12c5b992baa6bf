package io.casevault.bench;

import io.casevault.importer.mail.MailAttachment;
import io.casevault.importer.mail.MailFileReader;
import io.casevault.importer.mail.MailItem;
import io.casevault.importer.mail.MailParser;
import io.casevault.importer.mail.MailThreads;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Parsing an mbox streaming (every message, its text, summary, ticket number and attachments, the attachments'
 * bytes read through, then the threads of all messages), timed in this JVM against {@code cp} + {@code sha256sum}
 * of the same file run from here in the same run, with the peak heap of the parsing rounds. Run it with
 * {@code src/bench/mail-parse.sh}, which generates the mbox and gives the JVM {@code -Xmx256m}.
 *
 * <p>usage: {@code MailParseBench FILE.mbox [ROUNDS]}
 */
public final class MailParseBench {

    static final AtomicLong maxAfterGc = new AtomicLong();

    private MailParseBench() {
    }

    public static void main(String[] args) throws Exception {
        watchCollections();
        Path mbox = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long size = Files.size(mbox);
        System.out.printf("%s: %,d bytes; max heap %,d MB%n", mbox, size, Runtime.getRuntime().maxMemory() >> 20);
        long[] floor = new long[rounds];
        long[] parse = new long[rounds];
        long peak = 0;
        long liveMax = 0;
        for (int r = 0; r < rounds; r++) {
            floor[r] = copyAndHash(mbox);
            System.gc();
            resetPeaks();
            maxAfterGc.set(0);
            long t0 = System.nanoTime();
            long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long process0 = processCpu();
            String counts = parse(mbox);
            parse[r] = (System.nanoTime() - t0) / 1_000_000;
            long cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1_000_000;
            long processCpu = (processCpu() - process0) / 1_000_000;
            long roundPeak = peakHeap();
            peak = Math.max(peak, roundPeak);
            liveMax = Math.max(liveMax, maxAfterGc.get());
            System.out.printf("round %d: cp+sha256sum %,d ms, parse %,d ms (CPU: %,d ms this thread, %,d ms the JVM "
                    + "with GC and JIT; %s), peak heap %,d MB, largest heap after a collection %,d MB%n", r + 1,
                    floor[r], parse[r], cpu, processCpu, counts, roundPeak >> 20, maxAfterGc.get() >> 20);
        }
        long f = median(floor);
        long p = median(parse);
        System.out.printf("median: cp+sha256sum %,d ms, parse %,d ms, ratio %.2fx (goal for the whole import: at most"
                + " 5x); peak heap %,d MB of %,d MB, largest heap after a collection %,d MB%n", f, p, (double) p / f,
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20, liveMax >> 20);
    }

    private static String parse(Path mbox) throws IOException {
        MailParser parser = new MailParser(ZoneId.of("Asia/Shanghai"));
        List<MailThreads.Entry> entries = new ArrayList<>();
        int failed = 0;
        int attachments = 0;
        int references = 0;
        long attachmentBytes = 0;
        byte[] sink = new byte[64 * 1024];
        try (MailFileReader reader = MailFileReader.open(Files.newInputStream(mbox), mbox.getFileName().toString(),
                parser)) {
            while (reader.hasNext()) {
                MailItem item = reader.next();
                if (item instanceof MailItem.Read read) {
                    entries.add(MailThreads.Entry.of(read.message()));
                    references += read.message().reference().isPresent() ? 1 : 0;
                    for (MailAttachment a : read.message().attachments()) {
                        attachments++;
                        try (InputStream in = a.open()) {
                            for (int n; (n = in.read(sink)) > 0; ) {
                                attachmentBytes += n;
                            }
                        }
                    }
                } else {
                    failed++;
                }
            }
        }
        int threads = MailThreads.group(entries).size();
        return String.format("%,d messages, %d failed, %,d threads, %,d with a ticket number, %,d attachments of "
                + "%,d bytes", entries.size(), failed, threads, references, attachments, attachmentBytes);
    }

    /**
     * The floor: {@code cp} of the file to a new path beside it and {@code sha256sum} of the copy, in milliseconds. The
     * copy's path does not exist before: {@code cp} onto an existing file truncates it, and ext4 then writes the whole
     * copy to disk as it is closed, which timed the disk rather than the copy (some 250 ms more for 132 MB, now and
     * then).
     */
    static long copyAndHash(Path file) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory(file.toAbsolutePath().getParent(), "copy-");
        Path copy = folder.resolve("copy.mbox");
        try {
            long t0 = System.nanoTime();
            run("cp", file.toString(), copy.toString());
            run("sha256sum", copy.toString());
            return (System.nanoTime() - t0) / 1_000_000;
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(folder);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    /** The heap in use right after each collection: what the parsing really keeps, without uncollected garbage. */
    static void watchCollections() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) n.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum();
                    maxAfterGc.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
