package com.storeboard.generator;

import java.util.ArrayList;
import java.util.List;

/** The identities of the planted orders and decoys of one store, as generated (for the manifest). */
final class PlantLog {

    /** G1 orders on Y, i = 0, 1, 2. */
    final List<String> lossOrders = new ArrayList<>();
    /** G2 orders on Y, i = 0…3. */
    final List<String> deliveryOrders = new ArrayList<>();
    final List<String> testOrders = new ArrayList<>();
    String belowCostDecoyOrder;
    String stockoutDecoyOrder;
}
