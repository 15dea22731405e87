namespace HomeLab.Build.Tests.Support;

/// <summary>The two entry points: build.sh (bash) and build.ps1 (PowerShell 7).</summary>
public enum BuildScript
{
    Bash,
    PowerShell,
}
