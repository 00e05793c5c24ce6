package com.storeboard.generator;

/** What a SKU is used for by the plants of DATA.md §5.5 (QUIET means: not selected by any plant). */
enum PlantRole {
    QUIET,
    /** G3 best-seller stock-out (a ranked SKU). */
    STOCKOUT,
    /** G6 below-cost price on one line on Y. */
    BELOW_COST,
    /** G8 margin drop. */
    MARGIN_DROP,
    /** The quiet target SKU of the G4 customer with reason 其他. */
    CHURN_OTHER,
    /** Dedicated, in the templates: G7. */
    SALES_DROP,
    /** Dedicated, in the templates: G11 A (price rise) and B (price cut). */
    PRICE_RISE,
    PRICE_CUT,
    /** Dedicated, in the templates: G12 H-a, H-b (renamed), H-c. */
    HOT_A,
    HOT_B,
    HOT_C,
    /** Dedicated, outside the templates: G9, G10 and the delisted SKU of G4. */
    SLOW_MOVER,
    NEW_PRODUCT,
    DELISTED,
    CONSUMABLE;

    /** Reserved before popularity ranks are assigned. */
    boolean dedicated() {
        return ordinal() >= SALES_DROP.ordinal() && this != CONSUMABLE;
    }

    /** Dedicated SKUs that live in the templates with a fixed daily quantity. */
    boolean inTemplatesDedicated() {
        return ordinal() >= SALES_DROP.ordinal() && ordinal() <= HOT_C.ordinal();
    }

    /** Sold only through lines added to existing orders. */
    boolean outsideTemplates() {
        return this == SLOW_MOVER || this == NEW_PRODUCT || this == DELISTED;
    }

    /** A quiet SKU in the sense of DATA.md §5.5 (the 其他 churn target included). */
    boolean quiet() {
        return this == QUIET || this == CHURN_OTHER;
    }
}
