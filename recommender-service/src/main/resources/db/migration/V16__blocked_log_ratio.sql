-- Diagnosis during study (issue 27): per learner and skill, the evidence that a prerequisite gap blocks the skill,
-- log P(answers | blocked) - log P(answers | traced) over its single-skill answers while it was not learnt
-- (SkillMastery.blockedLogRatio in libs/learner-model). A pure function of the skill's answers, so a replay rebuilds
-- it; rows written before this column existed start from 0 (no doubt) and gather evidence from their next answer.
alter table mastery
    add column blocked_log_ratio double precision not null default 0;
