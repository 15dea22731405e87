using Cake.Frosting;
using HomeLab.Build;

// build.sh and build.ps1 start this from the repository root; --working overrides it.
return new CakeHost()
    .UseContext<BuildContext>()
    .UseWorkingDirectory(Environment.CurrentDirectory)
    .Run(TargetAliases.Expand(args));
