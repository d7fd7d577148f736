-- One index instead of two on the table every answer is written to: an answer event belongs to exactly one
-- learner (its record key), so (learner_id, event_id) deduplicates as well as event_id alone, and it also serves
-- the per-learner reads (recent items) that needed a second index.
alter table answer drop constraint answer_pkey;
drop index answer_learner_time;
alter table answer add primary key (learner_id, event_id);
