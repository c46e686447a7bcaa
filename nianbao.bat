@echo off
rem nianbao for Windows. Runs nianbao.jar beside this file (the distribution) or target\nianbao.jar (a checkout);
rem never needs Maven. With no arguments (a double-click) it starts the desk, "nianbao serve" (form.md section 5).
rem This file is kept in GBK (code page 936) with CRLF line endings, as cmd.exe on a Chinese Windows reads it:
rem .gitattributes makes git check it out so.
setlocal EnableExtensions
set "NB_DIR=%~dp0"
set "NB_PAUSE="
if "%~1"=="" set "NB_PAUSE=1"

set "NB_JAR=%NB_DIR%nianbao.jar"
if not exist "%NB_JAR%" set "NB_JAR=%NB_DIR%target\nianbao.jar"
if not exist "%NB_JAR%" goto :nojar

rem Java: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else the java on PATH; 17 or later.
set "NB_JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "NB_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined NB_JAVA (
  where java >nul 2>nul || goto :nojava
  set "NB_JAVA=java"
)
set "NB_JAVA_VERSION="
for /f "tokens=3" %%v in ('call "%NB_JAVA%" -version 2^>^&1 ^| findstr /i /c:" version "') do (
  if not defined NB_JAVA_VERSION set "NB_JAVA_VERSION=%%~v"
)
if not defined NB_JAVA_VERSION goto :nojava
set "NB_MAJOR="
set "NB_MINOR="
for /f "tokens=1,2 delims=.-_+" %%a in ("%NB_JAVA_VERSION%") do (
  set "NB_MAJOR=%%a"
  set "NB_MINOR=%%b"
)
rem Java 8 and earlier call themselves 1.8 and so on.
if "%NB_MAJOR%"=="1" set "NB_MAJOR=%NB_MINOR%"
set /a NB_MAJOR_NUMBER=NB_MAJOR+0 2>nul
if %NB_MAJOR_NUMBER% LSS 17 goto :oldjava

rem The serial collector: a run keeps little live data, and it holds 100,000 returns in ~250 MB where G1
rem grows the heap to ~850 MB (docs\benchmarks.md). nianbao picks its JIT itself (cli\ShortRunJit) and writes
rem in the console's own code page. NIANBAO_JAVA_OPTS adds JVM options, e.g. set NIANBAO_JAVA_OPTS=-Xmx256m
set "NB_RUN="%NB_JAVA%" -Dfile.encoding=UTF-8 -XX:+UseSerialGC %NIANBAO_JAVA_OPTS% -jar "%NB_JAR%""
if defined NB_PAUSE goto :desk
%NB_RUN% %*
exit /b %ERRORLEVEL%

:desk
rem No arguments: the desk. A double-clicked window closes when the batch ends, so it waits for a key.
%NB_RUN% serve
set "NB_STATUS=%ERRORLEVEL%"
pause
exit /b %NB_STATUS%

:nojar
echo 找不到 nianbao.jar。
echo 请下载 nianbao-版本号-windows.zip，整个解压后双击其中的 nianbao.bat。
echo 从源代码使用时，先在本文件夹中运行：mvn -B package -DskipTests
goto :fail

:nojava
echo 没有找到 Java。nianbao 需要 Java 17 或更高版本（免费）。
goto :getjava

:oldjava
echo 找到的 Java 是 %NB_JAVA_VERSION% 版（%NB_JAVA%），nianbao 需要 Java 17 或更高版本。
goto :getjava

:getjava
echo 请到 https://adoptium.net/zh-CN/temurin/releases/ 下载 Windows x64 的 .msi 安装包（JRE 或 JDK，17 或更高版本），
echo 国内下载慢时可用清华大学镜像：https://mirrors.tuna.tsinghua.edu.cn/Adoptium/
echo 安装时选上“Add to PATH”和“Set JAVA_HOME variable”，装好后重新双击 nianbao.bat（命令行窗口请关掉重开）。
echo 详见本文件夹中的“使用说明.txt”。
goto :fail

:fail
if defined NB_PAUSE pause
exit /b 2
