-- Every refit that completed, whoever started it. The schedule is judged against the last one here rather than
-- against the process start, so a restart or a second replica does not read the whole answer history again
-- (about 40 s of PostgreSQL time at 5.6 million answers) when the parameters were fitted a moment ago.
create table refit_run (
    id             bigserial   primary key,
    started_at     timestamptz not null,
    finished_at    timestamptz not null,
    trigger        text        not null check (trigger in ('schedule', 'request')),
    answers        bigint      not null,
    skills_fitted  int         not null,
    skills_skipped int         not null
);
create index refit_run_finished on refit_run (finished_at desc);
