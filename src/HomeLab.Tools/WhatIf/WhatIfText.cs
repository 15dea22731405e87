using System.Globalization;

namespace HomeLab.Tools.WhatIf;

/// <summary>
/// The console text of a dry run: each task in run order, numbered as Cake numbers them (a skipped task with its reason), with its steps; a command
/// as its command line, working directory and environment, an API call as its method and path.
/// </summary>
public static class WhatIfText
{
    /// <summary>The first line, saying what a dry run leaves alone.</summary>
    public const string Heading = "What if: the tasks this run would execute, in order; nothing is run (no tool, no API write, no lock).";

    /// <summary>The lines to print, without line ends.</summary>
    public static IEnumerable<string> Lines(IReadOnlyList<TaskPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        yield return Heading;
        var number = 0;
        foreach (var plan in plans)
        {
            // Numbered as Cake's own list numbers the tasks it would execute; a skipped task gets no number there either.
            if (!plan.WouldRun)
            {
                yield return $"-  {plan.Task}: skipped ({plan.Skipped})";
                continue;
            }

            number++;
            var heading = $"{number.ToString(CultureInfo.InvariantCulture)}. {plan.Task}";
            yield return plan.Steps.Count == 0 ? $"{heading}: nothing of its own to do" : heading;
            foreach (var line in plan.Steps.SelectMany(StepLines))
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<string> StepLines(PlanStep step)
    {
        yield return $"   - {step.Description}";
        if (step.ApiCall is { } call)
        {
            yield return $"       {call}";
        }

        if (step.Command is { } command)
        {
            yield return $"       {command.CommandLine}";
            yield return $"       in {command.WorkingDirectory}";
            yield return command.Environment.Count == 0
                ? "       environment: nothing set"
                : $"       environment: {string.Join(", ", command.Environment)}";
        }
    }
}
