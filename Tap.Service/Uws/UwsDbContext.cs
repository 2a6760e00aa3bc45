using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Tap.Service.Uws;

/// <summary>
/// Maps <see cref="Job"/> and <see cref="JobResult"/> onto the tables schema/0006_uws.sql creates (and
/// later schema files change); the schema files are the one source of the DDL (no EF migrations).
/// </summary>
internal sealed class UwsDbContext(DbContextOptions<UwsDbContext> options) : DbContext(options)
{
    public DbSet<Job> Jobs => Set<Job>();

    public DbSet<JobResult> Results => Set<JobResult>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("uws");
        modelBuilder.Entity<Job>(job =>
        {
            job.ToTable("job");
            job.HasKey(j => j.JobId);
            job.Property(j => j.JobId).HasColumnName("job_id");
            job.Property(j => j.RunId).HasColumnName("run_id");
            job.Property(j => j.OwnerId).HasColumnName("owner_id");
            job.Property(j => j.OwnerGroups).HasColumnName("owner_groups");
            job.Ignore(j => j.Owner);
            job.Property(j => j.Service).HasColumnName("service")
                .HasConversion(service => JobScope.NameOf(service), name => Enum.Parse<UwsService>(name, true));
            job.Property(j => j.Phase).HasColumnName("phase")
                .HasConversion(phase => phase.ToUwsName(), name => Enum.Parse<ExecutionPhase>(name, true));
            job.Property(j => j.CreationTime).HasColumnName("creation_time");
            job.Property(j => j.StartTime).HasColumnName("start_time");
            job.Property(j => j.EndTime).HasColumnName("end_time");
            job.Property(j => j.ExecutionDuration).HasColumnName("execution_duration");
            job.Property(j => j.DestructionTime).HasColumnName("destruction_time");
            job.Property(j => j.Quote).HasColumnName("quote");
            job.Property(j => j.Parameters).HasColumnName("parameters").HasColumnType("jsonb")
                .HasConversion(
                    parameters => JsonSerializer.Serialize(parameters, JsonSerializerOptions.Default),
                    json => JsonSerializer.Deserialize<Dictionary<string, string[]>>(json, JsonSerializerOptions.Default)!,
                    // Compared by content, with a copy as the snapshot, so EF writes them only when a pending job's parameters change.
                    new ValueComparer<Dictionary<string, string[]>>(
                        (left, right) => JsonSerializer.Serialize(left, JsonSerializerOptions.Default)
                            == JsonSerializer.Serialize(right, JsonSerializerOptions.Default),
                        parameters => JsonSerializer.Serialize(parameters, JsonSerializerOptions.Default).GetHashCode(StringComparison.Ordinal),
                        parameters => new Dictionary<string, string[]>(parameters, parameters.Comparer)));
            job.Property(j => j.ErrorType).HasColumnName("error_type")
                .HasConversion(new ValueConverter<JobErrorType, string>(
                    type => type.ToString().ToLowerInvariant(), name => Enum.Parse<JobErrorType>(name, true)));
            job.Property(j => j.ErrorMessage).HasColumnName("error_message");
            job.Property(j => j.RowVersion).HasColumnName("row_version").IsConcurrencyToken();
            job.Property(j => j.ExecutingInstance).HasColumnName("executing_instance");
            job.Property(j => j.LeaseExpires).HasColumnName("lease_expires");
            job.HasMany(j => j.Results).WithOne().HasForeignKey(r => r.JobId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<JobResult>(result =>
        {
            result.ToTable("result");
            result.HasKey(r => new { r.JobId, r.ResultId });
            result.Property(r => r.JobId).HasColumnName("job_id");
            result.Property(r => r.ResultId).HasColumnName("result_id");
            result.Property(r => r.FileName).HasColumnName("file_name");
            result.Property(r => r.MimeType).HasColumnName("mime_type");
            result.Property(r => r.SizeBytes).HasColumnName("size_bytes");
        });
    }
}
