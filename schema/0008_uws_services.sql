-- Asynchronous jobs of every protocol share the job machinery; each job belongs to the job list of
-- the protocol it was created through (/tap/async or /soda/async) and is only reached through it.
ALTER TABLE uws.job ADD COLUMN service text NOT NULL DEFAULT 'tap' CHECK (service IN ('tap', 'soda'));
CREATE INDEX job_service_creation_idx ON uws.job (service, creation_time DESC);
