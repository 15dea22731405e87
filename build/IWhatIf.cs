using HomeLab.Tools.WhatIf;

namespace HomeLab.Build;

/// <summary>
/// A task that says what it would do, for <c>--dryrun</c> (<c>--whatif</c>), where Cake runs no task action:
/// <see cref="WhatIfRun"/> asks each task that would run, in run order. A plan starts no tool, makes no Proxmox call
/// and writes nothing; what only a run could learn (a VMID, a host's address) is named as unknown.
/// </summary>
internal interface IWhatIf
{
    IReadOnlyList<PlanStep> WhatIf(BuildContext context);
}
