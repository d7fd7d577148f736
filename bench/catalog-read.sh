#!/usr/bin/env bash
# Catalog read benchmark. Needs the local system running (./run-local.sh in another terminal).
# 1. Start-up: starts a second catalog-service on port 18081 (health on 18091) against the same database, three
#    times, and reports the time to the first ready answer and Quarkus' own "started in".
# 2. Load: an open-loop load generator in its own JVM sends RATE requests/s (default 2000) with a real
#    Keycloak token, alternating a list page and a single module, for DURATION seconds after WARMUP,
#    while the running catalog-service's RSS is sampled every second.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/generator.sh  # GENERATOR_JVM_OPTS: how the load generator's JVM runs
RATE=${RATE:-2000} DURATION=${DURATION:-30} WARMUP=${WARMUP:-10}
KEYCLOAK=${KEYCLOAK:-http://localhost:8180/realms/learnpath}
JAR=catalog-service/target/quarkus-app/quarkus-run.jar
[ -f bench/target/learnpath-bench.jar ] || ./mvnw -B -q -pl bench -am install -DskipTests

# The class-data archive the launcher made for catalog-service (deploy/local ClassDataArchive), if any.
cds=$(ls -t .learnpath/class-data/catalog-service-*.jsa 2>/dev/null | head -1 || true)
echo "== start-up (second instance, relay off; class-data archive: ${cds:-none})"
for run in 1 2 3; do
  start=$(date +%s%N)
  # The launcher's catalog JVM options (deploy/local ServiceProcess) but its native heap trimming, which does
  # not change start-up. The newest archive found: a stale one is ignored by the JVM (sharing is on "auto").
  MALLOC_ARENA_MAX=2 java ${cds:+-XX:SharedArchiveFile=$cds} -XX:+UseSerialGC -Xms16m -Xmx40m -Xmn10m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=40m -Xss256k \
    -XX:MaxDirectMemorySize=32m -Dio.netty.allocator.maxOrder=3 -Dio.netty.allocator.numDirectArenas=1 \
    -Dio.netty.allocator.numHeapArenas=1 -XX:+ExitOnOutOfMemoryError -XX:TieredStopAtLevel=1 \
    -Dquarkus.http.port=18081 -Dquarkus.management.port=18091 -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:15432/catalog \
    -Dquarkus.datasource.username=learnpath -Dquarkus.datasource.password=learnpath \
    -Dkafka.bootstrap.servers=127.0.0.1:19092 -Dquarkus.oidc.auth-server-url="$KEYCLOAK" \
    -Dlearnpath.outbox.relay-enabled=false -jar "$JAR" > /tmp/learnpath-bench-catalog.log 2>&1 &
  pid=$!
  until curl -sf localhost:18091/q/health/ready > /dev/null; do sleep 0.05; done
  end=$(date +%s%N)
  echo "run $run: ready after $(( (end - start) / 1000000 )) ms ($(grep -o 'started in [0-9.]*s' /tmp/learnpath-bench-catalog.log))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

echo "== load: $RATE requests/s"
token=$(curl -sf -d grant_type=client_credentials -d client_id=learnpath-integration \
  -d client_secret=learnpath-integration-secret "$KEYCLOAK/protocol/openid-connect/token" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
pid=$(pgrep -f "$JAR" | head -1)
rss=$(mktemp)
( for _ in $(seq 1 $((DURATION + WARMUP + 5))); do awk '/VmRSS/ {print $2}' "/proc/$pid/status"; sleep 1; done > "$rss" ) &
sampler=$!
java $GENERATOR_JVM_OPTS -jar bench/target/learnpath-bench.jar --rate "$RATE" --duration "$DURATION" --warmup "$WARMUP" --token "$token" \
  "http://localhost:8081/api/modules?size=20" "http://localhost:8081/api/modules/linear-regression"
wait "$sampler"
echo "catalog-service RSS: max $(sort -n "$rss" | tail -1) kB over the run"
rm -f "$rss"
