namespace Sia.Service.Parameters;

/// <summary>How a parameter's value is typed in a VOTable PARAM (DALI datatype, arraysize and xtype).</summary>
public sealed record SiaValueType(string Datatype, string? ArraySize, string? XType)
{
    public static readonly SiaValueType Interval = new("double", "2", "interval");
    public static readonly SiaValueType Shape = new("char", "*", "shape");
    public static readonly SiaValueType Text = new("char", "*", null);
    public static readonly SiaValueType Integer = new("long", null, null);
    public static readonly SiaValueType Int = new("int", null, null);
}
