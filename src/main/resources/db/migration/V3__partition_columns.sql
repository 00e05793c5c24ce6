-- The diagnosis columns of each partition packed into one value (orders.PartitionColumns), written with the
-- partition's lines in the same transaction. A refresh reads a few hundred of these instead of every line's
-- 26 columns; digest and format say which lines and which layout a value was packed from, so a stale or
-- older value is never used (the partition is then read from order_line).
create table partition_columns (
    store_name varchar(200) not null,
    order_date date         not null,
    digest     char(64)     not null,
    format     integer      not null,
    data       bytea        not null,
    constraint pk_partition_columns primary key (store_name, order_date)
);
