using Adql.Syntax;
using Dali;
using ObsCore.Model;
using Sia.Service.Parameters;
using Sia.Service.Validation;

namespace Sia.Service;

/// <summary>
/// Turns a request's parameters into one query over ivoa.obscore: the values of one parameter are
/// OR-ed, different parameters AND-ed. Names the service does not know are ignored, as SIAv2 says.
/// </summary>
public sealed class SiaQueryBuilder
{
    /// <summary>The table searched.</summary>
    public static readonly string Table = ObsCoreTable.Definition.QualifiedName;

    public SiaQueryBuilder(SiaLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Limits = limits;
        Parameters = SiaParameterList.Create(limits);
    }

    public SiaLimits Limits { get; }

    public IReadOnlyList<SiaParameter> Parameters { get; }

    public SiaQuery Build(DaliParameters request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var conditions = Parameters
            .Where(p => request.Contains(p.Name))
            .Select(p => Disjunction(request.GetValues(p.Name).Select(p.Predicate).ToList()))
            .OfType<Expression>()
            .ToList();

        return new SiaQuery(conditions, request.GetMaxRec(), Format(request));
    }

    /// <summary>
    /// The values' predicates OR-ed; null when one of them is no constraint, since then the OR is
    /// always true. Every value has been checked by then: a bad one fails even beside an open one.
    /// </summary>
    private static Expression? Disjunction(List<Expression?> predicates) =>
        predicates.Contains(null) ? null : SyntaxFactory.AnyOf(predicates.OfType<Expression>());

    private string? Format(DaliParameters request) =>
        request.GetSingle(DaliParameters.ResponseFormat) is { } format ? Limits.CheckResponseFormat(format.Trim()) : null;
}
