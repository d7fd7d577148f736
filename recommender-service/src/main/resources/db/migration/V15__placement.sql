-- Placement assessment (issue 27): an adaptive test of at most 20 items over a goal, whose result starts the learner
-- past what they already know.

-- What an answer was given for when it was not study or practice (answer events revision 1.3). A PLACEMENT answer is
-- kept with the others (the items the learner has seen, the answers a placement weighs) but never traced: no BKT
-- update, no learning transition, no item calibration. Refits fit from, and replays re-apply, only answers without
-- a purpose. Null: an ordinary answer, as every answer stored before.
alter table answer add column purpose varchar(16) check (purpose in ('PLACEMENT'));

-- A skill state a placement seeded for a skill the learner never answered: no practice, so no last practice time.
alter table mastery alter column last_practiced_at drop not null;
alter table mastery add constraint mastery_practice_time
    check ((last_practiced_at is null) = (practice_count = 0));

-- One placement of a learner for a goal. At most one IN_PROGRESS per learner: starting one for another goal skips it.
-- next_item_id is the item the placement asks now, recorded when the service computes it: only an answer to that item
-- is linked (and clears it), so an answer to any other item, whose key the learner may have looked up in another
-- session, is weighed by nothing. Null: none computed since the last answer linked, or nothing left to ask.
-- seeded_after_* is where, in the learner's answers in application order (partition, offset), the seeds of a
-- COMPLETED placement were written: after the answer at that position (null: before any answer). A replay of the
-- learner's answers restores the seeds there, exactly as finishing did.
create table placement (
    id                     uuid         primary key,
    learner_id             text         not null,
    goal_slug              varchar(80)  not null,
    status                 varchar(16)  not null check (status in ('IN_PROGRESS', 'COMPLETED', 'SKIPPED')),
    started_at             timestamptz  not null,
    finished_at            timestamptz,
    max_items              int          not null check (max_items >= 1),
    next_item_id           uuid,
    seeded_after_partition int,
    seeded_after_offset    bigint,
    check ((status = 'IN_PROGRESS') = (finished_at is null)),
    check ((seeded_after_partition is null) = (seeded_after_offset is null)),
    check (status = 'COMPLETED' or seeded_after_partition is null)
);
create unique index placement_in_progress on placement (learner_id) where status = 'IN_PROGRESS';
create index placement_by_learner on placement (learner_id, goal_slug, started_at desc);

-- The answers a placement weighs, as it weighs them: the item's calibrated difficulty when the answer arrived (its
-- author's prior if never calibrated) and the guessing floor of its format. Linked when the answer is consumed, to
-- the learner's IN_PROGRESS placement, up to its max_items, only if it answers the item the placement named
-- (next_item_id), is the learner's first answer to that item, and was given at or after the placement started.
create table placement_answer (
    placement_id uuid             not null references placement (id),
    learner_id   text             not null,
    event_id     uuid             not null,
    item_id      uuid             not null,
    skill_codes  text[]           not null,
    correct      boolean          not null,
    difficulty   double precision not null,
    guess_floor  double precision not null check (guess_floor >= 0 and guess_floor < 1),
    answered_at  timestamptz      not null,
    primary key (placement_id, event_id),
    unique (placement_id, item_id),
    foreign key (learner_id, event_id) references answer (learner_id, event_id)
);

-- What a COMPLETED placement found, per skill of the goal in study order: P(known), the placement answers to its
-- items, and the starting estimate it gave (seed_*: null when it gave none). Finishing wrote the seed of every such
-- skill the learner had never practised; a replay restores the same values.
create table placement_skill (
    placement_id           uuid             not null references placement (id),
    position               int              not null,
    skill_code             text             not null,
    known                  double precision not null check (known between 0 and 1),
    answered               int              not null check (answered >= 0),
    correct                int              not null check (correct between 0 and answered),
    seed_mastery           double precision check (seed_mastery between 0 and 1),
    seed_evidence          double precision check (seed_evidence between 0 and 1),
    seed_last_practiced_at timestamptz,
    seed_practice_count    int,
    seed_correct_count     int,
    primary key (placement_id, skill_code),
    check ((seed_mastery is null) = (seed_evidence is null)
        and (seed_mastery is null) = (seed_practice_count is null)
        and (seed_mastery is null) = (seed_correct_count is null))
);

-- The modules a COMPLETED placement placed the learner past, in study order, with the right answer that did it
-- (shown_skill: one of the module's own skills when shown_here, else one of a module building on it; null when no
-- right answer did) and the sentence the path shows for it.
create table placement_module (
    placement_id uuid         not null references placement (id),
    position     int          not null,
    module_slug  varchar(80)  not null,
    shown_skill  text,
    shown_here   boolean      not null,
    sentence     text         not null,
    primary key (placement_id, module_slug)
);

-- Bumped by every placement that writes seeds: an answer lane whose cached learner states predate it reads them again
-- (see service/ReplayGate). One row.
create table placement_seeding (
    id      int    primary key check (id = 1),
    version bigint not null
);
insert into placement_seeding (id, version) values (1, 0);
