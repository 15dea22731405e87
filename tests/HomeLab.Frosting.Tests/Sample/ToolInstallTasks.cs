using Cake.Core.Packaging;
using Cake.Core.Tooling;
using Cake.Frosting;

namespace HomeLab.Frosting.Tests.Sample;

[TaskName("InstallTool")]
public sealed class InstallToolTask(IToolInstaller installer) : FrostingTask<SampleContext>
{
    public override void Run(SampleContext context)
    {
        foreach (var file in installer.Install(new PackageReference("sample:?package=Sample.Tool&version=1.2.3")))
        {
            context.Journal.Add($"installed {file.GetFilename()}");
        }
    }
}
