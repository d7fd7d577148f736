#!/usr/bin/env bash
# Builds every module and starts the whole LearnPath system locally (PostgreSQL, Kafka, Keycloak, services).
# Needs only a JDK 17+ and this repository; Maven comes from ./mvnw. Ctrl-C stops everything.
# Options are passed to the launcher (see deploy/local/README.md or --help); --no-build skips the Maven step.
set -euo pipefail
cd "$(dirname "$0")"

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) args+=("$arg") ;;
  esac
done

if $build; then
  # Also fetches the Keycloak distribution (177 MB, once) into deploy/local/target/keycloak.
  ./mvnw -B -q install -DskipTests -DskipKeycloak=false
fi

exec java -jar deploy/local/target/learnpath-local.jar ${args[@]+"${args[@]}"}
