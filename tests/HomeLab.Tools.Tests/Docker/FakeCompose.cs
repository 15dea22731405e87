using System.Text;
using HomeLab.Testing;

namespace HomeLab.Tools.Tests.Docker;

/// <summary>
/// Fake <c>docker</c> and <c>docker-compose</c> bash scripts in a bin folder of their own (v2 cannot be installed
/// here, so the plugin's argument shape is proven on a fake). Each call appends its arguments, one per line, and
/// DOCKER_HOST to a record file. <c>docker compose version</c> succeeds only when the fake has the plugin; <c>ps
/// --format json</c> prints two containers as v2 does; any other call prints the secret it inherited on both streams
/// (so masking can be checked) and exits with the configured code.
/// </summary>
internal sealed class FakeCompose
{
    public const string CallSeparator = "=== call ===";

    private FakeCompose(string binDirectory, string recordFile)
    {
        BinDirectory = binDirectory;
        RecordFile = recordFile;
    }

    public string BinDirectory { get; }

    public string RecordFile { get; }

    public static FakeCompose Create(string root, bool docker, bool plugin, bool standalone, string secretVariable, int exitCode = 0)
    {
        var bin = Directory.CreateDirectory(Path.Combine(root, "fake-bin")).FullName;
        var record = Path.Combine(root, "calls.txt");
        if (docker)
        {
            Executable.WriteScript(Path.Combine(bin, "docker"), Script("docker", record, plugin, secretVariable, exitCode));
        }

        if (standalone)
        {
            Executable.WriteScript(Path.Combine(bin, "docker-compose"), Script("docker-compose", record, plugin: false, secretVariable, exitCode));
        }

        return new FakeCompose(bin, record);
    }

    /// <summary>Each call as its program name followed by its arguments, e.g. <c>docker compose version</c>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Calls()
    {
        if (!File.Exists(RecordFile))
        {
            return [];
        }

        var calls = new List<IReadOnlyList<string>>();
        List<string>? current = null;
        foreach (var line in File.ReadAllLines(RecordFile))
        {
            if (line == CallSeparator)
            {
                current = [];
                calls.Add(current);
            }
            else if (line.StartsWith("arg=", StringComparison.Ordinal))
            {
                current!.Add(line["arg=".Length..]);
            }
            else if (line.StartsWith("program=", StringComparison.Ordinal))
            {
                current!.Add(line["program=".Length..]);
            }
        }

        return calls;
    }

    /// <summary>The DOCKER_HOST values the calls saw, in order.</summary>
    public IReadOnlyList<string> DockerHosts() => File.Exists(RecordFile)
        ? File.ReadAllLines(RecordFile).Where(l => l.StartsWith("DOCKER_HOST=", StringComparison.Ordinal)).Select(l => l["DOCKER_HOST=".Length..]).ToList()
        : [];

    private static string Script(string program, string record, bool plugin, string secretVariable, int exitCode)
    {
        var prefix = program == "docker" ? "compose " : string.Empty;
        return new StringBuilder()
            .Append("#!/bin/bash\n")
            .Append("{\n")
            .Append($"  printf '%s\\n' '{CallSeparator}' 'program={program}'\n")
            .Append("  for a in \"$@\"; do printf 'arg=%s\\n' \"$a\"; done\n")
            .Append("  printf 'DOCKER_HOST=%s\\n' \"${DOCKER_HOST-}\"\n")
            .Append($"}} >> '{record}'\n")
            .Append("if [[ $1 == compose && $2 == version ]]; then\n")
            .Append(plugin ? "  echo 'Docker Compose version v2.29.7'; exit 0\n" : "  echo 'docker: unknown command: docker compose' >&2; exit 1\n")
            .Append("fi\n")
            .Append("if [[ \" $* \" == *' ps --format json '* ]]; then\n")
            .Append("  echo '{\"ID\":\"b2\",\"Name\":\"demo-worker-1\",\"Service\":\"worker\",\"State\":\"exited\",\"Status\":\"Exited (1) 3 seconds ago\",\"Health\":\"\",\"Image\":\"busybox\",\"Ports\":\"\"}'\n")
            .Append("  echo '{\"ID\":\"a1\",\"Name\":\"demo-web-1\",\"Service\":\"web\",\"State\":\"running\",\"Status\":\"Up 2 minutes (healthy)\",\"Health\":\"healthy\",\"Image\":\"busybox\",\"Ports\":\"0.0.0.0:8080->80/tcp, 443/tcp\"}'\n")
            .Append("  exit 0\n")
            .Append("fi\n")
            .Append($"printf 'fake {prefix}%s secret=%s\\n' \"$*\" \"${{{secretVariable}-}}\"\n")
            .Append($"printf 'ERROR: stderr secret=%s\\n' \"${{{secretVariable}-}}\" >&2\n")
            .Append($"exit {exitCode}\n")
            .ToString();
    }
}
