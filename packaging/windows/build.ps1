# Builds the CaseVault installer for Windows: target\dist\CaseVault-<version>.msi
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs a JDK 17 (jdeps, jlink, jpackage) and the WiX Toolset 3 (candle.exe and light.exe on the PATH), which
# jpackage 17 uses to make the .msi. It does what packaging/common.sh and packaging/linux/build.sh do on Linux:
# the jar, the JDK modules jdeps finds plus those only used at run time, a jlink'd runtime, then jpackage.
# The installer has a Start menu entry, a desktop shortcut, lets the user choose the folder, opens vault.casevault
# files with CaseVault, and keeps one upgrade code so a newer version replaces an older one.
# Not run in CI (which is Linux); see README "Install".
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

# Never change it: Windows recognises an upgrade of CaseVault by this code.
$UpgradeUuid = '1ff7604d-7fea-4ada-a0e7-daafa8215167'
$Work = 'target\jpackage'
$Dist = 'target\dist'

function Invoke-Tool {
    param([string]$Tool, [string[]]$Arguments)
    & $Tool @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Tool failed with exit code $LASTEXITCODE" }
}

if ($env:CASEVAULT_REUSE_JAR -ne '1' -or -not (Test-Path 'target\casevault.jar')) {
    Invoke-Tool '.\mvnw.cmd' @('-B', '-q', '-DskipTests', 'package')
}

# The pom's version, as Maven filtered it into the jar's resources; an MSI takes numbers only.
$VersionLine = Select-String -Path 'target\classes\io\casevault\version.properties' -Pattern '^version=(.+)$'
if (-not $VersionLine) { throw 'no version in target\classes\io\casevault\version.properties' }
$Version = ($VersionLine.Matches[0].Groups[1].Value -split '-')[0]

# The JDK modules: what jdeps sees but the Flight Recorder, plus the locale data and charsets used only at run time
# (see common.sh for both).
$Libs = Get-ChildItem 'target\lib\*.jar' | ForEach-Object { $_.FullName }
$Found = & jdeps --print-module-deps --ignore-missing-deps --multi-release 17 -q `
    --class-path 'target\lib\*' 'target\casevault.jar' @Libs
if ($LASTEXITCODE -ne 0 -or -not $Found) { throw 'jdeps found no modules' }
$Seen = ($Found.Trim() -split ',') | Where-Object { $_ -ne 'jdk.jfr' }
$Modules = "$($Seen -join ','),jdk.charsets,jdk.localedata"
Write-Host "JDK modules: $Modules"

Remove-Item -Recurse -Force "$Work\runtime", "$Work\input" -ErrorAction SilentlyContinue
Invoke-Tool 'jlink' @('--add-modules', $Modules, '--include-locales=en,zh', '--strip-debug', '--no-header-files',
    '--no-man-pages', '--generate-cds-archive', '--output', "$Work\runtime")
Remove-Item -Force "$Work\runtime\bin\server\classes_nocoops.jsa" -ErrorAction SilentlyContinue

New-Item -ItemType Directory -Force "$Work\input\lib", "$Work\input\legal", $Dist | Out-Null
Copy-Item 'target\casevault.jar' "$Work\input\"
Copy-Item 'target\lib\*.jar' "$Work\input\lib\"
# Only the Windows ONNX Runtime libraries, in native\ beside the jars; the launchers point ONNX Runtime at them
# ($APPDIR is the installation's app folder), so nothing is unpacked into the temp folder (see common.sh).
Invoke-Tool 'java' @('packaging\OnnxRuntimeNatives.java', "$Work\input\lib", "$Work\input\native", 'win-x64')
Copy-Item 'LICENSE' "$Work\input\legal\LICENSE"
Copy-Item 'src\main\resources\io\casevault\fonts\OFL.txt' "$Work\input\legal\OFL-NotoSansSC.txt"
Copy-Item 'target\classes\io\casevault\THIRD-PARTY.txt' "$Work\input\legal\THIRD-PARTY.txt"

# CaseVault.exe is a windowed program and prints nothing; CaseVault-cli.exe is the same app for a console
# (CaseVault-cli --version, CaseVault-cli case list ...).
Invoke-Tool 'jpackage' @('--type', 'msi', '--dest', $Dist, '--name', 'CaseVault', '--app-version', $Version,
    '--input', "$Work\input", '--main-jar', 'casevault.jar', '--main-class', 'io.casevault.Launcher',
    '--runtime-image', "$Work\runtime", '--icon', 'packaging\icons\casevault.ico',
    '--java-options', '-Donnxruntime.native.path=$APPDIR\native',
    '--description', 'Evidence organizer for complaints about payment services', '--vendor', 'CaseVault',
    '--copyright', 'CaseVault contributors, Apache-2.0', '--license-file', 'LICENSE',
    '--add-launcher', 'CaseVault-cli=packaging\windows\cli-launcher.properties',
    '--file-associations', 'packaging\windows\vault-file.properties',
    '--win-menu', '--win-menu-group', 'CaseVault', '--win-shortcut', '--win-dir-chooser',
    '--win-upgrade-uuid', $UpgradeUuid)
Get-ChildItem "$Dist\CaseVault-*.msi"
