using System.Text;

namespace Cake.Frosting;

/// <summary>Renders a <see cref="TaskGraph"/> in Graphviz's DOT language (<c>dot -Tsvg</c>), top to bottom in run order.</summary>
internal static class DotGraph
{
    public static string Render(TaskGraph graph)
    {
        var text = new StringBuilder();
        text.Append("digraph tasks {\n");
        text.Append("    rankdir=TB;\n");
        text.Append("    node [shape=box];\n");
        foreach (var node in graph.Nodes)
        {
            // DOT's "\n" breaks the label's line: the criteria go under the name.
            var label = node.Criteria is { Length: > 0 } criteria ? $"{Escape(node.Name)}\\n({Escape(criteria)})" : Escape(node.Name);
            text.Append($"    {Quote(node.Name)} [label=\"{label}\"];\n");
        }

        foreach (var edge in graph.Edges)
        {
            text.Append($"    {Quote(edge.Start)} -> {Quote(edge.End)};\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static string Quote(string id) => $"\"{Escape(id)}\"";

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
