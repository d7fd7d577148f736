-- How long the learner took over each answer (the answer event's responseTimeMillis): the "time spent" of the team
-- progress report. Answers applied before this column existed count 0 ms (adding a column with a constant default
-- rewrites nothing).
alter table answer add column response_time_millis bigint not null default 0;
