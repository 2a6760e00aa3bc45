namespace Fits;

/// <summary>
/// A CFITSIO call failed: its status code, CFITSIO's text for that code, and the messages CFITSIO
/// had put on its error stack (the most specific explanation, e.g. which keyword was missing).
/// CFITSIO keeps one error stack for the whole process, so when two threads fail at the same moment
/// their messages can mix; the status and its text are always this call's own.
/// </summary>
public sealed class FitsException(string operation, int status, string statusText, IReadOnlyList<string> errorMessages)
    : Exception(Describe(operation, status, statusText, errorMessages))
{
    /// <summary>What was being done, naming the file it was done to.</summary>
    public string Operation { get; } = operation;

    /// <summary>CFITSIO's status code, e.g. 104 (FILE_NOT_OPENED) or 252 (not a FITS file); fitsio.h lists them.</summary>
    public int Status { get; } = status;

    public string StatusText { get; } = statusText;

    public IReadOnlyList<string> ErrorMessages { get; } = errorMessages;

    private static string Describe(string operation, int status, string statusText, IReadOnlyList<string> messages)
    {
        var text = $"{operation} failed: CFITSIO status {status} ({statusText})";
        return messages.Count == 0 ? text : text + ": " + string.Join(" / ", messages);
    }
}
