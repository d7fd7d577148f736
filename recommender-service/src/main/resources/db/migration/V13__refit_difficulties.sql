-- A refit run is now a version of the learner model: the skill parameters it fitted (skill_parameters, replaced as a
-- whole by each refit), the item difficulties it traces with (refit_difficulty) and the replay of every learner's
-- state under them. Learner states are a pure function of the answers and the latest run's model.

-- Skills whose fitted estimate was set aside as degenerate (they trace with the defaults); skills_skipped now counts
-- only those with too few learners or answers to fit. Runs before this migration counted both as skipped.
alter table refit_run add column skills_degenerate int not null default 0;

-- The log-likelihood of the answers under the fit, each counted with its evidence weight; null before.
alter table refit_run add column log_likelihood double precision;

-- The replay of every learner's skill states under the run's model: null until it finished (then answer batches
-- read states from the database rather than from their caches, see service/ReplayGate). Runs before this migration
-- replayed nothing and need nothing replayed: they count as finished when they finished, without counts.
alter table refit_run add column replay_finished_at timestamptz;
alter table refit_run add column replayed_learners bigint;
alter table refit_run add column replayed_answers bigint;
alter table refit_run add column replay_millis bigint;
update refit_run set replay_finished_at = finished_at;

-- The difficulty each answered item is traced with under a run's model (the fit's re-centred difficulty, fixed, so
-- that replaying the same answers gives the same states). Kept for the latest few runs only (see RefitRunRepository).
create table refit_difficulty (
    refit_run_id bigint           not null references refit_run (id) on delete cascade,
    item_id      uuid             not null,
    difficulty   double precision not null,
    primary key (refit_run_id, item_id)
);
