package com.storeboard.generator;

/** A line of one generated day while plants, repairs and stock are applied (money in cents). */
final class DayLine {

    static final long NO_STOCK = Long.MIN_VALUE;

    final int sku;
    final String productKey;
    final BasketLine template;
    int qty;
    long salePrice;
    long originalPrice;
    long receivedPrice;
    long unitCost;
    long fee;
    long rebate;
    long stock = NO_STOCK;
    /** A planted line of DATA.md §5.4 (G6 target on Y, G8 lines of [Y−6, Y], the below-cost bag decoy). */
    boolean planted;
    /** The G3 line whose 库存 is 0 on purpose. */
    boolean plantedZeroStock;

    DayLine(Sku sku, BasketLine template, int qty, long receivedPrice) {
        this.sku = sku.index();
        this.productKey = sku.productKey();
        this.template = template;
        this.qty = qty;
        this.salePrice = sku.salePrice();
        this.originalPrice = sku.originalPrice();
        this.receivedPrice = receivedPrice;
        this.unitCost = sku.unitCost();
    }

    long revenue() {
        return receivedPrice * qty;
    }

    long lineCost() {
        return unitCost * qty;
    }

    long gross() {
        return revenue() - lineCost();
    }

    /** Recomputes 平台服务费 and 企客后返 after a price or quantity change. */
    void reprice(Channel channel, boolean rebateOrder) {
        fee = channel.serviceFee(revenue());
        rebate = rebateOrder ? Cents.halfUp(revenue() * 2, 100) : 0;
    }
}
