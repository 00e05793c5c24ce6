package com.storeboard.generator;

/** The sales channels of DATA.md §5.3 with their order shares, fee rates and 订单编号 prefixes. */
enum Channel {
    ELEME("饿了么", 550, 80, "ELE", "蜂鸟即配", true, true),
    MEITUAN("美团闪购", 250, 70, "MT", "美团配送", true, true),
    GONGCHENG("美团共橙", 120, 60, "MTGC", "美团配送", true, true),
    JDDJ("京东到家", 50, 65, "JD", "达达秒送", true, true),
    MINI_PROGRAM("闪购小程序", 20, 0, "MINI", "商家自配送", false, true),
    POS("收银机订单", 10, 0, "POS", null, false, false);

    private final String label;
    private final int sharePerMille;
    private final int feePerMille;
    private final String prefix;
    private final String platform;
    private final boolean feeCharging;
    private final boolean delivery;

    Channel(String label, int sharePerMille, int feePerMille, String prefix, String platform,
            boolean feeCharging, boolean delivery) {
        this.label = label;
        this.sharePerMille = sharePerMille;
        this.feePerMille = feePerMille;
        this.prefix = prefix;
        this.platform = platform;
        this.feeCharging = feeCharging;
        this.delivery = delivery;
    }

    String label() {
        return label;
    }

    int sharePerMille() {
        return sharePerMille;
    }

    String prefix() {
        return prefix;
    }

    String platform() {
        return platform;
    }

    boolean feeCharging() {
        return feeCharging;
    }

    boolean delivery() {
        return delivery;
    }

    /** Line 平台服务费: rate × line revenue, HALF_UP to 0.01, at least 0.01 on fee-charging channels. */
    long serviceFee(long lineRevenue) {
        if (!feeCharging) {
            return 0;
        }
        return Math.max(1, Cents.halfUp(lineRevenue * feePerMille, 1000));
    }

    static int[] shares() {
        Channel[] all = values();
        int[] shares = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            shares[i] = all[i].sharePerMille;
        }
        return shares;
    }
}
