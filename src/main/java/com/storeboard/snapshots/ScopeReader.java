package com.storeboard.snapshots;

import com.storeboard.diagnosis.ScopeDataBuilder;
import com.storeboard.orders.LineColumns;
import com.storeboard.orders.PartitionColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Streams the order lines a diagnosis needs into the engine's builder, only the days of the horizon: each day from
 * its packed columns ({@link PartitionColumns}, a few hundred bytes per order), or, for a day stored without them,
 * from its lines in primary-key order (lines of an order together) with money as exact integer units computed by
 * the database, so that no BigDecimal is built per value.
 */
@Repository
class ScopeReader {

    /** 10^LineColumns.MONEY_SCALE: stored amounts have at most that many decimals, so the product is an exact integer. */
    private static final String UNITS_PER_YUAN = java.math.BigDecimal.ONE.movePointRight(LineColumns.MONEY_SCALE).toPlainString();

    private static final String COLUMNS = "store_name, order_id, order_number, order_time, channel, address, distance_m, "
            + "product_key, product_name, store_code, barcode, category_l1, category_l3, quantity, "
            + units("sale_price") + ", " + units("original_price") + ", " + units("received_price") + ", "
            + units("line_cost") + ", " + units("gross_profit") + ", " + units("platform_service_fee") + ", "
            + units("corporate_rebate") + ", " + units("stock") + ", " + units("delivery_fee") + ", "
            + units("user_paid_delivery_fee") + ", " + units("delivery_fee_discount") + ", "
            + units("full_reduction_discount + product_discount + new_customer_discount + merchant_voucher"
                    + " + merchant_coupon_share + gift_value + other_merchant_discount");

    private final JdbcTemplate jdbc;

    ScopeReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String units(String expression) {
        return "cast((" + expression + ") * " + UNITS_PER_YUAN + " as bigint)";
    }

    /**
     * The lines of the given stores dated in [from, to], into the builder: store by store (in the order given),
     * partition by partition in date order; each partition from its packed columns, or from its lines when it has
     * no current packed value. Runs inside the caller's transaction (one consistent database snapshot).
     */
    void read(List<String> stores, LocalDate from, LocalDate to, ScopeDataBuilder builder) {
        Connection connection = DataSourceUtils.getConnection(jdbc.getDataSource());
        try {
            LineColumns in = new LineColumns();
            for (String store : stores) {
                readStore(connection, store, from, to, builder, in);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the order lines of the diagnosis: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, jdbc.getDataSource());
        }
    }

    private void readStore(Connection connection, String store, LocalDate from, LocalDate to, ScopeDataBuilder builder,
            LineColumns in) throws SQLException {
        List<LocalDate> unpacked = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select p.order_date, c.data from partition_digest p "
                + "left join partition_columns c on c.store_name = p.store_name and c.order_date = p.order_date "
                + "and c.digest = p.digest and c.format = ? "
                + "where p.store_name = ? and p.order_date between ? and ? order by p.order_date")) {
            binaryTransfer(ps);
            // a packed day is a few hundred kilobytes: fetch a few at a time
            ps.setFetchSize(4);
            ps.setInt(1, PartitionColumns.FORMAT);
            ps.setString(2, store);
            ps.setObject(3, from);
            ps.setObject(4, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] packed = rs.getBytes(2);
                    if (packed == null) {
                        unpacked.add(rs.getObject(1, LocalDate.class));
                    } else {
                        PartitionColumns.decode(packed, store, in, builder::add);
                    }
                }
            }
        }
        // days stored before packed columns existed (or packed by another format): read from their lines
        for (LocalDate day : unpacked) {
            readLines(connection, store, day, builder, in);
        }
    }

    private static void readLines(Connection connection, String store, LocalDate day, ScopeDataBuilder builder, LineColumns in)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select " + COLUMNS + " from order_line where store_name = ? "
                + "and order_date = ? order by order_id, product_key, line_ordinal")) {
            ps.setFetchSize(10_000);
            ps.setString(1, store);
            ps.setObject(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fill(rs, in);
                    builder.add(in);
                }
            }
        }
    }

    /** PostgreSQL sends bytea as hex text unless asked for binary; binary halves the bytes and skips the decoding. */
    private static void binaryTransfer(PreparedStatement ps) throws SQLException {
        if (ps.isWrapperFor(PGStatement.class)) {
            ps.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
    }

    private static void fill(ResultSet rs, LineColumns in) throws SQLException {
        in.storeName = rs.getString(1);
        in.orderId = rs.getString(2);
        in.orderNumber = rs.getString(3);
        in.orderTime = rs.getObject(4, LocalDateTime.class);
        in.channel = rs.getString(5);
        in.address = rs.getString(6);
        int distance = rs.getInt(7);
        in.distanceM = rs.wasNull() ? LineColumns.NO_DISTANCE : distance;
        in.productKey = rs.getString(8);
        in.productName = rs.getString(9);
        in.storeCode = rs.getString(10);
        in.barcode = rs.getString(11);
        in.categoryL1 = rs.getString(12);
        in.categoryL3 = rs.getString(13);
        in.quantity = rs.getInt(14);
        in.salePrice = rs.getLong(15);
        in.originalPrice = rs.getLong(16);
        in.receivedPrice = rs.getLong(17);
        in.lineCost = rs.getLong(18);
        in.grossProfit = rs.getLong(19);
        in.platformServiceFee = nullable(rs, 20);
        in.corporateRebate = rs.getLong(21);
        in.stock = nullable(rs, 22);
        in.deliveryFee = rs.getLong(23);
        in.userPaidDeliveryFee = rs.getLong(24);
        in.deliveryFeeDiscount = rs.getLong(25);
        in.activityCost = rs.getLong(26);
    }

    private static long nullable(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? LineColumns.NULL : value;
    }
}
