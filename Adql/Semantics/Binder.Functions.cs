using Adql.Diagnostics;
using Adql.Syntax;

namespace Adql.Semantics;

/// <summary>Function calls: built-in and user-defined, arity, argument kinds, aggregates and result types.</summary>
public sealed partial class Binder
{
    private ValueInfo BindFunction(FunctionCall call, ExpressionContext context)
    {
        var name = call.Name.Name;
        if (string.Equals(name, "IN_UNIT", StringComparison.OrdinalIgnoreCase))
        {
            BindArguments(call, context, aggregate: false);
            Report(DiagnosticMessages.UnsupportedFeature("IN_UNIT (unit conversion)", call.Span));
            return ValueInfo.Unknown;
        }

        if (BuiltinFunctions.Find(name) is { } builtin)
        {
            return BindBuiltin(call, builtin, context);
        }

        if (_userFunctions.TryGetValue(name, out var user))
        {
            _bound.UserFunctionCalls[call] = user;
            var arguments = BindArguments(call, context, user.IsAggregate);
            CheckArity(call, user.Name, user.Parameters.Count, user.Parameters.Count);
            for (var i = 0; i < Math.Min(arguments.Count, user.Parameters.Count); i++)
            {
                CheckArgumentKind(call, user.Name, i, user.Parameters[i].Kind, arguments[i]);
            }

            return new ValueInfo(user.ReturnType, user.Unit);
        }

        BindArguments(call, context, aggregate: false);
        var known = BuiltinFunctions.Names.Concat(_userFunctions.Keys).Append("IN_UNIT");
        Report(DiagnosticMessages.UnknownFunction(name, NameSuggestions.Closest(name, known), call.Name.Span));
        return ValueInfo.Unknown;
    }

    private ValueInfo BindBuiltin(FunctionCall call, BuiltinFunction function, ExpressionContext context)
    {
        var arguments = BindArguments(call, context, function.IsAggregate);
        if (call.Star)
        {
            return new ValueInfo(AdqlType.Bigint);
        }

        CheckArity(call, function.Name, function.MinArguments, function.MaxArguments);
        for (var i = 0; i < arguments.Count; i++)
        {
            CheckArgumentKind(call, function.Name, i, function.ArgumentKind, arguments[i]);
        }

        if (function.ArgumentsShareType)
        {
            RequireCommonType(function.Name, arguments.Select((argument, i) => (argument, call.Arguments[i].Span)));
        }

        var first = arguments.Count > 0 ? arguments[0] : ValueInfo.Unknown;
        var type = function.Result switch
        {
            ResultType.Double => AdqlType.Double,
            ResultType.Bigint => AdqlType.Bigint,
            ResultType.Varchar => AdqlType.Varchar,
            ResultType.IntegerIfIntegers => arguments.All(a => a.Type.IsInteger()) ? Promote(first.Type, arguments[^1].Type) : AdqlType.Double,
            _ => arguments.FirstOrDefault(a => a.Type != AdqlType.Unknown)?.Type ?? AdqlType.Unknown,
        };
        return function.Metadata switch
        {
            ResultMetadata.KeepAll when first.Type == type => first,
            ResultMetadata.KeepAll or ResultMetadata.KeepUnit => new ValueInfo(type, first.Unit),
            ResultMetadata.Degrees => new ValueInfo(type, "deg"),
            ResultMetadata.Radians => new ValueInfo(type, "rad"),
            _ => new ValueInfo(type),
        };
    }

    /// <summary>Binds the arguments; an aggregate's arguments may not contain another aggregate, and aggregates need a clause that allows them.</summary>
    private List<ValueInfo> BindArguments(FunctionCall call, ExpressionContext context, bool aggregate)
    {
        if (aggregate)
        {
            if (!context.AggregatesAllowed || context.InAggregate)
            {
                var clause = context.InAggregate ? "another aggregate function" : context.Clause;
                Report(DiagnosticMessages.AggregateNotAllowed(call.Name.Name.ToUpperInvariant(), clause, call.Span));
            }

            context.SawAggregate = true;
        }

        var wasInAggregate = context.InAggregate;
        context.InAggregate |= aggregate;
        var arguments = call.Arguments.Select(a => BindExpression(a, context)).ToList();
        context.InAggregate = wasInAggregate;
        return arguments;
    }

    private void CheckArity(FunctionCall call, string name, int min, int max)
    {
        if (call.Arguments.Count < min || call.Arguments.Count > max)
        {
            Report(DiagnosticMessages.WrongArgumentCount(name.ToUpperInvariant(), BuiltinFunctions.DescribeArity(min, max), call.Arguments.Count, call.Span));
        }
    }

    private void CheckArgumentKind(FunctionCall call, string name, int index, ParameterKind kind, ValueInfo argument)
    {
        if (argument.Type == AdqlType.Unknown || Accepts(kind, argument.Type))
        {
            return;
        }

        var expected = kind switch
        {
            ParameterKind.Numeric => "a number",
            ParameterKind.String => "a string",
            ParameterKind.Timestamp => "a timestamp",
            _ => "a geometry",
        };
        Report(DiagnosticMessages.WrongArgumentType(name.ToUpperInvariant(), index + 1, expected, TypeDescription(argument.Type), call.Arguments[index].Span));
    }

    private static bool Accepts(ParameterKind kind, AdqlType type) => kind switch
    {
        ParameterKind.Numeric => type.IsNumeric(),
        ParameterKind.String => type.IsString(),
        ParameterKind.Timestamp => type == AdqlType.Timestamp,
        ParameterKind.Geometry => type.IsGeometry(),
        _ => true,
    };
}
