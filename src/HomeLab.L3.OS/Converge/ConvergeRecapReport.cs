using HomeLab.Tools.Ansible;
using HomeLab.Tools.Ansible.Recap;
using Spectre.Console;

namespace HomeLab.L3.OS;

/// <summary>
/// What a converge shows and keeps of its PLAY RECAP, whatever the outcome: the table after ansible's own output, and
/// <c>artifacts/l3/recap.json</c> (or <c>l4</c>).
/// </summary>
public sealed class ConvergeRecapReport(IAnsiConsole console, ConvergeArtifacts artifacts)
{
    /// <summary>Prints the recap of <paramref name="request"/>'s run and writes its <c>recap.json</c>.</summary>
    public void Report(ConvergeRequest request, AnsiblePlaybookResult result)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        new AnsibleRecapConsoleRenderer(console).Render(result.Recap, request.Title + (result.Check ? " (check mode)" : string.Empty));
        AnsibleRecapJsonWriter.Write(artifacts.RecapFile(request.Layer), result, DateTimeOffset.UtcNow);
    }
}
