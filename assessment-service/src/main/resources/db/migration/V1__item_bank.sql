-- Item bank. An item measures one or more catalog skills (by skill code; the catalog owns skills).
-- Seeded items have deterministic ids, md5('learnpath-seed-item:<name>')::uuid, so that a re-seed or a
-- second environment gives every seeded item the same id.

create table item (
    id          uuid         primary key,
    stem        text         not null check (length(stem) between 10 and 4000),
    type        varchar(20)  not null check (type in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMERIC', 'SHORT_TEXT')),
    -- SINGLE_CHOICE / MULTIPLE_CHOICE: [{"key": "a", "text": "..."}, ...] with keys a, b, c, ... ; otherwise null
    choices     jsonb,
    -- SINGLE_CHOICE:   {"choice": "b"}
    -- MULTIPLE_CHOICE: {"choices": ["a", "c"]}            (all and only these must be selected)
    -- NUMERIC:         {"value": 0.25, "tolerance": 0.005} (absolute tolerance, >= 0)
    -- SHORT_TEXT:      {"accepted": ["median", "the median"]} (compared trimmed, case-insensitive, spaces folded)
    answer      jsonb        not null,
    explanation text         not null check (length(explanation) between 20 and 4000),
    -- Prior difficulty on a logit (Rasch/Elo) scale: about -2 very easy, 0 average, +2 very hard.
    difficulty  double precision not null check (difficulty between -4 and 4),
    status      varchar(16)  not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    version     bigint       not null default 0,
    created_by  varchar(255),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    check ((type in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE')) = (choices is not null))
);

create table item_skill (
    item_id    uuid        not null references item (id) on delete cascade,
    skill_code varchar(64) not null,
    primary key (item_id, skill_code)
);
create index item_skill_by_skill on item_skill (skill_code);
