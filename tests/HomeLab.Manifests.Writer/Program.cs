// A separate process for the tests that need one: a writer to kill mid-promotion, and a second lock holder.
//
//   HomeLab.Manifests.Writer promote <lab root> <os> <artifact A> <artifact B>
//     Promotes A, B, A, B… into the OS's stable manifest until it is killed. Prints "ready" once the first promotion is
//     done, so that the test's kill lands inside the loop.
//   HomeLab.Manifests.Writer hold-lock <lab root> <purpose>
//     Takes the lab lock, prints "locked", and holds it until its standard input closes.
//
// Either way it stops by itself after 60 s, so that it can never linger.
using System.Diagnostics;
using HomeLab.Manifests;

var limit = TimeSpan.FromSeconds(60);
switch (args)
{
    case ["promote", var labRoot, var os, var first, var second]:
    {
        var lab = new LabManifests(labRoot);
        string[] artifacts = [first, second];
        var clock = Stopwatch.StartNew();
        for (var round = 0; clock.Elapsed < limit; round++)
        {
            lab.Promote(os, artifacts[round % 2]);
            if (round == 0)
            {
                Console.Out.WriteLine("ready");
                Console.Out.Flush();
            }
        }

        return 0;
    }

    case ["hold-lock", var labRoot, var purpose]:
    {
        using var labLock = LabLock.Acquire(labRoot, purpose);
        Console.Out.WriteLine("locked");
        Console.Out.Flush();
        var closed = Task.Run(() => Console.In.ReadToEnd());
        closed.Wait(limit);
        return 0;
    }

    default:
        Console.Error.WriteLine("usage: HomeLab.Manifests.Writer promote <lab> <os> <artifact A> <artifact B>");
        Console.Error.WriteLine("       HomeLab.Manifests.Writer hold-lock <lab> <purpose>");
        return 2;
}
