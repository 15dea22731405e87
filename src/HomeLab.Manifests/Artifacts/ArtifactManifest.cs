using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HomeLab.Manifests;

/// <summary>
/// One build's record: an artifact file, or the stable manifest copied from one. The typed properties read and write the
/// original tooling's fields; every other field (an operator's own) is kept as it is, in its place, through reading,
/// copying and promotion.
/// </summary>
public sealed class ArtifactManifest
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    private readonly JsonObject _fields;

    /// <summary>An empty manifest, to be filled by a builder.</summary>
    public ArtifactManifest()
        : this(new JsonObject())
    {
    }

    internal ArtifactManifest(JsonObject fields) => _fields = fields;

    public string? Os
    {
        get => GetString(ArtifactFields.Os);
        set => SetString(ArtifactFields.Os, value);
    }

    /// <summary>The template kind that built it; null in the original tooling's manifests, which did not record it.</summary>
    public TemplateKind? Kind
    {
        get => TemplateKinds.TryParse(GetString(ArtifactFields.Kind), out var kind) ? kind : null;
        set => SetString(ArtifactFields.Kind, value?.ToWireName());
    }

    /// <summary>The Proxmox VE version of the node it was built on (from <c>/version</c>).</summary>
    public string? PveVersion
    {
        get => GetString(ArtifactFields.PveVersion);
        set => SetString(ArtifactFields.PveVersion, value);
    }

    public DateTimeOffset? CreatedAt
    {
        get => GetTimestamp(ArtifactFields.CreatedAt);
        set => SetTimestamp(ArtifactFields.CreatedAt, value);
    }

    public string? Description
    {
        get => GetString(ArtifactFields.Description);
        set => SetString(ArtifactFields.Description, value);
    }

    /// <summary>The VM template's name on Proxmox.</summary>
    public string? Name
    {
        get => GetString(ArtifactFields.Name);
        set => SetString(ArtifactFields.Name, value);
    }

    public string? Node
    {
        get => GetString(ArtifactFields.Node);
        set => SetString(ArtifactFields.Node, value);
    }

    public string? Storage
    {
        get => GetString(ArtifactFields.Storage);
        set => SetString(ArtifactFields.Storage, value);
    }

    /// <summary>The template's VMID; read from a number or, as some hand-written manifests have it, a string of digits.</summary>
    public int? Vmid
    {
        get => _fields[ArtifactFields.Vmid] switch
        {
            JsonValue value when value.TryGetValue<int>(out var number) => number,
            JsonValue value when value.TryGetValue<string>(out var text) &&
                                 int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        set => _fields[ArtifactFields.Vmid] = value is { } vmid ? JsonValue.Create(vmid) : null;
    }

    public string? CloudImageUrl
    {
        get => GetString(ArtifactFields.CloudImageUrl);
        set => SetString(ArtifactFields.CloudImageUrl, value);
    }

    public string? CloudImageSha256
    {
        get => GetString(ArtifactFields.CloudImageSha256);
        set => SetString(ArtifactFields.CloudImageSha256, value);
    }

    /// <summary>The ISO's file name on the ISO storage.</summary>
    public string? IsoName
    {
        get => GetString(ArtifactFields.IsoName);
        set => SetString(ArtifactFields.IsoName, value);
    }

    public DateTimeOffset? BuiltAt
    {
        get => GetTimestamp(ArtifactFields.BuiltAt);
        set => SetTimestamp(ArtifactFields.BuiltAt, value);
    }

    public string? GitSha
    {
        get => GetString(ArtifactFields.GitSha);
        set => SetString(ArtifactFields.GitSha, value);
    }

    public string? ProxmoxNode
    {
        get => GetString(ArtifactFields.ProxmoxNode);
        set => SetString(ArtifactFields.ProxmoxNode, value);
    }

    public string? ProxmoxStorage
    {
        get => GetString(ArtifactFields.ProxmoxStorage);
        set => SetString(ArtifactFields.ProxmoxStorage, value);
    }

    public string? UploaderHost
    {
        get => GetString(ArtifactFields.UploaderHost);
        set => SetString(ArtifactFields.UploaderHost, value);
    }

    /// <summary>In a stable manifest: the file name of the artifact it was promoted from.</summary>
    public string? PromotedFrom
    {
        get => GetString(ArtifactFields.PromotedFrom);
        set => SetString(ArtifactFields.PromotedFrom, value);
    }

    /// <summary>In a stable manifest: when it was promoted.</summary>
    public DateTimeOffset? PromotedAt
    {
        get => GetTimestamp(ArtifactFields.PromotedAt);
        set => SetTimestamp(ArtifactFields.PromotedAt, value);
    }

    /// <summary>The names of every field present, in file order.</summary>
    public IEnumerable<string> FieldNames => _fields.Select(pair => pair.Key);

    /// <summary>Any field, including an operator's own; setting null removes it.</summary>
    public JsonNode? this[string field]
    {
        get => _fields[field];
        set
        {
            if (value is null)
            {
                _fields.Remove(field);
            }
            else
            {
                _fields[field] = value;
            }
        }
    }

    /// <summary>Which stable manifest this build belongs in: from <c>kind</c>, or for older manifests from the fields present.</summary>
    public ArtifactFamily Family =>
        FamilyOf(GetString(ArtifactFields.Kind), _fields.ContainsKey(ArtifactFields.IsoName), _fields.ContainsKey(ArtifactFields.Vmid));

    /// <summary>The family rule of <see cref="Family"/>, for readers that do not build the manifest.</summary>
    internal static ArtifactFamily FamilyOf(string? kind, bool hasIsoName, bool hasVmid) =>
        TemplateKinds.TryParse(kind, out var parsed) ? parsed.Family()
        : hasIsoName && !hasVmid ? ArtifactFamily.Iso
        : ArtifactFamily.VmTemplate;

    /// <summary>A timestamp field's value as the typed properties read it (UTC), or null.</summary>
    internal static DateTimeOffset? ParseTimestamp(string? text) =>
        text is not null &&
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;

    public string? GetString(string field) =>
        _fields[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A deep copy, unknown fields included.</summary>
    public ArtifactManifest Clone() => new((JsonObject)_fields.DeepClone());

    /// <summary>The manifest as written to disk: indented JSON and a final newline.</summary>
    public string ToJson() => _fields.ToJsonString(ManifestJson.File) + "\n";

    /// <summary>Parses manifest text that is not (yet) a file; see <see cref="LabManifests.ReadArtifact"/> for files.</summary>
    public static ArtifactManifest Parse(string json, string source = "manifest")
    {
        var file = JsonFile.Parse(System.Text.Encoding.UTF8.GetBytes(json), source);
        return FromValidated(file);
    }

    internal static ArtifactManifest FromValidated(JsonFile file)
    {
        var errors = SchemaValidator.Artifact.Validate(file.Root, file.Locations, file.DisplayPath);
        if (errors.Count > 0)
        {
            throw new ManifestException(errors);
        }

        return new ArtifactManifest((JsonObject)file.Root!);
    }

    internal JsonObject Json => _fields;

    private void SetString(string field, string? value) => this[field] = value is null ? null : JsonValue.Create(value);

    private DateTimeOffset? GetTimestamp(string field) => ParseTimestamp(GetString(field));

    private void SetTimestamp(string field, DateTimeOffset? value) =>
        SetString(field, value?.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture));
}
