using System.Text;

namespace Cake.Frosting;

/// <summary>
/// Renders a <see cref="TaskGraph"/> as a Mermaid flowchart, as GitHub renders it in Markdown: one quoted node per
/// task, then one arrow per dependency, from the task that runs first.
/// </summary>
internal static class MermaidGraph
{
    public static string Render(TaskGraph graph)
    {
        var text = new StringBuilder();
        text.Append("flowchart TD\n");
        foreach (var node in graph.Nodes)
        {
            text.Append($"    {Id(node.Name)}[\"{Escape(node.Label)}\"]\n");
        }

        foreach (var edge in graph.Edges)
        {
            text.Append($"    {Id(edge.Start)} --> {Id(edge.End)}\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// A node id Mermaid accepts: letters, digits and underscores, not starting with a digit, and never a keyword
    /// such as <c>end</c> (which closes a subgraph).
    /// </summary>
    public static string Id(string task)
    {
        var id = new string(task.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        return char.IsAsciiLetter(id.FirstOrDefault()) && !Keywords.Contains(id) ? id : "task_" + id;
    }

    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "end", "graph", "flowchart", "subgraph", "direction", "style", "class", "classDef", "click", "linkStyle", "default", "call", "href",
    };

    // Inside a quoted label, Mermaid reads a double quote as the label's end; its entity keeps it text.
    private static string Escape(string label) => label.Replace("\"", "#quot;", StringComparison.Ordinal);
}
