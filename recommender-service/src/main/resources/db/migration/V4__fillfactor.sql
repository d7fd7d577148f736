-- Mastery rows, item calibrations and learner goals are rewritten by nearly every batch of answers. With a fifth of
-- each page left free, PostgreSQL writes the new version of a row on its own page (a HOT update: no new index
-- entry) and prunes the old one there, instead of moving it and growing the primary key index.
alter table mastery set (fillfactor = 80);
alter table item_calibration set (fillfactor = 80);
alter table learner_goal set (fillfactor = 80);
