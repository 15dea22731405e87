using Cake.Core;
using HomeLab.Proxmox;

namespace HomeLab.Build;

/// <summary>The Proxmox client for the tasks after L0, configured from the lab's settings exactly as the runway checked them.</summary>
internal static class ProxmoxConnection
{
    public static ProxmoxClient Open(BuildContext context)
    {
        var settings = context.Settings;
        if (!settings.CanReachApi)
        {
            var problem = settings.Failures.FirstOrDefault() ?? "The Proxmox settings are incomplete.";
            throw new CakeException($"{problem.TrimEnd('.')}. Run ./build.sh --target=L0 to check the environment.");
        }

        try
        {
            return new ProxmoxClient(settings.ToClientOptions());
        }
        catch (ProxmoxException ex)
        {
            throw new CakeException($"{ex.Message.TrimEnd('.')}. Run ./build.sh --target=L0 to check the environment.");
        }
    }
}
