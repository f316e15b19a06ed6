using Microsoft.Extensions.Hosting;

namespace NordicChina.Sim.Hosting;

/// <summary>
/// The lifetime of a host that the program starts and stops itself (the embedded silos, the cluster client):
/// unlike the default console lifetime it does not take Ctrl+C and SIGTERM, which would otherwise be swallowed
/// (the host asked to stop while the run went on); the program turns them into cancellation of its work.
/// </summary>
public sealed class ProgramOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
