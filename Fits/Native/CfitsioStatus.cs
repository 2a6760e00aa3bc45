using System.Text;

namespace Fits.Native;

/// <summary>Turns CFITSIO's status codes into <see cref="FitsException"/>s.</summary>
internal static unsafe class CfitsioStatus
{
    private const int StatusTextLength = 31;
    private const int MessageLength = 81;

    /// <summary>Throws when <paramref name="status"/> is not zero; <paramref name="operation"/> says what failed, on which file.</summary>
    public static void Check(int status, string operation)
    {
        if (status != 0)
        {
            throw Failure(status, operation);
        }
    }

    public static FitsException Failure(int status, string operation)
    {
        var text = stackalloc byte[StatusTextLength];
        Cfitsio.ffgerr(status, text);
        return new FitsException(operation, status, CString(text, StatusTextLength), DrainMessages());
    }

    /// <summary>Empties CFITSIO's error stack, oldest message first.</summary>
    private static List<string> DrainMessages()
    {
        var messages = new List<string>();
        var message = stackalloc byte[MessageLength];
        while (Cfitsio.ffgmsg(message) != 0)
        {
            messages.Add(CString(message, MessageLength));
        }
        return messages;
    }

    /// <summary>A NUL-terminated C string from a buffer of <paramref name="capacity"/> bytes, without trailing blanks.</summary>
    public static string CString(byte* text, int capacity)
    {
        var length = new ReadOnlySpan<byte>(text, capacity).IndexOf((byte)0);
        return Encoding.Latin1.GetString(text, length < 0 ? capacity : length).TrimEnd();
    }
}
