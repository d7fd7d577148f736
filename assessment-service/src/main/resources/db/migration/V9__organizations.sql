-- A learner's sessions and answers belong to the learner's organization (tenant): the organization named by the
-- token of the request that stored them (the learner's own, or an integration's). Every lookup of a learner's data
-- is filtered by it, so another organization's learner answers as one that does not exist.
--
-- Rows stored before organizations existed keep none (null): no request can prove whose they are, so no
-- organization sees them through the API (the authors' aggregate reports still count them). An operator who
-- knows the answer assigns them, e.g. update attempt set organization = 'acme' where organization is null (and the
-- same on assessment_session), once per organization's learners.
alter table assessment_session
    add column organization varchar(63) check (organization ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$');
alter table attempt
    add column organization varchar(63) check (organization ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$');

-- A learner's sessions in their organization, newest first; also the organization a learner's data belongs to
-- (the first row with one). Starts with the old index's column, so it serves what that one did.
create index assessment_session_by_learner_organization
    on assessment_session (learner_id, organization, created_at desc);
drop index assessment_session_by_learner;

-- A learner's answers in their organization, newest first (the history pages), whether the learner has any there,
-- and the organization the learner's answers belong to.
create index attempt_by_learner_organization on attempt (learner_id, organization, answered_at desc, id);
