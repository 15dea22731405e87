#!/usr/bin/env pwsh
#Requires -Version 7.0
# Runs the HomeLab build host (build/) with every argument passed through, e.g.
#   ./build.ps1 --target=L0 --simulate      ./build.ps1 --tree      ./build.ps1 --help
# Needs only the .NET SDK. The host is rebuilt only when its sources change: each version is built once into
# .build/host/<hash of its inputs>/ and later runs start it directly, without `dotnet run`'s up-to-date check.
# build.sh does the same with the same hash, so the two scripts share the built host.
#
# Two options of the script itself, each alone on the command line:
#   ./build.ps1 --host-hash     prints the hash of the host's sources (a CI cache key for .build/) and exits
#   ./build.ps1 --build-host    builds the host this run would use, prints its folder and exits (a CI warm-up step)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# Started as `pwsh -File build.ps1 ...` (as `./build.ps1 ...` from another shell is, through the #! line), PowerShell
# splits an argument that starts with "-" at its first ":" and drops the colon: "--target=Templates:List" arrives as
# "--target=Templates", "List". When the process's command line explains $args that way, its own words are used.
function Get-GivenArguments([string[]] $parsed) {
    $line = [Environment]::GetCommandLineArgs()
    $script = 1
    while ($script -lt $line.Count -and -not ($line[$script] -and (Test-Path -LiteralPath $line[$script] -PathType Leaf) -and
            (Resolve-Path -LiteralPath $line[$script]).ProviderPath -eq $PSCommandPath)) { $script++ }
    $given = @($line | Select-Object -Skip ($script + 1))
    $split = @(foreach ($word in $given) {
            if ($word -match '^(-[^:]*):(.*)$') { $Matches[1]; if ($Matches[2]) { $Matches[2] } } else { $word }
        })
    $same = $split.Count -eq $parsed.Count
    for ($i = 0; $same -and $i -lt $split.Count; $i++) { $same = $split[$i] -ceq $parsed[$i] }
    return $same ? $given : $parsed
}

$arguments = @(Get-GivenArguments $args)
Set-Location -LiteralPath $PSScriptRoot

$hostRoot = '.build/host'
$project = 'build/HomeLab.Build.csproj'
# The background build of the composite host: its output, and "<pid> <hash>" while it runs.
$backgroundLog = Join-Path $hostRoot 'composite.log'
$backgroundFile = Join-Path $hostRoot 'composite.building'

function Fail([string] $message) {
    [Console]::Error.WriteLine("error: $message")
    exit 1
}

