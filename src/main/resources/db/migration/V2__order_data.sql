-- Order lines (DATA.md §1.1, §4.15), their per-partition digests (§4.12) and the import history.
-- Portable between H2 and PostgreSQL. Money NUMERIC(18,4): the importer keeps at most 4 decimals.

create table order_line (
    store_name              varchar(200)  not null,
    order_id                varchar(100)  not null,
    product_key             varchar(210)  not null,
    line_ordinal            integer       not null,
    order_date              date          not null,
    order_time              timestamp     not null,
    order_number            varchar(100),
    store_id                varchar(100),
    city                    varchar(100),
    channel                 varchar(50)   not null,
    delivery_platform       varchar(100),
    address                 varchar(500),
    distance_m              integer,
    product_name            varchar(200)  not null,
    store_code              varchar(64),
    barcode                 varchar(64),
    category_l1             varchar(50)   not null,
    category_l3             varchar(50),
    quantity                integer       not null,
    sale_price              numeric(18,4) not null,
    original_price          numeric(18,4) not null,
    received_price          numeric(18,4) not null,
    line_cost               numeric(18,4) not null,
    gross_profit            numeric(18,4) not null,
    platform_service_fee    numeric(18,4),
    corporate_rebate        numeric(18,4) not null,
    expected_income         numeric(18,4) not null,
    stock                   numeric(14,3),
    delivery_fee            numeric(18,4) not null,
    user_paid_delivery_fee  numeric(18,4) not null,
    delivery_fee_discount   numeric(18,4) not null,
    commission              numeric(18,4),
    full_reduction_discount numeric(18,4) not null,
    product_discount        numeric(18,4) not null,
    new_customer_discount   numeric(18,4) not null,
    merchant_voucher        numeric(18,4) not null,
    merchant_coupon_share   numeric(18,4) not null,
    gift_value              numeric(18,4) not null,
    other_merchant_discount numeric(18,4) not null,
    packaging_fee           numeric(18,4) not null,
    cost_known              boolean       not null,
    import_id               varchar(36)   not null,
    source_file             varchar(255)  not null,
    source_row              integer       not null,
    constraint pk_order_line primary key (store_name, order_id, product_key, line_ordinal)
);

-- The diagnosis reads a store's recent days; replace-by-dates deletes whole (store, date) partitions.
create index ix_order_line_store_date on order_line (store_name, order_date);

-- One row per stored (store, date): the digest decides whether a re-import changes anything, and the
-- digests together give each scope's dataVersion without reading a single order line.
create table partition_digest (
    store_name varchar(200) not null,
    order_date date         not null,
    digest     char(64)     not null,
    row_count  integer      not null,
    updated_at timestamp with time zone not null,
    constraint pk_partition_digest primary key (store_name, order_date)
);

create table import_history (
    id              varchar(36)   not null,
    started_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    duration_ms     bigint,
    user_name       varchar(100)  not null,
    origin          varchar(20)   not null,
    mode            varchar(20)   not null,
    status          varchar(20)   not null,
    file_names      varchar(4000) not null,
    total_bytes     bigint        not null,
    stores          varchar(4000),
    date_from       date,
    date_to         date,
    rows_read       integer       not null,
    rows_imported   integer       not null,
    rows_skipped    integer       not null,
    error_count     integer       not null,
    warning_count   integer       not null,
    message         varchar(2000),
    constraint pk_import_history primary key (id)
);

create index ix_import_history_started on import_history (started_at);

-- Imports are serialised across nodes by locking this row (SELECT … FOR UPDATE) in the import transaction.
create table app_lock (
    name varchar(50) not null,
    constraint pk_app_lock primary key (name)
);

insert into app_lock (name) values ('import');
