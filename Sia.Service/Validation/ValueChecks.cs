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

    public static IValidator<string> OneOf(IReadOnlyCollection<string> allowed) =>
        Accepted(s => allowed.Contains(s, StringComparer.OrdinalIgnoreCase), allowed);

    /// <summary>Values <paramref name="accepts"/> approves; the error lists <paramref name="named"/>.</summary>
    public static IValidator<string> Accepted(Func<string, bool> accepts, IReadOnlyCollection<string> named) => new InlineValidator<string>
    {
        v => v.RuleFor(s => s).Must(accepts)
            .WithMessage(s => $"'{s}' is not one of {string.Join(", ", named)}"),
    };

    public static T Checked<T>(this IValidator<T> validator, string parameter, T value)
    {
        var result = validator.Validate(value);
        return result.IsValid ? value : throw new SiaUsageException(parameter, result.Errors[0].ErrorMessage);
    }
}
