namespace HomeLab.Tools.Docker;

/// <summary>What a short docker command left: its exit code and both streams, raw (parse them, never show them).</summary>
internal sealed record DockerCliResult(int ExitCode, IReadOnlyList<string> StandardOutput, IReadOnlyList<string> StandardError);
