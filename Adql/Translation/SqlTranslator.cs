using System.Globalization;
using System.Text;
using Adql.Semantics;
using Adql.Syntax;

namespace Adql.Translation;

/// <summary>
/// Writes PostgreSQL (with pg_sphere) for a bound query. A visitor over the syntax tree that reads the
/// binder's annotations; it never edits text it has written, except to add the parentheses that
/// <see cref="Precedence"/> calls for. This part writes query blocks and FROM; expressions are in the
/// other part, geometry in <see cref="PgSphere"/>.
/// </summary>
public sealed partial class SqlTranslator
{
    private readonly StringBuilder _sql = new(256);
    private readonly BoundQuery _bound;
    private readonly PgSphere _sphere;

    private SqlTranslator(BoundQuery bound)
    {
        _bound = bound;
        _sphere = new PgSphere(this, bound);
    }

    /// <summary>
    /// The SQL of a successfully bound query. <paramref name="maxRows"/> caps the rows the outermost
    /// query returns (LIMIT min(TOP, maxRows)); the TAP service passes MAXREC + 1 to detect overflow.
    /// </summary>
    public static string Translate(BoundQuery bound, long? maxRows)
    {
        ArgumentNullException.ThrowIfNull(bound);
        if (!bound.Succeeded)
        {
            throw new InvalidOperationException("cannot translate a query with binding errors");
        }

        var translator = new SqlTranslator(bound);
        translator.WriteQuery(bound.Query, outermost: true, maxRows);
        return translator._sql.ToString();
    }

    /// <summary>How each result column's SQL value is encoded, given its inferred type.</summary>
    public static SqlValueEncoding EncodingOf(AdqlType type) => type switch
    {
        AdqlType.Timestamp => SqlValueEncoding.IsoTimestamp,
        AdqlType.Point or AdqlType.Circle => SqlValueEncoding.DegreesArray,
        AdqlType.Polygon or AdqlType.Region => SqlValueEncoding.PolygonText,
        _ => SqlValueEncoding.Plain,
    };

    /// <param name="outermost">The result query: its SELECT lists convert geometry and timestamps for the writers.</param>
    /// <param name="maxRows">The caller's row cap, for the outermost query only.</param>
    private void WriteQuery(QueryExpression query, bool outermost, long? maxRows)
    {
        switch (query)
        {
            case SelectQuery select:
                WriteSelect(select, outermost, maxRows);
                break;
            case SetQuery set:
                WriteSetOperand(set.Left, outermost);
                _sql.Append(set.Operator switch
                {
                    SetOperator.Union => " UNION ",
                    SetOperator.Intersect => " INTERSECT ",
                    _ => " EXCEPT ",
                });
                if (set.All)
                {
                    _sql.Append("ALL ");
                }

                WriteSetOperand(set.Right, outermost);
                WriteOrderBy(set.OrderBy);
                WriteLimit(null, set.Offset, maxRows);
                break;
            case WithQuery with:
                _sql.Append("WITH ");
                for (var i = 0; i < with.CommonTables.Count; i++)
                {
                    var cte = with.CommonTables[i];
                    _sql.Append(i == 0 ? string.Empty : ", ");
                    SqlText.AppendIdentifier(_sql, cte.Name.Name);
                    if (cte.ColumnNames.Count > 0)
                    {
                        _sql.Append(" (").AppendJoin(", ", cte.ColumnNames.Select(c => SqlText.Identifier(c.Name))).Append(')');
                    }

                    _sql.Append(" AS (");
                    WriteQuery(cte.Query, outermost: false, maxRows: null);
                    _sql.Append(')');
                }

                _sql.Append(' ');
                WriteQuery(with.Body, outermost, maxRows);
                break;
            default:
                throw new NotSupportedException(query.GetType().Name);
        }
    }

    /// <summary>
    /// Operands that carry their own ORDER BY, LIMIT or OFFSET, and nested set operations, go in
    /// parentheses so each clause stays with the operand it was written for.
    /// </summary>
    private void WriteSetOperand(QueryExpression operand, bool outermost)
    {
        var parenthesise = operand switch
        {
            SelectQuery select => select.Top is not null || select.OrderBy.Count > 0 || select.Offset is not null,
            _ => true,
        };
        _sql.Append(parenthesise ? "(" : string.Empty);
        WriteQuery(operand, outermost, maxRows: null);
        _sql.Append(parenthesise ? ")" : string.Empty);
    }

