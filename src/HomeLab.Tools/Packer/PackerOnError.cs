namespace HomeLab.Tools.Packer;

/// <summary>What <c>packer build</c> does when a build fails (<c>-on-error=…</c>).</summary>
public enum PackerOnError
{
    /// <summary>Clean up (packer's default).</summary>
    Cleanup,

    /// <summary>Stop and leave everything as it is, for debugging.</summary>
    Abort,

    /// <summary>Ask; needs a terminal, so not for unattended runs.</summary>
    Ask,

    /// <summary>Run the error-cleanup provisioner, then clean up.</summary>
    RunCleanupProvisioner,
}
