using Cake.Core;
using HomeLab.Manifests;

namespace HomeLab.Build;

/// <summary>What the command line asks of L2: which personas, destroy and its confirmation, apply, how many plans at once.</summary>
internal sealed record InstanceArguments
{
    public const int DefaultParallelism = 2;

    /// <summary><c>--persona</c> values as given (repeatable, comma-separated); empty means every persona.</summary>
    public required IReadOnlyList<string> Personas { get; init; }

    /// <summary><c>--destroy</c>: plan the destruction of every selected persona's resources.</summary>
    public required bool Destroy { get; init; }

    /// <summary><c>--confirm=&lt;os&gt;/&lt;persona&gt;</c> values, needed to apply a destroy.</summary>
    public required IReadOnlySet<string> Confirmed { get; init; }

    /// <summary><c>--parallel=N</c>.</summary>
    public required int Parallelism { get; init; }

    /// <summary><c>--detailed-exitcode</c>: exit 2 when a plan has changes, as terraform does.</summary>
    public required bool DetailedExitCode { get; init; }

    /// <summary><c>--drift-only</c>: check the specs and report drift, and run no terraform.</summary>
    public required bool DriftOnly { get; init; }

    public static InstanceArguments From(ICakeArguments arguments) => new()
    {
        Personas = Switches.Values(arguments, "persona"),
        Destroy = Switches.IsOn(arguments, "destroy"),
        Confirmed = Switches.Values(arguments, "confirm").ToHashSet(StringComparer.Ordinal),
        Parallelism = ParseParallelism(arguments),
        DetailedExitCode = Switches.IsOn(arguments, "detailed-exitcode"),
        DriftOnly = Switches.IsOn(arguments, "drift-only"),
    };

    /// <summary>The line that stops an unconfirmed destroy, or null when every persona is confirmed.</summary>
    public string? UnconfirmedDestroy(IEnumerable<PersonaId> personas)
    {
        var missing = personas.Select(persona => persona.ToString()).Where(name => !Confirmed.Contains(name)).ToList();
        return missing.Count == 0
            ? null
            : $"Not destroying anything: APPLY=1 --destroy destroys every resource of {string.Join(", ", missing)}; "
                + $"to go ahead, add {string.Join(" ", missing.Select(name => $"--confirm={name}"))}.";
    }

    private static int ParseParallelism(ICakeArguments arguments)
    {
        if (!arguments.HasArgument("parallel"))
        {
            return DefaultParallelism;
        }

        var text = arguments.GetArguments("parallel").LastOrDefault();
        return int.TryParse(text, out var value) && value is >= 1 and <= 64
            ? value
            : throw new CakeException($"--parallel='{text}' is not a number of plans at once; use a whole number from 1 to 64, e.g. --parallel=4.");
    }
}
