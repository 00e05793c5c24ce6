package com.storeboard.orders;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Order lines and their partitions in the database. Writes run inside the caller's transaction; on
 * PostgreSQL lines are written with COPY, elsewhere with JDBC batches.
 */
@Repository
public class OrderLineRepository {

    static final String COLUMNS = "store_name, order_id, product_key, line_ordinal, order_date, order_time, order_number, "
            + "store_id, city, channel, delivery_platform, address, distance_m, product_name, store_code, barcode, "
            + "category_l1, category_l3, quantity, sale_price, original_price, received_price, line_cost, gross_profit, "
            + "platform_service_fee, corporate_rebate, expected_income, stock, delivery_fee, user_paid_delivery_fee, "
            + "delivery_fee_discount, commission, full_reduction_discount, product_discount, new_customer_discount, "
            + "merchant_voucher, merchant_coupon_share, gift_value, other_merchant_discount, packaging_fee, cost_known, "
            + "source_id, source_row";
    private static final int COLUMN_COUNT = 43;
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    public OrderLineRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
    }

    /** Serialises imports across threads and nodes until the surrounding transaction ends. */
    public void lockImports() {
        jdbc.queryForList("select name from app_lock where name = 'import' for update");
    }

    public List<Partition> partitions() {
        return jdbc.query("select store_name, order_date, digest, row_count from partition_digest",
                (rs, i) -> new Partition(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3).trim(), rs.getInt(4)));
    }

    public List<Partition> partitions(String storeName) {
        return jdbc.query("select store_name, order_date, digest, row_count from partition_digest where store_name = ?",
                (rs, i) -> new Partition(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3).trim(), rs.getInt(4)),
                storeName);
    }

    /** The data version of one store, or of all stores when {@code storeName} is null (DATA.md §4.12). */
    public String dataVersion(String storeName) {
        return Digests.dataVersion(storeName == null ? partitions() : partitions(storeName));
    }

    /** Every order of a store stored on a date other than the given ones, with its dates. */
    public Map<String, List<LocalDate>> ordersOutside(String storeName, Collection<LocalDate> excludedDates) {
        Map<String, List<LocalDate>> found = new HashMap<>();
        StringBuilder sql = new StringBuilder("select distinct order_id, order_date from order_line where store_name = ?");
        List<Object> args = new ArrayList<>();
        args.add(storeName);
        if (!excludedDates.isEmpty()) {
            sql.append(" and order_date not in (").append(String.join(",", java.util.Collections.nCopies(excludedDates.size(), "?")))
                    .append(')');
            args.addAll(excludedDates);
        }
        jdbc.query(sql.toString(), rs -> {
            found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getObject(2, LocalDate.class));
        }, args.toArray());
        return found;
    }

    public int deletePartition(String storeName, LocalDate date) {
        return jdbc.update("delete from order_line where store_name = ? and order_date = ?", storeName, date);
    }

    /** Records a written partition: its digest and, packed, the columns the diagnosis reads (PartitionColumns). */
    public void savePartition(Partition partition, byte[] packedColumns, Instant when) {
        jdbc.update("delete from partition_digest where store_name = ? and order_date = ?", partition.storeName(), partition.date());
        jdbc.update("insert into partition_digest (store_name, order_date, digest, row_count, updated_at) values (?, ?, ?, ?, ?)",
                partition.storeName(), partition.date(), partition.digest(), partition.rowCount(),
                OffsetDateTime.ofInstant(when, ZoneOffset.UTC));
        jdbc.update("delete from partition_columns where store_name = ? and order_date = ?", partition.storeName(), partition.date());
        jdbc.update("insert into partition_columns (store_name, order_date, digest, format, data) values (?, ?, ?, ?, ?)",
                partition.storeName(), partition.date(), partition.digest(), PartitionColumns.FORMAT, packedColumns);
    }

    /**
     * Deletes a store's lines, all of them or those in [from, to] (either bound may be null), with their
     * partitions. Returns the number of lines deleted.
     */
    public int deleteStore(String storeName, LocalDate from, LocalDate to) {
        LocalDate lower = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate upper = to == null ? LocalDate.of(9999, 12, 31) : to;
        int lines = jdbc.update("delete from order_line where store_name = ? and order_date between ? and ?", storeName, lower, upper);
        jdbc.update("delete from partition_digest where store_name = ? and order_date between ? and ?", storeName, lower, upper);
        jdbc.update("delete from partition_columns where store_name = ? and order_date between ? and ?", storeName, lower, upper);
        return lines;
    }

    /** Inserts lines (already free of key clashes) inside the current transaction. */
    public void insert(List<OrderLine> lines, List<LineSource> sources) {
        if (lines.isEmpty()) {
            return;
        }
        Map<String, Long> sourceIds = new HashMap<>();
        long[] ids = new long[sources.size()];
        for (int i = 0; i < ids.length; i++) {
            LineSource s = sources.get(i);
            ids[i] = sourceIds.computeIfAbsent(s.importId() + "\u001F" + s.sourceFile(), k -> sourceId(s));
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class), lines, sources, ids);
            } else {
                batchInsert(connection, lines, sources, ids);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not write order lines: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The id of an (import, file) pair in import_source, created on first use. */
    private long sourceId(LineSource source) {
        List<Long> found = jdbc.queryForList("select id from import_source where import_id = ? and file_name = ?", Long.class,
                source.importId().toString(), source.sourceFile());
        if (!found.isEmpty()) {
            return found.get(0);
        }
        jdbc.update("insert into import_source (import_id, file_name) values (?, ?)", source.importId().toString(),
                source.sourceFile());
        return jdbc.queryForObject("select id from import_source where import_id = ? and file_name = ?", Long.class,
                source.importId().toString(), source.sourceFile());
    }

    private static void batchInsert(Connection connection, List<OrderLine> lines, List<LineSource> sources, long[] ids)
            throws SQLException {
        String marks = String.join(",", java.util.Collections.nCopies(COLUMN_COUNT, "?"));
        try (PreparedStatement ps = connection.prepareStatement("insert into order_line (" + COLUMNS + ") values (" + marks + ")")) {
            for (int i = 0; i < lines.size(); i++) {
                Object[] values = values(lines.get(i), ids[i], sources.get(i).sourceRow());
                for (int c = 0; c < values.length; c++) {
                    bind(ps, c + 1, values[c]);
                }
                ps.addBatch();
                if ((i + 1) % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof String s) {
            ps.setString(index, s);
        } else if (value instanceof BigDecimal d) {
            ps.setBigDecimal(index, d);
        } else if (value instanceof Integer i) {
            ps.setInt(index, i);
        } else if (value instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else if (value instanceof java.time.LocalDateTime t) {
            ps.setTimestamp(index, Timestamp.valueOf(t));
        } else if (value instanceof LocalDate d) {
            ps.setObject(index, d);
        } else {
            ps.setObject(index, value);
        }
    }

    private static void copy(PGConnection pg, List<OrderLine> lines, List<LineSource> sources, long[] ids)
            throws SQLException, IOException {
        String sql = "COPY order_line (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)";
        pg.getCopyAPI().copyIn(sql, new CopyReader(lines, sources, ids));
    }

    static Object[] values(OrderLine l, long sourceId, int sourceRow) {
        return new Object[] {l.storeName(), l.orderId(), l.productKey(), l.lineOrdinal(), l.orderDate(), l.orderTime(),
            l.orderNumber(), l.storeId(), l.city(), l.channel(), l.deliveryPlatform(), l.address(), l.distanceM(),
            l.productName(), l.storeCode(), l.barcode(), l.categoryL1(), l.categoryL3(), l.quantity(), l.salePrice(),
            l.originalPrice(), l.receivedPrice(), l.lineCost(), l.grossProfit(), l.platformServiceFee(), l.corporateRebate(),
            l.expectedIncome(), l.stock(), l.deliveryFee(), l.userPaidDeliveryFee(), l.deliveryFeeDiscount(), l.commission(),
            l.fullReductionDiscount(), l.productDiscount(), l.newCustomerDiscount(), l.merchantVoucher(),
            l.merchantCouponShare(), l.giftValue(), l.otherMerchantDiscount(), l.packagingFee(), l.costKnown(),
            sourceId, sourceRow};
    }

    /** Streams lines as COPY CSV text without building the whole text in memory. */
    private static final class CopyReader extends Reader {
        private final List<OrderLine> lines;
        private final List<LineSource> sources;
        private final long[] ids;
        private int next;
        private final StringBuilder buffer = new StringBuilder(1024);
        private int position;

        CopyReader(List<OrderLine> lines, List<LineSource> sources, long[] ids) {
            this.lines = lines;
            this.sources = sources;
            this.ids = ids;
        }

        @Override
        public int read(char[] target, int offset, int length) {
            if (position >= buffer.length()) {
                if (next >= lines.size()) {
                    return -1;
                }
                buffer.setLength(0);
                position = 0;
                while (buffer.length() < 8192 && next < lines.size()) {
                    appendRow(buffer, values(lines.get(next), ids[next], sources.get(next).sourceRow()));
                    next++;
                }
            }
            int n = Math.min(length, buffer.length() - position);
            buffer.getChars(position, position + n, target, offset);
            position += n;
            return n;
        }

        private static void appendRow(StringBuilder sb, Object[] values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                if (v instanceof String s) {
                    sb.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else if (v instanceof BigDecimal d) {
                    sb.append(d.toPlainString());
                } else if (v instanceof java.time.LocalDateTime t) {
                    sb.append(t.toLocalDate()).append(' ').append(t.toLocalTime());
                } else {
                    sb.append(v);
                }
            }
            sb.append('\n');
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
