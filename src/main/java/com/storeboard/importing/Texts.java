package com.storeboard.importing;

import java.text.Normalizer;

/** Text normalisation of DATA.md §0.4. */
final class Texts {

    private Texts() {
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** Trims whitespace including U+3000 and U+00A0; an empty result is blank ({@code null}). */
    static String trimToNull(String raw) {
        if (raw == null) {
            return null;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : raw.substring(start, end);
    }

    /** Identifiers: trimmed, and every whitespace inside removed. */
    static String identifier(String raw) {
        String trimmed = trimToNull(raw);
        if (trimmed == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(trimmed.length());
        trimmed.codePoints().filter(c -> !isSpace(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Names: trimmed, each inner run of whitespace collapsed to one ASCII space; nothing else changed. */
    static String name(String raw) {
        String trimmed = trimToNull(raw);
        if (trimmed == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(trimmed.length());
        boolean inSpace = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    sb.append(' ');
                }
                inSpace = true;
            } else {
                sb.append(c);
                inSpace = false;
            }
        }
        return sb.toString();
    }

    /** Header, number and date cells: NFKC first (full-width digits, ：, ￥), then trimmed. */
    static String nfkc(String raw) {
        if (raw == null) {
            return null;
        }
        // plain ASCII is already NFKC: skip the (costly) normaliser for the usual number and date cells
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) >= 0x80) {
                return trimToNull(Normalizer.normalize(raw, Normalizer.Form.NFKC));
            }
        }
        return trimToNull(raw);
    }

    /** Customer key of DATA.md §1.5. */
    static String addressKey(String address) {
        String compact = identifier(address);
        return compact == null ? null : compact.replace("单元", "-").replace("栋", "-");
    }
}