    private void WriteSelect(SelectQuery select, bool outermost, long? maxRows)
    {
        _sql.Append("SELECT ");
        if (select.Distinct)
        {
            _sql.Append("DISTINCT ");
        }

        var outputs = _bound.SelectListOf(select);
        for (var i = 0; i < outputs.Count; i++)
        {
            _sql.Append(i == 0 ? string.Empty : ", ");
            if (outermost)
            {
                WriteResultValue(outputs[i]);
            }
            else
            {
                Emit(outputs[i].Expression, Precedence.Lowest);
            }

            _sql.Append(" AS ");
            SqlText.AppendIdentifier(_sql, outputs[i].Name);
        }

        if (select.From.Count > 0)
        {
            _sql.Append(" FROM ");
            for (var i = 0; i < select.From.Count; i++)
            {
                _sql.Append(i == 0 ? string.Empty : ", ");
                WriteTable(select.From[i]);
            }
        }

        if (select.Where is not null)
        {
            _sql.Append(" WHERE ");
            Emit(select.Where, Precedence.Lowest);
        }

        if (select.GroupBy.Count > 0)
        {
            _sql.Append(" GROUP BY ");
            for (var i = 0; i < select.GroupBy.Count; i++)
            {
                _sql.Append(i == 0 ? string.Empty : ", ");
                if (_bound.GroupTargetOf(select.GroupBy[i]) is { } target)
                {
                    SqlText.AppendIdentifier(_sql, target.OutputName);
                }
                else
                {
                    Emit(select.GroupBy[i], Precedence.Lowest);
                }
            }
        }

        if (select.Having is not null)
        {
            _sql.Append(" HAVING ");
            Emit(select.Having, Precedence.Lowest);
        }

        WriteOrderBy(select.OrderBy);
        WriteLimit(select.Top, select.Offset, maxRows);
    }

    /// <summary>
    /// A value of the outermost SELECT list, converted for the result writers (see <see cref="SqlValueEncoding"/>):
    /// timestamps to ISO-8601 text (they are stored in UTC), geometry as <see cref="PgSphere"/> says.
    /// </summary>
    private void WriteResultValue(SelectOutput output)
    {
        var type = output.Info.Type;
        if (type.IsGeometry())
        {
            _sphere.WriteResultValue(Render(output.Expression, Precedence.Lowest), type);
        }
        else if (type == AdqlType.Timestamp)
        {
            _sql.Append("to_char(");
            Emit(output.Expression, Precedence.Lowest);
            _sql.Append(", 'YYYY-MM-DD\"T\"HH24:MI:SS.MS')");
        }
        else
        {
            Emit(output.Expression, Precedence.Lowest);
        }
    }

    private void WriteOrderBy(IReadOnlyList<OrderItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            _sql.Append(i == 0 ? " ORDER BY " : ", ");
            if (_bound.OrderTargetOf(items[i]) is { } target)
            {
                SqlText.AppendIdentifier(_sql, target.OutputName);
            }
            else
            {
                Emit(items[i].Expression, Precedence.Lowest);
            }

            _sql.Append(items[i].Descending ? " DESC" : string.Empty);
        }
    }

    private void WriteLimit(long? top, long? offset, long? maxRows)
    {
        var limit = (top, maxRows) switch
        {
            (null, _) => maxRows,
            (_, null) => top,
            _ => Math.Min(top.Value, maxRows.Value),
        };
        if (limit is not null)
        {
            _sql.Append(" LIMIT ").Append(limit.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (offset is not null)
        {
            _sql.Append(" OFFSET ").Append(offset.Value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private void WriteTable(TableReference table)
    {
        switch (table)
        {
            case NamedTable named:
                _sql.AppendJoin('.', _bound.SourceOf(named).Select(SqlText.Identifier));
                if (named.Alias is not null)
                {
                    _sql.Append(" AS ");
                    SqlText.AppendIdentifier(_sql, named.Alias.Name);
                }

                break;
            case DerivedTable derived:
                _sql.Append('(');
                WriteQuery(derived.Query, outermost: false, maxRows: null);
                _sql.Append(") AS ");
                SqlText.AppendIdentifier(_sql, derived.Alias.Name);
                break;
            case JoinedTable join:
                WriteJoin(join);
                break;
            default:
                throw new NotSupportedException(table.GetType().Name);
        }
    }

    /// <summary>
    /// NATURAL joins go out as USING with the columns the binder matched, so PostgreSQL joins on exactly
    /// the columns the result description was built from.
    /// </summary>
    private void WriteJoin(JoinedTable join)
    {
        WriteTable(join.Left);
        _sql.Append(join.Kind switch
        {
            JoinKind.Inner => " JOIN ",
            JoinKind.LeftOuter => " LEFT OUTER JOIN ",
            JoinKind.RightOuter => " RIGHT OUTER JOIN ",
            JoinKind.FullOuter => " FULL OUTER JOIN ",
            _ => " CROSS JOIN ",
        });
        var nested = join.Right is JoinedTable;
        _sql.Append(nested ? "(" : string.Empty);
        WriteTable(join.Right);
        _sql.Append(nested ? ")" : string.Empty);

        var columns = _bound.JoinColumnsOf(join);
        if (columns.Count > 0)
        {
            _sql.Append(" USING (").AppendJoin(", ", columns.Select(SqlText.Identifier)).Append(')');
        }
        else if (join.On is not null)
        {
            _sql.Append(" ON ");
            Emit(join.On, Precedence.Lowest);
        }
        else if (join.Kind != JoinKind.Cross)
        {
            // A NATURAL join without common columns is a cross join; PostgreSQL's JOIN needs a condition.
            _sql.Append(" ON TRUE");
        }
    }
}
