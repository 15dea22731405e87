namespace HomeLab.Build.Tests.Support;

/// <summary>Labs for the L1 tests: the repository's sample lab, or a one-OS lab whose image needs no network.</summary>
internal static class SampleLab
{
    public const string CloudImageSha256 = "4f2a7c0e5b1d9a8c3e6f0b2d4a6c8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d";

    /// <summary>Copies the repository's sample lab (infra/) into <paramref name="work"/>.</summary>
    public static void CopyInto(string work)
    {
        var source = new DirectoryInfo(Path.Combine(RepositoryPaths.Root, "infra"));
        foreach (var file in source.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(work, "infra", Path.GetRelativePath(source.FullName, file.FullName));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            file.CopyTo(target);
        }
    }

    /// <summary>Copies the repository's sample lab with its Terraform roots (infra/ and terraform/) into <paramref name="work"/>.</summary>
    public static void CopyWithTerraformInto(string work)
    {
        CopyInto(work);
        var source = new DirectoryInfo(Path.Combine(RepositoryPaths.Root, "terraform"));
        foreach (var file in source.EnumerateFiles("*", SearchOption.AllDirectories).Where(file => !file.FullName.Contains("/.terraform", StringComparison.Ordinal)))
        {
            var target = Path.Combine(work, "terraform", Path.GetRelativePath(source.FullName, file.FullName));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            file.CopyTo(target);
        }
    }

    /// <summary>A lab with one cloud-image OS, its checksum given, for a simulator that accepts downloads offline.</summary>
    public static void WriteCloudImageLab(string work, string os = "ubuntu")
    {
        var folder = Path.Combine(work, "infra", "os", os);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "template.json"), $$"""
            {
              "kind": "cloud-image",
              "description": "{{os}} for the tests",
              "image_url": "https://images.example.invalid/{{os}}/cloudimg-amd64.img",
              "checksum": "{{CloudImageSha256}}",
              "tags": ["template", "{{os}}"]
            }
            """);
    }

    public static string[] Artifacts(string lab, string os) =>
        Directory.Exists(Path.Combine(lab, "infra", "os", os, "artifacts"))
            ? Directory.GetFiles(Path.Combine(lab, "infra", "os", os, "artifacts")).Select(path => Path.GetFileName(path)).Order().ToArray()
            : [];

    public static string StablePath(string lab, string os, string file = "vm-template-stable.json") =>
        Path.Combine(lab, "infra", "os", os, "spec", file);

    /// <summary>The artifact file the stable manifest was promoted from, or null when there is no stable manifest.</summary>
    public static string? PromotedFrom(string lab, string os, string file = "vm-template-stable.json")
    {
        var path = StablePath(lab, os, file);
        return File.Exists(path)
            ? System.Text.Json.JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("promoted_from").GetString()
            : null;
    }
}
