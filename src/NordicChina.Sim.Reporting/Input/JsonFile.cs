using System.Globalization;
using System.Text.Json;

namespace NordicChina.Sim.Reporting.Input;

/// <summary>Small helpers to read the JSON side files (run.json, comparison.json, ...) leniently.</summary>
internal static class JsonFile
{
    public static JsonElement Load(string path)
    {
        // File.ReadAllText drops a UTF-8 byte order mark, which JsonDocument would reject.
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions
            {
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
            });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:{(e.LineNumber ?? 0) + 1}: not valid JSON; the file is truncated or damaged.", e);
        }

        using (doc)
        {
            // Every side file nordicsim writes (run.json, comparison.json, ...) is one JSON object.
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{path}:1: expected a JSON object {{ ... }}, found {doc.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
            }

            return doc.RootElement.Clone();
        }
    }

    public static JsonElement? Property(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? value : null;

    public static string? String(JsonElement obj, string name) =>
        Property(obj, name) is { } v && v.ValueKind != JsonValueKind.Null ? Text(v) : null;

    public static double Number(JsonElement obj, string name) =>
        Property(obj, name) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble()
        : Property(obj, name) is { ValueKind: JsonValueKind.String } s ? CsvTable.Number(s.GetString() ?? "")
        : double.NaN;

    public static IReadOnlyList<string> Strings(JsonElement obj, string name) =>
        Property(obj, name) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().Select(Text).ToList() : [];

    /// <summary>A value as display text: strings unquoted, numbers in InvariantCulture, arrays joined, objects as JSON.</summary>
    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Number => value.TryGetDouble(out var d) ? d.ToString("R", CultureInfo.InvariantCulture) : value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Text)),
        _ => value.GetRawText(),
    };

    /// <summary>The top-level properties whose values are scalars or arrays of scalars, for a metadata table.</summary>
    public static IReadOnlyList<(string Name, string Value)> ScalarProperties(JsonElement obj, params string[] skip)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var list = new List<(string, string)>();
        foreach (var p in obj.EnumerateObject())
        {
            if (skip.Contains(p.Name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var scalar = p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)
                || (p.Value.ValueKind == JsonValueKind.Array
                    && p.Value.EnumerateArray().All(e => e.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)));
            if (scalar)
            {
                list.Add((p.Name, Text(p.Value)));
            }
        }

        return list;
    }
}
