using Fits.Native;

namespace Fits;

/// <summary>
/// One FITS file opened through CFITSIO: reading (also tile-compressed RICE/GZIP files as fpack
/// writes them, whose HDUs CFITSIO presents as images) or writing a new file. HDUs are numbered
/// from 1, the primary. An instance belongs to one thread at a time; concurrent readers each open
/// their own (read-only opens of the same file share nothing in CFITSIO).
/// </summary>
public sealed partial class FitsFile : IDisposable
{
    private readonly FitsFileHandle _handle;
    private readonly bool _writing;
    private bool _writeFailed;

    private FitsFile(FitsFileHandle handle, string name, bool writing)
    {
        _handle = handle;
        Name = name;
        _writing = writing;
    }

    /// <summary>The path (or, for a file in memory, a description) that error messages name.</summary>
    public string Name { get; }

    /// <summary>
    /// Opens an existing file read-only at its primary HDU. The path is a plain path: CFITSIO's
    /// extended file name syntax (<c>file.fits[1]</c>) is not interpreted.
    /// </summary>
    public static FitsFile Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var status = 0;
        Cfitsio.ffdkopn(out var handle, path, Cfitsio.ReadOnly, ref status);
        return Opened(handle, status, $"opening '{path}'", path, writing: false);
    }

    public int HduCount
    {
        get
        {
            var status = 0;
            Cfitsio.ffthdu(_handle, out var count, ref status);
            CfitsioStatus.Check(status, $"counting the HDUs of '{Name}'");
            return count;
        }
    }

    public int CurrentHdu
    {
        get
        {
            Cfitsio.ffghdn(_handle, out var number);
            return number;
        }
    }

    /// <summary>Moves to HDU <paramref name="number"/> (1 is the primary).</summary>
    public void MoveToHdu(int number)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "HDUs are numbered from 1, the primary.");
        }
        var status = 0;
        Cfitsio.ffmahd(_handle, number, out _, ref status);
        CfitsioStatus.Check(status, $"moving to HDU {number} of '{Name}'");
    }

    /// <summary>
    /// Moves to the first HDU holding a 2-D image — the science pixels of Rubin's files: IMAGE of
    /// a calexp, the primary array of a raw, the compressed image after fpack's empty primary —
    /// and returns it; null (staying where it was) when the file has none.
    /// </summary>
    public FitsImageInfo? MoveToFirstImage()
    {
        var start = CurrentHdu;
        var count = HduCount;
        for (var hdu = 1; hdu <= count; hdu++)
        {
            MoveToHdu(hdu);
            if (Image is { Axes.Count: 2 } image)
            {
                return image;
            }
        }
        MoveToHdu(start);
        return null;
    }

    public FitsHduType HduType
    {
        get
        {
            var status = 0;
            Cfitsio.ffghdt(_handle, out var type, ref status);
            CfitsioStatus.Check(status, Describe("reading the type of"));
            return type switch
            {
                Cfitsio.ImageHdu => FitsHduType.Image,
                Cfitsio.AsciiTable => FitsHduType.AsciiTable,
                _ => FitsHduType.BinaryTable,
            };
        }
    }

    /// <summary>Whether the current HDU is a tile-compressed image (stored as a binary table).</summary>
    public bool IsCompressedImage
    {
        get
        {
            var status = 0;
            var compressed = Cfitsio.fits_is_compressed_image(_handle, ref status);
            CfitsioStatus.Check(status, Describe("checking the compression of"));
            return compressed != 0;
        }
    }

    /// <summary>EXTNAME of the current HDU, or null when it has none.</summary>
    public string? ExtensionName => ReadHeader().GetString("EXTNAME");

    /// <summary>The current HDU's image, or null when it is a table or holds no pixels (NAXIS = 0).</summary>
    public unsafe FitsImageInfo? Image
    {
        get
        {
            if (HduType != FitsHduType.Image)
            {
                return null;
            }
            var status = 0;
            Cfitsio.ffgidt(_handle, out var bitpix, ref status);
            Cfitsio.ffgiet(_handle, out var equivalentType, ref status);
            Cfitsio.ffgidm(_handle, out var naxis, ref status);
            CfitsioStatus.Check(status, Describe("reading the image parameters of"));
            if (naxis == 0)
            {
                return null;
            }
            var axes = new long[naxis];
            fixed (long* axesPointer = axes)
            {
                Cfitsio.ffgiszll(_handle, naxis, axesPointer, ref status);
            }
            CfitsioStatus.Check(status, Describe("reading the image size of"));
            return new FitsImageInfo(bitpix, PixelTypes.FromEquivalentImageType(equivalentType), axes);
        }
    }

    /// <summary>
    /// Every card of the current header in order; for a tile-compressed image, the header of the
    /// image it stores (BITPIX, NAXISn and the original keywords, not the table's).
    /// </summary>
    public FitsHeader ReadHeader() => new(ReadHeaderRecords().Select(record => record.ToCard()));

    /// <summary>
    /// The pixels of <paramref name="box"/> in the current 2-D image, row after row (x fastest),
    /// scaled by BSCALE/BZERO and converted to <typeparamref name="T"/> (byte, short, ushort, int,
    /// uint, long, float or double) by CFITSIO. Only the section is read, never the whole image.
    /// With <paramref name="step"/> &gt; 1, every step-th pixel on each axis from the box's corner.
    /// </summary>
    public unsafe T[] ReadPixels<T>(PixelBox box, int step = 1)
        where T : unmanaged
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        RequireInside(box);
        var pixels = new T[SampledLength(box.Width, step) * SampledLength(box.Height, step)];
        fixed (T* destination = pixels)
        {
            ReadSection(PixelTypes.Datatype<T>(), box, step, destination);
        }
        return pixels;
    }

    /// <summary>
    /// Closes the file. A file being written is flushed (a failure throws), or deleted when a write
    /// failed half-way or nothing was written (a file without HDUs is not FITS).
    /// </summary>
    public void Dispose()
    {
        if (_writing && (_writeFailed || _hdusWritten == 0))
        {
            _handle.CloseAndDelete();
            return;
        }
        var status = _handle.CloseReportingStatus();
        if (_writing)
        {
            CfitsioStatus.Check(status, $"closing '{Name}'");
        }
    }

    internal List<HeaderRecord> ReadHeaderRecords() => HeaderIo.Read(_handle, Describe("reading the header of"));

    /// <summary>Throws when <paramref name="box"/> is not wholly inside the current 2-D image.</summary>
    internal FitsImageInfo RequireInside(PixelBox box)
    {
        var image = Image ?? throw new ArgumentException($"HDU {CurrentHdu} of '{Name}' holds no image.", nameof(box));
        if (image.Axes.Count != 2)
        {
            throw new ArgumentException(
                $"HDU {CurrentHdu} of '{Name}' is a {image.Axes.Count}-D image; sections are read from 2-D images only.", nameof(box));
        }
        if (box.XMin < 1 || box.YMin < 1 || box.XMax > image.Width || box.YMax > image.Height || box.Width < 1 || box.Height < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(box), box, $"The pixel box {box} is not inside the {image.Width}x{image.Height} image of HDU {CurrentHdu} of '{Name}'.");
        }
        return image;
    }

    /// <summary>Whether CFITSIO reads the file as it is on disk (not a gzipped file it unpacked into memory), so byte offsets in it are offsets in the file.</summary>
    internal unsafe bool IsPlainDiskFile
    {
        get
        {
            const int Capacity = 32;
            var status = 0;
            var type = stackalloc byte[Capacity];
            Cfitsio.ffurlt(_handle, type, ref status);
            CfitsioStatus.Check(status, $"reading the driver of '{Name}'");
            return CfitsioStatus.CString(type, Capacity) == "file://";
        }
    }

    /// <summary>Where the current HDU's data unit starts in the file.</summary>
    internal long DataStart
    {
        get
        {
            var status = 0;
            Cfitsio.ffghadll(_handle, out _, out var dataStart, out _, ref status);
            CfitsioStatus.Check(status, Describe("locating the data of"));
            return dataStart;
        }
    }

    /// <summary>Makes reads and writes of the current HDU see stored values, unscaled, so a copy keeps them bit for bit.</summary>
    internal void UseStoredValues()
    {
        var status = 0;
        Cfitsio.ffpscl(_handle, 1.0, 0.0, ref status);
        CfitsioStatus.Check(status, Describe("switching off the scaling of"));
    }

    internal unsafe void ReadSection(int datatype, PixelBox box, int step, void* destination)
    {
        var status = 0;
        var first = stackalloc long[] { box.XMin, box.YMin };
        var last = stackalloc long[] { box.XMax, box.YMax };
        var increment = stackalloc long[] { step, step };
        Cfitsio.ffgsv(_handle, datatype, first, last, increment, null, destination, out _, ref status);
        CfitsioStatus.Check(status, Describe($"reading pixels {box} of"));
    }

    private static long SampledLength(long length, int step) => (length + step - 1) / step;

    private static FitsFile Opened(FitsFileHandle handle, int status, string operation, string name, bool writing)
    {
        if (status != 0)
        {
            handle.Dispose();
            throw CfitsioStatus.Failure(status, operation);
        }
        return new FitsFile(handle, name, writing);
    }

    private string Describe(string action) => $"{action} HDU {CurrentHdu} of '{Name}'";
}
