using System.IO.Pipelines;
using Microsoft.Extensions.Options;
using Soda.Service.Cutouts;
using Soda.Service.Faults;
using Soda.Service.Images;
using Soda.Service.Requests;
using Tap.Service.Images;
using Tap.Service.Observability;
using Tap.Service.Protocol;
using Tap.Service.Security;
using Tap.Service.Uws;
using Tap.Service.Database;

namespace Tap.Service.Soda;

/// <summary>
/// A SODA async job: one result per cut (each ID with each region, band and time), in that order,
/// named cutout-1, cutout-2, ...: the FITS cutout, or a text/plain result starting with SODA's error
/// label when that cut gives nothing (no overlap, unknown ID, embargoed data, too large), so one
/// bad cut does not lose the others. Only a request that cannot be read fails the whole job.
/// </summary>
internal sealed class SodaJobRunner(
    JobResultFiles files, ImageDatasets datasets, ImageCutouts cutouts, IOptions<ImagesOptions> options, IOptions<AccessOptions> access,
    ServiceMetrics metrics, ILogger<SodaJobRunner> logger)
    : IJobRunner
{
    public UwsService Service => UwsService.Soda;

    public async Task<IReadOnlyList<JobResult>> RunAsync(Job job, CancellationToken cancellationToken)
    {
        var request = SodaRequestParser.Parse(DaliParameters.FromValues(job.Parameters), SodaMode.Async);
        var maxCuts = options.Value.MaxCutsPerJob;
        if (request.CutCount > maxCuts)
        {
            throw new DaliUsageException(
                $"The job asks for {request.CutCount:N0} cutouts (IDs x regions x bands x times), more than the limit of {maxCuts:N0} per job: split it.");
        }

        // A job knows no caller yet: it sees released data only.
        var found = await datasets.FindAsync(request.Ids, DatabaseRoles.QueryRoleOf(job.Owner, access.Value), cancellationToken);
        var results = new List<JobResult>();
        foreach (var cut in request.Cuts())
        {
            var resultId = $"cutout-{results.Count + 1}";
            results.Add(await RunCutAsync(job.JobId, resultId, found, cut, cancellationToken));
        }

        return results;
    }

    private async Task<JobResult> RunCutAsync(
        string jobId, string resultId, IReadOnlyDictionary<string, ImageDataset> found, SodaCut cut, CancellationToken cancellationToken)
    {
        try
        {
            var plan = await cutouts.PlanAsync(ImageAccess.Readable(found, cut.Id), cut, cancellationToken);
            if (!plan.Overlaps)
            {
                return await WriteTextAsync(jobId, resultId, SodaErrorLabel.NoOverlap(cut), cancellationToken);
            }

            return await WriteAsync(jobId, resultId, SodaEndpoints.FitsContentType, async stream =>
            {
                var pipe = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
                await cutouts.WriteAsync(plan, pipe, cancellationToken);
                await pipe.CompleteAsync();
            });
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var fault = FaultClassifier.Classify(exception);
            FaultLog.Write(logger, metrics, fault, $"job {jobId} {resultId}");
            return await WriteTextAsync(jobId, resultId, SodaErrorLabel.Body(fault), cancellationToken);
        }
    }

    private Task<JobResult> WriteTextAsync(string jobId, string resultId, string text, CancellationToken cancellationToken) =>
        WriteAsync(jobId, resultId, "text/plain", async stream =>
        {
            await using var writer = new StreamWriter(stream, leaveOpen: true);
            await writer.WriteLineAsync(text.AsMemory(), cancellationToken);
        });

    private async Task<JobResult> WriteAsync(string jobId, string resultId, string mimeType, Func<Stream, Task> write)
    {
        var fileName = JobResultFiles.FileNameOf(jobId, resultId);
        try
        {
            await using (var file = files.CreatePartial(fileName))
            {
                await write(file);
            }

            var size = files.Publish(fileName);
            return new JobResult { JobId = jobId, ResultId = resultId, FileName = fileName, MimeType = mimeType, SizeBytes = size };
        }
        catch
        {
            files.DeletePartial(fileName);
            throw;
        }
    }
}
