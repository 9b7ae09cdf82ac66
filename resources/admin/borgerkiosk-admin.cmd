@echo off
rem Borgerkiosk admin command line for the installed kiosk (Windows). The kiosk's own executable
rem runs the admin command in its main process and exits, opening no window.
rem Usage, from an administrator's command prompt:
rem   "C:\Program Files\Borgerkiosk\resources\resources\admin\borgerkiosk-admin.cmd" staff list
rem The data folder is the kiosk user's: give --data-dir "C:\Users\<kiosk user>\AppData\Roaming\Borgerkiosk"
rem unless you run this as that user.
setlocal
set "APP=%~dp0..\..\.."
set "OUT=%TEMP%\borgerkiosk-admin-%RANDOM%%RANDOM%.txt"
rem A windowed program has no console of its own: its answer is written to a file and shown here.
rem Commands that need a PIN ask for it with PowerShell's hidden prompt and hand it over on input.
set "PINCMD="
if /i "%~1 %~2"=="staff add" set PINCMD=1
if /i "%~1 %~2"=="staff reset-pin" set PINCMD=1
if defined PINCMD (
  powershell -NoProfile -Command "$p = Read-Host 'PIN' -AsSecureString; [Runtime.InteropServices.Marshal]::PtrToStringBSTR([Runtime.InteropServices.Marshal]::SecureStringToBSTR($p))" | "%APP%\Borgerkiosk.exe" --admin %* > "%OUT%" 2>&1
) else (
  "%APP%\Borgerkiosk.exe" --admin %* < nul > "%OUT%" 2>&1
)
set CODE=%ERRORLEVEL%
type "%OUT%"
del "%OUT%"
exit /b %CODE%
