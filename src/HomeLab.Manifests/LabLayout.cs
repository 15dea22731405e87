using System.Text.RegularExpressions;

namespace HomeLab.Manifests;

/// <summary>
/// Where the lab's files live, in the original tooling's layout:
/// <c>infra/os/&lt;os&gt;/template.json</c>, <c>infra/os/&lt;os&gt;/artifacts/</c>, <c>infra/os/&lt;os&gt;/spec/</c> and
/// <c>infra/os/&lt;os&gt;/personas/&lt;persona&gt;/spec/terraform.json</c>.
/// </summary>
public sealed partial class LabLayout
{
    /// <summary>The template definition in each OS folder.</summary>
    public const string TemplateFileName = "template.json";

    /// <summary>The stable manifest of VM templates (cloud-image and packer builds).</summary>
    public const string VmTemplateStableFileName = "vm-template-stable.json";

    /// <summary>The stable manifest of ISO builds.</summary>
    public const string IsoStableFileName = "iso-manifest-stable.json";

    /// <summary>The append-only record of promotions, one JSON object a line, in each OS's spec folder.</summary>
    public const string PromotionLogFileName = "promotions.log";

    /// <summary>The folder of an OS's artifacts: one manifest per build, never rewritten.</summary>
    public const string ArtifactsDirectoryName = "artifacts";

    /// <summary>The folder of an OS's stable manifests and promotion log.</summary>
    public const string SpecDirectoryName = "spec";

    /// <summary>The folder of an OS's personas (the roles its L2 hosts play).</summary>
    public const string PersonasDirectoryName = "personas";

    /// <summary>A persona's spec: its hosts, as Terraform creates them, in <c>personas/&lt;persona&gt;/spec/</c>.</summary>
    public const string PersonaSpecFileName = "terraform.json";

    /// <summary>The lab lock, at the lab root.</summary>
    public const string LockFileName = ".homelab.lock";

    public LabLayout(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    /// <summary>The lab root (absolute).</summary>
    public string Root { get; }

    /// <summary><c>infra/os</c>: one folder per operating system.</summary>
    public string OperatingSystemsDirectory => Path.Combine(Root, "infra", "os");

    public string LockFile => Path.Combine(Root, LockFileName);

    /// <summary><c>ansible/l4/workloads.json</c>: the L4 presets.</summary>
    public string WorkloadsFile => Path.Combine(Root, "ansible", "l4", "workloads.json");

    public string OsDirectory(string os) => Path.Combine(OperatingSystemsDirectory, CheckOsName(os));

    public string TemplateFile(string os) => Path.Combine(OsDirectory(os), TemplateFileName);

    public string ArtifactsDirectory(string os) => Path.Combine(OsDirectory(os), ArtifactsDirectoryName);

    public string ArtifactFile(string os, string artifactFileName) =>
        Path.Combine(ArtifactsDirectory(os), ArtifactFileNames.Check(artifactFileName));

    public string SpecDirectory(string os) => Path.Combine(OsDirectory(os), SpecDirectoryName);

    public string StableManifestFile(string os, ArtifactFamily family) =>
        Path.Combine(SpecDirectory(os), StableManifestFileName(family));

    public string PromotionLogFile(string os) => Path.Combine(SpecDirectory(os), PromotionLogFileName);

    /// <summary><c>infra/os/&lt;os&gt;/personas</c>.</summary>
    public string PersonasDirectory(string os) => Path.Combine(OsDirectory(os), PersonasDirectoryName);

    public string PersonaDirectory(string os, string persona) => Path.Combine(PersonasDirectory(os), CheckPersonaName(persona));

    /// <summary><c>infra/os/&lt;os&gt;/personas/&lt;persona&gt;/spec/terraform.json</c>.</summary>
    public string PersonaSpecFile(string os, string persona) => Path.Combine(PersonaDirectory(os, persona), "spec", PersonaSpecFileName);

    public static string StableManifestFileName(ArtifactFamily family) => family switch
    {
        ArtifactFamily.VmTemplate => VmTemplateStableFileName,
        ArtifactFamily.Iso => IsoStableFileName,
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
    };

    /// <summary>A path as error messages show it: relative to the lab root when inside it, with forward slashes.</summary>
    public string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Root, full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return full;
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>Refuses OS names that are not a plain folder name (no separators, no dot folders).</summary>
    public static string CheckOsName(string os)
    {
        ArgumentNullException.ThrowIfNull(os);
        if (!OsName().IsMatch(os))
        {
            throw new ManifestException(
                $"'{os}' is not an OS name: use the name of a folder under infra/os (letters, digits, '.', '_' and '-').");
        }

        return os;
    }

    /// <summary>Refuses persona names that are not a plain folder name (no separators, no dot folders).</summary>
    public static string CheckPersonaName(string persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        if (!OsName().IsMatch(persona))
        {
            throw new ManifestException(
                $"'{persona}' is not a persona name: use the name of a folder under infra/os/<os>/personas (letters, digits, '.', '_' and '-').");
        }

        return persona;
    }

    /// <summary>Whether <paramref name="name"/> can be an OS or persona folder name.</summary>
    public static bool IsFolderName(string name) => OsName().IsMatch(name);

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9._-]*$")]
    private static partial Regex OsName();
}
