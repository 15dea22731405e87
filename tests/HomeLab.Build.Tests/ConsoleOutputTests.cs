using System.Diagnostics;
using HomeLab.Build.Tests.Support;

namespace HomeLab.Build.Tests;

/// <summary>
/// The host's output written to a file, as a shell redirect does it: no colour codes unless the run is in CI (whose
/// logs render them), none at all with NO_COLOR, and lines as wide as their content rather than wrapped at 80.
/// </summary>
[Platform(Exclude = "Win", Reason = "The host's output is redirected by /bin/sh.")]
public class ConsoleOutputTests
{
    private const string Escape = "\u001b[";

    [Test]
    public async Task A_log_file_outside_CI_has_no_colour_codes_even_on_a_colour_terminal_type()
    {
        using var work = new TempDirectory();

        var log = await RunToFileAsync(work.Path, new() { ["TERM"] = "xterm-256color" }, "--target=L9");

        Assert.That(log, Does.Contain("Error: The target 'L9' was not found."));
        Assert.That(log, Does.Not.Contain(Escape));
    }

    [Test]
    public async Task A_CI_log_keeps_its_colours_and_NO_COLOR_removes_them()
    {
        using var work = new TempDirectory();

        var ci = await RunToFileAsync(work.Path, new() { ["TERM"] = "xterm-256color", ["CI"] = "true" }, "--target=L9");
        var noColour = await RunToFileAsync(work.Path, new() { ["TERM"] = "xterm-256color", ["CI"] = "true", ["NO_COLOR"] = "1" }, "--target=L9");

        Assert.That(ci, Does.Contain(Escape).And.Contain("Error: The target 'L9' was not found."));
        Assert.That(noColour, Does.Not.Contain(Escape));
        Assert.That(noColour, Does.Contain("Error: The target 'L9' was not found."));
    }

    [Test]
    public async Task Tables_in_a_log_file_keep_an_address_on_one_line()
    {
        using var work = new TempDirectory();

        var log = await RunToFileAsync(work.Path, new(), "--target=L0", "--simulate");

        Assert.That(log, Does.Contain("L0 Runway: OK"), log);
        // The simulator's address is in the API row; at 80 columns that row wrapped inside the address.
        Assert.That(log, Does.Match(@"Proxmox VE [0-9.]+ at https://127\.0\.0\.1:[0-9]+/api2/json; token \S+ accepted"), log);
        Assert.That(log, Does.Not.Contain(Escape));
    }

    private static async Task<string> RunToFileAsync(string directory, Dictionary<string, string> environment, params string[] arguments)
    {
        var file = Path.Combine(directory, $"host-{Guid.NewGuid():N}.log");
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = directory };
        foreach (var argument in new[] { "-c", "exec \"$0\" \"$@\" >\"$HOMELAB_TEST_LOG\" 2>&1", Dotnet(), RepositoryPaths.HostDll }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "CI", "NO_COLOR", "TERM", "GITHUB_ACTION", "GITHUB_ACTIONS", "TF_BUILD", "TEAMCITY_VERSION", "DOPPLER" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["HOMELAB_TEST_LOG"] = file;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var run = await ProcessRunner.RunAsync(start, TimeSpan.FromSeconds(60));
        Assert.That(run.StandardOutput + run.StandardError, Is.Empty, "everything went to the file");
        return await File.ReadAllTextAsync(file);
    }

    private static string Dotnet() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
