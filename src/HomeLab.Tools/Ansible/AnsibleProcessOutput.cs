using Cake.Core.Diagnostics;
using HomeLab.Tools.Ansible.Recap;
using HomeLab.Tools.Common;

namespace HomeLab.Tools.Ansible;

/// <summary>
/// Ansible's redirected output (see <see cref="ToolOutput"/>), which also keeps the lines after the PLAY RECAP header
/// for parsing.
/// </summary>
internal sealed class AnsibleProcessOutput : ToolOutput
{
    private readonly List<string> _recap = [];
    private readonly object _gate = new();
    private bool _inRecap;

    /// <param name="log">Where lines go; <c>null</c> to keep them out of the log.</param>
    /// <param name="verbosity">How verbose the log must be for the lines to show.</param>
    /// <param name="redact">Masks the secrets in a line.</param>
    /// <param name="lineReceived">Also gets each line, masked; <c>null</c> for no sink.</param>
    /// <param name="standardOutput">What else to do with standard output besides streaming it.</param>
    public AnsibleProcessOutput(
        ICakeLog? log, Verbosity verbosity, Func<string, string> redact, Action<string>? lineReceived, ToolStandardOutput standardOutput)
        : base(log, verbosity, redact, lineReceived, standardOutput)
    {
    }

    /// <summary>The recap read from the lines after the PLAY RECAP header.</summary>
    public AnsibleRecap Recap
    {
        get
        {
            lock (_gate)
            {
                return AnsibleRecapText.Parse(_recap);
            }
        }
    }

    /// <inheritdoc />
    protected override void OnStandardOutputLine(string line)
    {
        lock (_gate)
        {
            if (AnsibleRecapText.IsHeader(AnsibleOutputText.StripAnsi(line)))
            {
                _inRecap = true;
                _recap.Clear();
            }

            if (_inRecap)
            {
                _recap.Add(line);
            }
        }
    }
}
