using System.Globalization;
using System.Text;
using HomeLab.Manifests;

namespace HomeLab.Build;

/// <summary>
/// An OS's artifact history as List-Templates prints it: a heading naming the stable manifests, then one aligned line per
/// artifact, newest first. Plain text built in one buffer, because a history may hold thousands of builds and a
/// per-cell console table costs seconds for those.
/// </summary>
internal static class TemplateHistoryText
{
    private const string BuiltFormat = "yyyy-MM-dd HH:mm:ss 'UTC'";
    private static readonly string[] Headers = ["Artifact", "Built", "Stable"];

    public static string Render(ArtifactHistory history, bool hasTemplate)
    {
        if (history.Count == 0 && history.StableManifests.Count == 0)
        {
            return hasTemplate
                ? $"{history.Os}: no artifacts yet; build one with ./build.sh --target=L1 --os={history.Os}\n"
                : $"{history.Os}: no artifacts yet, and no template.json to build one from\n";
        }

        var text = new StringBuilder((history.Count + 3) * 72);
        text.Append(history.Os).Append(": ").Append(Summary(history)).Append('\n');
        if (history.Count == 0)
        {
            return text.ToString();
        }

        var nameWidth = Math.Max(Headers[0].Length, history.Max(entry => entry.FileName.Length));
        var builtWidth = BuiltFormat.Length - 2;
        AppendRow(text, nameWidth, builtWidth, Headers[0], Headers[1], Headers[2]);
        foreach (var entry in history)
        {
            AppendRow(text, nameWidth, builtWidth, entry.FileName,
                entry.BuiltAt?.ToString(BuiltFormat, CultureInfo.InvariantCulture) ?? "", entry.IsStable ? "stable" : "");
        }

        return text.ToString();
    }

    private static string Summary(ArtifactHistory history)
    {
        var count = history.Count == 1 ? "1 artifact" : $"{history.Count.ToString("N0", CultureInfo.InvariantCulture)} artifacts";
        if (history.StableManifests.Count == 0)
        {
            return count + "; no stable manifest";
        }

        return count + "; stable: " + string.Join(", ", history.StableManifests.Select(stable => Describe(history, stable)));
    }

    private static string Describe(ArtifactHistory history, StableManifest stable)
    {
        var name = stable.PromotedFrom ?? "(not recorded)";
        var notes = new List<string>();
        if (stable.IsLegacySymlink)
        {
            notes.Add("a link, as the original tooling made it");
        }

        if (stable.PromotedFrom is not null && history.StableEntry(stable.Family) is null)
        {
            notes.Add("no longer in the artifacts folder");
        }

        return notes.Count == 0 ? name : $"{name} ({string.Join("; ", notes)})";
    }

    private static void AppendRow(StringBuilder text, int nameWidth, int builtWidth, string name, string built, string stable)
    {
        var start = text.Length;
        text.Append("  ").Append(name).Append(' ', nameWidth - name.Length + 2)
            .Append(built).Append(' ', Math.Max(0, builtWidth - built.Length) + 2).Append(stable);
        while (text.Length > start && text[^1] == ' ')
        {
            text.Length--;
        }

        text.Append('\n');
    }
}
