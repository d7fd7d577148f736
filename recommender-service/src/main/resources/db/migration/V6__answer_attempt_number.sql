-- The learner's attempt number at the item (1 = first answer), from the answer event: a repeated answer counts as
-- weaker evidence, so replays and refits must know which answers were repeats. Earlier rows count as first answers,
-- as they did when they were applied.
alter table answer add column attempt_number integer not null default 1 check (attempt_number >= 1);
