using System.Runtime.InteropServices;

namespace NordicChina.Sim.Cli;

/// <summary>
/// Turns SIGINT (Ctrl+C) and SIGTERM into cancellation of the command's token: the first signal cancels the work
/// (temporary output is removed, earlier results are kept) and the program exits 130 (SIGINT) or 143 (SIGTERM);
/// a second signal ends the process at once with the same code.
/// </summary>
public static class Interruption
{
    private static readonly CancellationTokenSource Source = new();
    private static readonly List<PosixSignalRegistration> Registrations = [];
    private static int _signal;   // 0, or the number of the first signal received

    public static CancellationToken Token => Source.Token;

    /// <summary>128 + the first signal's number (130 for SIGINT, 143 for SIGTERM); null when no signal came.</summary>
    public static int? ExitCode => Volatile.Read(ref _signal) is var s and > 0 ? 128 + s : null;

    public static string SignalName => Volatile.Read(ref _signal) == 15 ? "SIGTERM" : "SIGINT";

    public static void Install()
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try { Registrations.Add(PosixSignalRegistration.Create(signal, Handle)); }
            catch (PlatformNotSupportedException) { /* this platform has no such signal */ }
        }
    }

    private static void Handle(PosixSignalContext context)
    {
        context.Cancel = true;   // the program ends itself, once the work is cancelled and cleaned up
        int number = context.Signal == PosixSignal.SIGTERM ? 15 : 2;
        if (Interlocked.CompareExchange(ref _signal, number, 0) != 0)
        {
            Console.Error.WriteLine($"nordicsim: {(number == 15 ? "SIGTERM" : "SIGINT")} again: stopping at once.");
            Environment.Exit(128 + number);
        }
        Console.Error.WriteLine($"nordicsim: {SignalName} received: cancelling (earlier results are kept; press Ctrl+C again to stop at once).");
        _ = Source.CancelAsync();
    }
}
