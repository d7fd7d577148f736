-- The catalog revision whose effect on every learner's path has been announced (see service/PathSweep), so that
-- a restarted instance does not re-plan every learner for a catalog it already swept.
alter table catalog_revision add column paths_swept bigint not null default 0;
