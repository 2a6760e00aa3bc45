-- The embargo (LSR-REQ-0126), enforced by PostgreSQL itself: whatever SQL a user query becomes,
-- the rows of products not yet released are invisible to the role it runs as.
--
--   metadata_query        anonymous and ordinary users: only released rows.
--   metadata_query_staff  members of the embargo group (Access:EmbargoGroup): every row.
--
-- The service login is a member of both and SETs ROLE per request (Tap.Service/Database/DatabaseRoles.cs).
-- Neither query role is a member of the other, so a session whose user is one cannot become the
-- other. A policy applies to its role's members too: the service login, a member of both, sees every
-- row itself, which is why everything it reads for a caller runs SET ROLE to the caller's query role.
-- Any other role without superuser rights sees no row; superusers and the tables' owner (migrate,
-- the loader) are not subject to the policies.
DO $$
BEGIN
    BEGIN
        CREATE ROLE metadata_query_staff NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
END
$$;

GRANT metadata_query_staff TO metadata_service;

-- Released: a product with a release date is released once the clock passes it, with no reload;
-- one without a release date is released unless its rights say proprietary. The two branches keep
-- obscore_obs_release_date_idx usable (a BitmapOr) where the planner wants it.
CREATE POLICY obscore_released ON ivoa.obscore FOR SELECT TO metadata_query
    USING (obs_release_date <= now() OR (obs_release_date IS NULL AND data_rights IS DISTINCT FROM 'proprietary'));
CREATE POLICY obscore_staff ON ivoa.obscore FOR SELECT TO metadata_query_staff USING (true);
ALTER TABLE ivoa.obscore ENABLE ROW LEVEL SECURITY;

-- CAOM2 rows follow the ObsCore row of their product: one rule, so the two models never disagree.
-- The subqueries run under the same policies (a plane is visible when its product's ObsCore row is
-- visible to the same role) and each is one primary-key probe.
CREATE POLICY plane_released ON caom2.plane FOR SELECT TO metadata_query
    USING (EXISTS (SELECT 1 FROM ivoa.obscore o WHERE o.obs_publisher_did = plane.publisher_did));
CREATE POLICY artifact_released ON caom2.artifact FOR SELECT TO metadata_query
    USING (EXISTS (SELECT 1 FROM ivoa.obscore o WHERE o.obs_publisher_did = artifact.publisher_did));
-- Both ends: an input's ID must not reveal that an embargoed product exists.
CREATE POLICY provenance_released ON caom2.provenance_input FOR SELECT TO metadata_query
    USING (EXISTS (SELECT 1 FROM ivoa.obscore o WHERE o.obs_publisher_did = provenance_input.publisher_did)
       AND EXISTS (SELECT 1 FROM ivoa.obscore o WHERE o.obs_publisher_did = provenance_input.input_did));
-- An observation is visible once one of its planes is.
CREATE POLICY observation_released ON caom2.observation FOR SELECT TO metadata_query
    USING (EXISTS (SELECT 1 FROM caom2.plane p WHERE p.observation_uri = observation.observation_uri));

CREATE POLICY plane_staff ON caom2.plane FOR SELECT TO metadata_query_staff USING (true);
CREATE POLICY artifact_staff ON caom2.artifact FOR SELECT TO metadata_query_staff USING (true);
CREATE POLICY provenance_staff ON caom2.provenance_input FOR SELECT TO metadata_query_staff USING (true);
CREATE POLICY observation_staff ON caom2.observation FOR SELECT TO metadata_query_staff USING (true);

ALTER TABLE caom2.plane ENABLE ROW LEVEL SECURITY;
ALTER TABLE caom2.artifact ENABLE ROW LEVEL SECURITY;
ALTER TABLE caom2.provenance_input ENABLE ROW LEVEL SECURITY;
ALTER TABLE caom2.observation ENABLE ROW LEVEL SECURITY;

-- Under row-level security PostgreSQL uses a user's condition as an index condition only when its
-- function is LEAKPROOF; pg_sphere declares none, so every cone or footprint search under the
-- policy read the whole table (a 0.3° cone on the sample: 1 ms became 281 ms). The operators of
-- pg_sphere's GiST operator classes compare two geometries and return a boolean: no side effects,
-- no error that depends on the values, so nothing about a hidden row escapes through them.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN
        SELECT DISTINCT p.oid::regprocedure
        FROM pg_amop a
        JOIN pg_opfamily fam ON fam.oid = a.amopfamily
        JOIN pg_am am ON am.oid = fam.opfmethod AND am.amname = 'gist'
        JOIN pg_operator op ON op.oid = a.amopopr
        JOIN pg_proc p ON p.oid = op.oprcode
        JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
        JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pg_sphere'
    LOOP
        EXECUTE format('ALTER FUNCTION %s LEAKPROOF', f);
    END LOOP;
END
$$;

-- What queries read for ivoa.obscore (Tap.Service/Database/PublishedViews.cs): the table with
-- data_rights as of now, so a product whose release date has passed says 'public' without a reload
-- and one still under embargo (seen by staff only) says 'proprietary'. security_invoker: the table's
-- policies apply to the querying role. A plain view, so the planner folds it into every query and
-- conditions on the other columns use the table's indexes. Its columns are the table's at this
-- migration: a migration that adds a column to ivoa.obscore recreates the view.
DO $$
DECLARE
    columns text;
BEGIN
    SELECT string_agg(
               CASE WHEN a.attname = 'data_rights'
                    THEN $rights$CASE WHEN coalesce(o.obs_release_date <= now(), o.data_rights IS DISTINCT FROM 'proprietary')
                                      THEN CASE WHEN o.data_rights = 'proprietary' THEN 'public' ELSE o.data_rights END
                                      ELSE 'proprietary' END AS data_rights$rights$
                    ELSE 'o.' || quote_ident(a.attname) END,
               ', ' ORDER BY a.attnum)
    INTO columns
    FROM pg_attribute a
    WHERE a.attrelid = 'ivoa.obscore'::regclass AND a.attnum > 0 AND NOT a.attisdropped;
    EXECUTE 'CREATE VIEW ivoa.obscore_current WITH (security_invoker = true) AS SELECT ' || columns || ' FROM ivoa.obscore o';
END
$$;
COMMENT ON VIEW ivoa.obscore_current IS 'ivoa.obscore as queries see it: data_rights as of now';
GRANT SELECT ON ivoa.obscore_current TO metadata_query, metadata_query_staff;
