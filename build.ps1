#!/usr/bin/env pwsh
#Requires -Version 7.0
# Runs the HomeLab build host (build/) with every argument passed through, e.g.
#   ./build.ps1 --target=L0 --simulate      ./build.ps1 --tree      ./build.ps1 --help
# Needs only the .NET SDK. The host is rebuilt only when its sources change: each version is built once into
# .build/host/<hash of its inputs>/ and later runs start it directly, without `dotnet run`'s up-to-date check.
# build.sh does the same with the same hash, so the two scripts share the built host.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Set-Location -LiteralPath $PSScriptRoot

$hostRoot = '.build/host'
$project = 'build/HomeLab.Build.csproj'

function Fail([string] $message) {
    [Console]::Error.WriteLine("error: $message")
    exit 1
}

# Everything that can change the host: its sources and the repository-wide build settings.
# Same recipe as build.sh: the SHA-1 of the "<sha1>  <path>" lines of the files in path order, cut to 16 characters.
function Get-InputsHash {
    $sources = Get-ChildItem -Path build, src -Recurse -File -Force -Include '*.cs', '*.csproj', '*.props', '*.targets', '*.json' |
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

# Serialises builds between concurrent runs (build.sh's flock takes the same lock). The OS releases it if we die.
function Lock-Build {
    $path = Join-Path $hostRoot '.lock'
    while ($true) {
        try {
            return [IO.File]::Open($path, [IO.FileMode]::OpenOrCreate, [IO.FileAccess]::ReadWrite, [IO.FileShare]::None)
        }
        catch [IO.IOException] {
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

function Build-Host([string] $hostDir, [string] $hash) {
    New-Item -ItemType Directory -Force -Path $hostRoot | Out-Null
    $lock = Lock-Build
    try {
        if (Test-Path -LiteralPath $hostDir) {
            return # a run that waited for the lock finds it built
        }

        [Console]::Error.WriteLine('Building the HomeLab host…')
        # Left by a build that was interrupted.
        Get-ChildItem -LiteralPath $hostRoot -Force -Filter '.tmp-*' | Remove-Item -Recurse -Force
        $tempDir = Join-Path $hostRoot ".tmp-$hash-$PID"
        $env:DOTNET_NOLOGO = '1'
        $env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
        # Compiled ahead of time, together with the parts of .NET it uses (a self-contained ReadyToRun composite,
        # see build/ReadyToRun.targets), the host starts in about a third of the time. HOMELAB_HOST_BUILD=readytorun
        # compiles only the host (framework-dependent): a lighter build, slower runs. Where neither can be published
        # (an unknown platform, no runtime or crossgen package to restore), a plain build works too.
        $rid = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
        $publish = @('--self-contained', 'true', '-p:PublishReadyToRun=true', '-p:PublishReadyToRunComposite=true',
            '-p:IntermediateOutputPath=obj/composite/', '-p:OutputPath=bin/composite/')
        if ($buildMode -eq 'readytorun') {
            $publish = @('--self-contained', 'false', '-p:PublishReadyToRun=true')
        }
        $output = & dotnet publish $project --configuration Release --runtime $rid @publish `
            --output $tempDir -nodeReuse:false 2>&1
        if ($LASTEXITCODE -ne 0) {
            if (Test-Path -LiteralPath $tempDir) { Remove-Item -LiteralPath $tempDir -Recurse -Force }
            [Console]::Error.WriteLine("note: the ahead-of-time ($buildMode) build was not possible here; using a plain build, which starts slower.")
            $output = & dotnet build $project --configuration Release --output $tempDir -nodeReuse:false 2>&1
        }
        if ($LASTEXITCODE -ne 0) {
            $output | ForEach-Object { [Console]::Error.WriteLine($_.ToString()) }
            if (Test-Path -LiteralPath $tempDir) { Remove-Item -LiteralPath $tempDir -Recurse -Force }
            Fail "building the HomeLab host failed; dotnet build's output is above."
        }

        Move-Item -LiteralPath $tempDir -Destination $hostDir
        Remove-OldBuilds
    }
    finally {
        $lock.Dispose()
    }
}

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    Fail 'dotnet is not on PATH; install the .NET SDK named in global.json.'
}

# HOMELAB_HOST_BUILD picks how the host is compiled: composite (the default) or readytorun (see Build-Host).
$buildMode = if ($env:HOMELAB_HOST_BUILD) { $env:HOMELAB_HOST_BUILD } else { 'composite' }
if ($buildMode -notin @('composite', 'readytorun')) {
    Fail "HOMELAB_HOST_BUILD is '$buildMode'; use composite (the default) or readytorun."
}

$hash = Get-InputsHash
$hostDir = Join-Path $hostRoot $hash
if ($buildMode -eq 'readytorun') { $hostDir += '-readytorun' }
if (-not (Test-Path -LiteralPath $hostDir)) {
    Build-Host $hostDir $hash
}

(Get-Item -LiteralPath $hostDir).LastWriteTime = Get-Date # marks it as recently started, for Remove-OldBuilds
$selfContained = Get-ChildItem -LiteralPath $hostDir -Filter '*coreclr*' | Select-Object -First 1
if ($selfContained) {
    # Self-contained: it carries its own runtime.
    & (Join-Path $hostDir ($IsWindows ? 'HomeLab.Build.exe' : 'HomeLab.Build')) @args
} else {
    & dotnet (Join-Path $hostDir 'HomeLab.Build.dll') @args
}
exit $LASTEXITCODE
