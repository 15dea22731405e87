using Cake.Core;
using Cake.Core.IO;

namespace Cake.Frosting;

/// <summary>What <c>--graph</c> and <c>--graph-file</c> ask for.</summary>
internal sealed record GraphRequest(GraphFormat Format, FilePath? File)
{
    public static GraphRequest Parse(string? format, string? file)
    {
        var parsed = format?.Trim().ToLowerInvariant() switch
        {
            "mermaid" => GraphFormat.Mermaid,
            "dot" => GraphFormat.Dot,
            null when file is not null => FormatOf(file),
            _ => throw new CakeException($"--graph='{format}' is not a graph format; use --graph=mermaid or --graph=dot."),
        };
        return new GraphRequest(parsed, file is null ? null : new FilePath(file));
    }

    // --graph-file alone: the file's extension says which (.dot or .gv for DOT, anything else Mermaid).
    private static GraphFormat FormatOf(string file)
        => System.IO.Path.GetExtension(file).ToLowerInvariant() is ".dot" or ".gv" ? GraphFormat.Dot : GraphFormat.Mermaid;
}

internal enum GraphFormat
{
    Mermaid,
    Dot,
}
