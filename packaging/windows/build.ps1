# Build the Windows installer: one command in PowerShell, from the repository root.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs: 64-bit Python 3.11+ from python.org (the `py` launcher), and Inno Setup 6.3 or newer
# (https://jrsoftware.org/isinfo.php; installed for all users or for this user only). Writes dist\pactline\ (the program folder)
# and dist\pactline-<version>-setup.exe. Not run in CI (CI has no Windows machine).
param(
    [string]$Python = "py",
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

# Found before the long steps, so a missing Inno Setup fails at once, not after the build.
if (-not $Iscc) {
    $Iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
              "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc -or -not (Test-Path $Iscc)) { throw "Inno Setup's ISCC.exe not found (install Inno Setup 6.3+, or pass -Iscc PATH)" }

function Step([string]$what, [scriptblock]$run) {
    Write-Host "== $what"
    & $run
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit code $LASTEXITCODE)" }
}

Step "virtual environment" { & $Python -m venv .venv }
Step "dependencies" { .venv\Scripts\python -m pip install -q -r requirements.txt }
$env:QT_QPA_PLATFORM = "offscreen"
Step "icon" { .venv\Scripts\python packaging\windows\render-ico.py build\pactline.ico }
Step "tests" { .venv\Scripts\python -m pytest -q -x }
Step "bundle" { .venv\Scripts\python -m PyInstaller --noconfirm --clean --log-level WARN build.spec }
Remove-Item Env:QT_QPA_PLATFORM
Step "self-test of the bundle" { dist\pactline\pactline-cli.exe --self-test }
$version = ((.venv\Scripts\python main.py --version) -replace '^Pactline ', '').Trim()
Step "installer" { & $Iscc /Q "/DAppVersion=$version" packaging\windows\pactline.iss }
Write-Host "written: dist\pactline-$version-setup.exe"
