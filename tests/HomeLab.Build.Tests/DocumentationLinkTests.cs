using System.Text.RegularExpressions;
using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>
/// The docs stand on their own in a clone: every relative link in README.md and docs/ names a file inside the
/// repository, and every anchor names a heading of its target (GitHub's heading ids).
/// </summary>
public partial class DocumentationLinkTests
{
    private static IEnumerable<string> Documents() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Prepend(Path.Combine(RepositoryPaths.Root, "README.md"))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path));

    [TestCaseSource(nameof(Documents))]
    public void Every_relative_link_and_anchor_resolves_inside_the_repository(string document)
    {
        var path = Path.Combine(RepositoryPaths.Root, document);
        var broken = new List<string>();
        foreach (var target in LinkTargets(File.ReadAllText(path)))
        {
            if (Scheme().IsMatch(target))
            {
                continue; // a web address, not a file of the repository
            }

            var (file, anchor) = target.IndexOf('#') is var hash and >= 0 ? (target[..hash], target[(hash + 1)..]) : (target, "");
            var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Uri.UnescapeDataString(file)));
            if (!resolved.StartsWith(RepositoryPaths.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                broken.Add($"{target}: outside the repository");
            }
            else if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add($"{target}: no such file");
            }
            else if (anchor.Length > 0 && !HeadingIds(File.ReadAllText(resolved)).Contains(anchor))
            {
                broken.Add($"{target}: no heading #{anchor} in {Path.GetRelativePath(RepositoryPaths.Root, resolved)}");
            }
        }

        Assert.That(broken, Is.Empty, document);
        Assert.That(File.ReadAllText(path), Does.Not.Contain("../shared"), $"{document} names a folder outside the repository");
    }

    [Test]
    public void The_checker_finds_links_and_heading_ids_as_GitHub_does()
    {
        const string Text = """
            # Title
            ## L0 — Runway
            ### UPDATE_STABLE and controlled promotion
            ## Secrets (Doppler)
            ## Secrets (Doppler)
            See [a](other.md#l0--runway) and [b](#secrets-doppler-1), `[not](code.md)`, ![img](pic.png).
            ```
            [in a block](block.md)
            ```
            """;

        Assert.That(LinkTargets(Text), Is.EqualTo(new[] { "other.md#l0--runway", "#secrets-doppler-1", "pic.png" }));
        Assert.That(HeadingIds(Text), Is.EquivalentTo(new[] { "title", "l0--runway", "update_stable-and-controlled-promotion", "secrets-doppler", "secrets-doppler-1" }));
    }

    // Inline links and images outside code blocks and code spans.
    private static IEnumerable<string> LinkTargets(string markdown) =>
        Link().Matches(WithoutCode(markdown)).Select(match => match.Groups["target"].Value.Trim());

    // GitHub's ids: the heading's text lower-cased, punctuation other than - and _ dropped, each space a hyphen;
    // a repeated heading gets -1, -2, ….
    private static HashSet<string> HeadingIds(string markdown)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match heading in Heading().Matches(WithoutCodeBlocks(markdown)))
        {
            var text = heading.Groups["text"].Value.Trim().ToLowerInvariant();
            var id = string.Concat(text.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-');
            var unique = id;
            for (var n = 1; !ids.Add(unique); n++)
            {
                unique = $"{id}-{n}";
            }
        }

        return ids;
    }

    private static string WithoutCode(string markdown) => CodeSpan().Replace(WithoutCodeBlocks(markdown), "");

    private static string WithoutCodeBlocks(string markdown) => CodeBlock().Replace(markdown, "");

    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target>[^)\s]+)(\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*```.*?^\s*```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
