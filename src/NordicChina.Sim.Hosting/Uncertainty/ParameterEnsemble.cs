using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using nietras.SeparatedValues;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Hosting.Uncertainty;

/// <summary>
/// Reads a parameter ensemble (CSV, RFC 4180): a header <c>member,&lt;parameter&gt;,&lt;parameter&gt;,...</c> and one
/// row per member, members numbered 0, 1, ... in order, values in the catalogue's units. Every name must be in the
/// parameter catalogue (once) and every value valid for it (<see cref="ParameterDefinition.Check"/>). Problems are
/// reported, all of them, as <c>file:line:column: field: message</c> through a <see cref="ScenarioException"/>.
/// The ensemble shipped with the program (scenarios/calibration/ensemble.csv when it was built) is embedded in this
/// assembly, so it is found from any working directory.
/// </summary>
public static class ParameterEnsemble
{
    /// <summary>The manifest name of the shipped ensemble in this assembly.</summary>
    public const string ResourceName = "calibration-ensemble.csv";

    /// <summary>How the shipped ensemble is named in messages.</summary>
    public const string ShippedFile = "scenarios/calibration/ensemble.csv (shipped)";

    /// <summary>True when this build carries a shipped ensemble.</summary>
    public static bool HasShipped => typeof(ParameterEnsemble).Assembly.GetManifestResourceInfo(ResourceName) is not null;

    /// <summary>The shipped ensemble; a <see cref="ScenarioException"/> when this build has none.</summary>
    public static ParameterUncertainty Shipped()
    {
        using var stream = typeof(ParameterEnsemble).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ScenarioException([new ScenarioError(ShippedFile, 0, 0, "parameter-uncertainty",
                "this build ships no parameter ensemble (scenarios/calibration/ensemble.csv did not exist when it was built); give a file: --parameter-uncertainty <PATH>")]);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.ToArray(), ShippedFile, ParameterUncertainty.Shipped);
    }

    /// <summary>Reads an ensemble file; <see cref="ParameterUncertainty.Source"/> is its full path.</summary>
    public static ParameterUncertainty Load(string path)
    {
        var bytes = SafeYaml.ReadFile(path, path);   // refuses directories, devices and oversized files with the same messages as scenarios
        return Parse(bytes, path, Path.GetFullPath(path));
    }

    /// <summary>Parses ensemble bytes (UTF-8); <paramref name="file"/> names it in errors, <paramref name="source"/> in the result.</summary>
    public static ParameterUncertainty Parse(byte[] bytes, string file, string source)
    {
        string text;
        try { text = new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException) { throw new ScenarioException([new ScenarioError(file, 1, 1, "encoding", "the file is not UTF-8 text")]); }
        var result = Parse(text, file, source);
        return result with { Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)) };
    }

    private static ParameterUncertainty Parse(string text, string file, string source)
    {
        var errors = new List<ScenarioError>();
        void Error(int line, int column, string field, string message) => errors.Add(new ScenarioError(file, line, column, field, message));
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var rows = Records(text);
        if (rows.Count == 0 || rows[0].Fields.All(f => f.Text.Length == 0))
            throw new ScenarioException([new ScenarioError(file, 1, 1, "header", "the file is empty; expected a header 'member,<parameter>,<parameter>,...' and one row per member")]);

        var (headerLine, header) = rows[0];
        if (header[0].Text != "member")
            Error(headerLine, header[0].Column, "header", $"the first column must be 'member', got '{Quote(header[0].Text)}'");
        var names = new List<string>();
        var definitions = new List<ParameterDefinition?>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int c = 1; c < header.Length; c++)
        {
            string name = header[c].Text;
            var def = ParameterCatalogue.Find(name);
            if (def is null)
            {
                var hint = name.Length is > 0 and <= 100 ? ParameterCatalogue.Suggest(name) : [];
                Error(headerLine, header[c].Column, "header", $"unknown parameter '{Quote(name)}'" + (hint.Count > 0 ? $" (did you mean {string.Join(", ", hint)}?)" : ""));
            }
            else if (!seen.Add(name)) Error(headerLine, header[c].Column, "header", $"parameter '{name}' appears twice");
            names.Add(name);
            definitions.Add(def);
        }
        if (header.Length < 2) Error(headerLine, 1, "header", "no parameter columns; expected 'member,<parameter>,<parameter>,...'");

        var values = new List<double>();
        int members = 0;
        foreach (var (line, fields) in rows.Skip(1))
        {
            if (fields.Length == 1 && fields[0].Text.Length == 0) continue;   // a blank line
            if (fields.Length != header.Length)
            {
                Error(line, 1, "row", $"{fields.Length} field(s) where the header has {header.Length}");
                members++;
                continue;
            }
            if (!int.TryParse(fields[0].Text, NumberStyles.None, CultureInfo.InvariantCulture, out int member) || member != members)
                Error(line, fields[0].Column, "member", $"expected member number {members} (members are numbered 0, 1, ... in order), got '{Quote(fields[0].Text)}'");
            for (int c = 1; c < fields.Length; c++)
            {
                var def = definitions[c - 1];
                string field = def?.Name ?? "value";
                if (!double.TryParse(fields[c].Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
                {
                    Error(line, fields[c].Column, field, $"expected a number, got '{Quote(fields[c].Text)}'");
                    v = double.NaN;
                }
                else if (def?.Check(v) is { } problem) Error(line, fields[c].Column, field, $"{def.Name} {problem}, got {v.ToString("G", CultureInfo.InvariantCulture)}");
                values.Add(v);
            }
            members++;
        }
        if (members == 0 && errors.Count == 0) Error(headerLine, 1, "member", "no members: the file has a header but no rows");
        if (errors.Count > 0) throw new ScenarioException(errors);
        return new ParameterUncertainty(source, "", [.. names], [.. values]);
    }

    /// <summary>Every record of the text with its line and each field unquoted with the column it starts at (1-based;
    /// counted on the record's first line).</summary>
    private static List<(int Line, (string Text, int Column)[] Fields)> Records(string text)
    {
        var records = new List<(int, (string, int)[])>();
        if (text.Length == 0) return records;
        using var reader = Sep.New(',').Reader(o => o with
        {
            HasHeader = false,
            Unescape = false,
            DisableColCountCheck = true,
            CultureInfo = CultureInfo.InvariantCulture,
        }).FromText(text);
        foreach (var row in reader)
        {
            var fields = new (string, int)[row.ColCount];
            int column = 1;
            for (int i = 0; i < fields.Length; i++)
            {
                string raw = row[i].ToString();
                fields[i] = (Unquote(raw), column);
                column += raw.Length + 1;
            }
            // Sep 0.17 reports line 2 for the first row when there is no header row; the first record starts on line 1.
            records.Add((row.RowIndex == 0 ? 1 : row.LineNumberFrom, fields));
        }
        return records;
    }

    private static string Unquote(string raw) =>
        raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"' ? raw[1..^1].Replace("\"\"", "\"") : raw.Trim('\r');

    private static string Quote(string s) => SafeYaml.Quote(s);
}
