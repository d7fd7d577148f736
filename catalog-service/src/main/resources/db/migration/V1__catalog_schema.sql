-- Catalog schema. Skills, modules and goals are identified by stable, human-readable keys
-- (skill code, module slug, goal slug): other services and events refer to them, so they never change.

create table skill (
    code        varchar(64)  primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        varchar(200) not null,
    description text         not null,
    area        varchar(32)  not null check (area in ('DATA_ANALYSIS', 'MACHINE_LEARNING')),
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);

create table module (
    slug              varchar(80)  primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title             varchar(200) not null,
    summary           text         not null,
    area              varchar(32)  not null check (area in ('DATA_ANALYSIS', 'MACHINE_LEARNING')),
    level             varchar(16)  not null check (level in ('BEGINNER', 'INTERMEDIATE', 'ADVANCED')),
    estimated_minutes integer      not null check (estimated_minutes between 5 and 6000),
    version           bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now()
);

create table module_outcome (
    module_slug varchar(80)   not null references module (slug) on delete cascade,
    position    integer       not null,
    outcome     varchar(500)  not null,
    primary key (module_slug, position)
);

create table module_resource (
    module_slug varchar(80)   not null references module (slug) on delete cascade,
    position    integer       not null,
    title       varchar(200)  not null,
    url         varchar(1000) not null,
    kind        varchar(16)   not null check (kind in ('DOCUMENTATION', 'ARTICLE', 'BOOK', 'VIDEO', 'EXERCISE', 'DATASET')),
    primary key (module_slug, position)
);

create table module_skill (
    module_slug varchar(80) not null references module (slug) on delete cascade,
    skill_code  varchar(64) not null references skill (code),
    primary key (module_slug, skill_code)
);
create index module_skill_by_skill on module_skill (skill_code);

-- An edge "module_slug requires prerequisite_slug". The graph must stay acyclic; the service checks
-- that under an advisory lock, since a cycle can only be seen across rows.
create table module_prerequisite (
    module_slug       varchar(80) not null references module (slug) on delete cascade,
    prerequisite_slug varchar(80) not null references module (slug) on delete cascade,
    primary key (module_slug, prerequisite_slug),
    check (module_slug <> prerequisite_slug)
);
create index module_prerequisite_by_prerequisite on module_prerequisite (prerequisite_slug);

create table goal (
    slug        varchar(80)  primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        varchar(200) not null,
    description text         not null,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);

create table goal_module (
    goal_slug   varchar(80) not null references goal (slug) on delete cascade,
    module_slug varchar(80) not null references module (slug) on delete cascade,
    primary key (goal_slug, module_slug)
);
create index goal_module_by_module on goal_module (module_slug);

-- Records which one-off publications (such as announcing the seeded catalog) have happened.
create table publication_marker (
    name         varchar(64) primary key,
    published_at timestamptz not null default now()
);

-- Bumped by every catalog write, in the write's transaction: instances rebuild their in-memory read
-- model when it moves, so reads never wait for the database.
create table catalog_revision (
    id       integer primary key check (id = 1),
    revision bigint  not null
);
insert into catalog_revision (id, revision) values (1, 0);
