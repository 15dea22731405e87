namespace HomeLab.Proxmox.Simulator;

/// <summary>
/// The content types one storage allows, as <c>--storage-content local=iso,vztmpl,backup,import</c> gives them (and as
/// Datacenter → Storage → Edit → Content sets them on a real node).
/// </summary>
public sealed record StorageContentSetting(string Storage, IReadOnlyList<string> Content)
{
    /// <summary>Every content type a storage can have.</summary>
    public static readonly IReadOnlyList<string> KnownTypes = ["images", "rootdir", "vztmpl", "iso", "backup", "snippets", "import"];

    /// <summary>Parses <c>storage=type,type…</c>; the error names what is wrong and what is allowed.</summary>
    public static bool TryParse(string text, out StorageContentSetting setting, out string? error)
    {
        setting = new StorageContentSetting(string.Empty, []);
        var equals = text.IndexOf('=');
        var storage = equals < 0 ? string.Empty : text[..equals].Trim();
        if (storage.Length == 0)
        {
            error = $"'{text}' is not storage=content,content (e.g. local=iso,vztmpl,backup,import)";
            return false;
        }

        var content = text[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        var unknown = content.Where(type => !KnownTypes.Contains(type, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            error = $"unknown content type {string.Join(", ", unknown.Select(t => $"'{t}'"))} for storage '{storage}'; known: {string.Join(",", KnownTypes)}";
            return false;
        }

        setting = new StorageContentSetting(storage, content);
        error = null;
        return true;
    }

    /// <summary>The error <see cref="TryParse"/> gives for <paramref name="text"/>.</summary>
    public static string? TryParseError(string text) => TryParse(text, out _, out var error) ? null : error;

    /// <summary>Why this setting cannot exist on <paramref name="version"/> (import came with 8.2), or null.</summary>
    public string? ProblemOn(SimVersion version) =>
        Content.Contains("import", StringComparer.Ordinal) && !version.Features.ImportContent
            ? $"storage '{Storage}' cannot allow 'import' on Proxmox VE {version.Version}: the content type came with 8.2"
            : null;

    public override string ToString() => $"{Storage}={string.Join(',', Content)}";
}
