using System.Globalization;

namespace HomeLab.Proxmox;

/// <summary>Builds form parameters the way Proxmox reads them: booleans as 1/0, numbers invariant, absent values left out.</summary>
internal sealed class FormValues
{
    private readonly List<KeyValuePair<string, string>> _values = [];

    public IReadOnlyList<KeyValuePair<string, string>> Values => _values;

    public FormValues Add(string name, string? value)
    {
        if (value is not null)
        {
            _values.RemoveAll(pair => pair.Key == name);
            _values.Add(new(name, value));
        }

        return this;
    }

    public FormValues Add(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public FormValues Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "1" : "0");
}
