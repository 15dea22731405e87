using Cake.Core;
using Cake.Frosting;

namespace HomeLab.Frosting.Tests.Sample;

public sealed class SampleLifetime : FrostingLifetime<SampleContext>
{
    public override void Setup(SampleContext context, ISetupContext info)
        => context.Journal.Add($"Setup: {string.Join(",", info.TasksToExecute.Select(task => task.Name))}");

    public override void Teardown(SampleContext context, ITeardownContext info)
        => context.Journal.Add($"Teardown: successful={info.Successful}");
}
