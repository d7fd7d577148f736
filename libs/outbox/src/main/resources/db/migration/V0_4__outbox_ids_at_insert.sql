-- Outbox ids are taken by the insert itself, so the relay's id order is the order in which rows were written,
-- whichever instance wrote them. Ids reserved in blocks by each instance (V0_2) let a later event of one key, written
-- by another instance, carry the lower id and reach Kafka first.
-- The increment stays 50: an instance of the previous version, still running during a rolling update, keeps
-- reserving blocks of 50 from this sequence, and each value taken here starts a block no one else uses.
alter table outbox_event alter column id set default nextval('outbox_event_id_seq');
