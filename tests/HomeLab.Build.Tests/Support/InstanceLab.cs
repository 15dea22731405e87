using System.Text.Json.Nodes;

namespace HomeLab.Build.Tests.Support;

/// <summary>
/// A lab for L2 through the built host: persona specs, stable manifests whose template VM exists in the simulator,
/// offline Terraform roots (<see cref="OfflineRoot"/>) and the real terraform behind a logging wrapper
/// (<see cref="RealTerraform"/>).
/// </summary>
internal sealed class InstanceLab : IAsyncDisposable
{
    /// <summary>The SSH public key the run hands terraform (<c>TF_VAR_PROXMOX_VM_PUBLIC_KEY</c>).</summary>
    public const string PublicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIInstanceLabTestKeyXXXXXXXXXXXXXXXXXXXXXXXXXX l2-tests";

    private InstanceLab(LabEnvironment environment)
    {
        Environment = environment;
    }

    public LabEnvironment Environment { get; }

    /// <summary>The lab and working directory.</summary>
    public string Root => Environment.Work.Path;

    public string Bin => Environment.Bin.Path;

    public string TokenSecret => Environment.Simulator.TokenSecret;

    public static async Task<InstanceLab> StartAsync() => new(await LabEnvironment.StartAsync());

    /// <summary>Writes a persona spec with one host per (name, ip) on node <paramref name="node"/>, in a /24 with gateway .1.</summary>
    public string WritePersona(string os, string persona, params (string Name, string Ip)[] hosts) =>
        WritePersona(os, persona, "pve", hosts);

    public string WritePersona(string os, string persona, string node, params (string Name, string Ip)[] hosts)
    {
        var json = new JsonObject();
        foreach (var (name, ip) in hosts)
        {
            var gateway = ip[..(ip.LastIndexOf('.') + 1)] + "1";
            json[name] = new JsonObject
            {
                ["terraform"] = new JsonObject
                {
                    ["ip"] = ip,
                    ["ssh_user"] = "lab",
                    ["tags"] = new JsonArray(os, persona, "homelab"),
                    ["cpu"] = 2,
                    ["memory_mb"] = 2048,
                    ["disk_gb"] = 16,
                    ["template_ref"] = $"{os}/{persona}/stable",
                    ["node"] = node,
                    ["ipconfig"] = $"ip={ip}/24,gw={gateway}",
                },
            };
        }

        return WriteSpecText(os, persona, new JsonObject { ["hosts"] = json }.ToJsonString(new() { WriteIndented = true }) + "\n");
    }

    /// <summary>Writes a persona spec's text as given.</summary>
    public string WriteSpecText(string os, string persona, string text)
    {
        var path = SpecPath(os, persona);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string SpecPath(string os, string persona) => Path.Combine(Root, "infra", "os", os, "personas", persona, "spec", "terraform.json");

    /// <summary>Writes the OS's stable VM template manifest and makes its template VM on <paramref name="node"/> in the simulator.</summary>
    public void WriteStable(string os, int vmid, string node = "pve")
    {
        var path = Path.Combine(Root, "infra", "os", os, "spec", "vm-template-stable.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, new JsonObject
        {
            ["name"] = $"tpl-{os}",
            ["node"] = node,
            ["vmid"] = vmid,
            ["promoted_from"] = "vm-template-20260101-000000.json",
        }.ToJsonString());
        Environment.Simulator.State.Node(node).AddVm(vmid, $"tpl-{os}").Set("template", "1");
    }

    /// <summary>Writes the offline root of a persona under terraform/l2/&lt;os&gt;_&lt;persona&gt;.</summary>
    public string WriteRoot(string os, string persona, int padding = 0)
    {
        var root = RootPath(os, persona);
        OfflineRoot.Write(root, os, persona, padding);
        return root;
    }

    /// <summary>A persona with its spec, stable manifest, template VM and root, in one call.</summary>
    public void AddPersona(string os, string persona, int vmid, params (string Name, string Ip)[] hosts)
    {
        WritePersona(os, persona, hosts);
        WriteStable(os, vmid);
        WriteRoot(os, persona);
    }

    /// <summary>
    /// Copies a lab from the L2 library's test fixtures (e.g. <c>original-lab</c>) into this one, from the source tree
    /// so that a stable manifest kept as a symbolic link stays one.
    /// </summary>
    public void CopyFixture(string name) =>
        CopyKeepingLinks(new DirectoryInfo(Path.Combine(RepositoryPaths.Root, "tests", "HomeLab.L2.Instances.Tests", "Fixtures", name)), Root);

    private static void CopyKeepingLinks(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var entry in source.EnumerateFileSystemInfos())
        {
            var destination = Path.Combine(target, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                File.CreateSymbolicLink(destination, link);
            }
            else if (entry is DirectoryInfo folder)
            {
                CopyKeepingLinks(folder, destination);
            }
            else
            {
                File.Copy(entry.FullName, destination);
            }
        }
    }

    public string RootPath(string os, string persona) => Path.Combine(Root, "terraform", "l2", $"{os}_{persona}");

    public string StatePath(string os, string persona) => Path.Combine(RootPath(os, persona), "terraform.tfstate");

    /// <summary>The addresses of the resources in a persona's local state (none when there is no state).</summary>
    public string[] StateAddresses(string os, string persona)
    {
        var path = StatePath(os, persona);
        if (!File.Exists(path))
        {
            return [];
        }

        return JsonNode.Parse(File.ReadAllText(path))!["resources"]!.AsArray()
            .SelectMany(resource => resource!["instances"]!.AsArray().Select(instance =>
                $"{resource["type"]}.{resource["name"]}" + (instance!["index_key"] is { } key ? $"[{key.ToJsonString()}]" : string.Empty)))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    public string ArtifactsL2 => Path.Combine(Root, "artifacts", "l2");

    public string PlanFile(string key) => Path.Combine(Root, ".cache", "l2", key, "plan.tfplan");

    /// <summary>A file's or folder's permissions (the lab's tools are shell scripts, so these tests run on Unix only).</summary>
    public static UnixFileMode ModeOf(string path) =>
        OperatingSystem.IsWindows() ? throw new PlatformNotSupportedException() : File.GetUnixFileMode(path);

    public JsonNode ReadArtifact(params string[] parts) => JsonNode.Parse(File.ReadAllText(Path.Combine([ArtifactsL2, .. parts])))!;

    /// <summary>A host run pointed at the simulator, with the public key set and the real terraform behind the wrapper.</summary>
    public HostRun Host() => Environment.Host().With("TF_VAR_PROXMOX_VM_PUBLIC_KEY", PublicKey);

    /// <summary><c>--target=L2 --exclusive</c> plus <paramref name="arguments"/>.</summary>
    public Task<ProcessResult> RunL2(params string[] arguments) => Host().RunAsync(["--target=L2", "--exclusive", .. arguments]);

    /// <summary><c>APPLY=1</c> and <c>--target=L2 --exclusive</c> plus <paramref name="arguments"/>.</summary>
    public Task<ProcessResult> ApplyL2(params string[] arguments) =>
        Host().With("APPLY", "1").RunAsync(["--target=L2", "--exclusive", .. arguments]);

    public async ValueTask DisposeAsync() => await Environment.DisposeAsync();
}
