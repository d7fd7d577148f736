#!/usr/bin/env bash
# Answer-to-path latency: RATE answers/s (default 200) POSTed through assessment-service's integration endpoint,
# each for a new learner; for every PROBE_EVERY-th answer (default 20), the time until recommender-service serves a
# path that counts it (p50, p99), read every POLL_MS.
# Needs the whole local system running with Keycloak (./run-local.sh in another terminal).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/generator.sh  # GENERATOR_JVM_OPTS: how the load generator's JVM runs
RATE=${RATE:-200} DURATION=${DURATION:-30} WARMUP=${WARMUP:-10} GOAL=${GOAL:-data-analyst}
POLL_MS=${POLL_MS:-5} PROBE_EVERY=${PROBE_EVERY:-20}
KEYCLOAK=${KEYCLOAK:-http://localhost:8180/realms/learnpath}
PGBIN=$(dirname "$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | tail -1)")
export PGHOST=127.0.0.1 PGPORT=15432 PGUSER=learnpath PGPASSWORD=learnpath
[ -f bench/target/learnpath-bench.jar ] || ./mvnw -B -q -pl bench -am install -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Published single-choice items measuring only skills of the goal's own modules: each answer shows in the path.
skills=$("$PGBIN/psql" -d catalog -Atqc "select string_agg(quote_literal(ms.skill_code), ',') from goal_module gm
  join module_skill ms on ms.module_slug = gm.module_slug where gm.goal_slug = '$GOAL'")
"$PGBIN/psql" -d assessment -Atqc "select i.id from item i where i.status = 'PUBLISHED' and i.type = 'SINGLE_CHOICE'
  and not exists (select 1 from item_skill s where s.item_id = i.id and s.skill_code not in ($skills))" > "$work/items"
echo "== $(wc -l < "$work/items") items of goal $GOAL; $RATE answers/s for ${DURATION} s after ${WARMUP} s of warm-up"
token=$(curl -sf -d grant_type=client_credentials -d client_id=learnpath-integration \
  -d client_secret=learnpath-integration-secret "$KEYCLOAK/protocol/openid-connect/token" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
java $GENERATOR_JVM_OPTS -cp "bench/target/learnpath-bench.jar:bench/target/lib/*" org.learnpath.bench.AnswerToPath --rate "$RATE" \
  --duration "$DURATION" --warmup "$WARMUP" --token "$token" --items "$work/items" --goal "$GOAL" --poll-ms "$POLL_MS" \
  --probe-every "$PROBE_EVERY" \
  2>&1 | grep -v SLF4J
