using Cake.Core.IO;
using Path = Cake.Core.IO.Path;

namespace HomeLab.Tools.Ansible;

/// <summary>Settings for <c>ansible-inventory --list</c>, which reads the inventory as JSON.</summary>
public sealed class AnsibleInventorySettings : AnsibleSettings
{
    /// <summary>
    /// Inventory sources, each passed as <c>-i</c> in this order, as for <see cref="AnsiblePlaybookSettings.Inventories"/>.
    /// Empty leaves ansible to its config's <c>inventory</c>.
    /// </summary>
    public IList<Path> Inventories { get; set; } = new List<Path>();

    /// <summary>Only the hosts matching this pattern (<c>--limit "pattern"</c>).</summary>
    public string? Limit { get; set; }
}
