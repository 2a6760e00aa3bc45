namespace Tap.Service.Database;

/// <summary>The schema could not be brought up to date; the message says which file and why.</summary>
internal sealed class MigrationException(string message, Exception? innerException = null)
    : Exception(message, innerException);
