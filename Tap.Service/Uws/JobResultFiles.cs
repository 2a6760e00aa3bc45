using Microsoft.Extensions.Options;

namespace Tap.Service.Uws;

/// <summary>
/// Result files in the configured folder, named after their job ("{jobId}.{resultId}"), so a job's
/// files are found without the database. A file is written under a temporary name and renamed
/// when complete, so a reader never sees half a result.
/// </summary>
internal sealed class JobResultFiles
{
    private const string PartialSuffix = ".partial";

    public JobResultFiles(IOptions<UwsOptions> options, IHostEnvironment environment)
    {
        Folder = Path.GetFullPath(options.Value.ResultsFolder, environment.ContentRootPath);
    }

    public string Folder { get; }

    public static string FileNameOf(string jobId, string resultId) => $"{jobId}.{resultId}";

    public string PathOf(string fileName) => Path.Combine(Folder, fileName);

    /// <summary>Creates the file that becomes <paramref name="fileName"/> once <see cref="Publish"/> is called.</summary>
    public FileStream CreatePartial(string fileName)
    {
        Directory.CreateDirectory(Folder);
        return new FileStream(PathOf(fileName) + PartialSuffix, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
    }

    /// <summary>Gives the finished file its final name; returns its size.</summary>
    public long Publish(string fileName)
    {
        var path = PathOf(fileName);
        File.Move(path + PartialSuffix, path, overwrite: true);
        return new FileInfo(path).Length;
    }

    public void DeletePartial(string fileName) => File.Delete(PathOf(fileName) + PartialSuffix);

    /// <summary>Removes every file of the job, finished or not.</summary>
    public void DeleteAll(string jobId)
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(Folder, jobId + ".*"))
        {
            File.Delete(path);
        }
    }
}
