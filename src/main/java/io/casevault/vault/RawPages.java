package io.casevault.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pages of a SQLite database read straight from the file (and the committed frames of its write-ahead log),
 * for when SQLite itself cannot read the schema: table b-trees are walked from their root pages and their records
 * decoded as the file format documents them. A damaged page is skipped and counted, never guessed at.
 */
final class RawPages implements AutoCloseable {
    private static final int LEAF_TABLE = 13;
    private static final int INTERIOR_TABLE = 5;
    private static final int MAX_DEPTH = 40;

    private final FileChannel db;
    private final int pageSize;
    private final int usable;
    private final long pageCount;
    private final Map<Long, ByteBuffer> walPages;

    /** A row as stored: its rowid and its values (Long, Double, String, byte[] or null). */
    record RawRow(long rowid, List<Object> values) {
    }

    /** What walking one b-tree gave: its rows and how many pages or cells could not be read. */
    record Walk(List<RawRow> rows, int damagedPages, int damagedCells) {
    }

    RawPages(Path dbFile, Path wal) throws IOException {
        this.db = FileChannel.open(dbFile, StandardOpenOption.READ);
        ByteBuffer header = ByteBuffer.allocate(100);
        db.read(header, 0);
        int size = Short.toUnsignedInt(header.getShort(16));
        size = size == 1 ? 65536 : size;
        boolean sane = size >= 512 && size <= 65536 && Integer.bitCount(size) == 1;
        this.pageSize = sane ? size : 4096; // a damaged header: SQLite's default page size
        int reserved = sane ? Byte.toUnsignedInt(header.get(20)) : 0;
        this.usable = pageSize - reserved;
        this.walPages = walFrames(wal, pageSize);
        long maxWal = walPages.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        this.pageCount = Math.max(db.size() / pageSize, maxWal);
    }

    long pageCount() {
        return pageCount;
    }

