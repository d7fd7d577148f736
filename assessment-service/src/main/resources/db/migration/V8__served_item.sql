-- The item a session has put in front of its learner and not had answered yet. A session accepts an answer only to
-- this item, so that a learner cannot answer any item of the bank at will (and read its key in the result).
alter table assessment_session add column served_item_id uuid references item (id);
alter table assessment_session add column served_at timestamptz;
