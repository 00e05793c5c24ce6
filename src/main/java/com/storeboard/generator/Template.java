package com.storeboard.generator;

import java.util.List;

/** The history template day and the recent one (history minus the baskets removed by G5). */
record Template(List<Basket> history, List<Basket> recent, int[] historyQuota, int[] recentQuota) {
}
