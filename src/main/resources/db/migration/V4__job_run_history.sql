-- One row per run of a background job (jobs.JobRunRecorder, a Quartz JobListener): written as RUNNING when the job
-- starts and completed when it ends, on whichever node ran it. Portable between H2 and PostgreSQL. Rows older than
-- storeboard.jobs.history-retention are deleted after each run.
create table job_run (
    run_id           varchar(64)   not null,
    job_name         varchar(200)  not null,
    job_group        varchar(200)  not null,
    trigger_name     varchar(200),
    trigger_group    varchar(200),
    node             varchar(200)  not null,
    reason           varchar(20)   not null,
    scheduled_at     timestamp with time zone,
    started_at       timestamp with time zone not null,
    finished_at      timestamp with time zone,
    duration_ms      bigint,
    outcome          varchar(20)   not null,
    scopes_total     integer       not null,
    scopes_refreshed integer       not null,
    scopes_unchanged integer       not null,
    scopes_failed    integer       not null,
    detail           text,
    error_message    varchar(2000),
    error_stack      text,
    constraint pk_job_run primary key (run_id)
);

create index ix_job_run_started on job_run (started_at);
