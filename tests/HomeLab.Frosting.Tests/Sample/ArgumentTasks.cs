using Cake.Common;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Frosting;
using HomeLab.Frosting.Tests.Support;

namespace HomeLab.Frosting.Tests.Sample;

[TaskName("Echo")]
public sealed class EchoTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context)
    {
        context.Journal.Add($"foo={context.Argument("foo", "none")}");
        context.Journal.Add($"flag={context.HasArgument("flag")}");
        context.Journal.Add($"multi={string.Join(",", context.Arguments<string>("multi", Array.Empty<string>()))}");
    }
}

[TaskName("Chatty")]
public sealed class ChattyTask : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context)
    {
        context.Log.Information("chatty information line");
        context.Log.Verbose("chatty verbose line");
    }
}

[TaskName("SecretProcess")]
public sealed class SecretProcessTask : FrostingTask<SampleContext>
{
    public const string Secret = "hunter2-token-value";

    public override void Run(SampleContext context)
    {
        var echo = context.Tools.Resolve("echo") ?? throw new CakeException("echo is not on PATH.");
        var arguments = new ProcessArgumentBuilder().Append("visible-argument").AppendSecret(Secret);
        using var process = context.ProcessRunner.Start(echo, new ProcessSettings { Arguments = arguments, RedirectStandardOutput = true });
        process.WaitForExit();
        context.Journal.Add(string.Join("|", process.GetStandardOutput()));
    }
}

// A plain task (any ICakeContext) that gets its collaborators by constructor injection.
[TaskName("Plain")]
public sealed class PlainTask : FrostingTask
{
    private readonly Journal _journal;

    public PlainTask(Journal journal)
    {
        _journal = journal;
    }

    public override void Run(ICakeContext context) => _journal.Add("Plain");
}
