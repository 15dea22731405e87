using System.Text.Json.Nodes;

namespace HomeLab.Manifests.Tests.Support;

/// <summary>A lab root in a fresh temporary folder, removed afterwards.</summary>
internal sealed class TempLab : IDisposable
{
    public TempLab()
    {
        Root = Path.Combine(Path.GetTempPath(), "homelab-manifests-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string OsDirectory(string os) => Path.Combine(Root, "infra", "os", os);

    public string ArtifactPath(string os, string fileName) => Path.Combine(OsDirectory(os), "artifacts", fileName);

    public string SpecPath(string os, string fileName) => Path.Combine(OsDirectory(os), "spec", fileName);

    public string StablePath(string os) => SpecPath(os, "vm-template-stable.json");

    /// <summary>Writes a file under the lab root; lines are joined with \n so that line numbers are exact.</summary>
    public string Write(string relativePath, params string[] lines)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    public string Template(string os, params string[] lines) => Write($"infra/os/{os}/template.json", lines);

    public string Artifact(string os, string fileName, JsonObject content)
    {
        var path = ArtifactPath(os, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
        return path;
    }

    /// <summary>An artifact as the original tooling wrote them, plus an operator's own field.</summary>
    public static JsonObject VmArtifact(int vmid, string name, string createdAt = "2026-11-26T12:00:00Z") => new()
    {
        ["created_at"] = createdAt,
        ["description"] = "Ubuntu 24.04 cloud image",
        ["name"] = name,
        ["node"] = "pve",
        ["storage"] = "local-lvm",
        ["vmid"] = vmid,
        ["cloud_image_url"] = "https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img",
        ["cloud_image_sha256"] = new string('a', 64),
        ["operator_note"] = new JsonObject { ["ticket"] = "OPS-7", ["owners"] = new JsonArray("ana", "bo") },
    };

    public static JsonObject IsoArtifact(string isoName, string builtAt) => new()
    {
        ["iso_name"] = isoName,
        ["built_at"] = builtAt,
        ["git_sha"] = "0123abc",
        ["proxmox_node"] = "pve",
        ["proxmox_storage"] = "local",
        ["uploader_host"] = "builder",
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}
