namespace HomeLab.Clean;

/// <summary>
/// What Clean removes. Root-only rules are the lab's own scratch folders; the rest match at any depth because Packer,
/// Terraform and Ansible write next to the configuration they run.
/// </summary>
/// <remarks>
/// Rendered files follow one convention: a generated inventory lives in an <c>inventory/rendered/</c> directory, and any
/// other generated file carries <c>.rendered.</c> in its name (e.g. <c>hosts.rendered.yml</c>).
/// Deliberately absent: Terraform's working folder <c>.terraform/</c> and its lock file <c>.terraform.lock.hcl</c>
/// (see <see cref="ProtectedPaths"/>), <c>.build/</c> (the build host's own cache, in use while Clean runs) and
/// <c>bin/</c>/<c>obj/</c> (<c>dotnet clean</c>'s job). L2's saved plans go with <c>.cache/</c>: they hold the token secret.
/// </remarks>
public static class CleanRules
{
    /// <summary>Every rule, in the order they are checked.</summary>
    public static IReadOnlyList<CleanRule> All { get; } =
    [
        new("artifacts", CleanTarget.Directory, RootOnly: true, "build artifacts and manifests"),
        new(".iso-build", CleanTarget.Directory, RootOnly: true, "ISO build scratch"),
        new(".template-build-*", CleanTarget.Directory, RootOnly: true, "template build scratch"),
        new(".cache", CleanTarget.Directory, RootOnly: true, "cached downloads"),
        new("rendered", CleanTarget.Directory, RootOnly: false, "rendered inventory", ParentName: "inventory"),
        new("*.rendered.*", CleanTarget.File, RootOnly: false, "rendered file"),
        new("output-*", CleanTarget.Directory, RootOnly: false, "Packer output"),
        new("packer_cache", CleanTarget.Directory, RootOnly: false, "Packer cache"),
        new("packer-manifest.json", CleanTarget.File, RootOnly: false, "Packer manifest"),
        new("*.tfplan", CleanTarget.File, RootOnly: false, "Terraform plan"),
        new("tfplan", CleanTarget.File, RootOnly: false, "Terraform plan"),
        new(".ansible", CleanTarget.Directory, RootOnly: false, "Ansible local cache"),
        new("fact_cache", CleanTarget.Directory, RootOnly: false, "Ansible fact cache"),
        new("*.retry", CleanTarget.File, RootOnly: false, "Ansible retry file"),
    ];

    internal static CleanRule? Match(string name, string? parentName, bool atRoot, bool isDirectory, bool isLink) =>
        All.FirstOrDefault(rule => rule.Matches(name, parentName, atRoot, isDirectory, isLink));
}