    /** The newest committed copy of each page in the log; frames after a damaged one are ignored, as SQLite does. */
    private static Map<Long, ByteBuffer> walFrames(Path wal, int pageSize) throws IOException {
        Map<Long, ByteBuffer> pages = new HashMap<>();
        if (wal == null || !Files.isRegularFile(wal) || !DatabaseHealth.walProblems(wal).isEmpty()) {
            return pages; // a damaged log: SQLite would read its frames before the damage; here none (stated in report)
        }
        byte[] bytes = Files.readAllBytes(wal);
        if (bytes.length < 32 || ByteBuffer.wrap(bytes).getInt(8) != pageSize) {
            return pages;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        int salt1 = b.getInt(16);
        int frameSize = 24 + pageSize;
        Map<Long, ByteBuffer> uncommitted = new HashMap<>();
        for (int at = 32; at + frameSize <= bytes.length; at += frameSize) {
            if (b.getInt(at + 8) != salt1) {
                break;
            }
            uncommitted.put(Integer.toUnsignedLong(b.getInt(at)), ByteBuffer.wrap(bytes, at + 24, pageSize).slice());
            if (b.getInt(at + 4) != 0) { // a commit frame
                pages.putAll(uncommitted);
                uncommitted.clear();
            }
        }
        return pages;
    }

    ByteBuffer page(long no) throws IOException {
        if (no < 1 || no > pageCount) {
            throw new IOException("page " + no + " is outside the file");
        }
        ByteBuffer fromWal = walPages.get(no);
        if (fromWal != null) {
            return fromWal.duplicate().order(ByteOrder.BIG_ENDIAN);
        }
        ByteBuffer buf = ByteBuffer.allocate(pageSize);
        db.read(buf, (no - 1) * pageSize);
        return buf.flip().order(ByteOrder.BIG_ENDIAN);
    }

    /** Every row of the table b-tree rooted at {@code root}, skipping damaged pages and cells. */
    Walk walk(long root) {
        List<RawRow> rows = new ArrayList<>();
        int[] damage = new int[2];
        walk(root, 0, new HashSet<>(), rows, damage);
        return new Walk(rows, damage[0], damage[1]);
    }

    private void walk(long no, int depth, Set<Long> seen, List<RawRow> rows, int[] damage) {
        if (depth > MAX_DEPTH || !seen.add(no)) {
            damage[0]++;
            return;
        }
        ByteBuffer p;
        try {
            p = page(no);
        } catch (IOException e) {
            damage[0]++;
            return;
        }
        int h = no == 1 ? 100 : 0;
        int type = Byte.toUnsignedInt(p.get(h));
        int cells = Short.toUnsignedInt(p.getShort(h + 3));
        int headerSize = type == INTERIOR_TABLE ? 12 : 8;
        if ((type != LEAF_TABLE && type != INTERIOR_TABLE) || h + headerSize + 2 * cells > pageSize) {
            damage[0]++;
            return;
        }
        for (int i = 0; i < cells; i++) {
            int cell = Short.toUnsignedInt(p.getShort(h + headerSize + 2 * i));
            try {
                if (cell < h + headerSize || cell >= pageSize) {
                    throw new IllegalStateException("cell pointer outside the page");
                }
                if (type == INTERIOR_TABLE) {
                    walk(Integer.toUnsignedLong(p.getInt(cell)), depth + 1, seen, rows, damage);
                } else {
                    rows.add(leafCell(p, cell));
                }
            } catch (RuntimeException | IOException e) {
                damage[1]++;
            }
        }
        if (type == INTERIOR_TABLE) {
            walk(Integer.toUnsignedLong(p.getInt(h + 8)), depth + 1, seen, rows, damage);
        }
    }

    /** The rows of every intact table-leaf page whose records look like {@code sqlite_schema} rows. */
    List<RawRow> schemaRows() {
        List<RawRow> found = new ArrayList<>(walk(1).rows());
        for (long no = 2; no <= pageCount; no++) {
            try {
                ByteBuffer p = page(no);
                if (Byte.toUnsignedInt(p.get(0)) != LEAF_TABLE) {
                    continue;
                }
                int cells = Short.toUnsignedInt(p.getShort(3));
                for (int i = 0; i < cells && 8 + 2 * i < pageSize; i++) {
                    try {
                        RawRow r = leafCell(p, Short.toUnsignedInt(p.getShort(8 + 2 * i)));
                        if (looksLikeSchema(r.values())) {
                            found.add(r);
                        }
                    } catch (RuntimeException | IOException e) {
                        // not a record, or a damaged one
                    }
                }
            } catch (IOException e) {
                // an unreadable page holds no schema rows we can use
            }
        }
        return found;
    }

    static boolean looksLikeSchema(List<Object> v) {
        return v.size() == 5 && v.get(0) instanceof String type && List.of("table", "index", "view", "trigger")
                .contains(type) && v.get(1) instanceof String && v.get(3) instanceof Long;
    }

    private RawRow leafCell(ByteBuffer p, int cell) throws IOException {
        long[] v = varint(p, cell);
        long payload = v[0];
        long[] rowid = varint(p, cell + (int) v[1]);
        int start = cell + (int) v[1] + (int) rowid[1];
        if (payload < 0 || payload > Integer.MAX_VALUE / 2) {
            throw new IllegalStateException("impossible payload size");
        }
        byte[] bytes = payload((int) payload, p, start);
        return new RawRow(rowid[0], record(bytes));
    }

    /** The record's bytes: the part on the page, then the overflow chain. */
    private byte[] payload(int size, ByteBuffer p, int start) throws IOException {
        int max = usable - 35;
        int local = size;
        if (size > max) {
            int min = ((usable - 12) * 32 / 255) - 23;
            int k = min + ((size - min) % (usable - 4));
            local = k <= max ? k : min;
        }
        byte[] out = new byte[size];
        p.get(start, out, 0, local);
        int done = local;
        long next = local < size ? Integer.toUnsignedLong(p.getInt(start + local)) : 0;
        Set<Long> seen = new HashSet<>();
        while (done < size) {
            if (next == 0 || !seen.add(next)) {
                throw new IOException("broken overflow chain");
            }
            ByteBuffer o = page(next);
            int n = Math.min(usable - 4, size - done);
            o.get(4, out, done, n);
            done += n;
            next = Integer.toUnsignedLong(o.getInt(0));
        }
        return out;
    }

    static List<Object> record(byte[] r) {
        ByteBuffer b = ByteBuffer.wrap(r).order(ByteOrder.BIG_ENDIAN);
        long[] hs = varint(b, 0);
        if (hs[0] < hs[1] || hs[0] > r.length) {
            throw new IllegalStateException("bad record header");
        }
        List<Long> types = new ArrayList<>();
        for (int at = (int) hs[1]; at < hs[0]; ) {
            long[] t = varint(b, at);
            types.add(t[0]);
            at += (int) t[1];
        }
        List<Object> values = new ArrayList<>();
        int at = (int) hs[0];
        for (long t : types) {
            int len = length(t);
            if (at + len > r.length) {
                throw new IllegalStateException("record shorter than its header says");
            }
            values.add(value(b, t, at, len));
            at += len;
        }
        return values;
    }

    private static int length(long t) {
        if (t >= 12) {
            return (int) ((t - (t % 2 == 0 ? 12 : 13)) / 2);
        }
        return switch ((int) t) {
            case 0, 8, 9 -> 0;
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> 3;
            case 4 -> 4;
            case 5 -> 6;
            case 6, 7 -> 8;
            default -> throw new IllegalStateException("reserved serial type " + t);
        };
    }

    private static Object value(ByteBuffer b, long t, int at, int len) {
        if (t == 0) {
            return null;
        }
        if (t == 8 || t == 9) {
            return t - 8;
        }
        if (t == 7) {
            return b.getDouble(at);
        }
        if (t < 12) {
            long v = b.get(at); // sign-extended first byte
            for (int i = 1; i < len; i++) {
                v = (v << 8) | Byte.toUnsignedInt(b.get(at + i));
            }
            return v;
        }
        byte[] bytes = new byte[len];
        b.get(at, bytes);
        return t % 2 == 0 ? bytes : new String(bytes, StandardCharsets.UTF_8);
    }

    /** A SQLite varint at {@code at}: {value, length in bytes}. */
    static long[] varint(ByteBuffer b, int at) {
        long v = 0;
        for (int i = 0; i < 9; i++) {
            int x = Byte.toUnsignedInt(b.get(at + i));
            if (i == 8) {
                return new long[]{(v << 8) | x, 9};
            }
            v = (v << 7) | (x & 0x7f);
            if ((x & 0x80) == 0) {
                return new long[]{v, i + 1};
            }
        }
        throw new IllegalStateException("unreachable");
    }

    @Override
    public void close() throws IOException {
        db.close();
    }
}
