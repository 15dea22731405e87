using System.Globalization;

namespace HomeLab.Proxmox.Simulator;

/// <summary>
/// The standalone simulator's arguments: <c>--port 8006 [--latency-ms 100] [--env-file path] [--offline-downloads]
/// [--pve-version 9.2.11] [--storage-content local=iso,vztmpl,backup,import]… [--auth-failure-delay-ms 3000]</c>.
/// Every option with a value also takes the <c>--name=value</c> form.
/// </summary>
internal sealed record SimulatorCommandLine(
    int Port,
    int LatencyMs,
    string? EnvFile,
    bool OfflineDownloads = false,
    SimVersion? PveVersion = null,
    IReadOnlyList<StorageContentSetting>? StorageContent = null,
    int AuthFailureDelayMs = 3000)
{
    public const string Usage =
        "usage: HomeLab.Proxmox.Simulator [--port 8006] [--latency-ms 0] [--env-file path] [--offline-downloads] " +
        "[--pve-version x.y.z] [--storage-content storage=type,type]... [--auth-failure-delay-ms 3000]";

    /// <summary>The release the simulator behaves like.</summary>
    public SimVersion Version => PveVersion ?? SimVersion.Default;

    public static bool TryParse(string[] args, out SimulatorCommandLine commandLine, out string? error)
    {
        commandLine = new SimulatorCommandLine(8006, 0, null);
        error = null;
        var storageContent = new List<StorageContentSetting>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string? inlineValue = null;
            if (name.StartsWith("--", StringComparison.Ordinal) && name.IndexOf('=') is > 2 and var equals)
            {
                inlineValue = name[(equals + 1)..];
                name = name[..equals];
            }

            if (name is "-h" or "--help")
            {
                error = Usage;
                return false;
            }

            if (name == "--offline-downloads" && inlineValue is null)
            {
                commandLine = commandLine with { OfflineDownloads = true };
                continue;
            }

            if (inlineValue is null && i + 1 >= args.Length)
            {
                error = $"{name} needs a value; {Usage}";
                return false;
            }

            var value = inlineValue ?? args[++i];
            switch (name)
            {
                case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535:
                    commandLine = commandLine with { Port = port };
                    break;
                case "--latency-ms" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var latency):
                    commandLine = commandLine with { LatencyMs = latency };
                    break;
                case "--auth-failure-delay-ms" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var delay):
                    commandLine = commandLine with { AuthFailureDelayMs = delay };
                    break;
                case "--env-file":
                    commandLine = commandLine with { EnvFile = value };
                    break;
                case "--pve-version" when SimVersion.TryParse(value, out var version):
                    commandLine = commandLine with { PveVersion = version };
                    break;
                case "--pve-version":
                    error = $"--pve-version '{value}' is not a version such as 8.4.1 or {SimVersion.Default.Version}; {Usage}";
                    return false;
                case "--storage-content" when StorageContentSetting.TryParse(value, out var setting, out _):
                    storageContent.RemoveAll(s => s.Storage == setting.Storage);
                    storageContent.Add(setting);
                    break;
                case "--storage-content":
                    error = $"--storage-content: {StorageContentSetting.TryParseError(value)}; {Usage}";
                    return false;
                case "--port" or "--latency-ms" or "--auth-failure-delay-ms":
                    error = $"{name} '{value}' is not a valid number; {Usage}";
                    return false;
                default:
                    error = $"unknown option {name}; {Usage}";
                    return false;
            }
        }

        if (storageContent.Count > 0)
        {
            commandLine = commandLine with { StorageContent = storageContent };
        }

        var simulated = commandLine.Version;
        if (storageContent.Select(s => s.ProblemOn(simulated)).FirstOrDefault(p => p is not null) is { } problem)
        {
            error = $"--storage-content: {problem}; leave 'import' out or pick a later --pve-version.";
            return false;
        }

        return true;
    }
}
