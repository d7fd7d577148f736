-- The catalog as this service knows it, kept from the catalog topic (learnpath.catalog.v1).
create table catalog_skill (
    code    text primary key,
    name    text   not null,
    version bigint not null
);

create table catalog_module (
    slug          text primary key,
    title         text   not null,
    skill_codes   text[] not null,
    prerequisites text[] not null,
    version       bigint not null
);

create table catalog_goal (
    slug         text primary key,
    name         text   not null,
    module_slugs text[] not null,
    version      bigint not null
);

-- Items that can be recommended, kept from the item topic (learnpath.items.v1).
create table catalog_item (
    id               uuid primary key,
    skill_codes      text[]           not null,
    prior_difficulty double precision not null,
    status           text             not null,
    version          bigint           not null
);
create index catalog_item_skills on catalog_item using gin (skill_codes);

-- Bumped by every replica change, so that each instance rebuilds its in-memory catalog graph.
create table catalog_revision (
    id       int primary key check (id = 1),
    revision bigint not null
);
insert into catalog_revision (id, revision) values (1, 0);

-- Every applied answer event. The primary key is what makes an event's effect happen once: a redelivered
-- event conflicts here and is skipped. The rows are also the history the BKT refit learns from.
create table answer (
    event_id         uuid primary key,
    learner_id       text             not null,
    item_id          uuid             not null,
    skill_codes      text[]           not null,
    correct          boolean          not null,
    answered_at      timestamptz      not null,
    prior_difficulty double precision not null,
    source_partition int              not null,
    source_offset    bigint           not null,
    applied_at       timestamptz      not null default now()
);
create index answer_learner_time on answer (learner_id, answered_at desc);

-- Per learner and skill, the BKT state right after the last answer that measured the skill.
create table mastery (
    learner_id        text             not null,
    skill_code        text             not null,
    mastery           double precision not null check (mastery between 0 and 1),
    last_practiced_at timestamptz      not null,
    practice_count    int              not null,
    correct_count     int              not null,
    updated_at        timestamptz      not null,
    primary key (learner_id, skill_code)
);

-- Per item, the Elo-calibrated difficulty.
create table item_calibration (
    item_id          uuid primary key,
    prior_difficulty double precision not null,
    difficulty       double precision not null,
    answer_count     int              not null
);

-- The goal each learner chose, and a digest of the path last announced, to publish only real changes.
create table learner_goal (
    learner_id      text primary key,
    goal_slug       text        not null,
    chosen_at       timestamptz not null,
    path_signature  text,
    path_updated_at timestamptz
);

-- Fitted BKT parameters per skill; skills without a row use the configured defaults.
create table skill_parameters (
    skill_code     text primary key,
    prior          double precision not null,
    learn          double precision not null,
    guess          double precision not null,
    slip           double precision not null,
    sequences      int              not null,
    answers        int              not null,
    log_likelihood double precision not null,
    fitted_at      timestamptz      not null
);
