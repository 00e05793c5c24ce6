package com.storeboard.generator;

/**
 * A line of a template basket. lineNo is the position in a dedicated SKU's fixed layout (−1 otherwise);
 * belowCostTarget marks the one line of a G6 SKU whose 实收价格 falls below cost on Y.
 */
record BasketLine(int sku, int qty, long receivedPrice, int lineNo, boolean belowCostTarget) {
}
