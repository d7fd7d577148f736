#!/usr/bin/env bash
# Answer ingestion benchmark. Needs the local system running (./run-local.sh in another terminal) and
# PostgreSQL's client tools (psql, pgbench: Debian package postgresql) on the PATH or in /usr/lib/postgresql.
# 1. HTTP: an open-loop generator POSTs RATE answers/s (default 3000) in requests of BATCH answers (default
#    50; BATCH=1 measures one answer per request) through assessment-service's integration endpoint with a
#    real Keycloak token: token check, grading, attempt and outbox rows in one transaction per request; the
#    outbox relay publishes them to Kafka meanwhile. The outbox must be empty again shortly after the run
#    (every answer event acknowledged by Kafka).
# 2. pgbench: the same transaction shape (one attempt row, one outbox row of the same size) on the same
#    PostgreSQL, at the same concurrency, into scratch tables shaped like the real ones.
set -euo pipefail
cd "$(dirname "$0")/.."
# Thousands of requests a second for a minute or more: the server compiler's code pays for its compilation here
# (generator at 1,500 answers/s: 16% of a core with it, 26% with the client compiler only).
GENERATOR_JVM_OPTS=${GENERATOR_JVM_OPTS--XX:+UseSerialGC}
. bench/generator.sh  # GENERATOR_JVM_OPTS: how the load generator's JVM runs
# 32 connections for both: pgbench is at its best there on 2 cores (4,450 transactions/s at 16, 4,505 at 32, 2,710-3,084
# at 64), and the service's group commit gathers more answers per transaction with more requests in flight.
RATE=${RATE:-3000} BATCH=${BATCH:-50} DURATION=${DURATION:-30} WARMUP=${WARMUP:-10} CONNECTIONS=${CONNECTIONS:-32}
KEYCLOAK=${KEYCLOAK:-http://localhost:8180/realms/learnpath}
PGBIN=$(dirname "$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -1)")
export PGOPTIONS="-c client_min_messages=warning" PGHOST=127.0.0.1 PGPORT=15432 PGUSER=learnpath PGPASSWORD=learnpath PGDATABASE=assessment
[ -f bench/target/learnpath-bench.jar ] || ./mvnw -B -q -pl bench -am install -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$PGBIN/psql" -Atq -c "select id from item where status = 'PUBLISHED' and type = 'SINGLE_CHOICE' limit 200" > "$work/items"
answer='{"learnerId":"{learner}","itemId":"{item}","response":{"choice":"a"},"responseTimeMillis":4000,"answeredAt":"{now}"}'
{ printf '{"answers":[%s' "$answer"; for _ in $(seq 2 "$BATCH"); do printf ',%s' "$answer"; done; printf ']}'; } > "$work/body.json"
token=$(curl -sf -d grant_type=client_credentials -d client_id=learnpath-integration \
  -d client_secret=learnpath-integration-secret "$KEYCLOAK/protocol/openid-connect/token" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
before=$("$PGBIN/psql" -Atq -c "select count(*) from attempt")

echo "== HTTP: $RATE answers/s in requests of $BATCH answers, $CONNECTIONS connections"
start=$(date +%s)
java $GENERATOR_JVM_OPTS -jar bench/target/learnpath-bench.jar --rate $((RATE / BATCH)) --duration "$DURATION" --warmup "$WARMUP" \
  --connections "$CONNECTIONS" --token "$token" --body-template "$work/body.json" --items "$work/items" \
  --learners 5000 http://localhost:${APORT:-8082}/api/integrations/answers || true
after=$("$PGBIN/psql" -Atq -c "select count(*) from attempt")
echo "attempts stored during the run: $((after - before)) in $(( $(date +%s) - start )) s (warm-up included)"
for _ in $(seq 1 60); do
  backlog=$("$PGBIN/psql" -Atq -c "select count(*) from outbox_event")
  [ "$backlog" = 0 ] && break
  sleep 1
done
echo "outbox backlog after the run: $backlog (0 = every answer event acknowledged by Kafka)"

echo "== pgbench: same transaction shape, $CONNECTIONS clients"
item=$(head -1 "$work/items")
payload=$(printf '{"schemaVersion":1,"eventId":"00000000-0000-0000-0000-000000000000","learnerId":"bench-learner-1","itemId":"%s","itemVersion":0,"skillCodes":["missing-values"],"correct":true,"score":1.0,"responseTimeMillis":4000,"answeredAt":"2026-11-25T10:00:00Z","attemptId":"00000000-0000-0000-0000-000000000000","attemptNumber":1,"source":"INTEGRATION","itemPriorDifficulty":0.0}' "$item")
"$PGBIN/psql" -q <<SQL
drop table if exists bench_attempt, bench_outbox;
drop sequence if exists bench_outbox_id_seq, bench_attempt_number_seq;
create sequence bench_outbox_id_seq;
-- attempt has a unique (learner, item, attempt number) key: numbering from a sequence keeps every row valid
-- without the service's per-learner lock and count, which are not part of the shape measured here.
create sequence bench_attempt_number_seq;
create table bench_attempt (like attempt including all);
alter table bench_attempt add foreign key (item_id) references item (id);
create table bench_outbox (like outbox_event including all);
SQL
cat > "$work/tx.sql" <<SQL
\set n random(1, 5000)
BEGIN;
INSERT INTO bench_attempt (id, learner_id, item_id, item_version, response, correct, score, response_time_ms, answered_at, attempt_number, source, recorded_by, event_id)
  VALUES (gen_random_uuid(), 'bench-learner-' || :n, '$item', 0, '{"choice": "a"}', true, 1, 4000, now(), nextval('bench_attempt_number_seq'), 'INTEGRATION', 'pgbench', gen_random_uuid());
INSERT INTO bench_outbox (id, event_id, topic, record_key, ce_type, payload, occurred_at)
  VALUES (nextval('bench_outbox_id_seq'), gen_random_uuid(), 'learnpath.answers.v1', 'bench-learner-' || :n, 'org.learnpath.assessment.answer.graded', '$payload', now());
END;
SQL
"$PGBIN/pgbench" -n -c "$CONNECTIONS" -j 2 -T "$DURATION" -f "$work/tx.sql" > "$work/pgbench.log" 2>&1 || true
"$PGBIN/psql" -q -c "drop table bench_attempt, bench_outbox; drop sequence bench_outbox_id_seq, bench_attempt_number_seq"
# A client that hits an error stops, and pgbench still prints a rate for what the others did: refuse to report it.
if grep -qE "aborted|error" "$work/pgbench.log"; then
  grep -E "error|aborted" "$work/pgbench.log" | head -3
  echo "pgbench did not complete: no rate to compare with" >&2
  exit 1
fi
grep -E "tps|latency|clients|failed" "$work/pgbench.log"
