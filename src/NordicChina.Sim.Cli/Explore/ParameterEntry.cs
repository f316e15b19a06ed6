namespace NordicChina.Sim.Cli.Explore;

/// <summary>One parameter override as the explorer's form holds it: the catalogue name and the value as typed.</summary>
public sealed record ParameterEntry(string Name, string Value)
{
    /// <summary>The entries of the page's <c>overrides</c> parameter: entries separated by ';', name and value by ',',
    /// both percent-encoded (as JavaScript's encodeURIComponent does). A name given twice keeps its last value.
    /// Null with the reason when the text is not of that form.</summary>
    public static (IReadOnlyList<ParameterEntry>? Entries, string? Error) Decode(string text)
    {
        var entries = new List<ParameterEntry>();
        if (text.Length == 0) return (entries, null);
        foreach (var (item, i) in text.Split(';').Select((t, i) => (t, i)))
        {
            var f = item.Split(',');
            if (f.Length != 2) return (null, $"overrides: entry {i + 1} has {f.Length} fields; expected name,value");
            var entry = new ParameterEntry(Uri.UnescapeDataString(f[0]).Trim(), Uri.UnescapeDataString(f[1]).Trim());
            entries.RemoveAll(e => e.Name == entry.Name);
            entries.Add(entry);
        }
        return (entries, null);
    }

    /// <summary>The inverse of <see cref="Decode"/>.</summary>
    public static string Encode(IEnumerable<ParameterEntry> entries) =>
        string.Join(';', entries.Select(e => Uri.EscapeDataString(e.Name) + "," + Uri.EscapeDataString(e.Value)));
}
