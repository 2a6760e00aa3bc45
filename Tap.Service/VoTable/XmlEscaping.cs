using System.Buffers;

namespace Tap.Service.VoTable;

/// <summary>
/// Writes text into XML content or attribute values. Characters XML 1.0 cannot carry at all
/// (most C0 controls, U+FFFE, U+FFFF, lone surrogates) become U+FFFD rather than breaking the document.
/// </summary>
internal static class XmlEscaping
{
    private static readonly SearchValues<char> ContentSpecials = SearchValues.Create(Specials(attribute: false));
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create(Specials(attribute: true));

    public static void WriteContent(ByteBuffer buffer, ReadOnlySpan<char> text) => Write(buffer, text, ContentSpecials);

    public static void WriteAttribute(ByteBuffer buffer, ReadOnlySpan<char> text) => Write(buffer, text, AttributeSpecials);

    private static void Write(ByteBuffer buffer, ReadOnlySpan<char> text, SearchValues<char> specials)
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(specials);
            if (next < 0)
            {
                buffer.WriteText(text);
                return;
            }

            buffer.WriteText(text[..next]);
            buffer.Write(Replacement(text[next]));
            text = text[(next + 1)..];
        }
    }

    private static ReadOnlySpan<byte> Replacement(char special) => special switch
    {
        '&' => "&amp;"u8,
        '<' => "&lt;"u8,
        '>' => "&gt;"u8,
        '"' => "&quot;"u8,
        // Written as references so that XML end-of-line and attribute normalisation keep them.
        '\r' => "&#xD;"u8,
        '\n' => "&#xA;"u8,
        '\t' => "&#x9;"u8,
        _ => "\uFFFD"u8,
    };

    private static string Specials(bool attribute)
    {
        var controls = Enumerable.Range(0, 0x20).Select(code => (char)code)
            .Where(c => attribute || c is not ('\n' or '\t'));
        return new string([.. controls, '&', '<', '>', '"', '\uFFFE', '\uFFFF']);
    }
}
