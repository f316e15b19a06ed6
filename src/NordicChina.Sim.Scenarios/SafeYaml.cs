using System.Runtime.InteropServices;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NordicChina.Sim.Scenarios;

/// <summary>
/// Reads YAML input files (scenarios and calibration targets) defensively: regular files only, at most
/// <see cref="MaxBytes"/>, UTF-8 only (a byte-order mark is accepted), one document, at most <see cref="MaxDepth"/>
/// levels of nesting, no anchors or aliases. Every refusal is a <see cref="ScenarioException"/> located in the file,
/// and no message quotes more than <see cref="MaxQuoted"/> characters of the input.
/// </summary>
public static class SafeYaml
{
    /// <summary>Largest input file read (1 MiB).</summary>
    public const int MaxBytes = 1 << 20;
    /// <summary>Deepest nesting of mappings and lists.</summary>
    public const int MaxDepth = 64;
    /// <summary>Longest piece of the input quoted in a message.</summary>
    public const int MaxQuoted = 60;

    /// <summary>Reads a regular file of at most <see cref="MaxBytes"/> bytes. Missing files, directories, devices,
    /// FIFOs, sockets, symbolic-link loops, unreadable and too large files are refused without blocking.</summary>
    public static byte[] ReadFile(string path, string display)
    {
        ScenarioException Cannot(string reason) =>
            new([new ScenarioError(display, 0, 0, "file", $"cannot read '{path}': {reason}")]);
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !target.Exists && !Directory.Exists(target.FullName))
                    throw Cannot("it is a symbolic link to nothing");
                info = new FileInfo(target.FullName); // the length is the target's, not the link's
            }
            if (Directory.Exists(path)) throw Cannot("it is a directory, not a regular file");
            if (!info.Exists) throw new ScenarioException([new ScenarioError(display, 0, 0, "file", "file not found")]);
            if (FileKind(path) is { } kind) throw Cannot($"it is {kind}, not a regular file");
            if (info.Length > MaxBytes) throw Cannot($"it is larger than {MaxBytes / (1 << 20)} MiB ({info.Length:N0} bytes)");
            // A FIFO or device whose type could not be told reports length 0: never open it (an empty file reads as empty anyway).
            if (info.Length == 0) return [];
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            var buffer = new byte[Math.Min(info.Length, MaxBytes) + 1];
            int total = 0, n;
            while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0) total += n;
            if (total > MaxBytes) throw Cannot($"it is larger than {MaxBytes / (1 << 20)} MiB");
            return buffer.AsSpan(0, total).ToArray();
        }
        catch (UnauthorizedAccessException) { throw Cannot("permission denied"); }
        catch (IOException ex) { throw Cannot(Quote(ex.Message.TrimEnd('.', ' '), 200)); }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException) { throw Cannot("not a valid path"); }
    }

    /// <summary>Null for a regular file (or when the type cannot be told); otherwise what the file is.</summary>
    private static string? FileKind(string path)
    {
        if (OperatingSystem.IsWindows())
            return File.GetAttributes(path).HasFlag(FileAttributes.Device) ? "a device" : null;
        try
        {
            var status = new byte[256]; // FileStatus of System.Native: Flags (int32), Mode (int32), ...
            if (SystemNativeStat(path, status) != 0) return null;
            return (BitConverter.ToInt32(status, 4) & 0xF000) switch
            {
                0x8000 => null,
                0x1000 => "a FIFO (named pipe)",
                0x2000 => "a character device",
                0x6000 => "a block device",
                0xC000 => "a socket",
                0x4000 => "a directory",
                _ => "a special file",
            };
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException) { return null; }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi)]
    private static extern int SystemNativeStat(string path, [Out] byte[] status);

    /// <summary>Decodes UTF-8 (with or without a byte-order mark); UTF-16, UTF-32 and bytes that are not UTF-8 are
    /// refused with a message naming the problem and its line.</summary>
    public static string Decode(byte[] bytes, string display)
    {
        ScenarioException Refuse(int line, int column, string message) =>
            new([new ScenarioError(display, line, column, "encoding", message)]);
        ReadOnlySpan<byte> b = bytes;
        if (b.StartsWith((byte[])[0xFF, 0xFE, 0, 0]) || b.StartsWith((byte[])[0, 0, 0xFE, 0xFF]))
            throw Refuse(1, 1, "the file is UTF-32; save it as UTF-8");
        if (b.StartsWith((byte[])[0xFF, 0xFE]) || b.StartsWith((byte[])[0xFE, 0xFF]))
            throw Refuse(1, 1, "the file is UTF-16; save it as UTF-8");
        if (b.StartsWith((byte[])[0xEF, 0xBB, 0xBF])) b = b[3..];
        int nul = b.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, col) = Position(b, nul);
            throw Refuse(line, col, "the file holds NUL bytes (UTF-16 or UTF-32 without a byte-order mark?); save it as UTF-8");
        }
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(b); }
        catch (DecoderFallbackException ex)
        {
            var (line, col) = Position(b, Math.Max(0, ex.Index));
            throw Refuse(line, col, "the file is not UTF-8 text; save it as UTF-8");
        }
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> b, int index)
    {
        index = Math.Min(index, b.Length);
        var before = b[..index];
        int line = before.Count((byte)'\n') + 1;
        return (line, index - (before.LastIndexOf((byte)'\n') + 1) + 1);
    }

    /// <summary>Parses one YAML document. Returns its root node (null when the text holds no document). Malformed
    /// YAML, a second document, anchors and aliases, and nesting deeper than <see cref="MaxDepth"/> are refused
    /// before any node is built, so no input can exhaust the stack or expand exponentially.</summary>
    public static YamlNode? Parse(string text, string display)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (Encoding.UTF8.GetByteCount(text) > MaxBytes)
            throw new ScenarioException([new ScenarioError(display, 0, 0, "file", $"cannot read '{display}': it is larger than {MaxBytes / (1 << 20)} MiB")]);
        ScenarioException Refuse(Mark mark, string message) =>
            new([new ScenarioError(display, (int)mark.Line, (int)mark.Column, "yaml", message)]);
        Mark last = Mark.Empty;
        try
        {
            var parser = new Parser(new StringReader(text));
            int depth = 0, documents = 0;
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                last = e.End;
                switch (e)
                {
                    case DocumentStart when ++documents > 1:
                        throw Refuse(e.Start, "a scenario file holds one YAML document (remove the second '---' and what follows)");
                    case AnchorAlias:
                        throw Refuse(e.Start, "anchors and aliases (&name, *name) are not accepted; write the values out");
                    case NodeEvent { Anchor.IsEmpty: false }:
                        throw Refuse(e.Start, "anchors and aliases (&name, *name) are not accepted; write the values out");
                }
                if (e is MappingStart or SequenceStart && ++depth > MaxDepth)
                    throw Refuse(e.Start, $"nested more than {MaxDepth} levels deep");
                if (e is MappingEnd or SequenceEnd) depth--;
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            // The message's first line, without YamlDotNet's "(Line: .., Col: .., Idx: ..) - (...):" prefix.
            string message = ex.Message.Split('\n')[0].Trim();
            int colon = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line:", StringComparison.Ordinal) && colon >= 0) message = message[(colon + 3)..];
            var at = ex.Start;
            // Some of YamlDotNet's errors carry no position (tab indentation among them): locate them after the
            // last well-formed event, at the first tab used as indentation if that is the complaint.
            bool noPosition = ex.Start.Equals(ex.End) && ex.Start.Index == 0;
            // A complaint about a tab points at the tab used as indentation (YamlDotNet may report the scalar before it).
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabIndentation(text, noPosition ? last : ex.Start) is { } tab)
                throw Refuse(tab, "malformed YAML: a tab used as indentation; YAML indents with spaces only");
            if (noPosition) at = last;
            throw Refuse(at, "malformed YAML: " + Quote(message, 160));
        }
        catch (Exception ex) when (ex is not ScenarioException and not OutOfMemoryException)
        {
            // YamlDotNet's scanner throws InvalidOperationException (and possibly others) instead of a
            // YamlException on some truncated input, such as a file that ends inside a flow collection.
            int lastLine = Math.Max(1, text.TrimEnd().Split('\n').Length);
            throw new ScenarioException([new ScenarioError(display, lastLine, 1, "yaml", "malformed YAML: the file ends inside an unclosed [ ] or { } or quote")]);
        }
    }

    /// <summary>The first tab in the indentation of a line at or after <paramref name="from"/>'s line.</summary>
    private static Mark? TabIndentation(string text, Mark from)
    {
        var lines = text.Split('\n');
        for (int i = Math.Max(0, (int)from.Line - 1); i < lines.Length; i++)
        {
            string line = lines[i];
            int j = 0;
            while (j < line.Length && line[j] == ' ') j++;
            if (j < line.Length && line[j] == '\t') return new Mark(0, i + 1, j + 1);
        }
        return null;
    }

    /// <summary>Reads, decodes and parses a file in one step (see <see cref="ReadFile"/>, <see cref="Decode"/>,
    /// <see cref="Parse"/>).</summary>
    public static (YamlNode? Root, byte[] Bytes) Load(string path, string display)
    {
        var bytes = ReadFile(path, display);
        return (Parse(Decode(bytes, display), display), bytes);
    }

    /// <summary>A piece of the input fit for a message: control characters shown as '?', at most
    /// <paramref name="max"/> characters, cut with '…'.</summary>
    public static string Quote(string? s, int max = MaxQuoted)
    {
        if (s is null) return "";
        bool cut = s.Length > max;
        var span = cut ? s.AsSpan(0, max - 1) : s.AsSpan();
        if (cut && char.IsHighSurrogate(span[^1])) span = span[..^1];
        var sb = new StringBuilder(span.Length + 1);
        foreach (char c in span) sb.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? '?' : c);
        if (cut) sb.Append('…');
        return sb.ToString();
    }
}
