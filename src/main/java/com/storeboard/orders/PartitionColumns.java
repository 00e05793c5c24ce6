package com.storeboard.orders;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The columns the diagnosis reads of one partition (store × date), packed into one value stored next to the
 * partition's lines and written in the same transaction. Reading a 60-day scope then means reading a few hundred
 * packed values instead of formatting and parsing 26 columns of every line, which is what makes a refresh over a
 * million lines take about a second on PostgreSQL. The lines table stays the record; a partition without (or
 * with an outdated) packed value is read from its lines.
 *
 * <p>Format 1: the magic {@code SBC1}, the line count, a string table (each distinct text once, UTF-8), then per
 * line in primary-key order: a flag byte, the order's values only when they differ from the previous line's, the
 * product's six texts as string references, quantity and money as zig-zag varints of exact units.
 */
public final class PartitionColumns {

    public static final int FORMAT = 1;
    private static final int MAGIC = 0x53424331;

    private static final int ORDER_BLOCK = 1;
    private static final int FEE_NULL = 2;
    private static final int STOCK_NULL = 4;
    private static final int DISTANCE_NULL = 8;
    private static final int NANOS = 16;

    private PartitionColumns() {
    }

    /** Packs the lines of one partition, given in primary-key order. */
    public static byte[] encode(List<OrderLine> sortedLines) {
        Writer body = new Writer(sortedLines.size() * 40 + 64);
        Map<String, Integer> strings = new HashMap<>();
        List<String> table = new java.util.ArrayList<>();
        LineColumns previous = null;
        LineColumns current = new LineColumns();
        LineColumns spare = new LineColumns();
        for (OrderLine line : sortedLines) {
            current.of(line);
            boolean orderBlock = previous == null || !sameOrder(previous, current);
            int flags = (orderBlock ? ORDER_BLOCK : 0) | (current.platformServiceFee == LineColumns.NULL ? FEE_NULL : 0)
                    | (current.stock == LineColumns.NULL ? STOCK_NULL : 0)
                    | (current.distanceM == LineColumns.NO_DISTANCE ? DISTANCE_NULL : 0)
                    | (current.orderTime.getNano() != 0 ? NANOS : 0);
            body.write(flags);
            if (orderBlock) {
                body.ref(current.orderId, strings, table);
                body.ref(current.orderNumber, strings, table);
                body.varlong(current.orderTime.toEpochSecond(ZoneOffset.UTC));
                if (current.orderTime.getNano() != 0) {
                    body.varlong(current.orderTime.getNano());
                }
                body.ref(current.channel, strings, table);
                body.ref(current.address, strings, table);
                if (current.distanceM != LineColumns.NO_DISTANCE) {
                    body.zigzag(current.distanceM);
                }
                body.zigzag(current.deliveryFee);
                body.zigzag(current.userPaidDeliveryFee);
                body.zigzag(current.deliveryFeeDiscount);
                body.zigzag(current.activityCost);
            }
            body.ref(current.productKey, strings, table);
            body.ref(current.productName, strings, table);
            body.ref(current.storeCode, strings, table);
            body.ref(current.barcode, strings, table);
            body.ref(current.categoryL1, strings, table);
            body.ref(current.categoryL3, strings, table);
            body.zigzag(current.quantity);
            body.zigzag(current.salePrice);
            body.zigzag(current.originalPrice);
            body.zigzag(current.receivedPrice);
            body.zigzag(current.lineCost);
            body.zigzag(current.grossProfit);
            if (current.platformServiceFee != LineColumns.NULL) {
                body.zigzag(current.platformServiceFee);
            }
            body.zigzag(current.corporateRebate);
            if (current.stock != LineColumns.NULL) {
                body.zigzag(current.stock);
            }
            LineColumns swap = previous == null ? spare : previous;
            previous = current;
            current = swap;
        }
        Writer out = new Writer(body.size + table.size() * 16 + 32);
        out.int32(MAGIC);
        out.varlong(sortedLines.size());
        out.varlong(table.size());
        for (String s : table) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.varlong(bytes.length);
            out.bytes(bytes, bytes.length);
        }
        out.bytes(body.buffer, body.size);
        return Arrays.copyOf(out.buffer, out.size);
    }

    /**
     * Unpacks a partition of the given store: fills {@code into} for each line, in the order they were packed, and
     * hands it to {@code each}. Returns the number of lines.
     */
    public static int decode(byte[] data, String storeName, LineColumns into, Consumer<LineColumns> each) {
        Reader in = new Reader(data);
        if (in.int32() != MAGIC) {
            throw new IllegalArgumentException("not a packed partition (format " + FORMAT + ")");
        }
        int lines = (int) in.varlong();
        String[] table = new String[(int) in.varlong()];
        for (int i = 0; i < table.length; i++) {
            int length = (int) in.varlong();
            table[i] = new String(data, in.position, length, StandardCharsets.UTF_8);
            in.position += length;
        }
        into.storeName = storeName;
        for (int l = 0; l < lines; l++) {
            int flags = in.data[in.position++];
            if ((flags & ORDER_BLOCK) != 0) {
                into.orderId = in.ref(table);
                into.orderNumber = in.ref(table);
                long seconds = in.varlong();
                into.orderTime = LocalDateTime.ofEpochSecond(seconds, (flags & NANOS) != 0 ? (int) in.varlong() : 0, ZoneOffset.UTC);
                into.channel = in.ref(table);
                into.address = in.ref(table);
                into.distanceM = (flags & DISTANCE_NULL) != 0 ? LineColumns.NO_DISTANCE : (int) in.zigzag();
                into.deliveryFee = in.zigzag();
                into.userPaidDeliveryFee = in.zigzag();
                into.deliveryFeeDiscount = in.zigzag();
                into.activityCost = in.zigzag();
            }
            into.productKey = in.ref(table);
            into.productName = in.ref(table);
            into.storeCode = in.ref(table);
            into.barcode = in.ref(table);
            into.categoryL1 = in.ref(table);
            into.categoryL3 = in.ref(table);
            into.quantity = (int) in.zigzag();
            into.salePrice = in.zigzag();
            into.originalPrice = in.zigzag();
            into.receivedPrice = in.zigzag();
            into.lineCost = in.zigzag();
            into.grossProfit = in.zigzag();
            into.platformServiceFee = (flags & FEE_NULL) != 0 ? LineColumns.NULL : in.zigzag();
            into.corporateRebate = in.zigzag();
            into.stock = (flags & STOCK_NULL) != 0 ? LineColumns.NULL : in.zigzag();
            each.accept(into);
        }
        if (in.position != data.length) {
            throw new IllegalArgumentException("packed partition has " + (data.length - in.position) + " bytes too many");
        }
        return lines;
    }

    private static boolean sameOrder(LineColumns a, LineColumns b) {
        return a.orderId.equals(b.orderId) && Objects.equals(a.orderNumber, b.orderNumber) && a.orderTime.equals(b.orderTime)
                && a.channel.equals(b.channel) && Objects.equals(a.address, b.address) && a.distanceM == b.distanceM
                && a.deliveryFee == b.deliveryFee && a.userPaidDeliveryFee == b.userPaidDeliveryFee
                && a.deliveryFeeDiscount == b.deliveryFeeDiscount && a.activityCost == b.activityCost;
    }

    private static final class Writer {
        byte[] buffer;
        int size;

        Writer(int capacity) {
            buffer = new byte[Math.max(16, capacity)];
        }

        void write(int b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[size++] = (byte) b;
        }

        void bytes(byte[] bytes, int length) {
            if (size + length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
            }
            System.arraycopy(bytes, 0, buffer, size, length);
            size += length;
        }

        void int32(int v) {
            write(v >>> 24);
            write(v >>> 16);
            write(v >>> 8);
            write(v);
        }

        void varlong(long v) {
            while ((v & ~0x7FL) != 0) {
                write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            write((int) v);
        }

        void zigzag(long v) {
            varlong((v << 1) ^ (v >> 63));
        }

        /** 0 for null, else 1 + the text's index in the string table. */
        void ref(String s, Map<String, Integer> strings, List<String> table) {
            if (s == null) {
                varlong(0);
                return;
            }
            Integer index = strings.get(s);
            if (index == null) {
                index = table.size();
                strings.put(s, index);
                table.add(s);
            }
            varlong(index + 1L);
        }
    }

    private static final class Reader {
        final byte[] data;
        int position;

        Reader(byte[] data) {
            this.data = data;
        }

        int int32() {
            int v = ((data[position] & 0xFF) << 24) | ((data[position + 1] & 0xFF) << 16) | ((data[position + 2] & 0xFF) << 8)
                    | (data[position + 3] & 0xFF);
            position += 4;
            return v;
        }

        long varlong() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte b = data[position++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        long zigzag() {
            long v = varlong();
            return (v >>> 1) ^ -(v & 1);
        }

        String ref(String[] table) {
            int r = (int) varlong();
            return r == 0 ? null : table[r - 1];
        }
    }
}
