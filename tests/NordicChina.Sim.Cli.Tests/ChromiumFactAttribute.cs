namespace NordicChina.Sim.Cli.Tests;

/// <summary>A fact that drives Debian's Chromium through Playwright: reported as skipped, with the reason, where
/// /usr/bin/chromium is absent (.ci/run installs it; Playwright never downloads a browser here).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium))
            Skip = $"{Chromium} is absent (apt-get install chromium, as .ci/run does): the explorer's browser tests are not run";
    }
}
