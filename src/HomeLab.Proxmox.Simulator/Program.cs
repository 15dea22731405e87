using HomeLab.Proxmox.Simulator;

if (!SimulatorCommandLine.TryParse(args, out var commandLine, out var error))
{
    Console.Error.WriteLine(error);
    return 2;
}

var state = SimulatorState.CreateDefault(commandLine.Version);
state.AuthFailureDelay = TimeSpan.FromMilliseconds(commandLine.AuthFailureDelayMs);
try
{
    foreach (var setting in commandLine.StorageContent ?? [])
    {
        state.ApplyStorageContent(setting);
    }
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine($"--storage-content: {e.Message}.");
    return 2;
}

ProxmoxSimulator simulator;
try
{
    simulator = await ProxmoxSimulator.StartAsync(state, commandLine.Port, logWarnings: true, CancellationToken.None).ConfigureAwait(false);
}
catch (IOException e)
{
    Console.Error.WriteLine($"Could not listen on 127.0.0.1:{commandLine.Port} ({e.Message.TrimEnd('.')}); pick another --port.");
    return 1;
}

await using (simulator.ConfigureAwait(false))
{
    simulator.Faults.GlobalLatency = TimeSpan.FromMilliseconds(commandLine.LatencyMs);
    simulator.State.OfflineDownloads = commandLine.OfflineDownloads;
    var exports = string.Join('\n',
        $"export PVE_ACCESS_HOST={simulator.AccessHost}",
        $"export PM_TOKEN_ID='{simulator.TokenId}'",
        $"export PM_TOKEN_SECRET='{simulator.TokenSecret}'",
        $"export PVE_TLS_FINGERPRINT={simulator.CertificateFingerprint}") + "\n";

    Console.WriteLine($"Proxmox VE simulator listening on {simulator.BaseUrl}");
    Console.WriteLine($"  token id:     {simulator.TokenId}");
    Console.WriteLine($"  token secret: {simulator.TokenSecret}");
    Console.WriteLine($"  fingerprint:  {simulator.CertificateFingerprint}");
    Console.WriteLine($"  version:      Proxmox VE {state.Version.Version}");
    foreach (var storage in state.Node(SimulatorState.DefaultNodeName).Storages)
    {
        Console.WriteLine($"  storage:      {storage.Id} ({storage.Type}: {string.Join(',', storage.Content)})");
    }
    if (commandLine.LatencyMs > 0)
    {
        Console.WriteLine($"  latency:      {commandLine.LatencyMs} ms per request");
    }

    if (commandLine.OfflineDownloads)
    {
        Console.WriteLine("  downloads:    offline (download-url stores placeholders without fetching)");
    }

    Console.Write(exports);
    if (commandLine.EnvFile is { } envFile)
    {
        File.WriteAllText(envFile, exports);
        Console.WriteLine($"Wrote these exports to {envFile}; load them with: . {envFile}");
    }

    Console.WriteLine("Press Ctrl+C to stop.");
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };
    using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
        System.Runtime.InteropServices.PosixSignal.SIGTERM,
        context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
    }
    catch (OperationCanceledException)
    {
        Console.WriteLine("Stopped.");
    }
}

return 0;
