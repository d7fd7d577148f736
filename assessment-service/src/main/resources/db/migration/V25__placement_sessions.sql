-- Placement assessment (issue 27): a PLACEMENT session serves the items the recommender's placement names, for one
-- goal (target = goal slug), at most 20 of them. Its answers measure what the learner knew before and teach nothing:
-- each attempt keeps that purpose, which its answer event carries (answer events revision 1.3), so the recommender
-- weighs it as placement evidence and never as a learning opportunity.
alter table assessment_session drop constraint assessment_session_kind_check;
alter table assessment_session add constraint assessment_session_kind_check
    check (kind in ('MODULE', 'SKILL', 'PRACTICE', 'PLACEMENT'));

-- Null: an ordinary answer (study or practice), as every attempt stored before.
alter table attempt add column purpose varchar(16) check (purpose in ('PLACEMENT'));
