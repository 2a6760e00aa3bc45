namespace ObsCore.Model;

/// <summary>
/// TAP_SCHEMA describes itself (TAP 1.1, section 4): its five tables and their columns, with the
/// foreign keys that link them. schema/0005_tap_schema.sql creates them in this column order.
/// </summary>
public static class TapSchemaTables
{
    public static readonly TableDefinition Schemas = new(
        "tap_schema", "schemas", "Schemas published by this service",
        [
            Column("schema_name", DataType.Text, "Schema name, as used in ADQL", indexed: true, nullable: false),
            Column("utype", DataType.Text, "Data model the schema implements, if any"),
            Column("description", DataType.Text, "What the schema holds"),
            Column("schema_index", DataType.Int, "Suggested order of the schemas when listed"),
        ]);

    public static readonly TableDefinition Tables = new(
        "tap_schema", "tables", "Tables published by this service",
        [
            Column("schema_name", DataType.Text, "Schema the table belongs to", nullable: false),
            Column("table_name", DataType.Text, "Schema-qualified table name, as used in ADQL", indexed: true, nullable: false),
            Column("table_type", DataType.Text, "table or view", nullable: false),
            Column("utype", DataType.Text, "Data model element the table implements, if any"),
            Column("description", DataType.Text, "What the table holds"),
            Column("table_index", DataType.Int, "Suggested order of the tables when listed"),
        ],
        ForeignKeys: [Key("tables_schema", "tap_schema.schemas", ("schema_name", "schema_name"), "The schema of a table")]);

    public static readonly TableDefinition Columns = new(
        "tap_schema", "columns", "Columns of the published tables",
        [
            Column("table_name", DataType.Text, "Schema-qualified name of the table of the column", indexed: true, nullable: false),
            Column("column_name", DataType.Text, "Column name, as used in ADQL", nullable: false),
            Column("utype", DataType.Text, "Data model element the column implements, if any"),
            Column("ucd", DataType.Text, "Unified Content Descriptor of the column, if any"),
            Column("unit", DataType.Text, "Unit of the values in VOUnit syntax, if any"),
            Column("description", DataType.Text, "What the column holds"),
            Column("datatype", DataType.Text, "VOTable datatype of the values", nullable: false),
            Column("arraysize", DataType.Text, "VOTable arraysize of the values; NULL for scalars"),
            Column("xtype", DataType.Text, "VOTable xtype of the values (timestamp, point, adql:REGION), if any"),
            // "size" is an ADQL reserved word, so TAP 1.1 publishes it as a delimited identifier.
            Column("\"size\"", DataType.Int, "Length of fixed-size arrays (deprecated by TAP 1.1 in favour of arraysize)"),
            Column("principal", DataType.Int, "1 if the column is shown by default, else 0", nullable: false),
            Column("indexed", DataType.Int, "1 if the column is indexed, else 0", nullable: false),
            Column("std", DataType.Int, "1 if the column is defined by an IVOA standard, else 0", nullable: false),
            Column("column_index", DataType.Int, "Suggested order of the columns within their table"),
        ],
        ForeignKeys: [Key("columns_table", "tap_schema.tables", ("table_name", "table_name"), "The table of a column")]);

    public static readonly TableDefinition Keys = new(
        "tap_schema", "keys", "Foreign keys between the published tables",
        [
            Column("key_id", DataType.Text, "Identifier of the key", indexed: true, nullable: false),
            Column("from_table", DataType.Text, "Schema-qualified name of the table that refers", nullable: false),
            Column("target_table", DataType.Text, "Schema-qualified name of the table referred to", nullable: false),
            Column("utype", DataType.Text, "Data model element the key implements, if any"),
            Column("description", DataType.Text, "What the key links"),
        ],
        ForeignKeys:
        [
            Key("keys_from_table", "tap_schema.tables", ("from_table", "table_name"), "The table a key starts from"),
            Key("keys_target_table", "tap_schema.tables", ("target_table", "table_name"), "The table a key points to"),
        ]);

    public static readonly TableDefinition KeyColumns = new(
        "tap_schema", "key_columns", "Column pairs of the foreign keys",
        [
            Column("key_id", DataType.Text, "Identifier of the key", indexed: true, nullable: false),
            Column("from_column", DataType.Text, "Column of the referring table", nullable: false),
            Column("target_column", DataType.Text, "Column of the table referred to", nullable: false),
        ],
        ForeignKeys: [Key("key_columns_key", "tap_schema.keys", ("key_id", "key_id"), "The key a column pair belongs to")]);

    /// <summary>Declared after the tables: static fields are initialised in textual order.</summary>
    public static readonly SchemaDefinition Schema = new(
        "tap_schema", "Metadata of the published tables (TAP 1.1 TAP_SCHEMA)", [Schemas, Tables, Columns, Keys, KeyColumns]);

    // Every TAP_SCHEMA column is defined by the TAP standard and worth showing.
    private static ColumnDefinition Column(
        string name, DataType type, string description, bool indexed = false, bool nullable = true) =>
        new(name, type, description, Principal: true, Std: true, Indexed: indexed, Nullable: nullable);

    private static ForeignKey Key(string id, string target, (string From, string Target) columns, string description) =>
        new(id, target, [columns], description);
}
