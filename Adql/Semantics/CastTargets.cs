namespace Adql.Semantics;

/// <summary>The target types ADQL 2.1 allows in CAST, by the names the grammar passes on.</summary>
public static class CastTargets
{
    public static AdqlType? Find(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        return string.Join(' ', typeName.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant() switch
        {
            "SMALLINT" => AdqlType.Smallint,
            "INTEGER" or "INT" => AdqlType.Integer,
            "BIGINT" => AdqlType.Bigint,
            "REAL" => AdqlType.Real,
            "DOUBLE PRECISION" or "DOUBLE" => AdqlType.Double,
            "CHAR" or "CHARACTER" => AdqlType.Char,
            "VARCHAR" or "CHARACTER VARYING" or "CHAR VARYING" => AdqlType.Varchar,
            "TIMESTAMP" => AdqlType.Timestamp,
            _ => null,
        };
    }
}
