@echo off
rem Runs nianbao from a checkout: builds target\nianbao.jar once if it is missing.
set "NB_DIR=%~dp0"
if not exist "%NB_DIR%target\nianbao.jar" (
  pushd "%NB_DIR%" && call mvn -B -q package -DskipTests && popd
)
rem The serial collector: a run keeps little live data, and it holds 100,000 returns in ~250 MB where G1
rem grows the heap to ~850 MB (docs\benchmarks.md). nianbao picks its JIT itself (cli\ShortRunJit).
rem NIANBAO_JAVA_OPTS adds JVM options, e.g. set NIANBAO_JAVA_OPTS=-Xmx256m
java -Dfile.encoding=UTF-8 -XX:+UseSerialGC %NIANBAO_JAVA_OPTS% -jar "%NB_DIR%target\nianbao.jar" %*
