using HomeLab.L0.Runway.Api;
using HomeLab.L0.Runway.Results;
using HomeLab.Configuration;
using HomeLab.Proxmox;

namespace HomeLab.L0.Runway.Checks;

/// <summary>
/// Check 6: PVE_STORAGE_ISO and PVE_STORAGE_VM exist on the node (GET /nodes/{node}/storage), are enabled and
/// active, and allow iso and images. Proxmox leaves storages the token may not audit out of that list, so a
/// missing storage is first explained by the token's permissions when they say so.
/// </summary>
public sealed class StorageConsistencyCheck : IApiCheck
{
    public string Name => CheckNames.StorageConsistency;

    public IReadOnlyList<string> NeededVariables { get; } = [LabVariables.Node, LabVariables.StorageVm];

    public bool NeedsUsableNode => true;

    public async Task<CheckResult> RunAsync(LabSettings settings, ProxmoxReads api)
    {
        var node = settings.Node!;
        IReadOnlyList<PveStorage> storages;
        try
        {
            storages = await api.Storages(node).ConfigureAwait(false);
        }
        catch (ProxmoxException ex)
        {
            return CheckResult.Fail(Name, $"Could not list the storages of node '{node}': {Reasons.Plain(ex.Message)}.");
        }

        var failures = new List<string>();
        var roles = StorageRole.From(settings);
        foreach (var role in roles)
        {
            var storage = storages.FirstOrDefault(s => s.Storage == role.Storage);
            if (storage is null)
            {
                failures.Add(await TokenCannotAuditAsync(api, role.Storage).ConfigureAwait(false)
                    ? $"{role} is not visible: token lacks {Privileges.DatastoreAudit} on /storage/{role.Storage}, so Proxmox hides it from the storage list."
                    : $"{role} ({role.Variable}) not found on node '{node}'; the node has: {Reasons.List(storages.Select(s => s.Storage), "no storages")}.");
                continue;
            }

            if (!storage.Enabled)
            {
                failures.Add($"{role} is disabled; enable it under Datacenter > Storage or set {role.Variable} to another storage.");
            }
            else if (!storage.Active)
            {
                failures.Add($"{role} is not active on node '{node}'; check that it is mounted and reachable.");
            }

            if (!storage.Allows(role.Content))
            {
                failures.Add($"{role} does not allow content '{role.Content}' (it allows: {Reasons.List(storage.Content, "nothing")}); add '{role.Content}' to its content or set {role.Variable} to another storage.");
            }
        }

        var ok = string.Join("; ", roles.Select(r => $"{r} allows {r.Content}")) + "; enabled and active";
        return CheckResult.From(Name, failures, [], ok);
    }

    private static async Task<bool> TokenCannotAuditAsync(ProxmoxReads api, string storage)
    {
        try
        {
            var permissions = await api.Permissions.ConfigureAwait(false);
            var path = $"/storage/{storage}";
            return !permissions.Has(path, Privileges.DatastoreAudit) && !permissions.Has(path, Privileges.DatastoreAllocateSpace);
        }
        catch (ProxmoxException)
        {
            return false;
        }
    }
}
