using System.Security.Cryptography;

namespace Tap.Service.Database;

/// <summary>One versioned schema file; its SHA-256 is recorded when applied, so later edits are detected.</summary>
internal sealed record MigrationScript(string FileName, string Sql, string Sha256)
{
    /// <summary>Every *.sql file of the folder, in the order they must be applied: by file name.</summary>
    public static IReadOnlyList<MigrationScript> LoadAll(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new MigrationException($"schema folder {directory} does not exist");
        }

        return Directory.GetFiles(directory, "*.sql")
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .Select(Load)
            .ToList();
    }

    private static MigrationScript Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        // Hashed as bytes, so any edit counts; read as text the way an editor would, ignoring a BOM.
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        var sql = reader.ReadToEnd();
        return new MigrationScript(Path.GetFileName(path), sql, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
