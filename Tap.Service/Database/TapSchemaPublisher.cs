using Dapper;
using Npgsql;
using ObsCore.Model;

namespace Tap.Service.Database;

/// <summary>
/// Rewrites TAP_SCHEMA from the model in one transaction, and lets the query role read exactly the
/// published tables, so what TAP_SCHEMA announces and what a query may read never drift apart.
/// </summary>
internal static class TapSchemaPublisher
{
    public static async Task PublishAsync(
        NpgsqlConnection connection, IReadOnlyList<SchemaDefinition> schemas, CancellationToken cancellationToken)
    {
        var rows = TapSchemaRows.From(schemas);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        async Task Execute(string sql, object? parameters = null) =>
            await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

        // Children first on delete, parents first on insert: the tables have foreign keys.
        await Execute("""
            DELETE FROM tap_schema.key_columns;
            DELETE FROM tap_schema.keys;
            DELETE FROM tap_schema.columns;
            DELETE FROM tap_schema.tables;
            DELETE FROM tap_schema.schemas
            """);
        await Execute("""
            INSERT INTO tap_schema.schemas (schema_name, utype, description, schema_index)
            VALUES (@SchemaName, @Utype, @Description, @SchemaIndex)
            """, rows.Schemas);
        await Execute("""
            INSERT INTO tap_schema.tables (schema_name, table_name, table_type, utype, description, table_index)
            VALUES (@SchemaName, @TableName, @TableType, @Utype, @Description, @TableIndex)
            """, rows.Tables);
        await Execute("""
            INSERT INTO tap_schema.columns (table_name, column_name, utype, ucd, unit, description, datatype,
                arraysize, xtype, "size", principal, indexed, std, column_index)
            VALUES (@TableName, @ColumnName, @Utype, @Ucd, @Unit, @Description, @Datatype,
                @Arraysize, @Xtype, @Size, @Principal, @Indexed, @Std, @ColumnIndex)
            """, rows.Columns);
        await Execute("""
            INSERT INTO tap_schema.keys (key_id, from_table, target_table, utype, description)
            VALUES (@KeyId, @FromTable, @TargetTable, @Utype, @Description)
            """, rows.Keys);
        await Execute("""
            INSERT INTO tap_schema.key_columns (key_id, from_column, target_column)
            VALUES (@KeyId, @FromColumn, @TargetColumn)
            """, rows.KeyColumns);

        await Execute(GrantReadOnPublishedTables(schemas));
        await transaction.CommitAsync(cancellationToken);
    }

    private static string GrantReadOnPublishedTables(IReadOnlyList<SchemaDefinition> schemas)
    {
        var quote = new NpgsqlCommandBuilder();
        var roles = string.Join(", ", DatabaseRoles.QueryRoles.Select(quote.QuoteIdentifier));
        return string.Join(";\n", schemas.SelectMany(schema =>
            schema.Tables
                .Select(table => $"GRANT SELECT ON {quote.QuoteIdentifier(table.Schema)}.{quote.QuoteIdentifier(table.Name)} TO {roles}")
                .Prepend($"GRANT USAGE ON SCHEMA {quote.QuoteIdentifier(schema.Name)} TO {roles}")));
    }
}
