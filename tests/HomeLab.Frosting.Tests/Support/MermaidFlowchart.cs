using System.Text.RegularExpressions;

namespace HomeLab.Frosting.Tests.Support;

/// <summary>
/// Reads a Mermaid flowchart by the grammar's basics: a <c>flowchart</c> header with a direction, node statements
/// <c>id["label"]</c> and edge statements <c>id --> id</c>. Anything else, an id Mermaid would misread (a keyword,
/// a leading digit) or an edge to an undeclared node fails the parse.
/// </summary>
internal static partial class MermaidFlowchart
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "end", "graph", "flowchart", "subgraph", "direction", "style", "class", "classDef", "click", "linkStyle", "default",
    };

    public static (IReadOnlyDictionary<string, string> Nodes, IReadOnlyList<(string From, string To)> Edges) Parse(string text)
    {
        var lines = text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        if (lines.Count == 0 || !Header().IsMatch(lines[0]))
        {
            throw new FormatException($"not a flowchart header: '{lines.FirstOrDefault()}'");
        }

        var nodes = new Dictionary<string, string>(StringComparer.Ordinal);
        var edges = new List<(string, string)>();
        foreach (var line in lines.Skip(1))
        {
            if (Node().Match(line) is { Success: true } node)
            {
                var id = Id(node.Groups["id"].Value);
                if (!nodes.TryAdd(id, node.Groups["label"].Value))
                {
                    throw new FormatException($"node '{id}' declared twice");
                }
            }
            else if (Edge().Match(line) is { Success: true } edge)
            {
                var from = Id(edge.Groups["from"].Value);
                var to = Id(edge.Groups["to"].Value);
                if (!nodes.ContainsKey(from) || !nodes.ContainsKey(to))
                {
                    throw new FormatException($"edge '{line}' names an undeclared node");
                }

                edges.Add((from, to));
            }
            else
            {
                throw new FormatException($"not a node or an edge statement: '{line}'");
            }
        }

        return (nodes, edges);
    }

    private static string Id(string id) => Keywords.Contains(id) ? throw new FormatException($"'{id}' is a Mermaid keyword") : id;

    [GeneratedRegex(@"^(flowchart|graph) (TD|TB|BT|LR|RL)$")]
    private static partial Regex Header();

    // A quoted label may hold anything but a double quote (Mermaid's #quot; entity stands for one).
    [GeneratedRegex("""^(?<id>[A-Za-z][A-Za-z0-9_]*)\["(?<label>[^"]*)"\]$""")]
    private static partial Regex Node();

    [GeneratedRegex(@"^(?<from>[A-Za-z][A-Za-z0-9_]*) --> (?<to>[A-Za-z][A-Za-z0-9_]*)$")]
    private static partial Regex Edge();
}
