-- A job runs later, possibly on another replica, with the rights of the user who created it: the
-- owner's groups are kept with the job as they were at creation, beside owner_id (the user name,
-- NULL for an anonymous job).
ALTER TABLE uws.job ADD COLUMN owner_groups text[] NOT NULL DEFAULT '{}';

-- Workers skip the queued jobs of an owner who has as many jobs executing as the per-user limit
-- allows: they count the executing jobs of each owner.
CREATE INDEX job_executing_owner_idx ON uws.job (owner_id) WHERE phase = 'EXECUTING';
