namespace HomeLab.Tools.Packer;

/// <summary>Settings for <c>packer build</c>.</summary>
public sealed class PackerBuildSettings : PackerTemplateSettings
{
    /// <summary>Delete existing artifacts and build anyway (<c>-force</c>).</summary>
    public bool Force { get; set; }

    /// <summary>
    /// Coloured output. Off by default (<c>-color=false</c>): the output goes to a log, where escape codes are noise.
    /// </summary>
    public bool Color { get; set; }

    /// <summary>Packer's comma-separated machine-readable output (<c>-machine-readable</c>) instead of the UI text.</summary>
    public bool MachineReadable { get; set; }

    /// <summary>Prefix each UI line with an RFC 3339 timestamp (<c>-timestamp-ui</c>).</summary>
    public bool TimestampUi { get; set; }

    /// <summary>How many builds run at once (<c>-parallel-builds=N</c>); 0 means no limit; <c>null</c> leaves packer's default.</summary>
    public int? ParallelBuilds { get; set; }

    /// <summary>What to do when a build fails (<c>-on-error=…</c>); <c>null</c> leaves packer's default (clean up).</summary>
    public PackerOnError? OnError { get; set; }
}
