namespace Fits.Wcs;

/// <summary>
/// One polynomial of the SIP convention (Shupe et al. 2005): Σ c(p, q) u^p v^q over p + q ≤ order,
/// as the header's X_p_q cards give it (absent coefficients are zero).
/// </summary>
internal sealed class SipPolynomial
{
    // Row p holds c(p, 0..order−p); the cells with p + q > order stay zero and are never read.
    private readonly double[,] _coefficients;

    public SipPolynomial(int order, double[,] coefficients)
    {
        if (coefficients.GetLength(0) != order + 1 || coefficients.GetLength(1) != order + 1)
        {
            throw new ArgumentException($"A polynomial of order {order} needs ({order + 1})² coefficients.", nameof(coefficients));
        }

        Order = order;
        _coefficients = coefficients;
    }

    public int Order { get; }

    public double Coefficient(int p, int q) => _coefficients[p, q];

    public double Evaluate(double u, double v) => Evaluate(u, v, out _, out _);

    /// <summary>The value and its partial derivatives, by Horner's scheme in v within Horner's scheme in u.</summary>
    public double Evaluate(double u, double v, out double derivativeU, out double derivativeV)
    {
        var value = 0.0;
        derivativeU = 0.0;
        derivativeV = 0.0;
        for (var p = Order; p >= 0; p--)
        {
            var row = 0.0;
            var rowDerivativeV = 0.0;
            for (var q = Order - p; q >= 0; q--)
            {
                rowDerivativeV = rowDerivativeV * v + row;
                row = row * v + _coefficients[p, q];
            }

            derivativeU = derivativeU * u + value;
            value = value * u + row;
            derivativeV = derivativeV * u + rowDerivativeV;
        }

        return value;
    }
}
