using HomeLab.L0.Runway.Api;
using HomeLab.L0.Runway.Results;
using HomeLab.Configuration;
using HomeLab.Proxmox;

namespace HomeLab.L0.Runway.Checks;

/// <summary>Check 7: the token holds every privilege in <see cref="RequiredPrivileges"/> (GET /access/permissions); one reason per path.</summary>
public sealed class PrivilegesCheck : IApiCheck
{
    public string Name => CheckNames.Privileges;

    public IReadOnlyList<string> NeededVariables { get; } = [LabVariables.Node, LabVariables.StorageVm];

    public bool NeedsUsableNode => false;

    public async Task<CheckResult> RunAsync(LabSettings settings, ProxmoxReads api)
    {
        PvePermissions permissions;
        try
        {
            permissions = await api.Permissions.ConfigureAwait(false);
        }
        catch (ProxmoxException ex)
        {
            return CheckResult.Fail(Name, $"Could not read the token's permissions: {Reasons.Plain(ex.Message)}.");
        }

        var token = settings.TokenId;
        var node = settings.Node!;
        var requirements = RequiredPrivileges.For(node, settings.StorageIso, settings.StorageVm!, settings.Bridge);
        var failures = new List<string>();
        foreach (var requirement in requirements)
        {
            var missing = requirement.Privileges.Where(p => !permissions.Has(requirement.Path, p)).ToList();
            if (missing.Count > 0)
            {
                failures.Add($"Token '{token}' lacks {string.Join(", ", missing)} on {requirement.Path} ({requirement.Why}).");
            }
        }

        if (!RequiredPrivileges.MayDownloadUrl(permissions, node))
        {
            failures.Add($"Token '{token}' may not let Proxmox download ISOs: it needs {Privileges.SysAudit} and {Privileges.SysModify} on /, or {Privileges.SysAccessNetwork} on /nodes/{node}.");
        }

        var count = requirements.Sum(r => r.Privileges.Count);
        return CheckResult.From(Name, failures, [], $"token '{token}' holds the {count} privileges later layers need, and may download ISOs");
    }
}
