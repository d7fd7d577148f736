-- Records which one-off publications (such as announcing the seeded item bank on the item topic) have
-- happened, so that each runs once per database however many instances start.
create table publication_marker (
    name         varchar(64) primary key,
    published_at timestamptz not null default now()
);
