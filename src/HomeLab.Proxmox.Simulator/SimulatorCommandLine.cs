using System.Globalization;

namespace HomeLab.Proxmox.Simulator;

/// <summary>
/// The standalone simulator's arguments: <c>--port 8006 [--latency-ms 100] [--env-file path] [--offline-downloads]</c>.
/// </summary>
internal sealed record SimulatorCommandLine(int Port, int LatencyMs, string? EnvFile, bool OfflineDownloads = false)
{
    public const string Usage = "usage: HomeLab.Proxmox.Simulator [--port 8006] [--latency-ms 0] [--env-file path] [--offline-downloads]";

    public static bool TryParse(string[] args, out SimulatorCommandLine commandLine, out string? error)
    {
        commandLine = new SimulatorCommandLine(8006, 0, null);
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                error = Usage;
                return false;
            }

            if (name == "--offline-downloads")
            {
                commandLine = commandLine with { OfflineDownloads = true };
                continue;
            }

            if (i + 1 >= args.Length)
            {
                error = $"{name} needs a value; {Usage}";
                return false;
            }

            var value = args[++i];
            switch (name)
            {
                case "--port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535:
                    commandLine = commandLine with { Port = port };
                    break;
                case "--latency-ms" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var latency):
                    commandLine = commandLine with { LatencyMs = latency };
                    break;
                case "--env-file":
                    commandLine = commandLine with { EnvFile = value };
                    break;
                case "--port" or "--latency-ms":
                    error = $"{name} '{value}' is not a valid number; {Usage}";
                    return false;
                default:
                    error = $"unknown option {name}; {Usage}";
                    return false;
            }
        }

        return true;
    }
}
