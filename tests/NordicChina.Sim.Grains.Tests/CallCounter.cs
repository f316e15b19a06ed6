using System.Collections.Concurrent;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>Counts the grain calls each run makes (by the first segment of the target grain's key, the run key),
/// on every silo of the test cluster.</summary>
public sealed class CallCounter : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<string, long> Calls = new();

    public static long For(string runKey) => Calls.TryGetValue(runKey, out var n) ? n : 0;

    public Task Invoke(IIncomingGrainCallContext context)
    {
        var key = context.TargetId.Key.ToString();
        int slash = key?.IndexOf('/') ?? -1;
        if (slash > 0) Calls.AddOrUpdate(key![..slash], 1, (_, n) => n + 1);
        return context.Invoke();
    }
}
