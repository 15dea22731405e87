namespace HomeLab.Frosting.Tests.Support;

/// <summary>The outcome of one in-process run of the host.</summary>
internal sealed record HostRun(int ExitCode, string Output, string[] ErrorLines, IReadOnlyList<string> Journal);
