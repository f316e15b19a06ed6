using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>
/// nordicsim explore in a real browser: Debian's Chromium, headless, driven by Playwright. With NORDICSIM_SCREENSHOTS
/// set to a folder, the test also saves the page at 1280 px there (docs/explorer/make-screenshots.sh).
/// </summary>
public sealed class ExplorerBrowserTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-explore-browser-");

    public void Dispose() => _dir.Delete(true);

    private static async Task Shot(IPage page, string name, bool fullPage = true)
    {
        if (Environment.GetEnvironmentVariable("NORDICSIM_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = fullPage });
    }

    [ChromiumFact]
    public async Task Keyboard_edit_live_run_compare_download_and_a_validation_message()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Chromium, Headless = true });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(explorer.Url + "?scenario=small.yaml");
        await page.WaitForSelectorAsync("body[data-ready=true]");
        Assert.Equal("small.yaml", await page.InputValueAsync("#scenario"));
        Assert.Equal("1", await page.InputValueAsync("#going_out"));

        // Going Out with the keyboard: focus the slider by its label's control, five steps of 0.1 up.
        await page.GetByLabel("Going Out intensity slider").FocusAsync();
        for (int i = 0; i < 5; i++) await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("1.5", await page.InputValueAsync("#going_out"));
        await page.GetByLabel("Replications", new() { Exact = true }).FillAsync("4");
        await page.WaitForURLAsync(new Regex("going_out=1.5.*replications=4"));

        // Run: the table beside the first chart shows fewer than 4 replications while the run is still going.
        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("() => { const n = document.querySelector('#charts .chart tbody tr td:last-child'); "
            + "return n && document.getElementById('status').dataset.state === 'running' && +n.textContent >= 1 && +n.textContent < 4; }", null, new() { PollingInterval = 20 });
        await page.WaitForSelectorAsync("#status[data-state=done]");
        Assert.Equal("4", await page.InnerTextAsync("#charts .chart tbody tr:last-child td:last-child"));
        Assert.True(await page.Locator("#charts svg polyline").CountAsync() >= 5);
        // The headline panel: one row per chart, at the last year, the value of the chart's last row, over the 4 replications.
        Assert.Equal(await page.Locator("#charts .chart").CountAsync(), await page.Locator("#headlines tbody tr").CountAsync());
        Assert.Equal(await page.InnerTextAsync("#charts .chart tbody tr:last-child td:nth-child(2)"), await page.InnerTextAsync("#headlines tbody tr:first-child td:nth-child(3)"));
        Assert.Equal("4", await page.InnerTextAsync("#headlines tbody tr:first-child td:last-child"));
        string results = Regex.Match(await page.InnerTextAsync("#status"), @"Results in (.+)\.$").Groups[1].Value;
        await Shot(page, "explore-run.png");

        // The downloaded YAML, run by nordicsim run, writes the metrics.csv behind the page byte for byte.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Download scenario YAML").ClickAsync());
        Assert.Equal("small-explore.yaml", download.SuggestedFilename);
        string yaml = Path.Combine(_dir.FullName, "small-explore.yaml");
        await download.SaveAsAsync(yaml);
        var run = await Nordicsim.RunAsync(_dir.FullName, "run", yaml, "--out", "cli", "--quiet");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(results, "metrics.csv")), await File.ReadAllBytesAsync(Path.Combine(_dir.FullName, "cli", "metrics.csv")));

        // Compare with the baseline: a difference with its interval per headline indicator.
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare with baseline" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('status').dataset.state === 'done' && document.querySelectorAll('#comparison tbody tr').length >= 5");
        Assert.Matches(@"^[+-]?[\d.,]+ \([+-]?[\d.,]+ \.\. [+-]?[\d.,]+\)$", await page.InnerTextAsync("#comparison tbody tr:first-child td:last-child"));
        // The difference year by year: a chart per headline (dashed zero line) with its table, one row per simulated year.
        Assert.Equal(await page.Locator("#comparison tbody tr").CountAsync(), await page.Locator("#compare-charts .chart").CountAsync());
        Assert.Equal(2, await page.Locator("#compare-charts .chart").First.Locator("tbody tr").CountAsync());
        Assert.Equal(1, await page.Locator("#compare-charts .chart").First.Locator("svg line[stroke-dasharray]").CountAsync());
        await Shot(page, "explore-compare.png");

        // A bad value: the form shows validate's message and nothing runs.
        await page.GetByLabel("Going Out intensity (China's outbound investment lever, whole horizon)").FillAsync("9");
        await page.WaitForSelectorAsync("#errors li");
        Assert.Matches(@"^small-explore\.yaml:\d+:\d+: policies\[\d+\]\.intensity: must be between 0 and 5, got 9$", await page.InnerTextAsync("#errors li"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent.startsWith('Not run')");
        await Shot(page, "explore-validation.png", fullPage: false);
    }
}
