namespace HomeLab.Proxmox.Simulator;

/// <summary>What GET /version answers. <see cref="Release"/> is the first two parts of <see cref="Version"/>.</summary>
public sealed record SimVersion(string Version, string Release, string RepoId)
{
    public static SimVersion Default { get; } = new("9.2.11", "9.2", "2d1e5a7c90b3f4e6");

    /// <summary>A version such as "8.4.21" (or the pre-8.0 "7.4-20"), with the release derived from it.</summary>
    public static SimVersion Of(string version, string repoId = "2d1e5a7c90b3f4e6") =>
        new(version, string.Join('.', version.Split('.', '-').Take(2)), repoId);
}
