using System.Text.Json;

namespace HomeLab.L3.OS;

/// <summary>Reads L2's <c>artifacts/l2/hosts.json</c>: <c>{"hosts":[{name, ip, ssh_user, tags, os, persona, node}]}</c>.</summary>
public static class L2HostsFile
{
    /// <exception cref="InvalidDataException">The file is not what L2 writes (one line naming the file and the fix).</exception>
    public static IReadOnlyList<InventoryHost> Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.GetProperty("hosts").EnumerateArray().Select(host => new InventoryHost(
                host.GetProperty("name").GetString()!,
                host.GetProperty("ip").GetString()!,
                host.GetProperty("ssh_user").GetString()!,
                host.GetProperty("os").GetString()!,
                host.GetProperty("persona").GetString()!,
                host.TryGetProperty("tags", out var tags) ? tags.EnumerateArray().Select(tag => tag.GetString()!).ToList() : [])).ToList();
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path} is not L2's hosts file ({ex.Message.TrimEnd('.')}); run ./build.sh --target=L2 to write it again.", ex);
        }
    }
}
