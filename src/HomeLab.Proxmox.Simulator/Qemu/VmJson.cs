using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace HomeLab.Proxmox.Simulator.Qemu;

/// <summary>How GET …/qemu, …/status/current and …/config show a VM, with the Perl encoder's wire types.</summary>
internal static class VmJson
{
    public static JsonObject ListEntry(SimVm vm)
    {
        var config = vm.Config;
        var entry = new JsonObject
        {
            ["vmid"] = vm.VmId,
            ["name"] = vm.Name,
            ["status"] = vm.Running ? "running" : "stopped",
            ["cpus"] = Number(config, "cores", 1) * Number(config, "sockets", 1),
            ["maxmem"] = MemoryMiB(config) * DiskSize.MiB,
            ["maxdisk"] = BootDiskSize(config),
            ["mem"] = 0,
            ["disk"] = 0,
            ["netin"] = 0,
            ["netout"] = 0,
            ["cpu"] = 0,
            ["uptime"] = vm.Running ? 3600 : 0,
        };
        if (vm.Running)
        {
            entry["pid"] = 4000 + (vm.VmId % 10_000);
        }

        if (vm.IsTemplate)
        {
            entry["template"] = 1;
        }

        if (config.TryGetValue("tags", out var tags))
        {
            entry["tags"] = tags;
        }

        if (vm.Lock is { } lockName)
        {
            entry["lock"] = lockName;
        }

        if (config.ContainsKey("serial0"))
        {
            entry["serial"] = 1;
        }

        return entry;
    }

    public static JsonObject Status(SimVm vm)
    {
        var entry = ListEntry(vm);
        entry["ha"] = vm.HaManaged ? new JsonObject { ["managed"] = 1, ["state"] = "started" } : new JsonObject { ["managed"] = 0 };
        if (AgentEnabled(vm.Get("agent")))
        {
            entry["agent"] = 1;
        }

        if (vm.Running)
        {
            entry["qmpstatus"] = "running";
        }

        return entry;
    }

    public static JsonObject Config(SimVm vm)
    {
        var config = vm.Config;
        var answer = new JsonObject();
        foreach (var (key, value) in config)
        {
            answer[key] = key switch
            {
                "cipassword" => "**********",
                _ when ConfigSchema.IsNumeric(key) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
                _ => value,
            };
        }

        answer["digest"] = Digest(config);
        return answer;
    }

    /// <summary>SHA-1 of the config file's text, as the optimistic-lock digest.</summary>
    public static string Digest(IReadOnlyDictionary<string, string> config)
    {
        var text = string.Concat(config.Select(pair => $"{pair.Key}: {pair.Value}\n"));
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static bool AgentEnabled(string? agent) =>
        agent is not null && (agent == "1" || agent.Split(',').Any(part => part is "enabled=1" or "1"));

    private static long Number(IReadOnlyDictionary<string, string> config, string key, long fallback) =>
        config.TryGetValue(key, out var text) && long.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>"2048" or "current=2048"; 512 MiB when unset, as qemu-server defaults.</summary>
    private static long MemoryMiB(IReadOnlyDictionary<string, string> config)
    {
        if (!config.TryGetValue("memory", out var memory))
        {
            return 512;
        }

        var current = memory.Split(',').Select(p => p.StartsWith("current=", StringComparison.Ordinal) ? p["current=".Length..] : p).First();
        return long.TryParse(current, CultureInfo.InvariantCulture, out var mib) ? mib : 512;
    }

    /// <summary>The size of the first disk in the boot order (or the first disk at all).</summary>
    private static long BootDiskSize(IReadOnlyDictionary<string, string> config)
    {
        var disks = config
            .Where(pair => DriveSpec.IsDriveKey(pair.Key))
            .Select(pair => DriveSpec.Parse(pair.Key, pair.Value))
            .Where(drive => !drive.IsCdrom)
            .ToList();
        var order = config.TryGetValue("boot", out var boot) && boot.StartsWith("order=", StringComparison.Ordinal)
            ? boot["order=".Length..].Split(';')
            : [];
        var boot0 = order.Select(key => disks.FirstOrDefault(d => d.Key == key)).FirstOrDefault(d => d is not null)
            ?? disks.OrderBy(d => DriveSpec.Order(d.Key)).FirstOrDefault();
        return DiskSize.Parse(boot0?.Option("size")) ?? 0;
    }
}
