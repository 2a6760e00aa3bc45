using Adql.Semantics;

namespace Adql;

/// <summary>How to compile a query.</summary>
/// <param name="UserFunctions">The user-defined functions on offer; build once at start-up (e.g. <see cref="StandardUserFunctions.Create"/>).</param>
/// <param name="MaxRows">
/// At most this many rows from the outermost query: LIMIT min(TOP, MaxRows). The TAP service passes
/// MAXREC + 1, so the extra row tells it the result overflowed. Null for no cap.
/// </param>
public sealed record CompileOptions(IReadOnlyList<UserFunction> UserFunctions, long? MaxRows = null);
