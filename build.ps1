# Bootstrapper for PowerShell (Windows, and PowerShell 7 anywhere): uses the .NET SDK that global.json asks for (from PATH,
# else installed under .nuke/temp), builds build/_build.csproj only when its sources changed since the last successful build, and runs it.
$ErrorActionPreference = "Stop"
$ProgressPreference = "SilentlyContinue"

$Root = $PSScriptRoot
$TempDir = Join-Path $Root ".nuke/temp"
$BuildProject = Join-Path $Root "build/_build.csproj"
$BuildOutput = Join-Path $TempDir "build-bin"
$BuildDll = Join-Path $BuildOutput "_build.dll"
# build.sh keeps a stamp of its own: the two fingerprint the same sources differently.
$StampFile = Join-Path $TempDir "build-ps1.stamp"
$DotNetPathFile = Join-Path $TempDir "dotnet.path"
$OnWindows = [System.Runtime.InteropServices.RuntimeInformation]::IsOSPlatform([System.Runtime.InteropServices.OSPlatform]::Windows)
$DotNetInstallDir = Join-Path $TempDir $(if ($OnWindows) { "dotnet-win" } else { "dotnet-unix" })
$DotNetInstallUrl = "https://dot.net/v1/dotnet-install.ps1"

$env:DOTNET_CLI_TELEMETRY_OPTOUT = 1
$env:DOTNET_NOLOGO = 1
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = 1
$env:DOTNET_MULTILEVEL_LOOKUP = 0

function Get-Fingerprint {
    $paths = @("build", "src/BuildHost", "src/PyImages") | ForEach-Object { Join-Path $Root $_ } | Where-Object { Test-Path $_ }
    $files = @(Get-ChildItem -Path $paths -Recurse -File | Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' })
    $files += @(Get-ChildItem -Path $Root -File -Filter "Directory.*.props") + @(Get-Item (Join-Path $Root "global.json"))
    ($files | Sort-Object FullName | ForEach-Object { "$($_.FullName) $($_.Length) $($_.LastWriteTimeUtc.Ticks)" }) -join "`n"
}

function Test-Sdk($dotnet) {
    Push-Location $Root
    try { & $dotnet --version *> $null; return $LASTEXITCODE -eq 0 } catch { return $false } finally { Pop-Location }
}

function Find-DotNet {
    $onPath = Get-Command dotnet -ErrorAction SilentlyContinue
    if ($onPath -and (Test-Sdk $onPath.Source)) { return $onPath.Source }
    $installed = Join-Path $DotNetInstallDir $(if ($OnWindows) { "dotnet.exe" } else { "dotnet" })
    if ((Test-Path $installed) -and (Test-Sdk $installed)) { return $installed }
    Write-Host "No .NET SDK matching global.json on PATH; installing one into $DotNetInstallDir"
    $script = Join-Path $TempDir "dotnet-install.ps1"
    (New-Object System.Net.WebClient).DownloadFile($DotNetInstallUrl, $script)
    & $script -InstallDir $DotNetInstallDir -JSonFile (Join-Path $Root "global.json") -NoPath | Out-Null
    return $installed
}

New-Item -ItemType Directory -Force -Path $TempDir | Out-Null
$current = Get-Fingerprint
$dotnet = $null
if ((Test-Path $BuildDll) -and (Test-Path $StampFile) -and (Test-Path $DotNetPathFile) -and ((Get-Content -Raw $StampFile) -eq $current)) {
    $dotnet = (Get-Content -Raw $DotNetPathFile).Trim()
}
if (-not $dotnet) {
    $dotnet = Find-DotNet
    Remove-Item $StampFile -ErrorAction SilentlyContinue
    $log = Join-Path $TempDir "build-project.log"
    & $dotnet build $BuildProject -o $BuildOutput -nologo -nodeReuse:false --verbosity quiet *> $log
    if ($LASTEXITCODE -ne 0) {
        Get-Content $log | Write-Host
        Write-Host "Building build/_build.csproj failed (output above, also in .nuke/temp/build-project.log)."
        exit 1
    }
    Set-Content -NoNewline -Path $DotNetPathFile -Value $dotnet
    Set-Content -NoNewline -Path $StampFile -Value $current
}

$env:PATH = "$(Split-Path $dotnet)$([System.IO.Path]::PathSeparator)$env:PATH"
& $dotnet $BuildDll $args
exit $LASTEXITCODE
