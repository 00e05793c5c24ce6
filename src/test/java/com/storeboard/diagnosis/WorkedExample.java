package com.storeboard.diagnosis;

import static com.storeboard.diagnosis.LineBuilder.line;

import com.storeboard.orders.OrderLine;
import java.util.ArrayList;
import java.util.List;

/** The worked example of DIAGNOSIS.md §4: one store, one day (2025-12-20), 3 orders, 8 lines. */
final class WorkedExample {

    static final String STORE = "示例便利店（滨江店）";

    private WorkedExample() {
    }

    static List<OrderLine> lines() {
        List<OrderLine> lines = new ArrayList<>();
        lines.add(order3001().product("可口可乐330ml", "100101").category("饮料").qty(2).prices("3.50", "3.00", "2.50")
                .cost("3.60", "1.40").fee("0.40").stock("24").build());
        lines.add(order3001().product("乐事薯片原味70g", "100205").category("零食").qty(1).prices("7.90", "6.90", "3.90")
                .cost("4.20", "-0.30").fee("0.31").stock("8").build());
        lines.add(order3001().product("购物袋", "900001").category("耗材").qty(1).prices("0.50", "0.50", "0.50")
                .cost("0.20", "0.30").fee("0.04").stock("300").build());
        lines.add(order3002().product("农夫山泉饮用天然水5L", "100318").category("饮料").qty(1).prices("9.90", "8.90", "8.00")
                .cost("6.50", "1.50").fee("0.63").rebate("0.30").stock("12").build());
        lines.add(order3002().product("土鸡蛋10枚", "200011").category("生鲜").qty(1).prices("15.90", "12.90", "12.90")
                .cost("9.80", "3.10").fee("1.03").stock("0").build());
        lines.add(order3002().product("香蕉约500g", null).category("水果").qty(2).prices("4.98", "4.50", "4.50")
                .cost("6.00", "3.00").fee("0.72").stock(null).build());
        lines.add(order3003().product("散装五香花生", "300045").category("零食").qty(1).prices("15.00", "15.00", "15.00")
                .cost(null, null).fee("1.20").stock("5").build());
        lines.add(order3003().product("防风打火机", "400002").category("日用品").qty(1).prices("3.00", "3.00", "3.00")
                .cost(null, null).fee("0.24").stock("30").build());
        return lines;
    }

    /** Variant D: a 京东到家 order with a zero fee — a test order, invalid. */
    static OrderLine order3004(String channel) {
        return line().order("3004").store(STORE).channel(channel).at("2025-12-20 19:10:00").distance(800)
                .delivery("7.00", "0.00", "0.00").product("可口可乐330ml", "100101").category("饮料").qty(1)
                .prices("3.00", "3.00", "3.00").cost("1.80", "1.20").fee("0.00").build();
    }

    private static LineBuilder order3001() {
        return line().order("3001").store(STORE).channel("饿了么").at("2025-12-20 12:05:00").distance(1200)
                .delivery("5.80", "3.00", "1.00").activity("3.00", "0.00", "0.00")
                .address("滨江区江南大道100号星河湾3栋2单元501");
    }

    private static LineBuilder order3002() {
        return line().order("3002").store(STORE).channel("美团闪购").at("2025-12-20 18:40:00").distance(4800)
                .delivery("9.50", "0.00", "0.00").activity("0.00", "2.00", "1.00").address("滨江区滨盛路8号江畔花园12栋1单元1202");
    }

    private static LineBuilder order3003() {
        return line().order("3003").store(STORE).channel("美团闪购").at("2025-12-20 21:30:00").distance(2500)
                .delivery("4.00", "2.00", "0.00").address("滨江区长河路5号");
    }
}
