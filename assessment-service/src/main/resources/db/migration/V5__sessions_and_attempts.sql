-- Local copy of the catalog, kept from the catalog topic: grading and validation never call the catalog.
create table catalog_skill (
    code       varchar(64)  primary key,
    name       varchar(200) not null,
    area       varchar(32)  not null,
    version    bigint       not null,
    updated_at timestamptz  not null default now()
);

create table catalog_module (
    slug        varchar(80)  primary key,
    title       varchar(200) not null,
    skill_codes varchar(64)[] not null,
    version     bigint       not null,
    updated_at  timestamptz  not null default now()
);

create table assessment_session (
    id          uuid         primary key,
    learner_id  varchar(255) not null,
    kind        varchar(16)  not null check (kind in ('MODULE', 'SKILL', 'PRACTICE')),
    target      varchar(80),
    skill_codes varchar(64)[] not null,
    planned_items integer    not null check (planned_items between 1 and 50),
    status      varchar(16)  not null default 'OPEN' check (status in ('OPEN', 'COMPLETED')),
    created_at  timestamptz  not null default now(),
    completed_at timestamptz
);
create index assessment_session_by_learner on assessment_session (learner_id, created_at desc);

create table attempt (
    id               uuid             primary key,
    learner_id       varchar(255)     not null,
    session_id       uuid             references assessment_session (id),
    item_id          uuid             not null references item (id),
    item_version     bigint           not null,
    response         jsonb            not null,
    correct          boolean          not null,
    score            double precision not null check (score between 0 and 1),
    response_time_ms bigint           not null check (response_time_ms >= 0),
    answered_at      timestamptz      not null,
    recorded_at      timestamptz      not null default now(),
    attempt_number   integer          not null check (attempt_number >= 1),
    source           varchar(16)      not null check (source in ('LEARNER', 'INTEGRATION')),
    recorded_by      varchar(255)     not null,
    idempotency_key  varchar(255),
    event_id         uuid             not null unique
);
-- A retried submission (same learner, same Idempotency-Key) finds the attempt it already created.
create unique index attempt_idempotency on attempt (learner_id, idempotency_key) where idempotency_key is not null;
create index attempt_by_learner_item on attempt (learner_id, item_id);
create index attempt_by_session on attempt (session_id);
create index attempt_by_item on attempt (item_id);
