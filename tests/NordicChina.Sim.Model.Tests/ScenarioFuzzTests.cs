using System.Diagnostics;
using System.Text;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Model.Tests;

/// <summary>
/// Property: whatever is done to a scenario file, loading it ends within a bounded time and either succeeds or
/// throws <see cref="ScenarioException"/> (never another exception, never a hang). Seeded mutations of every file
/// in scenarios/: truncation, byte flips, duplicated and nested blocks, inserted anchors and aliases, deep
/// nesting, random unicode, encodings. A failure names the seed and case to replay.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class ScenarioFuzzTests : IDisposable
{
    private const int Seed = 20261201, CasesPerFile = 40;
    // Hang detectors, not speed checks: a case normally loads in milliseconds; the bounds leave room for a busy CI machine.
    private static readonly TimeSpan PerCase = TimeSpan.FromSeconds(10), Total = TimeSpan.FromSeconds(120);

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-fuzz-");
    public void Dispose() => _dir.Delete(true);

    [Fact]
    public async Task Mutated_scenarios_load_or_fail_with_a_scenario_exception_in_bounded_time()
    {
        var files = Directory.GetFiles(Path.Combine(RepoRoot.Path, "scenarios"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "targets" + Path.DirectorySeparatorChar)).Order().ToList();
        Assert.True(files.Count >= 10);
        var rng = new Random(Seed);
        var total = Stopwatch.StartNew();
        int loaded = 0, refused = 0;
        foreach (var file in files)
        {
            byte[] original = File.ReadAllBytes(file);
            for (int c = 0; c < CasesPerFile; c++)
            {
                int mutations = 1 + rng.Next(3);
                byte[] bytes = original;
                var applied = new List<string>();
                for (int m = 0; m < mutations; m++)
                {
                    var (name, next) = Mutate(bytes, rng);
                    applied.Add(name);
                    bytes = next;
                }
                string label = $"seed {Seed}, {Path.GetFileName(file)} case {c} ({string.Join(", ", applied)})";
                string path = Path.Combine(_dir.FullName, $"case-{c}.yaml");
                File.WriteAllBytes(path, bytes);
                var task = Task.Run(() =>
                {
                    try { ScenarioLoader.Load(path); return (Exception?)null; }
                    catch (Exception ex) { return ex; }
                });
                bool ended = await Task.WhenAny(task, Task.Delay(PerCase)) == task;
                Assert.True(ended, $"{label}: the load did not end within {PerCase.TotalSeconds} s");
                switch (await task)
                {
                    case null: loaded++; break;
                    case ScenarioException ex:
                        refused++;
                        Assert.NotEmpty(ex.Errors);
                        Assert.All(ex.Errors, e => Assert.True(e.ToString().Length < 1000, $"{label}: message too long"));
                        break;
                    case var other: Assert.Fail($"{label}: {other!.GetType().Name}: {other.Message}\n{other.StackTrace}"); break;
                }
            }
        }
        Assert.True(total.Elapsed < Total, $"fuzzing took {total.Elapsed}");
        Assert.True(loaded > 0 && refused > 0, $"{loaded} loaded, {refused} refused: the mutations should do both");
    }

    private static readonly string[] Unicode = ["\u00e9", "\u4e2d\u6587", "\U0001F600", "\u200b", "\u202e", "\uFEFF", "\u0000", "\u2028", "\t", "\r", "\\", "\"", "'", "#", ": ", "- ", "{", "}", "[", "]", "? ", "!!str ", "!tag ", "%YAML 1.2\n", "---\n", "...\n", "|\n", ">-\n"];

    private static (string Name, byte[] Bytes) Mutate(byte[] b, Random rng)
    {
        var lines = Encoding.UTF8.GetString(b).Split('\n').ToList();
        string Text() => string.Join('\n', lines);
        byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
        switch (rng.Next(11))
        {
            case 0: // truncation at a random byte (possibly inside a UTF-8 sequence)
                return ("truncate", b[..rng.Next(b.Length + 1)]);
            case 1: // byte flips
            {
                var copy = (byte[])b.Clone();
                for (int i = 0, n = 1 + rng.Next(8); i < n && copy.Length > 0; i++) copy[rng.Next(copy.Length)] ^= (byte)(1 << rng.Next(8));
                return ("flip", copy);
            }
            case 2: // random bytes replaced
            {
                var copy = (byte[])b.Clone();
                for (int i = 0, n = 1 + rng.Next(4); i < n && copy.Length > 0; i++) copy[rng.Next(copy.Length)] = (byte)rng.Next(256);
                return ("bytes", copy);
            }
            case 3: // a block of lines duplicated elsewhere
            {
                int from = rng.Next(lines.Count), count = 1 + rng.Next(Math.Min(12, lines.Count - from));
                lines.InsertRange(rng.Next(lines.Count + 1), lines.GetRange(from, count));
                return ("duplicate", Utf8(Text()));
            }
            case 4: // a block of lines nested under a new key
            {
                int from = rng.Next(lines.Count), count = 1 + rng.Next(Math.Min(12, lines.Count - from));
                string indent = new(' ', 2 * (1 + rng.Next(3)));
                var block = lines.GetRange(from, count).Select(l => indent + l).Prepend($"nested{rng.Next(100)}:").ToList();
                lines.RemoveRange(from, count);
                lines.InsertRange(from, block);
                return ("nest", Utf8(Text()));
            }
            case 5: // anchors and aliases
            {
                int at = rng.Next(lines.Count);
                lines[at] = rng.Next(3) switch
                {
                    0 => lines[at].Replace(": ", ": &a "),
                    1 => lines[at].Replace(": ", ": *a "),
                    _ => lines[at] + "\n<<: *a",
                };
                if (rng.Next(2) == 0) lines.Add(HostileInputTests.BillionLaughs());
                return ("anchor", Utf8(Text()));
            }
            case 6: // random unicode and YAML punctuation
            {
                var s = new StringBuilder(Text());
                for (int i = 0, n = 1 + rng.Next(6); i < n; i++) s.Insert(rng.Next(s.Length + 1), Unicode[rng.Next(Unicode.Length)]);
                return ("unicode", Utf8(s.ToString()));
            }
            case 7: // deep nesting
            {
                int depth = rng.Next(2) == 0 ? rng.Next(50, 80) : rng.Next(1000, 20000);
                lines.Insert(rng.Next(lines.Count + 1), "description: " + new string('[', depth) + new string(']', rng.Next(depth + 1)));
                return ("deep", Utf8(Text()));
            }
            case 8: // a second document, a long key or value, many keys
                return rng.Next(3) switch
                {
                    0 => ("document", Utf8(Text() + "\n---\n" + Text())),
                    1 => ("long", Utf8(Text() + $"\n{new string('k', rng.Next(500, 3000))}: {new string('v', rng.Next(1, 200_000))}\n")),
                    _ => ("keys", Utf8(Text() + "\nparameters:\n" + string.Concat(Enumerable.Range(0, rng.Next(100, 20_000)).Select(i => $"  p{i}: {i}\n")))),
                };
            case 9: // encodings and a byte-order mark
                return rng.Next(3) switch
                {
                    0 => ("bom", [0xEF, 0xBB, 0xBF, .. b]),
                    1 => ("utf16", Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(b))),
                    _ => ("tabs", Utf8(Text().Replace("  ", "\t"))),
                };
            default: // lines shuffled
            {
                int i = rng.Next(lines.Count), j = rng.Next(lines.Count);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                return ("swap", Utf8(Text()));
            }
        }
    }
}
