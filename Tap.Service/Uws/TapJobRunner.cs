using Microsoft.Extensions.Options;
using Tap.Service.Database;
using Tap.Service.Protocol;
using Tap.Service.Query;
using Tap.Service.Security;
using Tap.Service.VoTable;

namespace Tap.Service.Uws;

/// <summary>A TAP job: the query of its parameters (with its uploaded tables) into one result file.</summary>
/// <remarks>The query runs with the rights of the job's owner, kept with the job, whichever replica runs it.</remarks>
internal sealed class TapJobRunner(JobResultFiles files, JobUploads uploads, IQueryRunner runner, IOptions<AccessOptions> access) : IJobRunner
{
    public UwsService Service => UwsService.Tap;

    public async Task<IReadOnlyList<JobResult>> RunAsync(Job job, CancellationToken cancellationToken)
    {
        var fileName = JobResultFiles.FileNameOf(job.JobId, JobResult.QueryResultId);
        await using var sink = new FileResultSink(files, fileName);
        await using var uploaded = uploads.Open(job.JobId);
        var request = new DaliRequest(DaliParameters.FromValues(job.Parameters), uploaded.Files);
        var outcome = await runner.RunAsync(request, sink, DatabaseRoles.QueryRoleOf(job.Owner, access.Value), cancellationToken);
        if (outcome.Status == QueryStatus.Error)
        {
            throw outcome.Error ?? new DaliFatalException(FaultClassifier.InternalErrorMessage);
        }

        var format = sink.Format ?? throw new InvalidOperationException("The query runner completed without opening its output.");
        var size = await sink.PublishAsync();
        return
        [
            new JobResult
            {
                JobId = job.JobId,
                ResultId = JobResult.QueryResultId,
                FileName = fileName,
                MimeType = format.MimeType,
                SizeBytes = size,
            },
        ];
    }
}
