#!/usr/bin/env bash
# Recommender throughput: answer events consumed, applied and persisted per second, beside the raw Kafka consumer
# rate on the same topic (ConsumerPerformance from kafka-tools, the same version as the clients).
# Needs the local system running (./run-local.sh in another terminal; Keycloak is not used: --no-keycloak is fine).
# 1. A recommender instance of its own (the packaged jar) starts on a fresh database and its own consumer
#    groups, loads the catalog from the catalog topic, and waits on a new, empty answer topic.
# 2. Every one of LEARNERS learners gets the goal GOAL, so each batch also plans and announces paths.
# 3. WARMUP answer events (the real contract, seeded skill codes) are produced to that topic and applied, unmeasured:
#    a fresh JVM spends most of its first 300,000 events compiling (C2 took half the instance's CPU in that window),
#    and a service that runs for days does not.
# 4. EVENTS more are produced in one Kafka transaction; the instance reads committed records only, so it gets them
#    as one backlog when the transaction commits; its applied-answers counter is sampled from before the commit
#    until it reaches WARMUP + EVENTS, and the rate is taken over that second backlog only.
# 5. ConsumerPerformance reads the same topic (WARMUP + EVENTS records) with a new group.
# The scheduled refit is off in the bench instance, and the first catalog sweep is awaited before producing: both
# are occasional jobs that would otherwise land inside the measured window.
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${EVENTS:-300000} WARMUP=${WARMUP:-300000} LEARNERS=${LEARNERS:-20000} GOAL=${GOAL:-data-analyst} PORT=${PORT:-8093} MPORT=${MPORT:-9093}
JAVA_OPTS=${RECOMMENDER_JAVA_OPTS:--Xmx512m}
PGBIN=$(dirname "$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | tail -1)")
export PGHOST=127.0.0.1 PGPORT=15432 PGUSER=learnpath PGPASSWORD=learnpath
[ -f bench/target/learnpath-bench.jar ] || ./mvnw -B -q -pl bench -am install -DskipTests
[ -f recommender-service/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -pl recommender-service -am install -DskipTests
CP="bench/target/learnpath-bench.jar:bench/target/lib/*"
run=$(date +%s)
topic="learnpath.answers.bench-$run"
db="recommender_bench_$run"
prefix="bench-$run-"
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "${KEEP_DB:-}" ] || "$PGBIN/psql" -U postgres -d postgres -qc "drop database if exists $db" || true; rm -rf "$work"; }
trap cleanup EXIT

"$PGBIN/psql" -U postgres -d postgres -qc "create database $db owner learnpath"
java $JAVA_OPTS -Dquarkus.http.port=$PORT -Dquarkus.management.port=$MPORT \
  -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:15432/$db \
  -Dquarkus.datasource.username=learnpath -Dquarkus.datasource.password=learnpath \
  -Dkafka.bootstrap.servers=127.0.0.1:19092 \
  -Dlearnpath.recommender.answers.topic=$topic -Dlearnpath.recommender.answers.group-id=bench-$run \
  -Dmp.messaging.incoming.catalog.group.id=bench-$run-catalog -Dmp.messaging.incoming.items.group.id=bench-$run-items \
  -Dlearnpath.recommender.refit.every=off \
  -jar recommender-service/target/quarkus-app/quarkus-run.jar > "$work/recommender.log" 2>&1 &
pid=$!
# Wait until the instance's catalog copy is complete (as many modules and goals as the catalog service has).
want=$("$PGBIN/psql" -d catalog -Atqc "select (select count(*) from module) || '/' || (select count(*) from goal)")
for _ in $(seq 1 120); do
  have=$("$PGBIN/psql" -d "$db" -Atqc "select (select count(*) from catalog_module) || '/' || (select count(*) from catalog_goal)" 2>/dev/null || echo none)
  [ "$have" = "$want" ] && break
  sleep 1
done
goals=${have#*/}
sleep 2  # the in-memory catalog view follows the tables within a second
echo "== bench instance up, catalog loaded ($goals goals); $LEARNERS learners get goal $GOAL"
"$PGBIN/psql" -d "$db" -qc "insert into learner_goal (learner_id, goal_slug, chosen_at)
  select '$prefix' || g, '$GOAL', now() from generate_series(0, $LEARNERS - 1) g"

# A fresh instance announces every learner's path for the catalog it just loaded (PathSweep): let it finish first,
# or the sweep's planning competes with the consumption measured below.
settled=0
for _ in $(seq 1 300); do
  if [ "$("$PGBIN/psql" -d "$db" -Atqc "select paths_swept = revision from catalog_revision")" = t ]; then
    settled=$((settled + 1)); [ "$settled" -ge 5 ] && break
  else
    settled=0
  fi
  sleep 1
done
flood() { java -cp "$CP" org.learnpath.bench.AnswerFlood "$@" 2>&1 | grep -v SLF4J; }
if [ "$WARMUP" -gt 0 ]; then
  echo "== warm-up: $WARMUP answer events to $topic, applied but not measured"
  flood --mode produce --topic "$topic" --events "$WARMUP" --learners "$LEARNERS" --prefix "$prefix" --seed 2
  flood --mode watch --events "$WARMUP" --metrics "http://localhost:$MPORT/q/metrics" | sed 's/^/   (warm-up) /'
fi
echo "== producing $EVENTS answer events to $topic (one Kafka transaction: the instance sees them when it commits)"
# The watch runs from before the commit, so it sees the counter leave WARMUP: the window is the whole backlog.
flood --mode watch --from "$WARMUP" --events "$((WARMUP + EVENTS))" --metrics "http://localhost:$MPORT/q/metrics" &
watcher=$!
flood --mode produce --topic "$topic" --events "$EVENTS" --learners "$LEARNERS" --prefix "$prefix"
wait "$watcher"
curl -s "http://localhost:$MPORT/q/metrics" | grep -E '^learnpath_answers_consumer_restarts|^learnpath_answers_batch_seconds_(count|sum)|^learnpath_paths_updated_total|^learnpath_answers_(duplicates|dead_lettered)_total' || true
echo "rows: $("$PGBIN/psql" -d "$db" -Atqc "select (select count(*) from answer) || ' answers, ' || (select count(*) from mastery) || ' mastery rows'")"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=

echo "== raw consumer rate on the same topic (ConsumerPerformance)"
java -cp "$CP" org.apache.kafka.tools.ConsumerPerformance --bootstrap-server 127.0.0.1:19092 --topic "$topic" \
  --messages "$((WARMUP + EVENTS))" --group "raw-$run" --timeout 60000 2>&1 | grep -v SLF4J
