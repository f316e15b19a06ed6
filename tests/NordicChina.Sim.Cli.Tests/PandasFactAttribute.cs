namespace NordicChina.Sim.Cli.Tests;

/// <summary>A fact that needs pandas: reported as skipped, with the reason, where no python3 here imports pandas.</summary>
public sealed class PandasFactAttribute : FactAttribute
{
    public PandasFactAttribute()
    {
        if (Interpreters.PythonWithPandas is null)
            Skip = "pandas is not installed (no python3 here imports it; apt-get install python3-pandas, as .ci/run does): the README's pandas snippet is not checked";
    }
}
