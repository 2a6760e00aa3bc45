namespace Adql.Translation;

/// <summary>
/// PostgreSQL's operator precedence, lowest first. The translator's one parenthesisation rule: an
/// operand is wrapped in parentheses when what it produced binds less tightly than its place requires.
/// </summary>
internal enum Precedence
{
    /// <summary>A place that needs no parentheses: a function argument, a list item, a whole clause.</summary>
    Lowest,
    Or,
    And,
    Not,
    Is,
    Comparison,

    /// <summary>BETWEEN, IN, LIKE, ILIKE.</summary>
    Like,

    /// <summary>Every other operator: ||, bitwise operators, pg_sphere's &lt;@, &amp;&amp;, &lt;-&gt;.</summary>
    Other,
    Additive,
    Multiplicative,
    Unary,
    Primary,
}
