namespace HomeLab.Tools.Docker;

/// <summary>Settings for <c>compose pull</c>.</summary>
public sealed class DockerComposePullSettings : DockerComposeCommandSettings
{
    /// <summary>Print no progress (<c>--quiet</c>).</summary>
    public bool Quiet { get; set; }

    /// <summary>Pull what can be pulled and carry on past failures (<c>--ignore-pull-failures</c>).</summary>
    public bool IgnorePullFailures { get; set; }
}
