namespace HomeLab.L3.OS;

/// <summary>Which of the lab's playbooks a request runs.</summary>
public enum ConvergeOperation
{
    /// <summary><c>ansible/l3/converge.yaml</c> or <c>ansible/l4/converge.yaml</c>, by the request's layer.</summary>
    Converge,

    /// <summary><c>ansible/l3/reboot.yaml</c>.</summary>
    Reboot,

    /// <summary><c>ansible/l3/shutdown.yaml</c>.</summary>
    Shutdown,
}
