using System.Text.Json.Nodes;

namespace HomeLab.Manifests.Tests;

/// <summary>A writer process killed at random moments while it promotes never leaves a broken stable manifest.</summary>
public class AtomicityTests
{
    private const int Kills = 50;
    private const string A = "vm-template-20260101-000000.json";
    private const string B = "vm-template-20260102-000000.json";

    /// <summary>Large enough that writing the stable manifest takes a while, so that kills land inside the write.</summary>
    private const int PayloadSize = 128 * 1024;

    private TempLab _lab = null!;

    [SetUp]
    public void SetUp() => _lab = new TempLab();

    [TearDown]
    public void TearDown() => _lab.Dispose();

    [Test]
    public void A_writer_killed_mid_promotion_leaves_the_old_or_the_new_stable_manifest()
    {
        var artifacts = new Dictionary<string, JsonObject>
        {
            [A] = WithPayload(TempLab.VmArtifact(9000, "tpl-a"), 'a'),
            [B] = WithPayload(TempLab.VmArtifact(9001, "tpl-b"), 'b'),
        };
        foreach (var (name, content) in artifacts)
        {
            _lab.Artifact("ubuntu", name, content);
        }

        var manifests = new LabManifests(_lab.Root);
        manifests.Promote("ubuntu", A);
        var spec = Path.GetDirectoryName(_lab.StablePath("ubuntu"))!;
        var random = TestContext.CurrentContext.Random;
        var seen = new HashSet<string>();
        var killedWhileWriting = 0;

        for (var kill = 0; kill < Kills; kill++)
        {
            using (var writer = WriterProcess.Start("ready", "promote", _lab.Root, "ubuntu", A, B))
            {
                Thread.Sleep(random.Next(0, 25));
                writer.Kill();
            }

            var leftovers = Directory.GetFiles(spec, ".vm-template-stable.json.*.tmp");
            if (leftovers.Length > 0)
            {
                killedWhileWriting++;
                Array.ForEach(leftovers, File.Delete);
            }

            var text = File.ReadAllText(_lab.StablePath("ubuntu"));
            JsonObject stable;
            try
            {
                stable = JsonNode.Parse(text)!.AsObject();
            }
            catch (System.Text.Json.JsonException exception)
            {
                Assert.Fail($"After kill {kill + 1} the stable manifest does not parse ({exception.Message}); it starts: {text[..Math.Min(200, text.Length)]}");
                return;
            }

            var from = stable["promoted_from"]!.GetValue<string>();
            Assert.That(artifacts.Keys, Does.Contain(from), $"kill {kill + 1}");
            stable.Remove("promoted_from");
            stable.Remove("promoted_at");
            Assert.That(JsonNode.DeepEquals(stable, artifacts[from]), Is.True, $"after kill {kill + 1} the stable manifest is not exactly {from}");
            Assert.That(manifests.ReadStable("ubuntu")!.PromotedFrom, Is.EqualTo(from));
            seen.Add(from);
        }

        TestContext.Out.WriteLine($"{Kills} kills, {killedWhileWriting} of them while a stable manifest was being written.");
        Assert.That(seen, Is.EquivalentTo(artifacts.Keys), "the writer was killed after promoting each of the two");
        Assert.That(killedWhileWriting, Is.GreaterThan(0), "no kill landed inside a write, so the test proved nothing");
        Assert.That(manifests.ListHistory("ubuntu").Count(e => e.IsStable), Is.EqualTo(1));
    }

    private static JsonObject WithPayload(JsonObject artifact, char fill)
    {
        artifact["payload"] = new string(fill, PayloadSize);
        return artifact;
    }
}
