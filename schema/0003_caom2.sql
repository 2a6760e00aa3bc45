-- caom2.*: the CAOM2 view of the products in ivoa.obscore. Names, order and types follow
-- ObsCore.Model (Caom2Tables.cs), which also feeds TAP_SCHEMA. A plane's publisher_did equals the
-- obs_publisher_did of the product's ObsCore row.
CREATE SCHEMA IF NOT EXISTS caom2;
COMMENT ON SCHEMA caom2 IS 'CAOM2: observations, planes, artifacts and provenance of the ObsCore products';

CREATE TABLE caom2.observation (
    observation_uri   text NOT NULL,
    collection        text NOT NULL,
    obs_id            text NOT NULL,
    observation_type  text NOT NULL CHECK (observation_type IN ('simple', 'composite')),
    algorithm_name    text NOT NULL,
    intent            text CHECK (intent IN ('science', 'calibration')),
    obs_type          text,
    sequence_number   bigint,
    telescope_name    text,
    instrument_name   text,
    target_name       text,
    proposal_id       text,
    meta_release      timestamp without time zone,
    CONSTRAINT observation_pkey PRIMARY KEY (observation_uri),
    -- obs_id first: it is what users look observations up by.
    CONSTRAINT observation_obs_id_collection_key UNIQUE (obs_id, collection)
);

CREATE TABLE caom2.plane (
    publisher_did             text NOT NULL,
    observation_uri           text NOT NULL,
    product_id                text NOT NULL,
    calib_level               integer NOT NULL CHECK (calib_level BETWEEN 0 AND 4),
    dataproduct_type          text NOT NULL,
    energy_bandpass_name      text,
    data_release              timestamp without time zone,
    meta_release              timestamp without time zone,
    provenance_name           text,
    provenance_run_id         text,
    provenance_last_executed  timestamp without time zone,
    CONSTRAINT plane_pkey PRIMARY KEY (publisher_did),
    CONSTRAINT plane_observation_fk FOREIGN KEY (observation_uri)
        REFERENCES caom2.observation (observation_uri) ON DELETE CASCADE,
    CONSTRAINT plane_observation_product_key UNIQUE (observation_uri, product_id)
);

CREATE TABLE caom2.artifact (
    artifact_uri    text NOT NULL,
    publisher_did   text NOT NULL,
    product_type    text NOT NULL,
    release_type    text NOT NULL CHECK (release_type IN ('data', 'meta')),
    content_type    text,
    content_length  bigint CHECK (content_length >= 0),
    CONSTRAINT artifact_pkey PRIMARY KEY (artifact_uri),
    CONSTRAINT artifact_plane_fk FOREIGN KEY (publisher_did)
        REFERENCES caom2.plane (publisher_did) ON DELETE CASCADE
);

CREATE TABLE caom2.provenance_input (
    publisher_did  text NOT NULL,
    input_did      text NOT NULL,
    CONSTRAINT provenance_input_pkey PRIMARY KEY (publisher_did, input_did),
    CONSTRAINT provenance_output_fk FOREIGN KEY (publisher_did)
        REFERENCES caom2.plane (publisher_did) ON DELETE CASCADE,
    CONSTRAINT provenance_input_fk FOREIGN KEY (input_did)
        REFERENCES caom2.plane (publisher_did) ON DELETE CASCADE
);

-- Joins from artifacts to planes, and "which coadds used this image?"; observation(obs_id) and
-- plane(observation_uri) are covered by their unique keys.
CREATE INDEX artifact_publisher_did_idx ON caom2.artifact (publisher_did);
CREATE INDEX provenance_input_input_did_idx ON caom2.provenance_input (input_did);
