using System.Globalization;
using System.Text.RegularExpressions;

namespace HomeLab.Tools.Terraform;

/// <summary>
/// Reads the diagnostics out of terraform's human output, with or without colour: each starts with an
/// <c>Error: summary</c> or <c>Warning: summary</c> line (inside a ╷│╵ box when coloured), may point at a file
/// (<c>  on main.tf line 3, in …</c>) and a code snippet, and ends with a paragraph of detail.
/// </summary>
internal static partial class TerraformDiagnosticText
{
    /// <summary>The diagnostics in <paramref name="lines"/>, in order.</summary>
    public static IReadOnlyList<TerraformDiagnostic> Parse(IEnumerable<string> lines)
    {
        var diagnostics = new List<TerraformDiagnostic>();
        Draft? current = null;
        foreach (var raw in lines)
        {
            var line = Clean(raw, out var boxEnd);
            var header = Header().Match(line);
            if (header.Success)
            {
                current?.AddTo(diagnostics);
                current = new Draft(header.Groups[1].Value.ToLowerInvariant(), header.Groups[2].Value.Trim());
            }
            else if (boxEnd)
            {
                current?.AddTo(diagnostics);
                current = null;
            }
            else
            {
                current?.Read(line);
            }
        }

        current?.AddTo(diagnostics);
        return diagnostics;
    }

    /// <summary>Removes colour codes and the box drawn around a coloured diagnostic.</summary>
    /// <param name="boxEnd">Whether the line closes a box (╵).</param>
    internal static string Clean(string line, out bool boxEnd)
    {
        var text = AnsiEscape().Replace(line, string.Empty).TrimEnd();
        boxEnd = text == "╵";
        if (text is "╷" or "╵")
        {
            return string.Empty;
        }

        if (text.StartsWith('│'))
        {
            text = text.Length > 1 && text[1] == ' ' ? text[2..] : text[1..];
        }

        return text;
    }

    [GeneratedRegex(@"^(Error|Warning): (.+)$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^\s+on (.+?) line (\d+)")]
    private static partial Regex Location();

    [GeneratedRegex(@"\x1B\[[0-9;?]*[ -/]*[@-~]")]
    private static partial Regex AnsiEscape();

    /// <summary>A diagnostic being read: its detail is the first paragraph of unindented text after the header.</summary>
    private sealed class Draft(string severity, string summary)
    {
        private readonly List<string> _detail = [];
        private string? _fileName;
        private int? _line;
        private bool _detailDone;

        public void Read(string line)
        {
            if (line.Length == 0 || char.IsWhiteSpace(line[0]))
            {
                var location = Location().Match(line);
                if (location.Success && _fileName is null)
                {
                    _fileName = location.Groups[1].Value;
                    _line = int.Parse(location.Groups[2].Value, CultureInfo.InvariantCulture);
                }

                _detailDone |= _detail.Count > 0;
                return;
            }

            // "Lock Info:" and the like introduce an indented listing, which is not part of the sentence.
            if (!_detailDone && line.EndsWith(':') && _detail.Count > 0)
            {
                _detailDone = true;
            }

            if (!_detailDone)
            {
                _detail.Add(line.Trim());
            }
        }

        public void AddTo(List<TerraformDiagnostic> diagnostics) =>
            diagnostics.Add(new TerraformDiagnostic(severity, summary, string.Join(' ', _detail), _fileName, _line));
    }
}
