using System.Text;
using System.Text.RegularExpressions;
using HomeLab.Testing;

namespace HomeLab.Tools.Tests.Support;

/// <summary>
/// A fake <c>packer</c>: a bash script in its own bin directory. Each call appends its working directory, arguments
/// and whole environment to a record file. <c>packer version</c> prints the configured version text; any other
/// command prints a few lines, including the token secret it inherited on stdout and stderr (so that redaction can be
/// checked), then exits with the configured code. Only bash builtins are used, so it works whatever PATH holds.
/// </summary>
internal sealed partial class FakePacker
{
    public const string CallSeparator = "=== call ===";

    private FakePacker(string binDirectory, string recordFile)
    {
        BinDirectory = binDirectory;
        RecordFile = recordFile;
    }

    public string BinDirectory { get; }

    public string RecordFile { get; }

    public string ExecutablePath => Path.Combine(BinDirectory, "packer");

    public static FakePacker Create(string root, string versionText = "Packer v1.9.4", int exitCode = 0, string? extraOutput = null)
    {
        var bin = Directory.CreateDirectory(Path.Combine(root, "fake-bin")).FullName;
        var record = Path.Combine(root, "packer-calls.txt");
        var extraFile = Path.Combine(root, "packer-extra-output.txt");
        File.WriteAllText(extraFile, extraOutput ?? string.Empty);

        var script = new StringBuilder()
            .Append("#!/bin/bash\n")
            .Append("{\n")
            .Append($"  printf '%s\\n' '{CallSeparator}'\n")
            .Append("  printf 'cwd=%s\\n' \"$(pwd -P)\"\n")
            .Append("  for a in \"$@\"; do printf 'arg=%s\\n' \"$a\"; done\n")
            .Append("  export -p\n")
            .Append($"}} >> '{record}'\n")
            .Append("if [[ $1 == version ]]; then\n")
            .Append($"  printf '%s\\n' '{versionText}'\n")
            .Append("  exit 0\n")
            .Append("fi\n")
            .Append("printf 'fake packer %s\\n' \"$1\"\n")
            .Append("printf 'token=%s\\n' \"${PM_TOKEN_SECRET-}\"\n")
            .Append("printf 'stderr-token=%s\\n' \"${PKR_VAR_pm_token_secret-}\" >&2\n")
            .Append($"while IFS= read -r line || [[ -n $line ]]; do printf '%s\\n' \"$line\"; done < '{extraFile}'\n")
            .Append($"exit {exitCode}\n")
            .ToString();
        var path = Path.Combine(bin, "packer");
        Executable.WriteScript(path, script);
        return new FakePacker(bin, record);
    }

    public IReadOnlyList<FakePackerCall> Calls()
    {
        if (!File.Exists(RecordFile))
        {
            return [];
        }

        var calls = new List<FakePackerCall>();
        List<string>? current = null;
        foreach (var line in File.ReadAllLines(RecordFile))
        {
            if (line == CallSeparator)
            {
                current = [];
                calls.Add(new FakePackerCall(current));
                continue;
            }

            current?.Add(line);
        }

        return calls;
    }

    public FakePackerCall SingleCall()
    {
        var calls = Calls();
        Assert.That(calls, Has.Count.EqualTo(1), "the fake packer should have been run exactly once");
        return calls[0];
    }

    internal static Regex ExportLine() => ExportPattern();

    [GeneratedRegex("^declare -x ([^=]+)(?:=\"(.*)\")?$")]
    private static partial Regex ExportPattern();
}

/// <summary>One recorded run of the fake packer.</summary>
internal sealed class FakePackerCall(IReadOnlyList<string> lines)
{
    public string WorkingDirectory => lines.First(l => l.StartsWith("cwd=", StringComparison.Ordinal))[4..];

    public IReadOnlyList<string> Arguments =>
        lines.Where(l => l.StartsWith("arg=", StringComparison.Ordinal)).Select(l => l[4..]).ToList();

    public IReadOnlyDictionary<string, string> Environment => lines
        .Select(l => FakePacker.ExportLine().Match(l))
        .Where(m => m.Success)
        .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    /// <summary>Everything packer was started with, arguments and environment, as one text.</summary>
    public string RawText => string.Join('\n', lines);
}
