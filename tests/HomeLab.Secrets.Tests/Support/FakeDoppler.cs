using System.Text;
using HomeLab.Testing;

namespace HomeLab.Secrets.Tests.Support;

/// <summary>
/// A fake <c>doppler</c> executable: a bash script in its own bin directory that records its arguments, working
/// directory and DOPPLER_* variables to a file, then prints the configured stdout/stderr and exits with the configured code.
/// It uses bash builtins only, so it works whatever PATH holds.
/// </summary>
internal sealed class FakeDoppler
{
    private const string Unset = "<unset>";

    private FakeDoppler(string binDirectory, string recordFile)
    {
        BinDirectory = binDirectory;
        RecordFile = recordFile;
    }

    public string BinDirectory { get; }

    public string RecordFile { get; }

    public string ExecutablePath => Path.Combine(BinDirectory, "doppler");

    public static FakeDoppler Create(string root, string stdout, string stderr = "", int exitCode = 0)
    {
        var bin = Directory.CreateDirectory(Path.Combine(root, "fake-bin")).FullName;
        var record = Path.Combine(root, "doppler-call.txt");
        var stdoutFile = Path.Combine(root, "doppler-stdout.txt");
        var stderrFile = Path.Combine(root, "doppler-stderr.txt");
        File.WriteAllText(stdoutFile, stdout);
        File.WriteAllText(stderrFile, stderr);

        var script = new StringBuilder()
            .Append("#!/bin/bash\n")
            .Append("{\n")
            .Append("  printf 'cwd=%s\\n' \"$(pwd -P)\"\n")
            .Append($"  printf 'DOPPLER_TOKEN=%s\\n' \"${{DOPPLER_TOKEN-{Unset}}}\"\n")
            .Append($"  printf 'DOPPLER_PROJECT=%s\\n' \"${{DOPPLER_PROJECT-{Unset}}}\"\n")
            .Append($"  printf 'DOPPLER_CONFIG=%s\\n' \"${{DOPPLER_CONFIG-{Unset}}}\"\n")
            .Append("  for a in \"$@\"; do printf 'arg=%s\\n' \"$a\"; done\n")
            .Append($"}} > '{record}'\n")
            .Append($"while IFS= read -r line || [[ -n $line ]]; do printf '%s\\n' \"$line\"; done < '{stdoutFile}'\n")
            .Append($"while IFS= read -r line || [[ -n $line ]]; do printf '%s\\n' \"$line\" >&2; done < '{stderrFile}'\n")
            .Append($"exit {exitCode}\n")
            .ToString();
        var path = Path.Combine(bin, "doppler");
        Executable.WriteScript(path, script);
        return new FakeDoppler(bin, record);
    }

    public FakeDopplerCall ReadCall()
    {
        Assert.That(File.Exists(RecordFile), Is.True, "the fake doppler was never run");
        var lines = File.ReadAllLines(RecordFile);
        string Value(string key) => lines.First(l => l.StartsWith(key + "=", StringComparison.Ordinal))[(key.Length + 1)..];
        string? Variable(string key) => Value(key) is var v && v == Unset ? null : v;
        return new FakeDopplerCall(
            Value("cwd"),
            lines.Where(l => l.StartsWith("arg=", StringComparison.Ordinal)).Select(l => l[4..]).ToList(),
            Variable("DOPPLER_TOKEN"),
            Variable("DOPPLER_PROJECT"),
            Variable("DOPPLER_CONFIG"));
    }
}

internal sealed record FakeDopplerCall(
    string WorkingDirectory, IReadOnlyList<string> Arguments, string? Token, string? Project, string? Config);