# Everything that can change the host: its sources and the repository-wide build settings.
# Same recipe as build.sh: the SHA-1 of the "<sha1>  <path>" lines of the files in path order, cut to 16 characters.
function Get-InputsHash {
    # As find's `-type f -name` in build.sh: regular files (no symbolic links), extensions matched case-sensitively.
    $sources = Get-ChildItem -Path build, src -Recurse -File -Force |
        Where-Object { -not $_.LinkType -and $_.Extension -cin '.cs', '.csproj', '.props', '.targets', '.json' } |
        ForEach-Object { [IO.Path]::GetRelativePath($PSScriptRoot, $_.FullName).Replace('\', '/') } |
        Where-Object { $_ -notmatch '(^|/)(bin|obj)/' }
    $settings = 'global.json', 'Directory.Build.props', 'Directory.Packages.props', 'Directory.Build.targets', 'Cake.props', 'Tests.props' |
        Where-Object { Test-Path -LiteralPath $_ -PathType Leaf }
    [string[]] $paths = @($sources) + @($settings)
    [Array]::Sort($paths, [StringComparer]::Ordinal)

    $lines = foreach ($path in $paths) {
        "$((Get-FileHash -LiteralPath $path -Algorithm SHA1).Hash.ToLowerInvariant())  $path`n"
    }
    $digest = [Security.Cryptography.SHA1]::HashData([Text.Encoding]::UTF8.GetBytes(-join $lines))
    return [Convert]::ToHexString($digest).ToLowerInvariant().Substring(0, 16)
}

# "On" as the host reads CI (docs/operations.md): set, and not 0, false, no or off.
function Test-Ci {
    $value = "$env:CI".Trim().ToLowerInvariant()
    return $value -and $value -notin @('0', 'false', 'no', 'off')
}

# A background build of the composite for another version of the sources is of no use any more: stop it.
function Stop-StaleBackgroundBuild {
    if (-not (Test-Path -LiteralPath $backgroundFile)) { return }
    $builderPid, $builtHash = (Get-Content -LiteralPath $backgroundFile -Raw).Trim() -split ' '
    if ($builtHash -eq $hash) { return }
    $builder = Get-Process -Id $builderPid -ErrorAction SilentlyContinue
    if ($builder) {
        [Console]::Error.WriteLine("Stopping the background build of an older host (pid $builderPid)…")
        $builder.Kill($true)
    }
}

# Serialises builds between concurrent runs (build.sh's flock takes the same lock). The OS releases it if we die.
# A run that waits gives up waiting as soon as the host it needs appears (another run built it): $null then.
function Lock-Build([string] $hostDir) {
    $path = Join-Path $hostRoot '.lock'
    while ($true) {
        try {
            return [IO.File]::Open($path, [IO.FileMode]::OpenOrCreate, [IO.FileAccess]::ReadWrite, [IO.FileShare]::None)
        }
        catch [IO.IOException] {
            if (Test-Path -LiteralPath $hostDir) { return $null }
            Stop-StaleBackgroundBuild
            Start-Sleep -Milliseconds 200
        }
    }
}

# Keeps the two most recently started builds; older ones go once nothing has started them for an hour,
# so a host that is still running is not deleted under it.
function Remove-OldBuilds {
    Get-ChildItem -LiteralPath $hostRoot -Directory -Force |
        Where-Object { -not $_.Name.StartsWith('.') } |
        Sort-Object LastWriteTime -Descending |
        Select-Object -Skip 2 |
        Where-Object { $_.LastWriteTime -lt (Get-Date).AddHours(-1) } |
        Remove-Item -Recurse -Force
}

# A run leaves nothing behind: the compiler server a build started would otherwise stay for minutes. (It finishes
# the compilations it has before it stops, so another project's build that shares it is not cut short.) A fresh
# checkout's first run leaves it, warm, to the composite's background build, which stops it when it ends.
$leaveCompilerServer = $false
function Stop-CompilerServer {
    if ($script:leaveCompilerServer) { return }
    & dotnet build-server shutdown --vbcscompiler 2>&1 | Out-Null
}

# Builds $hostDir in $buildMode. In the background (the composite, after a run on the lighter host) there is
# no fallback: if the composite cannot be built here, runs keep the lighter host and it is not tried again.
function Build-Host([string] $hostDir, [string] $hash, [bool] $inBackground) {
    New-Item -ItemType Directory -Force -Path $hostRoot | Out-Null
    $lock = Lock-Build $hostDir
    if (-not $lock) { return } # another run built it while this one waited
    try {
        if (Test-Path -LiteralPath $hostDir) {
            return # a run that waited for the lock finds it built
        }

        if ($inBackground) { Set-Content -LiteralPath $backgroundFile -Value "$PID $hash" }
        [Console]::Error.WriteLine("Building the HomeLab host ($buildMode)…")
        # Left by a build that was interrupted.
        Get-ChildItem -LiteralPath $hostRoot -Force -Filter '.tmp-*' | Remove-Item -Recurse -Force
        $tempDir = Join-Path $hostRoot ".tmp-$hash-$PID"
        $env:DOTNET_NOLOGO = '1'
        $env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
        # Compiled ahead of time, together with the parts of .NET it uses (a self-contained ReadyToRun composite,
        # see build/ReadyToRun.targets), the host starts in about a third of the time. The readytorun build
        # compiles only the host (framework-dependent): a lighter build, slower runs. Where neither can be published
        # (an unknown platform, no runtime or crossgen package to restore), a plain build works too.
        $rid = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
        $publish = @('--self-contained', 'true', '-p:PublishReadyToRun=true', '-p:PublishReadyToRunComposite=true')
        if ($buildMode -eq 'readytorun') {
            $publish = @('--self-contained', 'false', '-p:PublishReadyToRun=true')
        }
        # The analyzers are the tests' job; the compiler server compiles the projects in one warm process even where
        # the environment turns it off (UseSharedCompilation=false), and Stop-CompilerServer ends it afterwards.
        $quick = @('-nodeReuse:false', '-p:RunAnalyzers=false', '-p:EnforceCodeStyleInBuild=false', '-p:UseSharedCompilation=true')
        $output = & dotnet publish $project --configuration Release --runtime $rid @publish --output $tempDir @quick 2>&1
        $exitCode = $LASTEXITCODE
        Stop-CompilerServer
        if ($exitCode -ne 0) {
            if (Test-Path -LiteralPath $tempDir) { Remove-Item -LiteralPath $tempDir -Recurse -Force }
            if ($inBackground) {
                $output | ForEach-Object { [Console]::Error.WriteLine($_.ToString()) }
                New-Item -ItemType File -Force -Path "$hostDir.failed" | Out-Null
                Remove-Item -LiteralPath $backgroundFile -Force
                Fail 'the composite host could not be built here; runs keep using the readytorun host.'
            }
            [Console]::Error.WriteLine("note: the ahead-of-time ($buildMode) build was not possible here; using a plain build, which starts slower.")
            $output = & dotnet build $project --configuration Release --output $tempDir @quick 2>&1
            $exitCode = $LASTEXITCODE
            Stop-CompilerServer
        }
        if ($exitCode -ne 0) {
            $output | ForEach-Object { [Console]::Error.WriteLine($_.ToString()) }
            if (Test-Path -LiteralPath $tempDir) { Remove-Item -LiteralPath $tempDir -Recurse -Force }
            Fail "building the HomeLab host failed; dotnet build's output is above."
        }

        Move-Item -LiteralPath $tempDir -Destination $hostDir
        if ($inBackground) { Remove-Item -LiteralPath $backgroundFile -Force }
        Remove-OldBuilds
    }
    finally {
        $lock.Dispose()
    }
}

# Starts the composite's build detached from this run, with its own log. One at a time: a run that finds
# one going (its "building" note names a live process, or it holds .composite.lock) starts none and returns false.
function Start-BackgroundBuild([string] $hash) {
    $compositeDir = Join-Path $hostRoot $hash
    if ((Test-Path -LiteralPath $compositeDir) -or (Test-Path -LiteralPath "$compositeDir.failed")) { return $false }
    if (Test-Path -LiteralPath $backgroundFile) {
        $builderPid = ((Get-Content -LiteralPath $backgroundFile -Raw).Trim() -split ' ')[0]
        if (Get-Process -Id $builderPid -ErrorAction SilentlyContinue) { return $false }
    }
    # PowerShell installed as a .NET tool runs as `dotnet pwsh.dll`: the builder is started the same way.
    $builder = @([Environment]::ProcessPath)
    if ([IO.Path]::GetFileNameWithoutExtension($builder[0]) -eq 'dotnet') { $builder += Join-Path $PSHOME 'pwsh.dll' }
    $builder += '-NoProfile', '-NonInteractive', '-File', (Join-Path $PSScriptRoot 'build.ps1'), '--build-host=background'
    $env:HOMELAB_HOST_BUILD = 'composite'
    try {
        if ($IsWindows) {
            $options = @{
                FilePath = $builder[0]
                ArgumentList = $builder[1..($builder.Count - 1)]
                RedirectStandardOutput = "$backgroundLog.out"
                RedirectStandardError = $backgroundLog
                WindowStyle = 'Hidden'
            }
            (Start-Process @options -PassThru).PriorityClass = [Diagnostics.ProcessPriorityClass]::Idle
        }
        elseif (-not (Start-DetachedOnUnix $builder)) {
            return $false # another run's builder holds .composite.lock
        }
    }
    finally {
        Remove-Item Env:HOMELAB_HOST_BUILD
    }
    [Console]::Error.WriteLine("note: building the faster composite host in the background (log: $backgroundLog); later runs use it once it is ready.")
    return $true
}

# Start-Process would copy a redirected output through this run, which ends long before the builder; so sh starts
# it as build.sh does: with .composite.lock taken and inherited (the lock build.sh's builders hold), its own log,
# its own session and only the CPU and disk time nothing else wants. False when another builder holds the lock.
function Start-DetachedOnUnix([string[]] $command) {
    $detach = @'
lock=$1 log=$2; shift 2
if command -v flock >/dev/null; then
  exec 8>"$lock"
  flock -n 8 || { echo busy; exit 0; }
fi
echo started
command -v nice >/dev/null && set -- nice -n 19 "$@"
chrt --idle 0 true 2>/dev/null && set -- chrt --idle 0 "$@"
ionice -c 3 true 2>/dev/null && set -- ionice -c 3 "$@"
command -v setsid >/dev/null && set -- setsid "$@"
exec "$@" </dev/null >"$log" 2>&1
'@
    $start = [Diagnostics.ProcessStartInfo]::new('/bin/sh')
    $start.RedirectStandardOutput = $true
    foreach ($argument in @('-c', $detach, 'sh', (Join-Path $hostRoot '.composite.lock'), $backgroundLog) + $command) {
        $start.ArgumentList.Add($argument)
    }
    $sh = [Diagnostics.Process]::Start($start)
    try {
        return $sh.StandardOutput.ReadLine() -eq 'started'
    }
    finally {
        $sh.Dispose()
    }
}

$scriptOption = if ($arguments.Count -gt 0) { $arguments[0] } else { '' }
if ($scriptOption -eq '--host-hash') {
    Get-InputsHash
    exit 0
}

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    Fail 'dotnet is not on PATH; install the .NET SDK named in global.json.'
}

$hash = Get-InputsHash
$background = $false # whether this run starts the composite's build in the background

# Which build this run uses (docs/operations.md, "The entry point"):
#   HOMELAB_HOST_BUILD=composite|readytorun   that one, built now if needed
#   CI on                                     readytorun: a fresh checkout pays the build on every run
#   otherwise                                 the composite once it is built; until then the readytorun host,
#                                             with the composite built in the background
if ($env:HOMELAB_HOST_BUILD) {
    $buildMode = $env:HOMELAB_HOST_BUILD
    if ($buildMode -notin @('composite', 'readytorun')) {
        Fail "HOMELAB_HOST_BUILD is '$buildMode'; use composite or readytorun, or leave it unset."
    }
}
elseif (Test-Ci) {
    $buildMode = 'readytorun'
}
elseif (Test-Path -LiteralPath (Join-Path $hostRoot $hash)) {
    $buildMode = 'composite'
}
else {
    $buildMode = 'readytorun'
    $background = $true
}

$hostDir = Join-Path $hostRoot $hash
if ($buildMode -eq 'readytorun') { $hostDir += '-readytorun' }

if ($scriptOption -eq '--build-host=background') {
    Build-Host $hostDir $hash $true
    exit 0
}
if ($scriptOption -eq '--build-host') {
    if (-not (Test-Path -LiteralPath $hostDir)) { Build-Host $hostDir $hash $false }
    Write-Output $hostDir.Replace('\', '/')
    exit 0
}

if (-not (Test-Path -LiteralPath $hostDir)) {
    $leaveCompilerServer = $background
    Build-Host $hostDir $hash $false
}
if ($background -and -not (Start-BackgroundBuild $hash) -and $leaveCompilerServer) {
    $leaveCompilerServer = $false
    Stop-CompilerServer
}

(Get-Item -LiteralPath $hostDir).LastWriteTime = Get-Date # marks it as recently started, for Remove-OldBuilds
$selfContained = Get-ChildItem -LiteralPath $hostDir -Filter '*coreclr*' | Select-Object -First 1
$command = if ($selfContained) {
    Join-Path $hostDir ($IsWindows ? 'HomeLab.Build.exe' : 'HomeLab.Build') # self-contained: it carries its own runtime
} else {
    'dotnet', (Join-Path $hostDir 'HomeLab.Build.dll')
}
# PowerShell expands the wildcards (*, ?, [) of a variable's value against this folder when it passes it to a program;
# a quoted literal it passes as it is. So the host is called with each argument as a quoted literal.
$quoted = foreach ($word in @($command) + $arguments) {
    "'" + [Management.Automation.Language.CodeGeneration]::EscapeSingleQuotedStringContent("$word") + "'"
}
& ([scriptblock]::Create('& ' + ($quoted -join ' ')))
exit $LASTEXITCODE
