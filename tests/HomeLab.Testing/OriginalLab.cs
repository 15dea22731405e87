using System.Text.Json.Nodes;

namespace HomeLab.Testing;

/// <summary>
/// A lab as the original tooling left it, in a fresh temporary folder: no <c>template.json</c> anywhere; artifacts with the
/// original's field names; stable manifests that are real symbolic links to an artifact (<c>../artifacts/&lt;file&gt;</c>);
/// ISO artifacts named <c>&lt;iso-base-name&gt;.json</c>; and personas.
/// <list type="bullet">
/// <item><c>ubuntu</c>: three cloud-image builds, the middle one stable (so stable is not simply the newest), and a persona.</item>
/// <item><c>arch</c>: two ISO builds, the newer one stable, and a persona.</item>
/// <item><c>haos</c>: a persona only, nothing built yet.</item>
/// <item><c>infra/os/shared/cloud-init</c> and <c>infra/os/README.md</c>: not OSes.</item>
/// </list>
/// </summary>
public sealed class OriginalLab : IDisposable
{
    public const string UbuntuOldest = "vm-template-20250301-101500.json";
    public const string UbuntuStable = "vm-template-20250412-093000.json";
    public const string UbuntuNewest = "vm-template-20250520-140000.json";
    public const int UbuntuOldestVmid = 9001;
    public const int UbuntuStableVmid = 9002;
    public const int UbuntuNewestVmid = 9003;

    public const string ArchOlder = "archlinux-2025.03.01-x86_64.json";
    public const string ArchStable = "archlinux-2025.04.01-x86_64.json";

    /// <summary>The node every artifact names; the simulator's default node.</summary>
    public const string Node = "pve";

    private readonly TempDirectory _directory;

    public OriginalLab()
    {
        _directory = new TempDirectory("homelab-original-lab-");
        WriteUbuntu();
        WriteArch();
        WritePersona("haos", "haos", "ha-01", "192.168.50.30", "haos/haos/stable");
        _directory.File("infra/os/README.md", "Notes on the OS folders.\n");
        _directory.Directory("infra", "os", "shared", "cloud-init");
    }

    public string Root => _directory.Path;

    public string OsDirectory(string os) => _directory.Combine("infra", "os", os);

    public string ArtifactPath(string os, string fileName) => Path.Combine(OsDirectory(os), "artifacts", fileName);

    public string StablePath(string os, string fileName = "vm-template-stable.json") => Path.Combine(OsDirectory(os), "spec", fileName);

    /// <summary>The ISO stable manifest's path.</summary>
    public string IsoStablePath(string os) => StablePath(os, "iso-manifest-stable.json");

    /// <summary>The VM template the original built for an artifact: its name, as the artifact records it.</summary>
    public static string TemplateName(int vmid) => $"ubuntu-2404-cloud-{vmid}";

    public void Dispose() => _directory.Dispose();

    private void WriteUbuntu()
    {
        WriteVmArtifact(UbuntuOldest, UbuntuOldestVmid, "2025-03-01T10:15:00Z");
        WriteVmArtifact(UbuntuStable, UbuntuStableVmid, "2025-04-12T09:30:00Z");
        WriteVmArtifact(UbuntuNewest, UbuntuNewestVmid, "2025-05-20T14:00:00Z");
        Link(StablePath("ubuntu"), UbuntuStable);
        WritePersona("ubuntu", "docker", "dock-01", "192.168.50.21", "ubuntu/docker/stable");
    }

    private void WriteArch()
    {
        WriteIsoArtifact(ArchOlder, "2025-03-01T08:00:00Z", "4c1f0aa");
        WriteIsoArtifact(ArchStable, "2025-04-01T08:00:00Z", "9e27b3d");
        Link(IsoStablePath("arch"), ArchStable);
        WritePersona("arch", "devops", "arch-01", "192.168.50.41", "arch/devops/stable");
    }

    private void WriteVmArtifact(string fileName, int vmid, string createdAt) => Write(ArtifactPath("ubuntu", fileName), new JsonObject
    {
        ["created_at"] = createdAt,
        ["description"] = "Ubuntu 24.04 cloud image template",
        ["name"] = TemplateName(vmid),
        ["node"] = Node,
        ["storage"] = "local-lvm",
        ["vmid"] = vmid,
        ["cloud_image_url"] = "https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img",
        ["cloud_image_sha256"] = new string((char)('a' + (vmid % 6)), 64),
    });

    private void WriteIsoArtifact(string fileName, string builtAt, string gitSha) => Write(ArtifactPath("arch", fileName), new JsonObject
    {
        ["iso_name"] = Path.GetFileNameWithoutExtension(fileName) + ".iso",
        ["built_at"] = builtAt,
        ["git_sha"] = gitSha,
        ["proxmox_node"] = Node,
        ["proxmox_storage"] = "local",
        ["uploader_host"] = "workstation",
    });

    private void WritePersona(string os, string persona, string host, string ip, string templateRef) =>
        Write(Path.Combine(OsDirectory(os), "personas", persona, "spec", "terraform.json"), new JsonObject
        {
            ["hosts"] = new JsonObject
            {
                [host] = new JsonObject
                {
                    ["terraform"] = new JsonObject
                    {
                        ["ip"] = ip,
                        ["ssh_user"] = "lab",
                        ["tags"] = new JsonArray(os, persona),
                        ["cpu"] = 2,
                        ["memory_mb"] = 4096,
                        ["disk_gb"] = 32,
                        ["template_ref"] = templateRef,
                        ["node"] = Node,
                        ["ipconfig"] = $"ip={ip}/24,gw=192.168.50.1",
                    },
                },
            },
        });

    // The original's stable manifest: a relative symbolic link into the artifacts folder.
    private static void Link(string stablePath, string artifactFileName)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(stablePath)!);
        File.CreateSymbolicLink(stablePath, "../artifacts/" + artifactFileName);
    }

    private static void Write(string path, JsonObject content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
