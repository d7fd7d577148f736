-- The organization (tenant) each learner belongs to, recorded the first time the learner is seen with one: their own
-- request, or an answer event naming it. A request or an event naming another organization never changes it (see
-- service/LearnerOrganizations). A row of its own rather than a column of learner_goal or mastery: a learner is known
-- before they have either, and the answer batches read it only for learners not in their cache.
-- Learners seen before this migration have no row until they are seen again with an organization.
create table learner_organization (
    learner_id   text        primary key,
    organization varchar(63) not null,
    since        timestamptz not null default now()
);

-- An organization's own goal, which only its members see; null for a goal everyone sees (every goal replicated
-- before catalog-event revision 1.2).
alter table catalog_goal add column organization varchar(63);
