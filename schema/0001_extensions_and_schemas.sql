-- pg_sphere provides the spherical types (spoint, scircle, spoly) and their GiST operator classes.
CREATE EXTENSION IF NOT EXISTS pg_sphere;

CREATE SCHEMA IF NOT EXISTS ivoa;
COMMENT ON SCHEMA ivoa IS 'IVOA data models published through TAP';
