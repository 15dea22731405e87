using Cake.Core;
using HomeLab.L3.OS;
using HomeLab.L4.Workloads;
using HomeLab.Manifests;

namespace HomeLab.Build;

/// <summary>
/// What the command line asks of a converge: <c>--group</c>, <c>--workload</c> (an L4 preset's group and tags),
/// <c>--tags</c> and <c>--limit</c> (TAGS and LIMIT when not given: options win), and <c>--check</c>.
/// </summary>
internal sealed record ConvergeArguments
{
    /// <summary>The group to converge; null when neither <c>--group</c> nor a preset names one.</summary>
    public required string? Group { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public required string? Limit { get; init; }

    public required bool Check { get; init; }

    /// <summary>The arguments for <paramref name="layer"/>: a preset gives L4 its group and tags, and L3 only its group.</summary>
    public static ConvergeArguments From(BuildContext context, ConvergeLayer layer)
    {
        var arguments = context.Arguments;
        var preset = Preset(context);
        var tags = Values(arguments, "tags");
        if (tags.Count == 0)
        {
            tags = layer == ConvergeLayer.L4 && preset is not null ? preset.Tags : Split(context.Settings.Tags);
        }

        return new ConvergeArguments
        {
            Group = Last(arguments, "group") ?? preset?.Group,
            Tags = tags,
            Limit = Last(arguments, "limit") ?? context.Settings.Limit,
            Check = Switches.IsOn(arguments, "check"),
        };
    }

    /// <summary>The last value of <c>--name</c>, trimmed; null when absent or blank.</summary>
    public static string? Last(ICakeArguments arguments, string name) =>
        arguments.HasArgument(name) && arguments.GetArguments(name).LastOrDefault() is { } value && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;

    /// <summary>Every value of <c>--name</c>, comma-separated or repeated.</summary>
    public static IReadOnlyList<string> Values(ICakeArguments arguments, string name) => arguments.HasArgument(name)
        ? arguments.GetArguments(name).SelectMany(Split).Distinct(StringComparer.Ordinal).ToList()
        : [];

    private static WorkloadPreset? Preset(BuildContext context)
    {
        if (Last(context.Arguments, "workload") is not { } name)
        {
            return null;
        }

        try
        {
            return WorkloadPresets.Find(context.Lab.ListWorkloads(), name);
        }
        catch (Exception ex) when (ex is ArgumentException or ManifestException)
        {
            throw new CakeException(ex.Message);
        }
    }

    private static List<string> Split(string? value) => (value ?? string.Empty)
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .ToList();
}
