namespace HomeLab.Proxmox.Simulator;

/// <summary>
/// An API token and its ACL: path → privilege → propagate. Evaluation follows Proxmox: walking from "/" to the
/// path, an ACL entry on a deeper path replaces what was inherited, and only propagating privileges pass down.
/// <see cref="Grant(string, string[])"/> and <see cref="Revoke"/> start from what the path inherits, so
/// "all on / but not VM.Allocate on /vms" is <c>token.Revoke("/vms", "VM.Allocate")</c>.
/// </summary>
public sealed class SimToken
{
    private readonly object _sync = new();
    private readonly Dictionary<string, Dictionary<string, bool>> _acl = new(StringComparer.Ordinal);

    public SimToken(string id, string secret)
    {
        var at = id.IndexOf('@');
        var bang = id.LastIndexOf('!');
        if (at <= 0 || bang < at + 2 || bang == id.Length - 1)
        {
            throw new ArgumentException($"'{id}' is not a token id; use user@realm!tokenname.", nameof(id));
        }

        Id = id;
        Secret = secret;
    }

    /// <summary>The full token id, <c>user@realm!tokenname</c>.</summary>
    public string Id { get; }

    public string Secret { get; set; }

    /// <summary>False models a disabled user: authentication fails.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When set and past, authentication fails.</summary>
    public DateTimeOffset? Expires { get; set; }

    public string UserId => Id[..Id.LastIndexOf('!')];

    public string TokenName => Id[(Id.LastIndexOf('!') + 1)..];

    /// <summary>The paths that carry an explicit ACL entry.</summary>
    public IReadOnlyList<string> AclPaths
    {
        get
        {
            lock (_sync)
            {
                return _acl.Keys.Order(StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>Adds privileges on <paramref name="path"/> with propagate.</summary>
    public SimToken Grant(string path, params string[] privileges) => Grant(path, propagate: true, privileges);

    public SimToken Grant(string path, bool propagate, params string[] privileges)
    {
        lock (_sync)
        {
            var entry = EntryFor(AclPath.Normalise(path));
            foreach (var privilege in privileges)
            {
                entry[privilege] = propagate;
            }
        }

        return this;
    }

    /// <summary>Every known privilege on <paramref name="path"/>, with propagate.</summary>
    public SimToken GrantAll(string path = "/") => Grant(path, [.. Privileges.All]);

    /// <summary>Takes privileges away on <paramref name="path"/> (and, through it, below it).</summary>
    public SimToken Revoke(string path, params string[] privileges)
    {
        lock (_sync)
        {
            var entry = EntryFor(AclPath.Normalise(path));
            foreach (var privilege in privileges)
            {
                entry.Remove(privilege);
            }
        }

        return this;
    }

    /// <summary>Drops every ACL entry: the token can authenticate but holds no privilege.</summary>
    public SimToken ClearAcl()
    {
        lock (_sync)
        {
            _acl.Clear();
        }

        return this;
    }

    public bool Has(string path, string privilege) => EffectivePrivileges(path).ContainsKey(privilege);

    public bool HasAny(string path, IEnumerable<string> privileges)
    {
        var effective = EffectivePrivileges(path);
        return privileges.Any(effective.ContainsKey);
    }

    /// <summary>The privileges held on <paramref name="path"/> → their propagate flag, as /access/permissions shows them.</summary>
    public IReadOnlyDictionary<string, bool> EffectivePrivileges(string path)
    {
        lock (_sync)
        {
            return Effective(AclPath.Normalise(path));
        }
    }

    private Dictionary<string, bool> Effective(string path)
    {
        var inherited = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var step in AclPath.FromRoot(path))
        {
            if (_acl.TryGetValue(step, out var entry))
            {
                if (step == path)
                {
                    return new Dictionary<string, bool>(entry, StringComparer.Ordinal);
                }

                inherited = entry.Where(p => p.Value).ToDictionary(p => p.Key, _ => true, StringComparer.Ordinal);
            }
            else if (step == path)
            {
                return inherited;
            }
        }

        return inherited;
    }

    private Dictionary<string, bool> EntryFor(string path)
    {
        if (!_acl.TryGetValue(path, out var entry))
        {
            entry = Effective(path);
            _acl[path] = entry;
        }

        return entry;
    }
}
