using Cake.Core;
using HomeLab.L0.Runway.Api;
using HomeLab.L0.Runway.Checks;
using HomeLab.L0.Runway.Results;
using HomeLab.Configuration;
using HomeLab.L0.Runway.Tools;
using HomeLab.Proxmox;
using HomeLab.Secrets;

namespace HomeLab.L0.Runway;

/// <summary>
/// Runs every L0 check, read-only, and returns what they found. Every API read goes out at once, the checks
/// interpret the answers once GET /version has answered, the tool probes run concurrently beside them, and every
/// problem becomes a reason in <see cref="RunwayResult.Failures"/>: the runner never throws because a check
/// failed, and the caller turns FAIL into a non-zero exit.
/// </summary>
public sealed class RunwayRunner
{
    private static readonly ApiVersionCheck VersionCheck = new();
    private static readonly NodeCheck NodeCheck = new();
    private static readonly PrivilegesCheck PrivilegesCheck = new();

    public const string SkipToolsNote = "tool checks skipped (--skip-tools)";

    private readonly LabSettings _settings;
    private readonly IToolProbe? _toolProbe;
    private readonly RunwayOptions _options;
    private readonly Func<ProxmoxClientOptions, IProxmoxClient> _clientFactory;
    private readonly TimeProvider _clock;
    private readonly IApiCheck[] _apiChecksInOrder;
    private readonly IApiCheck[] _nodeScopedChecks;

    /// <param name="settings">The lab's settings, as the host read them from the environment.</param>
    /// <param name="toolProbe">Finds the tools; may be null only with <see cref="RunwayOptions.SkipTools"/>.</param>
    /// <param name="clientFactory">Builds the API client from the options the runner derives; the real HTTP client by default.</param>
    public RunwayRunner(
        LabSettings settings,
        IToolProbe? toolProbe,
        RunwayOptions? options = null,
        Func<ProxmoxClientOptions, IProxmoxClient>? clientFactory = null,
        TimeProvider? clock = null)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _options = options ?? new RunwayOptions();
        if (toolProbe is null && !_options.SkipTools)
        {
            throw new ArgumentNullException(nameof(toolProbe), "A tool probe is needed unless the tool checks are skipped.");
        }

