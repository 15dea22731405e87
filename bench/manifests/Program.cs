// Manifest listing benchmark: an OS with N artifacts (default 10,000) in a temporary lab, one of them stable; times
// LabManifests.ListHistory (newest first, stable marked) over several runs and reports the median.
//   dotnet run -c Release --project bench/manifests -- [artifacts] [runs]
// Exits 1 when the median is not under the target (200 ms), so that scripts can use it as a check.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using HomeLab.Manifests;

const double TargetMilliseconds = 200;
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25;

var root = Path.Combine(Path.GetTempPath(), "homelab-manifests-bench-" + Guid.NewGuid().ToString("N"));
try
{
    var stable = CreateLab(root, count);
    var lab = new LabManifests(root);
    lab.Promote("ubuntu", stable);

    // Each run lists through a new LabManifests, as a fresh run of the build host would.
    var cold = Time(() => new LabManifests(root).ListHistory("ubuntu"), out var history);
    if (history.Count != count || history.Count(e => e.IsStable) != 1)
    {
        Console.Error.WriteLine($"Listed {history.Count} artifacts ({history.Count(e => e.IsStable)} stable); expected {count} (1 stable).");
        return 2;
    }

    var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var times = Enumerable.Range(0, runs).Select(_ => Time(() => new LabManifests(root).ListHistory("ubuntu"), out var _)).Order().ToList();
    process.Refresh();
    var cpuPerRun = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
    var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[times.Count / 2 - 1] + times[times.Count / 2]) / 2;

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"ListHistory, {count} artifacts: median {median:F1} ms, min {times[0]:F1} ms, max {times[^1]:F1} ms over {runs} runs; CPU {cpuPerRun:F1} ms a run (first run, JIT included: {cold:F1} ms)"));
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"newest {history[0].FileName}, stable {history.Single(e => e.IsStable).FileName}; target: median under {TargetMilliseconds:F0} ms: {(median < TargetMilliseconds ? "met" : "NOT met")}"));
    return median < TargetMilliseconds ? 0 : 1;
}
finally
{
    Directory.Delete(root, recursive: true);
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static double Time(Func<ArtifactHistory> list, out ArtifactHistory history)
{
    var clock = Stopwatch.StartNew();
    history = list();
    return clock.Elapsed.TotalMilliseconds;
}

// N artifacts one hour apart, written in shuffled order; returns the one in the middle, to be promoted.
static string CreateLab(string root, int count)
{
    var artifacts = Path.Combine(root, "infra", "os", "ubuntu", "artifacts");
    Directory.CreateDirectory(artifacts);
    var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    var order = Enumerable.Range(0, count).ToArray();
    new Random(42).Shuffle(order);
    foreach (var i in order)
    {
        var builtAt = start.AddHours(i);
        var manifest = new JsonObject
        {
            ["os"] = "ubuntu",
            ["kind"] = "cloud-image",
            ["created_at"] = builtAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["name"] = "tpl-ubuntu-" + builtAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture),
            ["node"] = "pve",
            ["storage"] = "local-lvm",
            ["vmid"] = 9000 + i,
        };
        File.WriteAllText(Path.Combine(artifacts, ArtifactFileNames.ForVmTemplate(builtAt)), manifest.ToJsonString());
    }

    return ArtifactFileNames.ForVmTemplate(start.AddHours(count / 2));
}
