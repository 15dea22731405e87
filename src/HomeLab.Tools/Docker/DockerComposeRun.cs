namespace HomeLab.Tools.Docker;

/// <summary>What one compose run left behind: its exit code, what it printed, and which Compose ran.</summary>
internal sealed record DockerComposeRun(int ExitCode, ToolOutput Output, ComposeSelection Selection);
