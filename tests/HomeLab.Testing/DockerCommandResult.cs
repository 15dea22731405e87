namespace HomeLab.Testing;

/// <summary>What a docker command run by <see cref="DockerEngineFixture"/> printed.</summary>
public sealed record DockerCommandResult(int ExitCode, string StandardOutput, string StandardError);
