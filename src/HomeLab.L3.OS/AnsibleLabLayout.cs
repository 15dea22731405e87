namespace HomeLab.L3.OS;

/// <summary>
/// Where the lab's Ansible files are, in the original tooling's layout: <c>ansible.cfg</c> at the lab root,
/// <c>ansible/inventory/</c>, and the playbooks under <c>ansible/l3/</c> and <c>ansible/l4/</c>.
/// </summary>
public sealed class AnsibleLabLayout(string labRoot)
{
    public string Root { get; } = Path.GetFullPath(labRoot);

    /// <summary><c>ansible.cfg</c>, handed to ansible as ANSIBLE_CONFIG when the lab has one.</summary>
    public string ConfigFile => Path.Combine(Root, "ansible.cfg");

    /// <summary>The hand-written inventory folder: hosts.yaml, group_vars/, host_vars/.</summary>
    public string InventoryDirectory => Path.Combine(Root, "ansible", "inventory");

    public string ConvergePlaybook(ConvergeLayer layer) => Path.Combine(Root, "ansible", layer.Folder(), "converge.yaml");

    public string RebootPlaybook => Path.Combine(Root, "ansible", "l3", "reboot.yaml");

    public string ShutdownPlaybook => Path.Combine(Root, "ansible", "l3", "shutdown.yaml");

    /// <summary>A Docker Compose stack: <c>compose/&lt;host&gt;/&lt;stack&gt;/compose.yaml</c>.</summary>
    public string StackFile(string host, string stack) => Path.Combine(Root, "compose", host, stack, "compose.yaml");

    /// <summary>A path as messages show it: relative to the lab when inside it.</summary>
    public string Display(string path)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? path
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
