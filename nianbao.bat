@echo off
rem Runs nianbao from a checkout: builds target\nianbao.jar once if it is missing.
set "NB_DIR=%~dp0"
if not exist "%NB_DIR%target\nianbao.jar" (
  pushd "%NB_DIR%" && call mvn -B -q package -DskipTests && popd
)
java -Dfile.encoding=UTF-8 -jar "%NB_DIR%target\nianbao.jar" %*
