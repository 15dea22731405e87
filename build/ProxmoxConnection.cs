using Cake.Core;
using HomeLab.Proxmox;

namespace HomeLab.Build;

/// <summary>The Proxmox client for the tasks after L0, configured from the environment exactly as the runway checked it.</summary>
internal static class ProxmoxConnection
{
    public static ProxmoxClient Open(ICakeContext context)
    {
        try
        {
            return new ProxmoxClient(ProxmoxSettings.FromEnvironment(context.Environment.GetEnvironmentVariable));
        }
        catch (ProxmoxException ex)
        {
            throw new CakeException($"{ex.Message.TrimEnd('.')}. Run ./build.sh --target=L0 to check the environment.");
        }
    }
}
