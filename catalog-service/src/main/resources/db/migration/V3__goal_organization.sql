-- A goal may belong to one organization (tenant): only that organization's members see it, and only its admins
-- and managers edit it. Null is a goal everyone sees, as every goal before this migration was.
-- The value is an organization alias as the identity provider writes it in tokens (claim "organization").
-- No index: goals are read whole into the in-memory read model and filtered there; no query selects by organization.
alter table goal add column organization varchar(63)
    check (organization ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$');
