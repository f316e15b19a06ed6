using System.Runtime.CompilerServices;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>An engine that passes on another engine's batches but, on a replication's first attempt, fails after
/// <paramref name="batchesBeforeFailure"/> batches, as a replication does when its silo dies.</summary>
public sealed class FailingOnceEngine(IReplicationEngine inner, int batchesBeforeFailure) : IReplicationEngine
{
    public int Failures;

    public async IAsyncEnumerable<ReplicationBatch> RunAsync(ReplicationSpec spec, [EnumeratorCancellation] CancellationToken cancel)
    {
        bool firstAttempt = !spec.RunKey.Contains('~');
        int n = 0;
        await foreach (var batch in inner.RunAsync(spec, cancel))
        {
            if (firstAttempt && n++ == batchesBeforeFailure)
            {
                Interlocked.Increment(ref Failures);
                throw new InvalidOperationException("simulated silo failure");
            }
            yield return batch;
        }
    }
}