        _toolProbe = toolProbe;
        _clientFactory = clientFactory ?? ProxmoxClientFactory.Create;
        _clock = clock ?? TimeProvider.System;
        IApiCheck[] templateNeeds = _options.Needs is null ? [] : [new TemplateNeedsCheck(_options.Needs)];
        _apiChecksInOrder =
            [VersionCheck, NodeCheck, new BridgeCheck(), new StorageConsistencyCheck(), new StorageSpaceCheck(), .. templateNeeds, PrivilegesCheck];
        _nodeScopedChecks = [.. _apiChecksInOrder.Where(check => check.NeedsUsableNode)];
    }

    /// <summary>A runner that finds tools the way the Cake context does.</summary>
    public static RunwayRunner For(ICakeContext context, LabSettings settings, RunwayOptions options, ToolVersionCache? toolVersions = null) =>
        new(settings, CakeToolProbe.From(context, toolVersions), options);

    public async Task<RunwayResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = _settings;
        var recorder = new RawResponseRecorder();

        var toolsTask = RunToolsAsync(cancellationToken);
        var apiTask = RunApiAsync(settings, recorder, cancellationToken);
        await Task.WhenAll(toolsTask, apiTask).ConfigureAwait(false);
        var (toolChecks, toolReports, toolNotes) = await toolsTask.ConfigureAwait(false);
        var (apiChecks, reads) = await apiTask.ConfigureAwait(false);

        var redactor = _options.Redactor ?? new SecretRedactor();
        redactor.Add(settings.TokenSecret);
        string? RedactOrNull(string? text) => text is null ? null : redactor.Redact(text);
        List<CheckResult> checks = [EnvironmentCheck.Evaluate(settings), .. apiChecks, .. toolChecks];
        checks = checks.Select(c => c.Redacted(redactor.Redact)).ToList();
        var failures = checks.SelectMany(c => c.Failures).ToList();

        return new RunwayResult
        {
            Status = failures.Count == 0 ? RunwayStatus.Ok : RunwayStatus.Fail,
            ProxmoxHost = RedactOrNull(settings.AccessHost),
            ApiUrl = RedactOrNull(settings.Endpoint?.BaseUrl.ToString()),
            Node = settings.Node,
            PveVersion = reads?.VersionIfRead?.Version,
            Bridge = settings.Bridge,
            Storage = StorageReportFrom(settings, reads),
            Tools = toolReports.Select(t => t with { Path = RedactOrNull(t.Path), Version = RedactOrNull(t.Version) }).ToList(),
            Checks = checks,
            Failures = failures,
            Notes = [.. checks.SelectMany(c => c.Warnings), .. toolNotes],
            GeneratedAt = _clock.GetUtcNow(),
            RawResponses = recorder.Snapshot().ToDictionary(kv => kv.Key, kv => redactor.Redact(kv.Value), StringComparer.Ordinal),
        };
    }

    private async Task<(IReadOnlyList<CheckResult> Checks, IReadOnlyList<ToolReport> Reports, IReadOnlyList<string> Notes)> RunToolsAsync(CancellationToken cancellationToken)
    {
        if (_options.SkipTools)
        {
            return ([CheckResult.Skipped(CheckNames.Tools, SkipToolsNote)], [], [SkipToolsNote]);
        }

        var outcomes = await Task.WhenAll(ToolRequirements.For(_options.DopplerEnabled).Select(tool =>
        {
            var check = new ToolCheck(tool);
            return CheckGuard.RunAsync<(CheckResult Check, ToolReport Report)>(
                check.Name,
                () => check.RunAsync(_toolProbe!, _options, cancellationToken),
                reason => (CheckResult.Fail(check.Name, reason), new ToolReport(tool.Name, tool.NeededBy, false, null, null) { Required = tool.IsNeeded(_options.ReachedLayers) }),
                cancellationToken);
        })).ConfigureAwait(false);

        return (outcomes.Select(o => o.Check).ToList(), outcomes.Select(o => o.Report).ToList(), []);
    }

    private async Task<(IReadOnlyList<CheckResult> Checks, ProxmoxReads? Reads)> RunApiAsync(
        LabSettings settings, IResponseRecorder recorder, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, CheckResult>();
        IReadOnlyList<CheckResult> InOrder() => _apiChecksInOrder.Select(c => results[c.Name]).ToList();
        void SkipRemaining(string why)
        {
            foreach (var check in _apiChecksInOrder.Where(c => !results.ContainsKey(c.Name)))
            {
                results[check.Name] = CheckResult.Skipped(check.Name, SettingsSkip(settings, check) ?? why);
            }
        }

        if (!settings.CanReachApi)
        {
            SkipRemaining($"skipped: the API settings are invalid (see {CheckNames.Environment})");
            return (InOrder(), null);
        }

        IProxmoxClient client;
        try
        {
            client = _clientFactory(settings.ToClientOptions() with
            {
                Timeout = _options.ApiTimeout,
                MaxRetries = _options.ApiMaxRetries,
                RetryBaseDelay = _options.ApiRetryBaseDelay,
                Recorder = recorder,
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            results[VersionCheck.Name] = CheckResult.Fail(VersionCheck.Name, ex is ProxmoxException ? ex.Message.Trim() : CheckGuard.UnexpectedReason(VersionCheck.Name, ex));
            SkipRemaining("skipped: API not reachable");
            return (InOrder(), null);
        }

        try
        {
            var reads = new ProxmoxReads(client, cancellationToken);
            reads.Prefetch(settings.Node, [settings.StorageIso, settings.StorageVm]);
            results[VersionCheck.Name] = await RunAsync(VersionCheck, settings, reads, cancellationToken).ConfigureAwait(false);
            if (!reads.Version.IsCompletedSuccessfully)
            {
                SkipRemaining(SkipAfterVersionFailure(reads.Version.Exception?.GetBaseException()));
                await reads.SettledAsync().ConfigureAwait(false); // the raw answers written must not depend on timing
                return (InOrder(), reads);
            }

            var privileges = RunOrSkipAsync(PrivilegesCheck, settings, reads, cancellationToken);
            var node = await RunOrSkipAsync(NodeCheck, settings, reads, cancellationToken).ConfigureAwait(false);
            results[NodeCheck.Name] = node;

            var nodeUnusable = node.Status == CheckStatus.Ok ? null : $"skipped: node '{settings.Node}' is not usable (see {CheckNames.Node})";
            var scoped = await Task.WhenAll(_nodeScopedChecks.Select(check =>
                nodeUnusable is not null && SettingsSkip(settings, check) is null
                    ? Task.FromResult(CheckResult.Skipped(check.Name, nodeUnusable))
                    : RunOrSkipAsync(check, settings, reads, cancellationToken))).ConfigureAwait(false);
            foreach (var result in scoped)
            {
                results[result.Name] = result;
            }

            results[PrivilegesCheck.Name] = await privileges.ConfigureAwait(false);
            return (InOrder(), reads);
        }
        finally
        {
            await DisposeAsync(client).ConfigureAwait(false);
        }
    }

    private static Task<CheckResult> RunOrSkipAsync(IApiCheck check, LabSettings settings, ProxmoxReads reads, CancellationToken cancellationToken)
    {
        var skip = SettingsSkip(settings, check);
        return skip is not null ? Task.FromResult(CheckResult.Skipped(check.Name, skip)) : RunAsync(check, settings, reads, cancellationToken);
    }

    private static Task<CheckResult> RunAsync(IApiCheck check, LabSettings settings, ProxmoxReads reads, CancellationToken cancellationToken) =>
        CheckGuard.RunAsync(check.Name, () => check.RunAsync(settings, reads), cancellationToken);

    /// <summary>Why a check cannot run with these settings, or null when it can.</summary>
    private static string? SettingsSkip(LabSettings settings, IApiCheck check)
    {
        var needed = check.NeededVariables.Concat(LabVariables.Connection).ToHashSet();
        var missing = LabVariables.Required.Where(v => needed.Contains(v) && settings.IsMissing(v)).ToList();
        return missing.Count switch
        {
            0 => null,
            1 => $"skipped: {missing[0]} is not set",
            _ => $"skipped: {string.Join(", ", missing)} are not set",
        };
    }

    private static string SkipAfterVersionFailure(Exception? failure) => failure switch
    {
        ProxmoxAuthenticationException => "skipped: API token rejected",
        ProxmoxConnectionException or ProxmoxTimeoutException => "skipped: API not reachable",
        _ => "skipped: API did not answer /version properly",
    };

    private static StorageReport StorageReportFrom(LabSettings settings, ProxmoxReads? reads)
    {
        StorageFigures? Figures(string? storage) =>
            reads is null || settings.Node is null || storage is null || reads.StorageStatusIfRead(settings.Node, storage) is not { } status
                ? null
                : StorageFigures.From(storage, status);
        return new StorageReport(Figures(settings.StorageIso), Figures(settings.StorageVm)) { IsoName = settings.StorageIso, VmName = settings.StorageVm };
    }

    private static async Task DisposeAsync(IProxmoxClient client)
    {
        switch (client)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
