using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Reporting;

namespace NordicChina.Sim.Cli.Explore;

/// <summary>
/// The explorer's window view and its downloads, mapped by <see cref="ExplorerServer"/>: a run's window over the
/// replications finished so far (<see cref="WindowLive"/>), what moves the window (<see cref="WindowDrivers"/>), the
/// results folder as a zip (the files <c>nordicsim run</c> writes) and the HTML report (the Reporting project's
/// <see cref="HtmlReport"/>, as <c>nordicsim report</c> makes it).
/// </summary>
public static class ExplorerWindow
{
    private static readonly Lazy<object> Drivers = new(() => WindowDrivers.Of(WindowDrivers.Embedded()));

    public static void Map(WebApplication app, Func<string, ExplorerJob?> jobs)
    {
        app.MapGet("/window.js", () => ExplorerServer.Asset("window.js", "text/javascript; charset=utf-8"));
        app.MapGet("/api/window/drivers", () => Results.Json(Drivers.Value));

        app.MapGet("/api/runs/{id}/window", (string id) =>
        {
            if (jobs(id) is not { } job) return Results.NotFound();
            if (job.Kind != "run") return Results.Json(new { errors = new[] { "the window view shows a run, not a comparison" } }, statusCode: 400);
            var scenario = job.Scenario;
            var w = job.Window?.Latest;
            double threshold = scenario?.Parameters["window.threshold"] ?? ParameterCatalogue.Find("window.threshold")!.Default;
            return Results.Json(new
            {
                id,
                state = job.State,
                scenario = scenario?.Name,
                startYear = scenario?.StartYear,
                endYear = scenario?.EndYear,
                replications = scenario?.Replications,
                replicationsDone = w?.Replications ?? 0,
                threshold,
                sectors = w?.Sectors,
                closing = w?.Closing,
            });
        });

        // The results folder as a zip: every file nordicsim run wrote there, byte for byte.
        app.MapGet("/api/runs/{id}/results.zip", (string id) =>
        {
            if (Finished(jobs(id)) is not { } dir) return Results.NotFound();
            var zip = new FileStream(Path.Combine(Path.GetTempPath(), $"nordicsim-explore-{Guid.NewGuid():N}.zip"), FileMode.CreateNew, FileAccess.ReadWrite,
                FileShare.None, 81920, FileOptions.DeleteOnClose);
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    archive.CreateEntryFromFile(file, Path.GetRelativePath(dir, file).Replace('\\', '/'), CompressionLevel.Fastest);
            zip.Position = 0;
            return Results.Stream(zip, "application/zip", $"{Path.GetFileName(dir)}.zip");
        });

        // The HTML report of the results, made by the report code of nordicsim report (the folder is left as it is).
        app.MapGet("/api/runs/{id}/report.html", (string id) =>
        {
            if (Finished(jobs(id)) is not { } dir) return Results.NotFound();
            string html;
            try { html = HtmlReport.Render(dir, strict: true); }
            catch (InvalidDataException ex) { return Results.Json(new { errors = new[] { ex.Message } }, statusCode: 500); }
            return Results.File(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", $"{Path.GetFileName(dir)}-report.html");
        });
    }

    private static string? Finished(ExplorerJob? job) =>
        job is { State: "done", OutDir: { } dir } && Directory.Exists(dir) ? dir : null;
}
