using Adql.Semantics;
using Adql.Syntax;
using Adql.Translation;

namespace Adql;

/// <summary>
/// The compiler's one entry point: ADQL text in; SQL, result columns and diagnostics out. The stages
/// are the folders: Grammar (ANTLR) → Syntax (AST) → Semantics (binder) → Translation (SQL).
/// </summary>
public static class AdqlCompiler
{
    public static CompileResult Compile(string adql, ICatalogue catalogue, CompileOptions options)
    {
        ArgumentNullException.ThrowIfNull(adql);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(options);

        var parsed = QueryParser.Parse(adql);
        if (!parsed.Succeeded)
        {
            return new CompileResult(null, [], parsed.Diagnostics);
        }

        var bound = Binder.Bind(parsed.Query!, catalogue, options.UserFunctions);
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
