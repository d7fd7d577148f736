#!/usr/bin/env bash
# Builds every module and starts the whole LearnPath system locally (PostgreSQL, Kafka, Keycloak, services).
# Needs only a JDK 17+ and this repository; Maven comes from ./mvnw. Ctrl-C stops everything.
# Options are passed to the launcher (see deploy/local/README.md or --help); --no-build skips the Maven step and
# --build forces it.
set -euo pipefail
cd "$(dirname "$0")"

build=auto
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --build) build=true ;;
    *) args+=("$arg") ;;
  esac
done

# Written after each successful build. Every Maven build rewrites the services' jars, and a rewritten jar cannot use
# the class-data archive saved for the one before, so the build is skipped when no file has changed since.
stamp=deploy/local/target/built-by-run-local
if [ "$build" = auto ]; then
  build=true
  if [ -f "$stamp" ] && [ -f deploy/local/target/learnpath-local.jar ] && [ -d deploy/local/target/keycloak ]; then
    changed=$(find . \( -name target -o -name .learnpath -o -name .git -o -name node_modules -o -name .idea \) -prune \
      -o -type f -newer "$stamp" -print -quit)
    if [ -z "$changed" ]; then
      build=false
      echo "[learnpath] nothing changed since the last build: starting it (--build builds anyway)"
    fi
  fi
fi

if [ "$build" = true ]; then
  # Also fetches the Keycloak distribution (177 MB, once) into deploy/local/target/keycloak.
  ./mvnw -B -q install -DskipTests -DskipKeycloak=false
  touch "$stamp"
fi

exec java -jar deploy/local/target/learnpath-local.jar ${args[@]+"${args[@]}"}
