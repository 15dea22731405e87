using System.Diagnostics;

namespace HomeLab.Manifests.Tests.Support;

/// <summary>Starts HomeLab.Manifests.Writer (built beside the tests) as a separate process.</summary>
internal sealed class WriterProcess : IDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;

    private WriterProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the writer and waits until it prints <paramref name="readyLine"/>.</summary>
    public static WriterProcess Start(string readyLine, params string[] arguments)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "HomeLab.Manifests.Writer.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writer);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var line = process.StandardOutput.ReadLineAsync();
        if (!line.Wait(ReadyTimeout) || line.Result != readyLine)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new InvalidOperationException(
                $"The writer did not print '{readyLine}' (got '{(line.IsCompleted ? line.Result : "nothing")}'): {process.StandardError.ReadToEnd()}");
        }

        return new WriterProcess(process);
    }

    /// <summary>SIGKILL: the process gets no chance to finish what it is writing.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Closes its standard input (a lock holder then releases and exits) and waits for it.</summary>
    public void Finish()
    {
        _process.StandardInput.Close();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }
}
