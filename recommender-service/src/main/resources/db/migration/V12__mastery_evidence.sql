-- Per learner and skill, P(known) judged on the answers alone: the posterior of the last answer before its learning
-- transition (SkillMastery.evidence). Goal certification multiplies these; it never rests on what the model expects
-- an answer to have taught.
alter table mastery add column evidence double precision;

-- Rows written before this column existed: the posterior is recovered by undoing the learning transition of a
-- full-weight last answer, m = p + (1 - p) * learn, with the default learning rate 0.15 that every skill had until
-- its first refit. For a refitted skill or a repeated last answer it is an approximation, which the learner's next
-- answer to the skill replaces.
update mastery set evidence = greatest(0, least(mastery, (mastery - 0.15) / 0.85));

alter table mastery alter column evidence set not null;
alter table mastery add constraint mastery_evidence_range check (evidence between 0 and 1);
