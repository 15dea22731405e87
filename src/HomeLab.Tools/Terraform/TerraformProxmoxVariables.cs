using System.Text;
using Cake.Core;

namespace HomeLab.Tools.Terraform;

/// <summary>
/// The values L2's roots read as <c>TF_VAR_*</c> variables to reach Proxmox, handed in by the caller (this library
/// reads no environment variable itself). <see cref="TerraformSettingsExtensions.WithProxmoxVariables{T}"/> puts them
/// in terraform's environment, the token secret as a secret.
/// </summary>
public sealed record TerraformProxmoxVariables
{
    /// <summary>Where the original tooling read <see cref="AccessHost"/> from.</summary>
    public const string AccessHostSource = "PVE_ACCESS_HOST";

    /// <summary>Where the original tooling read <see cref="TokenId"/> from.</summary>
    public const string TokenIdSource = "PM_TOKEN_ID";

    /// <summary>Where the original tooling read <see cref="TokenSecret"/> from.</summary>
    public const string TokenSecretSource = "PM_TOKEN_SECRET";

    /// <summary>Where the original tooling read <see cref="PublicKey"/> from.</summary>
    public const string PublicKeySource = "TF_VAR_PROXMOX_VM_PUBLIC_KEY";

    /// <summary>The root variable <c>pve_access_host</c>.</summary>
    public const string AccessHostVariable = "TF_VAR_pve_access_host";

    /// <summary>The root variable <c>pm_token_id</c>.</summary>
    public const string TokenIdVariable = "TF_VAR_pm_token_id";

    /// <summary>The root variable <c>pm_token_secret</c> (sensitive).</summary>
    public const string TokenSecretVariable = "TF_VAR_pm_token_secret";

    /// <summary>The root variable <c>proxmox_vm_public_key</c>.</summary>
    public const string PublicKeyVariable = "TF_VAR_proxmox_vm_public_key";

    /// <summary>The root variable <c>pm_tls_insecure</c> (false unless set).</summary>
    public const string TlsInsecureVariable = "TF_VAR_pm_tls_insecure";

    /// <summary>The Proxmox API address, e.g. <c>https://pve.lan:8006</c>; the roots append <c>/api2/json</c>.</summary>
    public string? AccessHost { get; init; }

    /// <summary>The API token's id, e.g. <c>terraform@pve!l2</c>.</summary>
    public string? TokenId { get; init; }

    /// <summary>The API token's secret; masked wherever terraform prints it, and never shown by this record.</summary>
    public string? TokenSecret { get; init; }

    /// <summary>The text of the SSH public key the VMs accept (not its path).</summary>
    public string? PublicKey { get; init; }

    /// <summary>Accept Proxmox's self-signed certificate (<c>TF_VAR_pm_tls_insecure=true</c>).</summary>
    public bool TlsInsecure { get; init; }

    /// <summary>
    /// What is missing, as one line naming the variable to set, or <c>null</c> when all is there. A host can show it
    /// before anything runs.
    /// </summary>
    public string? Problem
    {
        get
        {
            if (string.IsNullOrWhiteSpace(AccessHost))
            {
                return $"{AccessHostSource} is not set; L2 needs the Proxmox API address: set it, e.g. {AccessHostSource}=https://pve.lan:8006.";
            }

            if (string.IsNullOrWhiteSpace(TokenId))
            {
                return $"{TokenIdSource} is not set; L2 needs the Proxmox API token's id: set it, e.g. {TokenIdSource}=terraform@pve!l2.";
            }

            if (string.IsNullOrWhiteSpace(TokenSecret))
            {
                return $"{TokenSecretSource} is not set; L2 needs the Proxmox API token's secret: set it, or let Doppler load it.";
            }

            if (string.IsNullOrWhiteSpace(PublicKey))
            {
                return $"{PublicKeySource} is not set; L2 needs the SSH public key the VMs accept: set it to the key's text, " +
                    $"e.g. export {PublicKeySource}=\"$(cat ~/.ssh/id_ed25519.pub)\".";
            }

            return null;
        }
    }

    /// <summary>Fails with <see cref="Problem"/> when a value is missing.</summary>
    /// <exception cref="CakeException">A value is missing.</exception>
    public void EnsureComplete()
    {
        if (Problem is { } problem)
        {
            throw new CakeException(problem);
        }
    }

    /// <summary>The variables that are not secret, by name; <c>TF_VAR_pm_tls_insecure</c> only when it is true.</summary>
    public IReadOnlyDictionary<string, string> PlainVariables()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [AccessHostVariable] = AccessHost ?? string.Empty,
            [TokenIdVariable] = TokenId ?? string.Empty,
            [PublicKeyVariable] = PublicKey?.Trim() ?? string.Empty,
        };
        if (TlsInsecure)
        {
            variables[TlsInsecureVariable] = "true";
        }

        return variables;
    }

    /// <summary>The secret variables, by name.</summary>
    public IReadOnlyDictionary<string, string> SecretVariables() =>
        new Dictionary<string, string>(StringComparer.Ordinal) { [TokenSecretVariable] = TokenSecret ?? string.Empty };

    /// <summary>Keeps the token secret out of <see cref="object.ToString"/>.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AccessHost = ").Append(AccessHost)
            .Append(", TokenId = ").Append(TokenId)
            .Append(", TokenSecret = ").Append(TokenSecret is null ? string.Empty : "[REDACTED]")
            .Append(", PublicKey = ").Append(PublicKey)
            .Append(", TlsInsecure = ").Append(TlsInsecure);
        return true;
    }
}
