@echo off
rem Runs nianbao from a checkout: builds target\nianbao.jar once if it is missing.
set "NB_DIR=%~dp0"
if not exist "%NB_DIR%target\nianbao.jar" (
  pushd "%NB_DIR%" && call mvn -B -q package -DskipTests && popd
)
rem C1-only JIT: runs of seconds to minutes spend less CPU compiling; the serial collector keeps the heap
rem small (100,000 returns: 239 MB instead of G1's 723 MB, and faster). docs\benchmarks.md measures both.
rem NIANBAO_JAVA_OPTS adds JVM options, e.g. set NIANBAO_JAVA_OPTS=-Xmx256m
java -Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %NIANBAO_JAVA_OPTS% -jar "%NB_DIR%target\nianbao.jar" %*
