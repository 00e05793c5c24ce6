/**
 * The demo / synthetic data generator of DATA.md §5.
 *
 * <p>Entry points: {@link com.storeboard.generator.DemoDataGenerator#writeFiles} (CSV or XLSX files and
 * demo_manifest.json), {@link com.storeboard.generator.DemoDataGenerator#generate} (the same rows into any
 * {@link com.storeboard.generator.GeneratedLineSink}, e.g. a direct import) and
 * {@link com.storeboard.generator.GeneratorOptions#parse} for the command line.
 *
 * <p>How it works: per store, {@code StoreSetup} draws the catalogue and selects every plant SKU,
 * {@code TemplateBuilder} packs the history and recent template days, {@code QuietStoreGenerator} (or
 * {@code RealisticStoreGenerator}) produces one day at a time with every plant, repair and check applied,
 * {@code RowFactory} turns it into rows, and {@code CardEvaluator} recomputes the manifest's expected results from
 * those rows with the definitions of DIAGNOSIS.md; {@code PlantCheck} compares them with the planted constants.
 * Only one store's plan and one day's rows are in memory.
 *
 * <h2>Decisions (where DATA.md leaves room or needs a reading)</h2>
 * <ol>
 * <li>Money is held in whole fen ({@code long}) inside the generator: every amount has 2 decimals, so this is exact;
 * it leaves as BigDecimal with scale 2.</li>
 * <li>Streams: the seed of stream (seed, store, name) mixes the three with FNV-1a and the SplitMix64 finaliser.
 * Names: catalogue, baskets, times, customers, delivery, plants, decoys, stock, realistic. Normal draws use
 * Box–Muller with StrictMath (the same values on every JVM).</li>
 * <li>Identifiers: the 5 % without 店内码 (key by 条码) and the 2 % without both (生鲜/水果 renamed "…（散称）") are
 * disjoint. The two bags have a 店内码 and a 条码. Names missing the 3 % large-spec quota get "（整箱）".</li>
 * <li>Plant SKU choices beyond §5.5, to keep every construction feasible: G9, G10 and the delisted SKU cost at most
 * 5.00 (their lines are added to orders that must stay in their band); G3 SKUs cost at most 30.00 and sell at least
 * 4 a day (the 缺货 churners' orders of 50–80 contain them); G8 SKUs sell few units a day (b_s ≤ max(4, orders/100)
 * when possible). G6 is selected before G3. G3's first SKU is the persistent one; G6's first two are severe; G8's
 * targets are 6, 12, 25 pp in selection order; the 缺货 customers j = 0, 1 use the first two G3 SKUs.</li>
 * <li>"Lines carry no allocated discount" (dedicated SKUs and G8): the allocation skips them, so 实收价格 = 商品实售价.
 * Bag lines get no allocation either. The allocation is capped at 1.05 × unit cost (Q4); the order-level 满减,
 * 新客减免 and 商家代金券 are written as drawn even when the cap absorbs part of them.</li>
 * <li>G5 and b_s: the history template holds exactly b_s units of every SKU. The baskets that G5 removes are built
 * first from spare units of quiet SKUs (each keeps at least 1 unit, the 15 best sellers 3, for Q5 and Q8), so those
 * quiet SKUs sell less in the recent period; no plant SKU is in a removed basket, so for every SKU used by §5.5
 * b_s is both its history and its recent daily quantity.</li>
 * <li>Basket shares are met approximately (§5.3 allows it): lines are merged to 2.76 per order; two lines of one quiet
 * SKU in a basket become one line; the few 200+ baskets may take more than 8 lines when expensive best sellers do not
 * fit the bounded bands; a basket that cannot be in its band with a profit gives up its 新客/代金券 (then 满减) draws
 * (construct-and-check).</li>
 * <li>Dedicated line layouts ({@code PlantSchedule}): G7 2,2,1,1,1,1,1,1,1,1 (reductions of one unit per line or
 * deletions of single-unit lines, never the last regular line of an order); G11 2,2,1,1,1,1,1,1 (A: 3.00 and the two
 * 2-unit lines to 1 from Y−5; B: 2.25 and three lines to 2 from Y−20); G12 single units, raised on Y−3…Y. A G6
 * target is one fixed single-unit template line.</li>
 * <li>Host baskets: a few wide-band baskets without planted lines keep 12.00 of room and Σ利润额 − Σ平台服务费 ≥ 11.00,
 * so that added lines (G4, G9, G10) and G2 always find an order. Disjointness: a plant picks only orders that no
 * other plant changed that day (a changed template line marks its order) and never a churn customer's order.</li>
 * <li>Stock: a SKU is replenished overnight to its level (3–10 days of demand) when the coming day would leave less
 * than 2 days of demand, and to more if that day needs it (G12 on Y). G3 makes the SKU open its stock-out days with
 * exactly that day's sales, so the last line shows 0 and earlier lines stay ≥ 1. Lines of the decoy test orders show
 * the current stock and take nothing (so decoys never shift background stock); the consumable stock-out decoy only
 * overwrites its line. G9 and G10 stock counts down to the planned final stock; the delisted SKU has none.</li>
 * <li>Delivery: 用户支付配送费 depends on the basket's template revenue; Q1/Q2 repairs lower 物流配送费 (never below
 * 0.00). G2 distances 5 600, 6 400, 4 200, 9 100 m are used on the trend days too.</li>
 * <li>Customers: regulars = round(20 % of delivery orders ÷ 77/240, the mean frequency of cycles 2–5); each regular
 * due on a day takes a random delivery order. Addresses are a bijection of an index (regulars, then the G4
 * customers, then one-offs in order of use; decoys from the top), so keys never repeat; every store has its own
 * district. A G4 order keeps its one-off index (then replaced). G4's other order days are random distinct days of
 * [Y−29, Y−lastDays−1]; spellings alternate "…3栋2单元501" / "… 3-2-501" by order.</li>
 * <li>Decoys: test orders get sequence numbers after the background orders, 1–3 quiet SKUs at 商品实售价 with
 * 0 &lt; Σ利润额 &lt; 12. The below-cost bag is chosen among orders that stay profitable before delivery; that order's
 * fee is then repaired like any background order.</li>
 * <li>Unused-by-diagnosis columns: 门店ID XH001…, 城市名称 per store, 配送平台 per channel (blank for 收银机订单),
 * 平台佣金 = Σ 平台服务费 of the order, 预计订单收入 = line revenue − fee + rebate, 打包袋金额 = bag revenue.</li>
 * <li>XLSX: one sheet "订单明细"; 日期 is a text cell yyyy-MM-dd HH:mm:ss; identifiers and texts are text cells;
 * money, 月售, 库存 and 配送距离 numeric cells; blank values have no cell. Cell contents are identical across runs
 * (the bytes are not: POI writes its own zip and document metadata).</li>
 * <li>Manifest: the "expected" blocks use the field names of the §5.8 example (severe, moderate, …), not the
 * snapshot's headline names; 全部门店 has the same structure. Amounts are strings with 2 decimals; in "planted"
 * entries, "expect" uses the snapshot row field names, ratios as 4-decimal strings, pp 1 decimal, elasticity 2.
 * G1 entries are Y's orders (the trend days are in the trend). REALISTIC writes "plantedHints" without "expect".</li>
 * <li>The expected results are recomputed from the generated rows with the DIAGNOSIS.md defaults and compared with
 * the plants; any difference (or a failed invariant) is a {@link com.storeboard.generator.GenerationException}
 * and no manifest is written. QUIET needs enough units per SKU: roughly U − 71 ≥ 1.8 × the ranked SKUs and
 * ordersPerStoreDay ≥ 150 (e.g. 200 orders for 400 SKUs); smaller configurations fail with an explanation.</li>
 * <li>REALISTIC: weekday factor × N(1, 0.05); G5 lowers the three bands' weights; 5 % of lines at 60–90 % of the
 * price; a replenishment is missed with 3 % a day; 10 % of one-off orders go to a reused address; the dedicated SKUs
 * sell through added lines; plant SKU choices fall back to any quiet SKU when a catalogue has too few candidates.</li>
 * <li>The clock is read only by {@link com.storeboard.generator.DemoDataGenerator} (injected) for the elapsed time
 * of the report; generated content never depends on it.</li>
 * </ol>
 */
package com.storeboard.generator;
