package com.storeboard.cache;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A card's headline, rows or extras left as JSON bytes until someone looks at them (a drill-down opens, an export
 * runs): the page's first paint needs the faces of 13 cards, not their 13 × 500 rows. Decoded once, then shared.
 */
final class LazyJson {

    private LazyJson() {
    }

    /** A JSON array read on first use. */
    static final class Rows extends AbstractList<Object> {
        private final Slice slice;

        Rows(byte[] json, int start, int end, Function<Slice, Object> decoder) {
            this.slice = new Slice(json, start, end, decoder);
        }

        @SuppressWarnings("unchecked")
        private List<Object> value() {
            return (List<Object>) slice.value();
        }

        @Override
        public Object get(int index) {
            return value().get(index);
        }

        @Override
        public int size() {
            return value().size();
        }
    }

    /** A JSON object read on first use. */
    static final class Fields extends AbstractMap<String, Object> {
        private final Slice slice;

        Fields(byte[] json, int start, int end, Function<Slice, Object> decoder) {
            this.slice = new Slice(json, start, end, decoder);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Set<Entry<String, Object>> entrySet() {
            return ((Map<String, Object>) slice.value()).entrySet();
        }
    }

    static final class Slice {
        final byte[] json;
        final int start;
        final int end;
        private final Function<Slice, Object> decoder;
        private volatile Object value;

        Slice(byte[] json, int start, int end, Function<Slice, Object> decoder) {
            this.json = json;
            this.start = start;
            this.end = end;
            this.decoder = decoder;
        }

        Object value() {
            Object v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = decoder.apply(this);
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
