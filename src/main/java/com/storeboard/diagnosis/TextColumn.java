package com.storeboard.diagnosis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Millions of short texts (订单ID, 订单编号, 收货地址, customer keys) as UTF-8 in large pages instead of one String
 * each: a String costs 56–100 bytes, here a 12-character id costs 17. A text becomes a String only when a card
 * shows it. UTF-8 bytes compared unsigned sort exactly like code points, so ordering needs no String either.
 * Append-only while the scope is built, read-only afterwards.
 */
final class TextColumn {

    private static final int PAGE_BITS = 20;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int NULL = -1;

    private final List<byte[]> pages = new ArrayList<>();
    private byte[] page;
    private int used;
    /** Position of each text's length prefix: page index × PAGE_SIZE + offset, or NULL. */
    private int[] positions;
    private int count;

    TextColumn(int expected) {
        positions = new int[Math.max(16, expected)];
    }

    /** Appends a text (null allowed); returns its index. */
    int add(String text) {
        return add(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    /** Appends a text given as UTF-8 (null allowed); returns its index. */
    int add(byte[] utf8) {
        if (count == positions.length) {
            positions = Arrays.copyOf(positions, positions.length + (positions.length >> 1) + 16);
        }
        positions[count] = utf8 == null ? NULL : append(utf8);
        return count++;
    }

    /** Replaces text i (the old bytes stay unused: replacing is rare, an order whose first line came late). */
    void set(int i, String text) {
        positions[i] = text == null ? NULL : append(text.getBytes(StandardCharsets.UTF_8));
    }

    private int append(byte[] bytes) {
        int length = bytes.length;
        int prefix = length < 0x80 ? 1 : length < 0x4000 ? 2 : 3;
        if (page == null || used + prefix + length > page.length) {
            // pages grow from 4 KB, so that the many small scopes (a store, a test) stay small
            int size = page == null ? 4096 : Math.min(PAGE_SIZE, page.length * 2);
            page = new byte[Math.max(size, prefix + length)];
            pages.add(page);
            used = 0;
        }
        int position = ((pages.size() - 1) << PAGE_BITS) | used;
        for (int v = length; ; v >>>= 7) {
            if (v < 0x80) {
                page[used++] = (byte) v;
                break;
            }
            page[used++] = (byte) ((v & 0x7F) | 0x80);
        }
        System.arraycopy(bytes, 0, page, used, length);
        used += length;
        return position;
    }

    int size() {
        return count;
    }

    boolean isNull(int i) {
        return positions[i] == NULL;
    }

    String get(int i) {
        int position = positions[i];
        if (position == NULL) {
            return null;
        }
        byte[] p = pages.get(position >>> PAGE_BITS);
        long text = locate(p, position);
        return new String(p, start(text), length(text), StandardCharsets.UTF_8);
    }

    /** Code point order of texts i and j (null first). */
    int compare(int i, int j) {
        int pi = positions[i];
        int pj = positions[j];
        if (pi == NULL || pj == NULL) {
            return pi == NULL ? (pj == NULL ? 0 : -1) : 1;
        }
        byte[] a = pages.get(pi >>> PAGE_BITS);
        byte[] b = pages.get(pj >>> PAGE_BITS);
        long ta = locate(a, pi);
        long tb = locate(b, pj);
        return Arrays.compareUnsigned(a, start(ta), start(ta) + length(ta), b, start(tb), start(tb) + length(tb));
    }

    /** Whether text i equals the given UTF-8 bytes. */
    boolean equalsBytes(int i, byte[] bytes) {
        int position = positions[i];
        if (position == NULL) {
            return false;
        }
        byte[] p = pages.get(position >>> PAGE_BITS);
        long text = locate(p, position);
        return Arrays.equals(p, start(text), start(text) + length(text), bytes, 0, bytes.length);
    }

    /** Reads the length prefix at a position: the text's first byte (high half) and its length (low half). */
    private static long locate(byte[] page, int position) {
        int offset = position & (PAGE_SIZE - 1);
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = page[offset++];
            length |= (b & 0x7F) << shift;
            if (b >= 0) {
                break;
            }
        }
        return ((long) offset << 32) | length;
    }

    private static int start(long text) {
        return (int) (text >>> 32);
    }

    private static int length(long text) {
        return (int) text;
    }

    /** Gives back the unused tail of the index array once the scope is built. */
    void trim() {
        if (positions.length != count) {
            positions = Arrays.copyOf(positions, count);
        }
    }
}
