namespace HomeLab.Tools.Ansible;

/// <summary>Settings for <c>ansible-playbook --version</c>.</summary>
public sealed class AnsibleVersionSettings : AnsibleSettings
{
}
