namespace Harness;

/// <summary>A step of the run failed in a way the user can act on; the message says which and why.</summary>
internal sealed class HarnessException(string message) : Exception(message);
