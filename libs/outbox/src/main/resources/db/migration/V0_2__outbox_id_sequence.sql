-- Outbox ids come from a sequence allocated 50 at a time (see OutboxRecord), so that a transaction that
-- announces many events inserts them in one JDBC batch instead of one round trip each.
alter table outbox_event alter column id drop identity;
create sequence outbox_event_id_seq increment by 50;
select setval('outbox_event_id_seq', coalesce((select max(id) from outbox_event), 0) + 50);
