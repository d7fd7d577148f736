-- Events Kafka refused for good (too large, malformed), moved here by the relay so that they stop holding back the
-- events after them. Each keeps its outbox row whole, and why and when it was parked, for an operator to fix and
-- queue again (insert it back into outbox_event, which gives it a new id) or to drop.
create table outbox_parked (
    id          bigint        primary key,  -- its outbox_event id: where it stood among the events of its key
    event_id    uuid          not null,
    topic       varchar(249)  not null,
    record_key  varchar(255)  not null,
    ce_type     varchar(255)  not null,
    payload     text,
    traceparent varchar(55),
    occurred_at timestamptz   not null,
    parked_at   timestamptz   not null default now(),
    error       text          not null
);
