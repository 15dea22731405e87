using HomeLab.L2.Instances.Terraform;
using HomeLab.Proxmox;
using HomeLab.Secrets;
using HomeLab.Tools.Terraform;

namespace HomeLab.Build;

/// <summary>How L2 runs terraform, from the lab's settings: the provider's variables and where plans and artifacts go.</summary>
internal static class InstanceSettings
{
    public static TerraformRunSettings From(BuildContext context, InstanceArguments arguments, SecretRedactor redactor)
    {
        var settings = context.Settings;
        return new TerraformRunSettings
        {
            Variables = new TerraformProxmoxVariables
            {
                AccessHost = settings.AccessHost,
                TokenId = settings.TokenId,
                TokenSecret = settings.TokenSecret,
                PublicKey = settings.PublicKey,
                TlsInsecure = settings.Tls?.Mode == ProxmoxTlsMode.Insecure,
            },
            PlanDirectory = context.Environment.WorkingDirectory.Combine(".cache/l2").FullPath,
            ArtifactsDirectory = context.ArtifactsDirectory.Combine("l2").FullPath,
            Destroy = arguments.Destroy,
            Parallelism = arguments.Parallelism,
            Redact = redactor.Redact,
        };
    }
}
