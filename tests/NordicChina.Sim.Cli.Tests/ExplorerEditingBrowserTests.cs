using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>
/// The explorer's lever and parameter editors in a real browser (Debian's Chromium through Playwright): edits made in
/// the page run, download as YAML that nordicsim run reproduces byte for byte, travel in the address, and the run can
/// be the reference of a comparison.
/// </summary>
public sealed class ExplorerEditingBrowserTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-explore-edit-browser-");

    public void Dispose() => _dir.Delete(true);

    private static async Task<IPage> OpenAsync(IBrowser browser, string url)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("body[data-ready=true]");
        return page;
    }

    /// <summary>With NORDICSIM_SCREENSHOTS set to a folder, saves the page's form (the editors) at 1280 px there
    /// (docs/explorer/make-screenshots.sh).</summary>
    private static async Task Shot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("NORDICSIM_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await page.Locator("#form").ScreenshotAsync(new() { Path = Path.Combine(folder, name) });
    }

    private static Task<string> FocusedId(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.id");

    /// <summary>Waits for the run to end and checks that it is done, saying where the page stands if not.</summary>
    private static async Task RunEndedAsync(IPage page)
    {
        try { await page.WaitForSelectorAsync("#status[data-state=done], #status[data-state=failed], #status[data-state=cancelled]", new() { Timeout = 120_000 }); }
        catch (TimeoutException) { }
        Assert.True(await page.GetAttributeAsync("#status", "data-state") == "done",
            $"status: {await page.InnerTextAsync("#status")}; errors: {await page.InnerTextAsync("#errors")}; address: {page.Url}");
    }

    private static Task NoErrors(IPage page) => page.WaitForFunctionAsync("() => document.querySelectorAll('#errors li').length === 0");

    /// <summary>On small.yaml (the baseline's eleven entries): WASP at 2, screening ticked for GSR (by keyboard) instead
    /// of FIN, the pandemic entry removed, an EU-China treaty entry in DEU added, and catchup.ai_plan_boost overridden.</summary>
    private static async Task EditAsync(IPage page, string wasp, string boost)
    {
        Assert.Equal(11, await page.Locator("#levers tbody tr").CountAsync());
        await page.GetByLabel("Entry 8 (wasp): intensity").FillAsync(wasp);
        await page.FocusAsync("#lever-8-region-GSR");
        await page.Keyboard.PressAsync("Space");
        await page.FocusAsync("#lever-8-region-FIN");
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.IsCheckedAsync("#lever-8-region-GSR"));
        Assert.False(await page.IsCheckedAsync("#lever-8-region-FIN"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Entry 11 (pandemic)" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(10, await page.Locator("#levers tbody tr").CountAsync());
        Assert.Equal("add_lever", await FocusedId(page));
        await page.GetByLabel("Lever to add").SelectOptionAsync("eu_china_treaty");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add entry" }).ClickAsync();
        Assert.Equal("lever-10-intensity", await FocusedId(page));
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("0.5");
        await page.GetByLabel("Entry 11 (eu_china_treaty): start year").FillAsync("2021");
        await page.FocusAsync("#lever-10-region-DEU");
        await page.Keyboard.PressAsync("Space");
        Assert.Contains("0 to 1.", await page.InnerTextAsync("#levers tbody tr:nth-child(11) td.what"));

        await page.GetByLabel("Search the parameter catalogue (name, unit, source or description)").FillAsync("ai_plan_boost");
        await page.WaitForSelectorAsync("#param_results tbody tr");
        Assert.Matches(@"^\d+ parameters? match", await page.InnerTextAsync("#param_count"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Override catchup.ai_plan_boost" }).ClickAsync();
        Assert.Equal("override-0-value", await FocusedId(page));
        Assert.Equal("0.5", await page.InputValueAsync("#override-0-value"));   // the catalogue default to start from
        await page.GetByLabel("Value of catchup.ai_plan_boost").FillAsync(boost);
        await page.GetByLabel("Replications", new() { Exact = true }).FillAsync("2");
        await page.WaitForURLAsync(new Regex("replications=2.*levers=.*overrides=catchup.ai_plan_boost"));
        await NoErrors(page);
    }

    [ChromiumFact]
    public async Task Levers_and_an_override_edited_in_the_page_run_and_the_downloaded_yaml_reproduces_metrics_csv()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Chromium, Headless = true });
        var page = await OpenAsync(browser, explorer.Url + "?scenario=small.yaml");
        await EditAsync(page, "2", "0.2");

        // Bad values are refused in the form with validate's messages, the control marked invalid; nothing runs.
        await page.GetByLabel("Entry 8 (wasp): intensity").FillAsync("11");
        await page.WaitForSelectorAsync("#errors li");
        Assert.Matches(@"^small-explore\.yaml:\d+:\d+: policies\[7\]\.intensity: must be between 0 and 10, got 11$", await page.InnerTextAsync("#errors li"));
        Assert.Equal("true", await page.GetAttributeAsync("#lever-7-intensity", "aria-invalid"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent.startsWith('Not run')");
        await page.GetByLabel("Entry 8 (wasp): intensity").FillAsync("2");
        await NoErrors(page);
        await page.GetByLabel("Value of catchup.ai_plan_boost").FillAsync("abc");
        await page.WaitForSelectorAsync("#errors li");
        Assert.Matches(@"^small-explore\.yaml:\d+:\d+: parameters\.catchup\.ai_plan_boost: expected a number, got 'abc'$", await page.InnerTextAsync("#errors li"));
        Assert.Equal("true", await page.GetAttributeAsync("#override-0-value", "aria-invalid"));
        await page.GetByLabel("Value of catchup.ai_plan_boost").FillAsync("0.2");
        await NoErrors(page);
        Assert.Equal("false", await page.GetAttributeAsync("#lever-7-intensity", "aria-invalid"));

        // Run with 2 replications; the downloaded YAML has every edit, and nordicsim run on it writes the same metrics.csv.
        await page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
        await RunEndedAsync(page);
        Assert.Equal("2", await page.InnerTextAsync("#charts .chart tbody tr:last-child td:last-child"));
        string results = Regex.Match(await page.InnerTextAsync("#status"), @"Results in (.+)\.$").Groups[1].Value;
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Download scenario YAML").ClickAsync());
        string yaml = Path.Combine(_dir.FullName, "small-explore.yaml");
        await download.SaveAsAsync(yaml);
        string text = await File.ReadAllTextAsync(yaml);
        Assert.Contains("{lever: wasp, start: 2020, end: 2026, intensity: 2}", text);
        Assert.Contains("{lever: fdi_screening, start: 2021, end: 2040, intensity: 0.2, regions: [GSR, WSE, NOR, GBR]}", text);
        Assert.Contains("{lever: fdi_screening, start: 2021, end: 2040, intensity: 0.3, regions: [GSR, DNK, DEU, NLD]}", text);
        Assert.Contains("{lever: eu_china_treaty, start: 2021, end: 2021, intensity: 0.5, regions: [DEU]}", text);
        Assert.DoesNotContain("pandemic", text);
        Assert.Contains("catchup.ai_plan_boost: 0.2", text);
        Assert.Contains("replications: 2", text);
        var run = await Nordicsim.RunAsync(_dir.FullName, "run", yaml, "--out", "cli", "--quiet");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(results, "metrics.csv")), await File.ReadAllBytesAsync(Path.Combine(_dir.FullName, "cli", "metrics.csv")));

        // Compare against that run (picked from the finished runs): the same scenario under common random numbers, so
        // the reference and the scenario columns agree on every headline.
        string id = Path.GetFileName(results);
        await page.WaitForSelectorAsync($"#compare_against option[value='{id}']", new() { State = WaitForSelectorState.Attached });
        await page.GetByLabel("Compare against").SelectOptionAsync(id);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Compare with run {id}" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('status').dataset.state === 'done' && document.querySelectorAll('#comparison tbody tr').length >= 5");
        Assert.StartsWith($"Difference from run {id}", await page.InnerTextAsync("#compare-title"));
        foreach (var row in await page.Locator("#comparison tbody tr").AllAsync())
            Assert.Equal(await row.Locator("td:nth-child(2)").InnerTextAsync(), await row.Locator("td:nth-child(3)").InnerTextAsync());

        // Last (a screenshot can leave later clicks short of their target): the editors with a search under way.
        await page.GetByLabel("Search the parameter catalogue (name, unit, source or description)").FillAsync("wasp");
        await page.WaitForFunctionAsync("() => document.querySelector('#param_results tbody th')?.textContent.includes('wasp')");
        await Shot(page, "explore-levers.png");
    }

    [ChromiumFact]
    public async Task The_address_of_an_edited_page_reproduces_the_edits_in_a_fresh_browser()
    {
        await using var explorer = await ExplorerProcess.StartAsync(_dir.FullName);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Chromium, Headless = true });
        var page = await OpenAsync(browser, explorer.Url + "?scenario=small.yaml");
        await EditAsync(page, "2.5", "0.7");
        string address = page.Url;
        string yaml = await page.EvaluateAsync<string>("async () => await (await fetch(document.getElementById('download').href)).text()");
        Assert.Contains("intensity: 2.5}", yaml);
        // The Going Out control, unused, adds no entry of its own.
        Assert.Single(Regex.Matches(yaml, "lever: going_out"));

        // Another browser context (no shared state with the first) opened on the address alone, in a narrow window.
        await using var other = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 600, Height = 900 } });
        var fresh = await other.NewPageAsync();
        fresh.SetDefaultTimeout(120_000);
        await fresh.GotoAsync(address);
        await fresh.WaitForSelectorAsync("body[data-ready=true]");
        Assert.Equal(11, await fresh.Locator("#levers tbody tr").CountAsync());
        Assert.Equal("2.5", await fresh.InputValueAsync("#lever-7-intensity"));
        Assert.True(await fresh.IsCheckedAsync("#lever-8-region-GSR"));
        Assert.False(await fresh.IsCheckedAsync("#lever-8-region-FIN"));
        Assert.Equal("eu_china_treaty", await fresh.InputValueAsync("#lever-10-lever"));
        Assert.Equal("2021", await fresh.InputValueAsync("#lever-10-start"));
        Assert.True(await fresh.IsCheckedAsync("#lever-10-region-DEU"));
        Assert.Equal("catchup.ai_plan_boost", await fresh.InnerTextAsync("#override-0-name"));
        Assert.Equal("0.7", await fresh.InputValueAsync("#override-0-value"));
        Assert.Equal("2", await fresh.InputValueAsync("#replications"));
        Assert.Equal(0, await fresh.Locator("#errors li").CountAsync());
        // Narrow: the editors' tables scroll inside their boxes; the page itself is no wider than the window.
        string wide = await fresh.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !(e.parentElement && e.parentElement.closest('.scroll'))).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).join(' ')");
        Assert.True(await fresh.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"wider than the window: {wide}");
        Assert.Equal(yaml, await fresh.EvaluateAsync<string>("async () => await (await fetch(document.getElementById('download').href)).text()"));

        // Removing the override in the fresh page leaves the scenario's own (empty) parameters, in the address too.
        await fresh.GetByRole(AriaRole.Button, new() { Name = "Remove override catchup.ai_plan_boost" }).ClickAsync();
        Assert.Equal("param_search", await FocusedId(fresh));
        await fresh.WaitForURLAsync(new Regex("overrides=(&|$)"));
        Assert.Contains("parameters: {}", await fresh.EvaluateAsync<string>("async () => await (await fetch(document.getElementById('download').href)).text()"));

        // The Going Out control, unused, follows the Going Out entry edited in the table.
        await fresh.GetByLabel("Entry 1 (going_out): intensity").FillAsync("2.5");
        await fresh.WaitForFunctionAsync("() => document.getElementById('going_out').value === '2.5'");
        Assert.DoesNotContain("going_out=", fresh.Url);
    }
}
