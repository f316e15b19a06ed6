namespace NordicChina.Sim.Cli.Explore;

/// <summary>One policy entry as the explorer's form holds it: the text of each field, as typed (so a bad value reaches
/// the scenario loader and gets its message). <paramref name="Regions"/> are host region codes, for the levers that
/// take regions.</summary>
public sealed record LeverEntry(string Lever, string Start, string End, string Intensity, IReadOnlyList<string> Regions)
{
    /// <summary>The entries of the page's <c>levers</c> parameter: entries separated by ';', fields (lever, start, end,
    /// intensity, regions) by ',', regions by ' ', every field percent-encoded (as JavaScript's encodeURIComponent
    /// does). Null with the reason when the text is not of that form.</summary>
    public static (IReadOnlyList<LeverEntry>? Entries, string? Error) Decode(string text)
    {
        var entries = new List<LeverEntry>();
        if (text.Length == 0) return (entries, null);
        foreach (var (item, i) in text.Split(';').Select((t, i) => (t, i)))
        {
            var f = item.Split(',');
            if (f.Length != 5) return (null, $"levers: entry {i + 1} has {f.Length} fields; expected lever,start,end,intensity,regions");
            var u = f.Select(Uri.UnescapeDataString).ToArray();
            entries.Add(new LeverEntry(u[0].Trim(), u[1].Trim(), u[2].Trim(), u[3].Trim(), u[4].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }
        return (entries, null);
    }

    /// <summary>The inverse of <see cref="Decode"/>.</summary>
    public static string Encode(IEnumerable<LeverEntry> entries) => string.Join(';', entries.Select(e =>
        string.Join(',', new[] { e.Lever, e.Start, e.End, e.Intensity, string.Join(' ', e.Regions) }.Select(Uri.EscapeDataString))));
}
