package com.storeboard.generator;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Test-side reading of generated CSV files, written from DATA.md alone (it does not use the generator's classes):
 * encoding by the detection rules of §4.1, headers and synonyms of §1.2, kilometres to metres per §4.4, order
 * aggregates per §2.4 and §3.
 */
final class WrittenRows {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final List<String> FEE_CHANNELS = List.of("饿了么", "京东到家", "美团闪购", "美团共橙", "抖音", "抖音直播",
            "淘鲜达", "京东秒送", "美团咖啡店", "饿了么咖啡店");
    static final Map<String, String> SYNONYMS = Map.of("订单号", "订单ID", "下单时间", "日期", "门店", "门店名称",
            "平台", "渠道", "销量", "月售", "售价", "商品实售价", "成本", "商品采购成本", "剩余库存", "库存",
            "美团一级分类", "一级分类名");

    /** One row as written. Money in BigDecimal, distance in metres. */
    record Row(int fileRow, String orderId, String orderNumber, LocalDateTime time, String storeName, String storeId,
            String city, String channel, String platform, String address, Integer distanceM, String productName,
            String storeCode, String barcode, String categoryL1, String categoryL3, int quantity,
            BigDecimal salePrice, BigDecimal originalPrice, BigDecimal receivedPrice, BigDecimal lineCost,
            BigDecimal grossProfit, BigDecimal fee, BigDecimal rebate, BigDecimal expectedIncome, BigDecimal stock,
            BigDecimal deliveryFee, BigDecimal userPaidDeliveryFee, BigDecimal deliveryFeeDiscount,
            Map<String, String> raw) {

        LocalDate date() {
            return time.toLocalDate();
        }

        String productKey() {
            if (storeCode != null) {
                return "C:" + storeCode;
            }
            if (barcode != null) {
                return "B:" + barcode;
            }
            return "N:" + productName;
        }

        BigDecimal revenue() {
            return receivedPrice.multiply(BigDecimal.valueOf(quantity));
        }

        boolean consumable() {
            return "耗材".equals(categoryL1);
        }
    }

    /** An order aggregate (DATA.md §2.4). */
    record Order(String storeName, String orderId, List<Row> lines) {

        Row first() {
            return lines.get(0);
        }

        LocalDate date() {
            return first().date();
        }

        BigDecimal revenue() {
            return lines.stream().map(Row::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal gross() {
            return lines.stream().map(Row::grossProfit).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal fees() {
            return lines.stream().map(Row::fee).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal rebates() {
            return lines.stream().map(Row::rebate).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** 订单实际利润 = Σ利润额 − Σ平台服务费 − 物流配送费 + Σ企客后返. */
        BigDecimal orderProfit() {
            return gross().subtract(fees()).subtract(first().deliveryFee()).add(rebates());
        }

        /** 配送净成本 = 物流配送费 − (用户支付配送费 − 配送费减免金额) − Σ企客后返. */
        BigDecimal netDeliveryCost() {
            Row f = first();
            return f.deliveryFee().subtract(f.userPaidDeliveryFee().subtract(f.deliveryFeeDiscount()))
                    .subtract(rebates());
        }

        /** §3.10: invalid when a fee channel, a known fee and Σ平台服务费 ≤ 0. */
        boolean valid() {
            return !(FEE_CHANNELS.contains(first().channel()) && fees().signum() <= 0);
        }

        String addressKey() {
            String address = first().address();
            if (address == null) {
                return null;
            }
            return address.replaceAll("[\\s\\u3000\\u00A0]", "").replace("单元", "-").replace("栋", "-");
        }
    }

    private WrittenRows() {
    }

    /** Decodes a CSV file by §4.1: BOM → UTF-8, else strict UTF-8, else strict GB18030. */
    static String decode(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF) {
                return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            }
            try {
                return strict(StandardCharsets.UTF_8, bytes);
            } catch (java.nio.charset.CharacterCodingException e) {
                return strict(Charset.forName("GB18030"), bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String strict(Charset charset, byte[] bytes) throws java.nio.charset.CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }

    static List<String> headers(String text) {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            return parser.iterator().next().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> read(Path file) {
        String text = decode(file);
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            List<String> headers = null;
            boolean kilometres = false;
            List<BigDecimal> distances = new ArrayList<>();
            int number = 0;
            List<Map<String, String>> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                number++;
                if (headers == null) {
                    headers = new ArrayList<>();
                    for (String h : record) {
                        headers.add(SYNONYMS.getOrDefault(h, h));
                    }
                    continue;
                }
                Map<String, String> raw = new LinkedHashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    String value = record.get(i);
                    raw.put(headers.get(i), value.isEmpty() ? null : value);
                }
                raw.put("#row", Integer.toString(number));
                records.add(raw);
            }
            // §4.4: one distance per order, median ≤ 50 → kilometres.
            Map<String, BigDecimal> perOrder = new LinkedHashMap<>();
            for (Map<String, String> raw : records) {
                if (raw.get("配送距离") != null) {
                    perOrder.putIfAbsent(raw.get("订单ID"), new BigDecimal(raw.get("配送距离")));
                }
            }
            distances.addAll(perOrder.values());
            distances.sort(null);
            if (!distances.isEmpty()) {
                int n = distances.size();
                BigDecimal median = n % 2 == 1 ? distances.get(n / 2)
                        : distances.get(n / 2 - 1).add(distances.get(n / 2)).divide(BigDecimal.valueOf(2));
                kilometres = median.compareTo(BigDecimal.valueOf(50)) <= 0;
            }
            for (Map<String, String> raw : records) {
                Integer distance = null;
                if (raw.get("配送距离") != null) {
                    BigDecimal d = new BigDecimal(raw.get("配送距离"));
                    if (kilometres) {
                        d = d.multiply(BigDecimal.valueOf(1000));
                    }
                    distance = d.setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
                }
                rows.add(new Row(Integer.parseInt(raw.get("#row")), raw.get("订单ID"), raw.get("订单编号"),
                        LocalDateTime.parse(raw.get("日期"), TIME), raw.get("门店名称"), raw.get("门店ID"),
                        raw.get("城市名称"), raw.get("渠道"), raw.get("配送平台"), raw.get("收货地址"), distance,
                        raw.get("商品名称"), raw.get("店内码"), raw.get("条码"), raw.get("一级分类名"),
                        raw.get("三级分类名"), Integer.parseInt(raw.get("月售")), money(raw, "商品实售价"),
                        money(raw, "商品原价"), money(raw, "实收价格"), money(raw, "商品采购成本"), money(raw, "利润额"),
                        money(raw, "平台服务费"), money(raw, "企客后返"), money(raw, "预计订单收入"),
                        raw.get("库存") == null ? null : new BigDecimal(raw.get("库存")), money(raw, "物流配送费"),
                        money(raw, "用户支付配送费"), money(raw, "配送费减免金额"), raw));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static BigDecimal money(Map<String, String> raw, String column) {
        String value = raw.get(column);
        return value == null ? null : new BigDecimal(value);
    }

    static List<Order> orders(List<Row> rows) {
        Map<String, List<Row>> byOrder = new LinkedHashMap<>();
        for (Row row : rows) {
            byOrder.computeIfAbsent(row.storeName() + "|" + row.orderId(), k -> new ArrayList<>()).add(row);
        }
        List<Order> orders = new ArrayList<>();
        for (List<Row> lines : byOrder.values()) {
            orders.add(new Order(lines.get(0).storeName(), lines.get(0).orderId(), lines));
        }
        return orders;
    }
}
