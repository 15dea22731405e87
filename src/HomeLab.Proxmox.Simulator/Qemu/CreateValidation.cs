using System.Globalization;
using System.Text.RegularExpressions;
using HomeLab.Proxmox.Simulator.Endpoints;

namespace HomeLab.Proxmox.Simulator.Qemu;

/// <summary>The schema checks of POST /nodes/{node}/qemu: every bad parameter, as the 400's errors object.</summary>
internal static partial class CreateValidation
{
    public const string ImportSyntax = "'import-from' requires special syntax - use <storage ID>:0,import-from=<source>";

    public static IReadOnlyDictionary<string, string> Check(IReadOnlyDictionary<string, string> parameters)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string? error)
        {
            if (error is not null)
            {
                errors.TryAdd(key, error);
            }
        }

        foreach (var (key, value) in parameters)
        {
            Add(key, key switch
            {
                "vmid" => ParameterChecks.VmIdError(value),
                "name" when !DnsName().IsMatch(value) => "invalid format - value does not look like a valid DNS name",
                "memory" => MemoryError(value),
                "cores" or "sockets" => ParameterChecks.IntegerError(value, minimum: 1),
                "ostype" => ParameterChecks.EnumError(value, ConfigSchema.OsTypes),
                "scsihw" => ParameterChecks.EnumError(value, ConfigSchema.ScsiControllers),
                "start" or "onboot" or "protection" => ParameterChecks.BooleanError(value),
                "tags" => TagsError(value),
                _ when DriveSpec.IsDriveKey(key) => DriveError(DriveSpec.Parse(key, value)),
                _ => null,
            });
        }

        var cloudInit = parameters.Where(p => DriveSpec.IsDriveKey(p.Key) && DriveSpec.Parse(p.Key, p.Value).IsCloudInit).Select(p => p.Key).Order().ToList();
        foreach (var extra in cloudInit.Skip(1))
        {
            Add(extra, "only one cloud-init drive is allowed");
        }

        return errors;
    }

    /// <summary>Tags are stored lower-case, sorted and de-duplicated, joined by ';'.</summary>
    public static string NormaliseTags(string tags) =>
        string.Join(';', SplitTags(tags).Select(t => t.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static IEnumerable<string> SplitTags(string tags) => tags.Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries);

    private static string? TagsError(string tags) =>
        SplitTags(tags).FirstOrDefault(tag => !Tag().IsMatch(tag)) is { } bad ? $"invalid format - invalid tag '{bad}'" : null;

    private static string? MemoryError(string value)
    {
        var current = value.StartsWith("current=", StringComparison.Ordinal) ? value["current=".Length..].Split(',')[0] : value;
        return int.TryParse(current, NumberStyles.None, CultureInfo.InvariantCulture, out var mib) && mib >= 16
            ? null
            : $"invalid format - type check ('integer') failed - got '{value}'";
    }

    private static string? DriveError(DriveSpec drive)
    {
        if (drive.ImportFrom is not null)
        {
            return drive.NewSizeGiB == 0 ? null : ImportSyntax;
        }

        if (drive.Volume.Length == 0 || (drive.StorageId is null && drive.Volume is not ("none" or "cdrom") && !drive.Volume.StartsWith('/')))
        {
            return $"invalid format - unable to parse drive volume '{drive.Volume}'";
        }

        var isIso = drive.StorageId is not null && drive.Volume[(drive.Volume.IndexOf(':') + 1)..].StartsWith("iso/", StringComparison.Ordinal);
        return isIso && drive.Option("media") != "cdrom"
            ? $"invalid format - volume '{drive.Volume}' is an ISO image: add media=cdrom"
            : null;
    }

    [GeneratedRegex(@"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?\.)*[a-zA-Z0-9](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?$")]
    private static partial Regex DnsName();

    [GeneratedRegex(@"^[a-z0-9_][a-z0-9_+.\-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
