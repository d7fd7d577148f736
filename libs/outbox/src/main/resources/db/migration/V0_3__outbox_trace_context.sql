-- The W3C trace context (traceparent) of the transaction that queued the event, sent as a Kafka header so that
-- a consumer's work continues the producer's trace. Null when that transaction was not traced.
alter table outbox_event add column traceparent varchar(55);
