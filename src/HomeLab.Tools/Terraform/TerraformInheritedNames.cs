namespace HomeLab.Tools.Terraform;

/// <summary>
/// Keeps terraform's variables under the exact names the wrapper sets. Cake's process runner sets a child's variable
/// under any inherited name that differs from it only in case (it matches names case-insensitively), so with the
/// original tooling's <c>TF_VAR_PROXMOX_VM_PUBLIC_KEY</c> exported, <c>TF_VAR_proxmox_vm_public_key</c> never reached
/// terraform, which reads names case-sensitively. On Unix, where the two are different variables, such inherited names
/// are removed from this process's environment before terraform starts; the wrapper hands their values on itself.
/// </summary>
internal static class TerraformInheritedNames
{
    /// <summary>Removes the inherited names that only differ in case from <paramref name="names"/>.</summary>
    /// <returns>The names removed.</returns>
    public static IReadOnlyList<string> ReleaseCaseVariants(IEnumerable<string> names)
    {
        if (OperatingSystem.IsWindows())
        {
            return []; // one variable there, whatever the case
        }

        var wanted = names.ToHashSet(StringComparer.Ordinal);
        var variants = Environment.GetEnvironmentVariables().Keys.OfType<string>()
            .Where(name => !wanted.Contains(name) && wanted.Contains(name, StringComparer.OrdinalIgnoreCase))
            .ToList();
        foreach (var name in variants)
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        return variants;
    }
}
