namespace Integration.Tests.Database;

/// <summary>A copy of the schema files that a test may edit without touching the real ones.</summary>
public sealed class TemporarySchemaFolder : IDisposable
{
    public TemporarySchemaFolder()
    {
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.GetFiles(DatabaseFixture.SchemaDirectory, "*.sql"))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "schema-" + Guid.NewGuid().ToString("N"));

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
