-- Teams within an organization: who learns together and who manages them. Learners and managers are Keycloak
-- subjects (the tokens' sub), as everywhere in LearnPath. team_key is the id an HR system gives the team, so that its
-- sync can upsert by it; unique within the organization only.
create table team (
    id           uuid         primary key,
    organization varchar(63)  not null,
    team_key     varchar(100),
    name         varchar(200) not null,
    version      bigint       not null default 1,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    constraint team_key_unique unique (organization, team_key)
);
create index team_organization_name on team (organization, name, id);

create table team_member (
    team_id      uuid         not null references team (id) on delete cascade,
    learner_id   text         not null,
    display_name varchar(200),
    primary key (team_id, learner_id)
);
-- "Which teams is this learner in": a manager's access to a learner, a learner's team assignments.
create index team_member_learner on team_member (learner_id);

create table team_manager (
    team_id    uuid not null references team (id) on delete cascade,
    manager_id text not null,
    primary key (team_id, manager_id)
);
create index team_manager_manager on team_manager (manager_id);
