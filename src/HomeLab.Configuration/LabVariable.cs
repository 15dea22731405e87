namespace HomeLab.Configuration;

/// <summary>Where a variable is documented and what reads it.</summary>
public enum LabVariableGroup
{
    /// <summary>Every layer that talks to Proxmox needs it.</summary>
    Required,

    /// <summary>Optional, with a default.</summary>
    Optional,

    /// <summary>Decides whether Doppler loads the secrets; read before the secrets are.</summary>
    Doppler,
}

/// <summary>One environment variable HomeLab reads: its name, default and meaning, as docs/operations.md lists it.</summary>
/// <param name="Name">The variable's name.</param>
/// <param name="Meaning">One sentence for the operator.</param>
/// <param name="Default">The value used when it is unset, as the docs show it; null when there is none.</param>
/// <param name="Group">Which table of the docs lists it.</param>
/// <param name="Secret">Its value is masked in every output and never written.</param>
public sealed record LabVariable(string Name, string Meaning, string? Default, LabVariableGroup Group, bool Secret = false);
