@echo off
rem Borgerkiosk admin command line for the installed kiosk (Windows). Runs the kiosk's own
rem executable as Node on the bundled admin tool, so nothing else needs installing.
rem Usage, from an administrator's command prompt:
rem   "C:\Program Files\Borgerkiosk\resources\resources\admin\borgerkiosk-admin.cmd" staff list
rem The data folder is the kiosk user's: give --data-dir "C:\Users\<kiosk user>\AppData\Roaming\Borgerkiosk"
rem unless you run this as that user.
setlocal
set ELECTRON_RUN_AS_NODE=1
set "APP=%~dp0..\..\.."
"%APP%\Borgerkiosk.exe" "%APP%\resources\app.asar\dist\electron\admin.cjs" %*
exit /b %ERRORLEVEL%
