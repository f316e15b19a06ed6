namespace NordicChina.Sim.Cli.Tests;

/// <summary>A fact that needs R with readr: reported as skipped, with the reason, where no Rscript here loads readr.</summary>
public sealed class ReadrFactAttribute : FactAttribute
{
    public ReadrFactAttribute()
    {
        if (Interpreters.RscriptWithReadr is null)
            Skip = "R with readr is not installed (apt-get install r-cran-readr, as .ci/run does): the README's R snippet is not checked";
    }
}
