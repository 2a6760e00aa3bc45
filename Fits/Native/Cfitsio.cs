using System.Runtime.InteropServices;

namespace Fits.Native;

/// <summary>
/// The CFITSIO entry points this library calls. Most documented <c>fits_*</c> names are C macros;
/// these are the exported <c>ff*</c> symbols behind them (checked with <c>nm -D</c>). Every call
/// takes the CFITSIO status by reference and does nothing if it is already non-zero.
/// </summary>
internal static unsafe partial class Cfitsio
{
    /// <summary>The one place that names the shared library (Debian's libcfitsio10 package).</summary>
    internal const string Library = "libcfitsio.so.10";

    internal const int ReadOnly = 0;
    internal const int ImageHdu = 0;
    internal const int AsciiTable = 1;
    internal const int BinaryTable = 2;

    // fits_open_diskfile / fits_create_diskfile: the path is taken literally, never as CFITSIO's
    // extended file name syntax ("file.fits[1][1:10,1:10]", "mem://", "!file"), so a stored
    // file name can select nothing but itself.
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ffdkopn(out FitsFileHandle fptr, string name, int mode, ref int status);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ffdkinit(out FitsFileHandle fptr, string name, ref int status);

    /// <summary>fits_create_memfile: a new file in a buffer that CFITSIO grows with <paramref name="realloc"/>.</summary>
    [LibraryImport(Library)]
    internal static partial int ffimem(
        out FitsFileHandle fptr, void** buffer, nuint* bufferSize, nuint deltaSize,
        delegate* unmanaged<void*, nuint, void*> realloc, ref int status);

    [LibraryImport(Library)]
    internal static partial int ffclos(IntPtr fptr, ref int status);

    /// <summary>fits_delete_file: closes and deletes a file being written.</summary>
    [LibraryImport(Library)]
    internal static partial int ffdelt(IntPtr fptr, ref int status);

    [LibraryImport(Library)]
    internal static partial void ffgerr(int status, byte* text);

    /// <summary>Pops the oldest message of CFITSIO's error stack; 0 when it is empty.</summary>
    [LibraryImport(Library)]
    internal static partial int ffgmsg(byte* message);

    [LibraryImport(Library)]
    internal static partial float ffvers(out float version);

    [LibraryImport(Library)]
    internal static partial int fits_is_reentrant();

    [LibraryImport(Library)]
    internal static partial int ffthdu(FitsFileHandle fptr, out int hduCount, ref int status);

    [LibraryImport(Library)]
    internal static partial int ffmahd(FitsFileHandle fptr, int hdu, out int hduType, ref int status);

    [LibraryImport(Library)]
    internal static partial int ffghdn(FitsFileHandle fptr, out int hdu);

    [LibraryImport(Library)]
    internal static partial int ffghdt(FitsFileHandle fptr, out int hduType, ref int status);

    [LibraryImport(Library)]
    internal static partial int fits_is_compressed_image(FitsFileHandle fptr, ref int status);

    /// <summary>fits_get_img_type: BITPIX, or ZBITPIX for a tile-compressed image.</summary>
    [LibraryImport(Library)]
    internal static partial int ffgidt(FitsFileHandle fptr, out int bitpix, ref int status);

    /// <summary>fits_get_img_equivtype: the type that holds the values after BSCALE/BZERO.</summary>
    [LibraryImport(Library)]
    internal static partial int ffgiet(FitsFileHandle fptr, out int imageType, ref int status);

    [LibraryImport(Library)]
    internal static partial int ffgidm(FitsFileHandle fptr, out int naxis, ref int status);

    [LibraryImport(Library)]
    internal static partial int ffgiszll(FitsFileHandle fptr, int maxAxes, long* axes, ref int status);

    /// <summary>
    /// fits_convert_hdr2str: every card of the header as 80-character records ending with END;
    /// for a tile-compressed image, the header of the image it stores. Free with fffree.
    /// </summary>
    [LibraryImport(Library)]
    internal static partial int ffcnvthdr2str(
        FitsFileHandle fptr, int excludeCommentary, byte** excluded, int excludedCount,
        out byte* header, out int cardCount, ref int status);

    [LibraryImport(Library)]
    internal static partial int fffree(void* memory, ref int status);

    /// <summary>fits_get_keyclass: TYP_STRUC_KEY, TYP_CMPRS_KEY, ... of a card.</summary>
    [LibraryImport(Library)]
    internal static partial int ffgkcl(byte* card);

    [LibraryImport(Library)]
    internal static partial int ffgknm(byte* card, byte* name, out int length, ref int status);

    /// <summary>fits_parse_value: the value (strings with their quotes) and comment of a card.</summary>
    [LibraryImport(Library)]
    internal static partial int ffpsvc(byte* card, byte* value, byte* comment, ref int status);

    /// <summary>fits_make_key: a card from a keyword, a value text and a comment.</summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ffmkky(string keyword, string value, string? comment, byte* card, ref int status);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ffprec(FitsFileHandle fptr, string card, ref int status);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ffpcom(FitsFileHandle fptr, string comment, ref int status);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ffphis(FitsFileHandle fptr, string history, ref int status);

    /// <summary>fits_write_key_longwarn: LONGSTRN and its comments, declaring CONTINUE'd long strings (nothing if present).</summary>
    [LibraryImport(Library)]
    internal static partial int ffplsw(FitsFileHandle fptr, ref int status);

    /// <summary>fits_create_img: a new primary array (in an empty file) or IMAGE extension.</summary>
    [LibraryImport(Library)]
    internal static partial int ffcrimll(FitsFileHandle fptr, int bitpix, int naxis, long* axes, ref int status);

    /// <summary>fits_set_bscale: the scaling applied to pixel values, overriding BSCALE/BZERO.</summary>
    [LibraryImport(Library)]
    internal static partial int ffpscl(FitsFileHandle fptr, double scale, double zero, ref int status);

    /// <summary>fits_read_subset: the pixels of a section with a sampling increment; null nulval means no null checks.</summary>
    [LibraryImport(Library)]
    internal static partial int ffgsv(
        FitsFileHandle fptr, int datatype, long* firstPixel, long* lastPixel, long* increment,
        void* nullValue, void* array, out int anyNull, ref int status);

    /// <summary>fits_write_pix: consecutive pixels from <paramref name="firstPixel"/> on.</summary>
    [LibraryImport(Library)]
    internal static partial int ffppxll(FitsFileHandle fptr, int datatype, long* firstPixel, long count, void* array, ref int status);

    /// <summary>fits_write_chksum: DATASUM and CHECKSUM of the current HDU.</summary>
    [LibraryImport(Library)]
    internal static partial int ffpcks(FitsFileHandle fptr, ref int status);

    /// <summary>fits_encode_chksum: the 16-character ASCII form of a checksum (of its complement when <paramref name="complement"/> is 1).</summary>
    [LibraryImport(Library)]
    internal static partial void ffesum(nuint sum, int complement, byte* ascii);

    /// <summary>fits_url_type: the driver that reads the file ("file://" for a plain disk file, "compress://" for one CFITSIO unzipped into memory).</summary>
    [LibraryImport(Library)]
    internal static partial int ffurlt(FitsFileHandle fptr, byte* urlType, ref int status);

    /// <summary>fits_get_hduaddrll: byte offsets of the current HDU's header, data and end.</summary>
    [LibraryImport(Library)]
    internal static partial int ffghadll(FitsFileHandle fptr, out long headerStart, out long dataStart, out long dataEnd, ref int status);
}
