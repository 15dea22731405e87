using System.Text;
using System.Text.Json;

namespace HomeLab.L3.OS;

/// <summary>
/// Renders L2's hosts as an Ansible YAML inventory (<c>artifacts/l3/inventory.l2.yaml</c>): every host with
/// <c>ansible_host</c> and <c>ansible_user</c>, in the groups <c>&lt;os&gt;</c>, <c>&lt;persona&gt;</c> and
/// <c>&lt;os&gt;_&lt;persona&gt;</c>. It is passed before the lab's own inventory, so the hand-written one wins.
/// </summary>
public static class L2InventoryRenderer
{
    public const string FileName = "inventory.l2.yaml";

    public static string Render(IReadOnlyList<InventoryHost> hosts)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        var text = new StringBuilder();
        text.AppendLine("# Rendered by HomeLab from artifacts/l2/hosts.json. The lab's ansible/inventory/ is read after it and wins.");
        text.AppendLine("all:");
        text.AppendLine("  hosts:");
        foreach (var host in hosts)
        {
            text.AppendLine($"    {Scalar(host.Name)}:");
            text.AppendLine($"      ansible_host: {Scalar(host.Ip)}");
            text.AppendLine($"      ansible_user: {Scalar(host.SshUser)}");
        }

        var groups = hosts
            .SelectMany(host => new[] { host.Os, host.Persona, $"{host.Os}_{host.Persona}" }.Distinct().Select(group => (Group: group, host.Name)))
            .GroupBy(member => member.Group, member => member.Name, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToList();
        if (groups.Count > 0)
        {
            text.AppendLine("  children:");
            foreach (var group in groups)
            {
                text.AppendLine($"    {Scalar(group.Key)}:");
                text.AppendLine("      hosts:");
                foreach (var name in group.Distinct(StringComparer.Ordinal))
                {
                    text.AppendLine($"        {Scalar(name)}: {{}}");
                }
            }
        }

        return text.ToString();
    }

    /// <summary>Writes the inventory into <paramref name="directory"/> (only when it changed) and returns its path.</summary>
    public static string Write(string directory, IReadOnlyList<InventoryHost> hosts)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        var text = Render(hosts);
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text); // an unchanged file keeps its time, so the inventory listing kept for it stays valid
        }

        return path;
    }

    // A JSON string is a valid double-quoted YAML scalar, whatever characters it holds.
    private static string Scalar(string value) => JsonSerializer.Serialize(value);
}
