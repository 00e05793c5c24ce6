package com.storeboard.snapshots;

import com.storeboard.diagnosis.Money;
import com.storeboard.diagnosis.ScopeDataBuilder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Streams the order lines a diagnosis needs into the engine's builder: one query, only the columns and days
 * needed, in primary-key order (lines of an order together), money as exact integer units computed by the
 * database so that no BigDecimal is built per value.
 */
@Repository
class ScopeReader {

    /** 10^Money.SCALE: stored amounts have at most that many decimals, so the product is an exact integer. */
    private static final String UNITS_PER_YUAN = java.math.BigDecimal.ONE.movePointRight(Money.SCALE).toPlainString();

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

    /** Lines of the given store (all stores when null) dated in [from, to], into the builder. */
    void read(String storeName, LocalDate from, LocalDate to, ScopeDataBuilder builder) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(" from order_line where order_date between ? and ?");
        args.add(from);
        args.add(to);
        if (storeName != null) {
            sql.append(" and store_name = ?");
            args.add(storeName);
        }
        sql.append(" order by store_name, order_date, order_id, product_key, line_ordinal");
        ScopeDataBuilder.LineInput in = new ScopeDataBuilder.LineInput();
        jdbc.query(con -> {
            var ps = con.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(10_000);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            return ps;
        }, (RowCallbackHandler) rs -> {
            fill(rs, in);
            builder.add(in);
        });
    }

    private static void fill(ResultSet rs, ScopeDataBuilder.LineInput in) throws SQLException {
        in.storeName = rs.getString(1);
        in.orderId = rs.getString(2);
        in.orderNumber = rs.getString(3);
        in.orderTime = rs.getObject(4, LocalDateTime.class);
        in.channel = rs.getString(5);
        in.address = rs.getString(6);
        int distance = rs.getInt(7);
        in.distanceM = rs.wasNull() ? Integer.MIN_VALUE : distance;
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
        return rs.wasNull() ? Money.NULL : value;
    }
}
