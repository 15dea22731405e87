using System.Diagnostics;
using InstalledShell = HomeLab.Testing.InstalledShell;

namespace HomeLab.Build.Tests.Support;

/// <summary>
/// A checkout holding the real build.sh and build.ps1, a few host sources to hash, and a fake <c>dotnet</c> first on
/// PATH, so a script's choice of build, its locking and its background build run for real in milliseconds. The
/// checkout runs <see cref="Script"/>; <see cref="RunScriptAsync"/> runs either. The fake records each call in
/// <c>bin/dotnet.calls</c>; a publish writes a host that prints which build it is (<c>host readytorun</c> or
/// <c>host composite</c>) and its arguments, writes them one a line to <see cref="HostArgumentsFile"/>, and exits
/// with FAKE_HOST_EXIT (default 0). A composite publish waits while <see cref="HoldComposite"/> exists, and fails
/// when <see cref="FailComposite"/> does. build.ps1 runs in the real PowerShell (<see cref="InstalledShell.Pwsh"/>).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class ScriptCheckout : IDisposable
{
    private const string FakeDotnet = """
        case "$1" in
          publish|build)
            out=''; kind=plain
            while [ $# -gt 0 ]; do
              case "$1" in
                --output) out=$2; shift ;;
                -p:PublishReadyToRunComposite=true) kind=composite ;;
                -p:PublishReadyToRun=true) [ $kind = plain ] && kind=readytorun ;;
              esac
              shift
            done
            # As the compiler server: the first build starts it, and it outlives the build holding every descriptor
            # it inherited but its output, until "build-server shutdown".
            if ! { [ -e "$FAKE_DOTNET_DIR/server.pid" ] && kill -0 "$(cat "$FAKE_DOTNET_DIR/server.pid")" 2>/dev/null; }; then
              sleep 120 </dev/null >/dev/null 2>&1 &
              echo $! >"$FAKE_DOTNET_DIR/server.pid"
            fi
            if [ $kind = composite ]; then
              # The scheduling it runs under: policy, nice value and I/O class.
              { chrt -p $$; echo "nice $(cut -d' ' -f19 /proc/$$/stat)"; ionice -p $$; } >"$FAKE_DOTNET_DIR/composite.priority" 2>&1
              while [ -e "$FAKE_DOTNET_DIR/hold-composite" ]; do sleep 0.05; done
              [ -e "$FAKE_DOTNET_DIR/fail-composite" ] && { echo 'error NETSDK0000: no crossgen package'; exit 1; }
            fi
            sleep "${FAKE_DOTNET_BUILD_SECONDS:-0}"
            mkdir -p "$out"
            if [ $kind = composite ]; then
              cat >"$out/HomeLab.Build" <<'HOST'
        #!/bin/sh
        echo "host composite $*"
        printf '%s\n' "$@" >"$FAKE_DOTNET_DIR/host.args"
        exit "${FAKE_HOST_EXIT:-0}"
        HOST
              chmod +x "$out/HomeLab.Build"
              : >"$out/libcoreclr.so"
            else
              echo "$kind" >"$out/HomeLab.Build.dll"
            fi
            ;;
          build-server)
            [ -e "$FAKE_DOTNET_DIR/server.pid" ] && kill "$(cat "$FAKE_DOTNET_DIR/server.pid")" 2>/dev/null
            rm -f "$FAKE_DOTNET_DIR/server.pid"
            ;;
          *.dll)
            dll=$1; shift
            echo "host $(cat "$dll") $*"
            printf '%s\n' "$@" >"$FAKE_DOTNET_DIR/host.args"
            exit "${FAKE_HOST_EXIT:-0}"
            ;;
        esac
        """;

    private readonly TempDirectory _root = new("homelab-script-");

    public ScriptCheckout(BuildScript script = BuildScript.Bash)
    {
        Script = script;
        foreach (var file in new[] { "build.sh", "build.ps1" })
        {
            File.Copy(System.IO.Path.Combine(RepositoryPaths.Root, file), Combine(file));
            File.SetUnixFileMode(Combine(file), File.GetUnixFileMode(System.IO.Path.Combine(RepositoryPaths.Root, file)));
        }

        WriteSource("build/Program.cs", "return 0;");
        WriteSource("src/HomeLab.Example/Example.cs", "namespace Example;");
        WriteSource("global.json", "{}");
        FakeTool.Write(Bin, "dotnet", FakeDotnet);
    }

    public BuildScript Script { get; }

    public string Path => _root.Path;

    public string Bin => Combine("bin-fake");

    public string HostRoot => Combine(".build", "host");

    public string HoldComposite => System.IO.Path.Combine(Bin, "hold-composite");

    public string FailComposite => System.IO.Path.Combine(Bin, "fail-composite");

    public string HostArgumentsFile => System.IO.Path.Combine(Bin, "host.args");

    /// <summary>What the composite's publish ran under: <c>chrt -p</c>'s lines, its nice value, <c>ionice -p</c>'s line.</summary>
    public string CompositePriorityFile => System.IO.Path.Combine(Bin, "composite.priority");

    public string Combine(params string[] parts) => _root.Combine(parts);

    /// <summary>The arguments of every publish or build the fake dotnet was asked for.</summary>
    public string[] Builds() =>
        FakeTool.RecordedCalls(Bin, "dotnet").Where(call => call.StartsWith("publish ", StringComparison.Ordinal) || call.StartsWith("build ", StringComparison.Ordinal)).ToArray();

    public void WriteSource(string relativePath, string text)
    {
        var path = Combine(relativePath.Split('/'));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>The arguments the host was last started with, one a line as the fake host wrote them.</summary>
    public string[] HostArguments() => File.ReadAllLines(HostArgumentsFile);

    public Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
        => RunScriptAsync(Script, environment, arguments);

    public Task<ProcessResult> RunAsync(params string[] arguments) => RunAsync(null, arguments);

    /// <summary>Runs <paramref name="script"/> as a user would: build.sh directly, build.ps1 with <c>pwsh -File</c>.</summary>
    public Task<ProcessResult> RunScriptAsync(BuildScript script, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = script == BuildScript.Bash
            ? new ProcessStartInfo(Combine("build.sh"))
            : InstalledShell.Pwsh().StartInfo("-File", Combine("build.ps1"));
        start.WorkingDirectory = Path;
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return RunAsync(start, environment);
    }

    /// <summary>Runs a PowerShell command line in the checkout, as typed at a pwsh prompt (e.g. <c>./build.ps1 --version | Out-String</c>).</summary>
    public Task<ProcessResult> RunInPowerShellAsync(IReadOnlyDictionary<string, string>? environment, string command)
    {
        var start = InstalledShell.Pwsh().StartInfo("-Command", command);
        start.WorkingDirectory = Path;
        return RunAsync(start, environment);
    }

    private Task<ProcessResult> RunAsync(ProcessStartInfo start, IReadOnlyDictionary<string, string>? environment)
    {
        foreach (var name in start.Environment.Keys.Where(IsScrubbed).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["PATH"] = Bin + System.IO.Path.PathSeparator + start.Environment["PATH"];
        start.Environment["FAKE_DOTNET_DIR"] = Bin;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return ProcessRunner.RunAsync(start, TimeSpan.FromSeconds(60));
    }

    /// <summary>Waits for the background build to leave the composite host (or its failure marker).</summary>
    public async Task WaitForBackgroundBuildAsync(string hash)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Directory.Exists(System.IO.Path.Combine(HostRoot, hash)) && !File.Exists(System.IO.Path.Combine(HostRoot, hash + ".failed")))
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the background build did not finish:\n" + BackgroundLog());
            await Task.Delay(50);
        }

        // The builder writes the host, then removes its "building" note; wait for that too.
        while (File.Exists(System.IO.Path.Combine(HostRoot, "composite.building")) && BackgroundBuilderIsAlive())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the background builder did not exit");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits for the detached background builder to take the build lock and write its pid.</summary>
    public async Task<int> WaitForBackgroundBuilderAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        int? pid;
        while ((pid = BackgroundBuilderPid()) is null)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "no background builder started:\n" + BackgroundLog());
            await Task.Delay(50);
        }

        return pid.Value;
    }

    public string BackgroundLog()
    {
        var log = System.IO.Path.Combine(HostRoot, "composite.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    /// <summary>The pid the background builder wrote, while it builds.</summary>
    public int? BackgroundBuilderPid()
    {
        var file = System.IO.Path.Combine(HostRoot, "composite.building");
        return File.Exists(file) && int.TryParse(File.ReadAllText(file).Split(' ')[0], out var pid) ? pid : null;
    }

    public void Dispose()
    {
        // A builder a failed test left waiting: let it go, and stop it by its pid.
        File.Delete(HoldComposite);
        if (BackgroundBuilderPid() is { } pid && BackgroundBuilderIsAlive())
        {
            try
            {
                Process.GetProcessById(pid).Kill(entireProcessTree: true);
            }
            catch (ArgumentException)
            {
                // It has just ended.
            }
        }

        StopTheCompilerServer();
        _root.Dispose();
    }

    // The fake compiler server a test left running (a run's background build, stopped before it could stop it).
    private void StopTheCompilerServer()
    {
        var file = System.IO.Path.Combine(Bin, "server.pid");
        if (File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out var pid))
        {
            try
            {
                Process.GetProcessById(pid).Kill();
            }
            catch (ArgumentException)
            {
                // It has ended.
            }
        }
    }

    private bool BackgroundBuilderIsAlive()
    {
        if (BackgroundBuilderPid() is not { } pid)
        {
            return false;
        }

        try
        {
            return !Process.GetProcessById(pid).HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsScrubbed(string name) =>
        name is "CI" or "HOMELAB_HOST_BUILD" || name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase);
}
