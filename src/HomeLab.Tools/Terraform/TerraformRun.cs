namespace HomeLab.Tools.Terraform;

/// <summary>What one terraform run left behind: its exit code and what it printed.</summary>
internal sealed record TerraformRun(int ExitCode, ToolOutput Output);
