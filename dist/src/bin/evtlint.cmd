@echo off
rem evtlint's launcher on Windows (evtlint-<version>\bin\evtlint.cmd): runs lib\evtlint.jar with
rem the JVM options of lib\jvm.options. Java 17 or later: %JAVA_HOME%\bin\java.exe when JAVA_HOME
rem is set, else java on the PATH. EVTLINT_OPTS: more JVM options. No class-data sharing archive
rem here (bin/evtlint makes one on Linux and macOS).
setlocal
set "EVTLINT_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" "@%EVTLINT_HOME%\lib\jvm.options" %EVTLINT_OPTS% -jar "%EVTLINT_HOME%\lib\evtlint.jar" %*
exit /b %ERRORLEVEL%
