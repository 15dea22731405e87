using Cake.Core.Diagnostics;
using HomeLab.Tools.Ansible.Recap;

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

    /// <summary>An output that goes where <paramref name="settings"/> say (see <see cref="ToolOutput"/>).</summary>
    public AnsibleProcessOutput(AnsibleSettings settings, ICakeLog log, Func<string, string> redact, ToolStandardOutput standardOutput)
        : base(settings, log, redact, standardOutput)
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
