using Dali;
using FluentValidation;
using Sia.Service.Values;

namespace Sia.Service.Validation;

/// <summary>Runs a validator on one parameter value and turns its first failure into a usage error for that parameter.</summary>
internal static class ValueChecks
{
    public static readonly IValidator<Interval> Ordered = new InlineValidator<Interval>
    {
        v => v.RuleFor(i => i).Must(i => i.Lower <= i.Upper)
            .WithMessage(i => FormattableString.Invariant($"the lower bound {i.Lower} is greater than the upper bound {i.Upper}")),
    };

    public static IValidator<long> Between(long min, long max) => new InlineValidator<long>
    {
        v => v.RuleFor(n => n).InclusiveBetween(min, max)
            .WithMessage(n => FormattableString.Invariant($"{n} is outside {min}..{max}")),
    };

    /// <summary>One of <paramref name="options"/> ignoring case, returned as <paramref name="options"/> spell it.</summary>
    public static string OneOf(string parameter, string value, IReadOnlyList<string> options) =>
        options.FirstOrDefault(o => string.Equals(o, value, StringComparison.OrdinalIgnoreCase))
            ?? throw DaliParameterException.NotOneOf(parameter, value, options);

    public static T Checked<T>(this IValidator<T> validator, string parameter, T value)
    {
        var result = validator.Validate(value);
        return result.IsValid ? value : throw new DaliParameterException(parameter, result.Errors[0].ErrorMessage);
    }
}
