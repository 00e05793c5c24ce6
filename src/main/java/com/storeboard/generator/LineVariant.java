package com.storeboard.generator;

/**
 * A planted change of one template line on some days: quantity (0 = the line is deleted) and prices in cents.
 * receivedPrice −1 keeps the line's own 实收价格 from the template.
 */
record LineVariant(int qty, long salePrice, long originalPrice, long receivedPrice, long unitCost) {

    static final long KEEP = -1;
}
