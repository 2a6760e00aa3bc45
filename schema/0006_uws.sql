-- Asynchronous jobs (UWS 1.1) of /tap/async. Every service replica shares this table; a phase
-- change is a compare-and-set on row_version, so an ABORT racing the worker cannot be lost.
CREATE SCHEMA uws;
COMMENT ON SCHEMA uws IS 'UWS 1.1 job state of asynchronous TAP queries (not published)';

CREATE TABLE uws.job (
    job_id              text NOT NULL,
    run_id              text,
    owner_id            text,
    phase               text NOT NULL DEFAULT 'PENDING' CHECK (phase IN (
                            'PENDING', 'QUEUED', 'EXECUTING', 'COMPLETED', 'ERROR', 'ABORTED',
                            'UNKNOWN', 'HELD', 'SUSPENDED', 'ARCHIVED')),
    creation_time       timestamp with time zone NOT NULL DEFAULT now(),
    start_time          timestamp with time zone,
    end_time            timestamp with time zone,
    -- Seconds the job may run; 0 means unlimited (UWS 1.1, 2.2.3.5).
    execution_duration  integer NOT NULL DEFAULT 0 CHECK (execution_duration >= 0),
    destruction_time    timestamp with time zone,
    quote               timestamp with time zone,
    -- Parameter name (spelled as the client first gave it; IVOA names are case-insensitive, so
    -- each name occurs once whatever its case) to the array of its values, so repeated parameters
    -- (several POS, BAND, UPLOAD) keep every value in order.
    parameters          jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(parameters) = 'object'),
    error_type          text CHECK (error_type IN ('transient', 'fatal')),
    error_message       text,
    row_version         integer NOT NULL DEFAULT 0,
    -- While EXECUTING: the service instance running the job and until when it has promised to
    -- renew this lease. A job whose lease ran out lost its worker (a crashed or killed replica)
    -- and is failed by any replica, while a live replica's job is left alone.
    executing_instance  text,
    lease_expires       timestamp with time zone,
    CONSTRAINT job_pkey PRIMARY KEY (job_id),
    CONSTRAINT job_error_complete CHECK ((error_type IS NULL) = (error_message IS NULL)),
    CONSTRAINT job_time_order CHECK (start_time IS NULL OR end_time IS NULL OR start_time <= end_time),
    CONSTRAINT job_lease_while_executing CHECK (
        (phase = 'EXECUTING') = (executing_instance IS NOT NULL AND lease_expires IS NOT NULL))
);

-- Job lists: GET /async?PHASE=...&AFTER=...&LAST=... (newest first), per owner, and the reaper.
CREATE INDEX job_phase_creation_idx ON uws.job (phase, creation_time DESC);
CREATE INDEX job_creation_idx ON uws.job (creation_time DESC);
CREATE INDEX job_owner_creation_idx ON uws.job (owner_id, creation_time DESC);
CREATE INDEX job_destruction_idx ON uws.job (destruction_time);
-- Workers take the oldest QUEUED job (job_phase_creation_idx); the lease check scans only EXECUTING ones.
CREATE INDEX job_lease_idx ON uws.job (lease_expires) WHERE phase = 'EXECUTING';

-- Results (UWS results list); a TAP job has one, named "result". The file's name within the
-- configured results folder is kept rather than a URL: the public URL is built from the
-- configuration when a document is written, so moving the service does not break old jobs.
CREATE TABLE uws.result (
    job_id      text NOT NULL REFERENCES uws.job (job_id) ON DELETE CASCADE,
    result_id   text NOT NULL,
    file_name   text NOT NULL,
    mime_type   text,
    size_bytes  bigint CHECK (size_bytes >= 0),
    CONSTRAINT result_pkey PRIMARY KEY (job_id, result_id)
);

-- The service keeps jobs; user queries (metadata_query) never see them.
GRANT USAGE ON SCHEMA uws TO metadata_service;
GRANT SELECT, INSERT, UPDATE, DELETE ON uws.job, uws.result TO metadata_service;
