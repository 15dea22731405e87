namespace HomeLab.Frosting.Tests.Support;

/// <summary>Reads rows of the task summary report that closes a run.</summary>
internal static class Report
{
    private static readonly string[] Statuses = ["Succeeded", "Skipped", "Failed"];

    /// <summary>The report row of <paramref name="task"/> (name, duration, status, skip reason), or null when it has none.</summary>
    public static string? Row(string output, string task)
        => output.Split('\n')
            .Select(line => line.Trim())
            .LastOrDefault(line => line.StartsWith(task + " ", StringComparison.Ordinal) && Statuses.Any(line.Contains));
}
