-- The memory of a learnt skill (SkillMemory in libs/learner-model): how slowly recall fades, recall right after the
-- last answer that moved it, when that was, and its right answers and lapses since it started. Null until the skill
-- is learnt (its mastery reached the threshold); a pure function of the skill's answers, so a replay rebuilds it.
-- Rows written before this column existed get no memory: their skills start one at their next answer.
alter table mastery
    add column memory_stability_days double precision check (memory_stability_days > 0),
    add column memory_recall         double precision check (memory_recall between 0 and 1),
    add column memory_reviewed_at    timestamptz,
    add column memory_successes      int check (memory_successes >= 0),
    add column memory_lapses         int check (memory_lapses >= 0),
    add constraint mastery_memory_complete check (
        (memory_stability_days is null) = (memory_recall is null)
        and (memory_recall is null) = (memory_reviewed_at is null)
        and (memory_reviewed_at is null) = (memory_successes is null)
        and (memory_successes is null) = (memory_lapses is null));

-- The memory parameters a refit fitted from the answers' time gaps (MemoryFitter); null when there were too few
-- answers to learnt skills to fit them, and the configured ones are used.
alter table refit_run
    add column memory_learnt_stability_days double precision check (memory_learnt_stability_days > 0),
    add column memory_known_stability_days  double precision check (memory_known_stability_days > 0),
    add column memory_growth                double precision check (memory_growth >= 0),
    add column memory_lapse_factor          double precision check (memory_lapse_factor > 0 and memory_lapse_factor <= 1);
