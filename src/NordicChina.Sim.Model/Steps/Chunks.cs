namespace NordicChina.Sim.Model.Steps;

/// <summary>
/// Splits a loop over agents into fixed chunks that may run on several cores. Chunk boundaries depend only on the
/// number of agents (not on the cores), every agent draws from its own keyed streams, and the chunks' results are merged in chunk
/// order, so the result is the same bit for bit on one core or many.
/// </summary>
public static class Chunks
{
    /// <summary>Agents per chunk. Below twice this, a loop runs on the calling thread.</summary>
    public const int Size = 8_192;

    /// <summary>Runs <paramref name="body"/> over [start, end) ranges covering [0, count) and returns the
    /// results in range order.</summary>
    public static T[] Run<T>(StepContext ctx, int count, Func<int, int, T> body)
    {
        int chunks = Math.Max(1, (count + Size - 1) / Size);
        var results = new T[chunks];
        if (chunks == 1 || !ctx.Parallel)
        {
            for (int c = 0; c < chunks; c++) results[c] = body(c * Size, Math.Min(count, (c + 1) * Size));
            return results;
        }
        Parallel.For(0, chunks, c => results[c] = body(c * Size, Math.Min(count, (c + 1) * Size)));
        return results;
    }
}
