-- The roles the service uses (names also in Tap.Service/Database/DatabaseRoles.cs):
--   metadata_query   runs user queries (SET ROLE in a READ ONLY transaction); may only SELECT the
--                    published tables, which `migrate` grants from the model after every run.
--   metadata_service the service's login; inherits metadata_query and may also keep UWS jobs.
-- No password: the local cluster trusts 127.0.0.1; elsewhere set one with ALTER ROLE.
-- Roles belong to the cluster, not the database, so another database (a test run, a second
-- instance) may have created them already, possibly at this very moment.
DO $$
BEGIN
    BEGIN
        CREATE ROLE metadata_query NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
    BEGIN
        CREATE ROLE metadata_service LOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END;
END
$$;

GRANT metadata_query TO metadata_service;
