-- Goals assigned to learners within an organization: to a team (its members now, so a later member is assigned too),
-- to named learners, or both (service/AssignmentService).
--
-- team_id is "on delete set null", not cascade: deleting a team (an HR change) must not erase what its members
-- achieved. The assignment and its completion records stay (completion events were published, reports count them);
-- its learners are then its named learners only, and admins still see it.
create table assignment (
    id           uuid         primary key,
    organization varchar(63)  not null,
    goal_slug    text         not null,
    team_id      uuid         references team (id) on delete set null,
    due_date     date,
    created_by   text         not null,
    created_at   timestamptz  not null
);
-- An organization's listing, newest first.
create index assignment_organization_created on assignment (organization, created_at desc, id);
-- A learner's team assignments, and the set null when a team goes.
create index assignment_team on assignment (team_id) where team_id is not null;

create table assignment_learner (
    assignment_id uuid not null references assignment (id) on delete cascade,
    learner_id    text not null,
    primary key (assignment_id, learner_id)
);
-- "Which assignments name this learner": the learner's list, and the completion check of an answer batch.
create index assignment_learner_learner on assignment_learner (learner_id);

-- When a learner first mastered an assignment's goal: recorded once (the primary key) and never cleared, since a
-- completion is a fact about a moment, not the current mastery. event_id is the ProgressEvent queued in the same
-- transaction (libs/outbox), so a row exists exactly when its event was published.
create table assignment_completion (
    assignment_id uuid        not null references assignment (id) on delete cascade,
    learner_id    text        not null,
    completed_at  timestamptz not null,
    event_id      uuid        not null unique,
    recorded_at   timestamptz not null default now(),
    primary key (assignment_id, learner_id)
);
