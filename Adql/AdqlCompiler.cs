using Adql.Semantics;
using Adql.Syntax;
using Adql.Translation;

namespace Adql;

/// <summary>
/// The compiler's entry point: ADQL text, or a syntax tree built in code, in; SQL, result columns and
/// diagnostics out. The stages are the folders: Grammar (ANTLR) → Syntax (AST) → Semantics (binder)
/// → Translation (SQL).
/// </summary>
public static class AdqlCompiler
{
    public static CompileResult Compile(string adql, ICatalogue catalogue, CompileOptions options)
    {
        ArgumentNullException.ThrowIfNull(adql);
        var parsed = QueryParser.Parse(adql);
        return parsed.Succeeded ? Compile(parsed.Query!, catalogue, options) : new CompileResult(null, [], parsed.Diagnostics);
    }

    /// <summary>Compiles a tree, parsed or built with <see cref="SyntaxFactory"/>; it is bound as parsed text would be.</summary>
    public static CompileResult Compile(QueryExpression query, ICatalogue catalogue, CompileOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(options);

        var bound = Binder.Bind(query, catalogue, options.UserFunctions);
        if (!bound.Succeeded)
        {
            return new CompileResult(null, [], bound.Diagnostics);
        }

        var sql = SqlTranslator.Translate(bound, options.MaxRows);
        return new CompileResult(sql, bound.Outputs.Select(Describe).ToList(), bound.Diagnostics);
    }

    private static OutputColumn Describe(SelectOutput output)
    {
        var info = output.Info;
        return new OutputColumn(output.Name, info.Serialisation, info.Unit, info.Ucd, info.Utype, info.Description, SqlTranslator.EncodingOf(info.Type));
    }
}
