-- ivoa.obscore: one row per image product. Column names, order and types follow ObsCore.Model
-- (ObsCoreTable.cs), which also feeds TAP_SCHEMA; a test checks that the two agree.
CREATE TABLE ivoa.obscore (
    dataproduct_type     text NOT NULL,
    calib_level          integer NOT NULL CHECK (calib_level BETWEEN 0 AND 4),
    obs_collection       text NOT NULL,
    obs_id               text NOT NULL,
    obs_publisher_did    text NOT NULL,
    access_url           text,
    access_format        text,
    access_estsize       bigint,
    target_name          text,
    s_ra                 double precision,
    s_dec                double precision,
    s_fov                double precision,
    s_region             spoly,
    s_resolution         double precision,
    s_xel1               bigint,
    s_xel2               bigint,
    t_xel                bigint,
    t_min                double precision,
    t_max                double precision,
    t_exptime            double precision,
    t_resolution         double precision,
    em_xel               bigint,
    em_min               double precision,
    em_max               double precision,
    em_res_power         double precision,
    pol_xel              bigint,
    pol_states           text,
    o_ucd                text,
    facility_name        text,
    instrument_name      text,
    dataproduct_subtype  text,
    target_class         text,
    obs_creation_date    timestamp without time zone,
    obs_creator_name     text,
    obs_creator_did      text,
    obs_title            text,
    publisher_id         text,
    bib_reference        text,
    data_rights          text,
    obs_release_date     timestamp without time zone,
    s_ucd                text,
    s_unit               text,
    s_resolution_min     double precision,
    s_resolution_max     double precision,
    s_calib_status       text,
    s_stat_error         double precision,
    s_pixel_scale        double precision,
    t_calib_status       text,
    t_stat_error         double precision,
    em_ucd               text,
    em_unit              text,
    em_calib_status      text,
    em_res_power_min     double precision,
    em_res_power_max     double precision,
    em_resolution        double precision,
    em_stat_error        double precision,
    o_unit               text,
    o_calib_status       text,
    o_stat_error         double precision,
    proposal_id          text,
    lsst_visit           bigint,
    lsst_exposure        bigint,
    lsst_detector        integer CHECK (lsst_detector BETWEEN 0 AND 188),
    lsst_raft            text CHECK (lsst_raft ~ '^R[0-4][0-4]$'),
    lsst_ccd             text CHECK (lsst_ccd ~ '^S[0-2][0-2]$'),
    lsst_tract           integer,
    lsst_patch           integer,
    lsst_band            text CHECK (lsst_band IN ('u', 'g', 'r', 'i', 'z', 'y')),
    lsst_filter          text,
    lsst_dataset_type    text,
    lsst_run             text,
    -- Not published: the footprint centre as a pg_sphere point, so positional predicates on
    -- (s_ra, s_dec) and CENTROID(s_region) can use a GiST index.
    s_position           spoint,
    CONSTRAINT obscore_pkey PRIMARY KEY (obs_publisher_did),
    CONSTRAINT obscore_time_order CHECK (t_min <= t_max),
    CONSTRAINT obscore_band_order CHECK (em_min <= em_max)
);

CREATE INDEX obscore_s_region_idx ON ivoa.obscore USING gist (s_region);
CREATE INDEX obscore_s_position_idx ON ivoa.obscore USING gist (s_position);
CREATE INDEX obscore_calib_level_idx ON ivoa.obscore (calib_level);
CREATE INDEX obscore_obs_collection_idx ON ivoa.obscore (obs_collection);
CREATE INDEX obscore_obs_id_idx ON ivoa.obscore (obs_id);
CREATE INDEX obscore_t_min_idx ON ivoa.obscore (t_min);
CREATE INDEX obscore_t_max_idx ON ivoa.obscore (t_max);
CREATE INDEX obscore_em_min_idx ON ivoa.obscore (em_min);
CREATE INDEX obscore_em_max_idx ON ivoa.obscore (em_max);
CREATE INDEX obscore_dataproduct_subtype_idx ON ivoa.obscore (dataproduct_subtype);
CREATE INDEX obscore_obs_release_date_idx ON ivoa.obscore (obs_release_date);
-- Portal filters: visit alone and visit with detector/raft are the common requests.
CREATE INDEX obscore_lsst_visit_idx ON ivoa.obscore (lsst_visit, lsst_detector);
CREATE INDEX obscore_lsst_exposure_idx ON ivoa.obscore (lsst_exposure);
CREATE INDEX obscore_lsst_detector_idx ON ivoa.obscore (lsst_detector);
CREATE INDEX obscore_lsst_raft_idx ON ivoa.obscore (lsst_raft, lsst_ccd);
CREATE INDEX obscore_lsst_ccd_idx ON ivoa.obscore (lsst_ccd);
CREATE INDEX obscore_lsst_tract_idx ON ivoa.obscore (lsst_tract, lsst_patch);
CREATE INDEX obscore_lsst_patch_idx ON ivoa.obscore (lsst_patch);
CREATE INDEX obscore_lsst_band_idx ON ivoa.obscore (lsst_band);
CREATE INDEX obscore_lsst_filter_idx ON ivoa.obscore (lsst_filter);
CREATE INDEX obscore_lsst_dataset_type_idx ON ivoa.obscore (lsst_dataset_type);
CREATE INDEX obscore_lsst_run_idx ON ivoa.obscore (lsst_run);
