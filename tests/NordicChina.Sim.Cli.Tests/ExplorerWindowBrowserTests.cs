using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>
/// The explorer's window view in a real browser (Debian's Chromium through Playwright): after a small run it shows
/// the threshold, the closing-year table of window.csv and what moves the window, and offers the results and the
/// report for download. With NORDICSIM_SCREENSHOTS set, it saves the view at 1280 px (docs/explorer/make-screenshots.sh).
/// </summary>
public sealed class ExplorerWindowBrowserTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-explore-window-browser-");

    public void Dispose() => _dir.Delete(true);

    [ChromiumFact]
    public async Task After_a_small_run_the_window_view_shows_the_threshold_the_closing_years_and_the_downloads()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName);
        ExplorerWindowTests.AddWindowScenario(explorer.Library);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Chromium, Headless = true });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(explorer.Url + "?scenario=window.yaml&replications=4");
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.WaitForSelectorAsync("#window-view[data-ready=true]");
        // Before a run: the catalogue's threshold, and the ranking from the committed screening.
        Assert.Equal("0.05", await page.InnerTextAsync("#window-threshold"));
        Assert.Contains("docs/sensitivity.md", await page.InnerTextAsync("#window-drivers"));
        Assert.Equal("catchup.rate.*.*", await page.InnerTextAsync("#window-drivers table:first-of-type tbody tr:first-child th"));
        Assert.Equal("true", await page.GetAttributeAsync("#download-zip", "aria-disabled"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("#window-status[data-state=done]");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#window-closing tbody tr').length === 3 && /across 4 replication/.test(document.getElementById('window-closing-title').textContent)");
        // The run's threshold, in the text, the gap chart's line and its table.
        Assert.Equal(ExplorerWindowTests.Threshold, await page.InnerTextAsync("#window-threshold"));
        Assert.Equal(1, await page.Locator("#window-gap svg line.threshold").CountAsync());
        Assert.Equal(ExplorerWindowTests.Threshold, await page.InnerTextAsync("#window-gap tbody tr:first-child td:nth-child(4)"));
        // The closing-year table of the heavy-industry window is window.csv's.
        string results = (await explorer.StatusAsync(Regex.Match(await page.InnerTextAsync("#keep-status"), @"run (\S+):").Groups[1].Value)).GetProperty("results").GetString()!;
        var heavy = File.ReadAllLines(Path.Combine(results, "window.csv")).Skip(1).Select(l => l.Split(',')).Where(f => f[0] == "heavy").ToList();
        var shown = await page.Locator("#window-closing tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(r => [...r.children].map(c => c.textContent))");
        Assert.Equal(heavy.Select(f => f[1]), shown.Select(r => r[0]));
        Assert.Equal(heavy.Select(f => f[3]), shown.Select(r => r[2]));
        Assert.Equal(heavy.Select(f => f[5]), shown.Select(r => r[4]));
        Assert.Equal(heavy.Count + 1, await page.Locator("#window-closing svg rect.bar").CountAsync());
        Assert.Equal(3, await page.Locator("#window-capability tbody tr").CountAsync());
        if (Environment.GetEnvironmentVariable("NORDICSIM_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.Locator("#window-view").ScreenshotAsync(new() { Path = Path.Combine(folder, "explore-window.png") });
        }

        // Another sector with the keyboard: its tables follow.
        await page.GetByLabel("Sector shown").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.WaitForFunctionAsync("() => document.getElementById('window-closing-title').textContent.includes('Manufacturing')");

        // Keep and share: the zip's metrics.csv and the report.
        var zip = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Download the results folder (zip)").ClickAsync());
        Assert.EndsWith(".zip", zip.SuggestedFilename);
        string zipPath = Path.Combine(_dir.FullName, "results.zip");
        await zip.SaveAsAsync(zipPath);
        using (var archive = System.IO.Compression.ZipFile.OpenRead(zipPath))
        {
            using var s = archive.GetEntry("metrics.csv")!.Open();
            using var ms = new MemoryStream();
            await s.CopyToAsync(ms);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(results, "metrics.csv")), ms.ToArray());
        }
        var report = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Download the HTML report").ClickAsync());
        Assert.EndsWith("-report.html", report.SuggestedFilename);
        string reportPath = Path.Combine(_dir.FullName, "report.html");
        await report.SaveAsAsync(reportPath);
        Assert.Contains("The window of opportunity in heavy industry", await File.ReadAllTextAsync(reportPath));
    }
}
