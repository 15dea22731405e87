namespace HomeLab.L1.Templates;

/// <summary>Whether <see cref="TemplateBuildRun"/> builds every OS it is given, or only those that need it.</summary>
public enum BuildMode
{
    /// <summary>Build every OS (<c>--target=L1</c>, <c>--rebuild-templates</c>).</summary>
    Always,

    /// <summary>Build an OS only when <see cref="BuildRequirement"/> says so (L1 running below a higher layer).</summary>
    WhenRequired,
}
