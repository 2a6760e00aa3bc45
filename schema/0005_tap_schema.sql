-- TAP_SCHEMA as TAP 1.1 (section 4) defines it. Its rows are not written here: `migrate` rewrites
-- them from ObsCore.Model after every run, and the model also describes these tables themselves
-- (TapSchemaTables.cs), in this column order.
CREATE SCHEMA tap_schema;
COMMENT ON SCHEMA tap_schema IS 'TAP 1.1 metadata: the schemas, tables, columns and keys the service publishes';

CREATE TABLE tap_schema.schemas (
    schema_name   text NOT NULL,
    utype         text,
    description   text,
    schema_index  integer,
    CONSTRAINT schemas_pkey PRIMARY KEY (schema_name)
);

CREATE TABLE tap_schema.tables (
    schema_name   text NOT NULL REFERENCES tap_schema.schemas (schema_name),
    table_name    text NOT NULL,
    table_type    text NOT NULL CHECK (table_type IN ('table', 'view')),
    utype         text,
    description   text,
    table_index   integer,
    CONSTRAINT tables_pkey PRIMARY KEY (table_name)
);

CREATE TABLE tap_schema.columns (
    table_name    text NOT NULL REFERENCES tap_schema.tables (table_name),
    column_name   text NOT NULL,
    utype         text,
    ucd           text,
    unit          text,
    description   text,
    datatype      text NOT NULL,
    arraysize     text,
    xtype         text,
    "size"        integer,
    principal     integer NOT NULL CHECK (principal IN (0, 1)),
    indexed       integer NOT NULL CHECK (indexed IN (0, 1)),
    std           integer NOT NULL CHECK (std IN (0, 1)),
    column_index  integer,
    CONSTRAINT columns_pkey PRIMARY KEY (table_name, column_name)
);

CREATE TABLE tap_schema.keys (
    key_id        text NOT NULL,
    from_table    text NOT NULL REFERENCES tap_schema.tables (table_name),
    target_table  text NOT NULL REFERENCES tap_schema.tables (table_name),
    utype         text,
    description   text,
    CONSTRAINT keys_pkey PRIMARY KEY (key_id)
);

CREATE TABLE tap_schema.key_columns (
    key_id        text NOT NULL REFERENCES tap_schema.keys (key_id),
    from_column   text NOT NULL,
    target_column text NOT NULL,
    CONSTRAINT key_columns_pkey PRIMARY KEY (key_id, from_column)
);
