-- Transactional outbox, shared by every LearnPath service that publishes events (libs/outbox).
-- A row is written in the same transaction as the change it announces and deleted once Kafka has
-- acknowledged it.
create table outbox_event (
    id          bigint generated always as identity primary key,
    event_id    uuid          not null,
    topic       varchar(249)  not null,
    record_key  varchar(255)  not null,
    ce_type     varchar(255)  not null,
    payload     text,          -- JSON; null publishes a tombstone
    occurred_at timestamptz   not null
);
