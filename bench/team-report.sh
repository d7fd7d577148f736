#!/usr/bin/env bash
# Team reports for a team of TEAM_SIZE learners (default 500): issue 25 asks for "at most a few hundred milliseconds".
# Needs the local system running with Keycloak (./run-local.sh in another terminal) and PostgreSQL's client tools
# (psql, pgbench: Debian package postgresql) on the PATH or in /usr/lib/postgresql.
# 1. Seeds the recommender's database (TeamReportSeed): one team of organization acme managed by the demo manager
#    maria, each member with about ANSWERS answers (default 200) over the last DAYS days (default 30) and the mastery
#    rows the learner model derives from them, and an assignment of GOAL (default data-analyst) to the team, made 21
#    days ago and due in 30; and OTHER_LEARNERS (default 4,500) more learners of acme with the same kind of history,
#    in a team nobody manages, so that the team's rows are a tenth of the tables the reports read. Every id is new;
#    the seeded rows are removed and the tables vacuumed at the end (KEEP=1 keeps them; the next run removes them
#    first anyway).
# 2. With a real token of maria (password grant on the public client learnpath-portal), an open-loop generator sends
#    RATE requests/s (default 5) for DURATION seconds (default 30) after WARMUP (default 30), one endpoint per phase:
#      reference  GET /api/assignments/{id}: the same assignment and its learners, without the analysis
#      progress   GET /api/assignments/{id}/progress?size=50 (JSON: one page, the summary over all learners)
#      csv        GET /api/assignments/{id}/progress?size=500 with Accept: text/csv (every learner)
#      gaps       GET /api/assignments/{id}/skill-gaps (JSON: every skill of the goal)
#    and the reference again at the end, since this machine's speed drifts within minutes.
# 3. pgbench, in the same run: the database statements of one progress request (the assignment's learners, their
#    mastery, effort since the assignment, daily answer counts, last answers, display names), one client, 10 s.
# The ratios printed at the end are each report's p50 over the reference's (mean of the two), and over the
# statements' mean latency in pgbench.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/generator.sh  # GENERATOR_JVM_OPTS: how the load generator's JVM runs
# The warm-up is longer than the other scripts' 10 s: at 5 requests/s, 10 s of rising load is 27 requests, too few
# for the reports' code to be compiled before the measured phase.
RATE=${RATE:-5} DURATION=${DURATION:-30} WARMUP=${WARMUP:-30} TEAM_SIZE=${TEAM_SIZE:-500} ANSWERS=${ANSWERS:-200}
OTHER_LEARNERS=${OTHER_LEARNERS:-4500} DAYS=${DAYS:-30} GOAL=${GOAL:-data-analyst} PGBENCH_SECONDS=${PGBENCH_SECONDS:-10}
KEYCLOAK=${KEYCLOAK:-http://localhost:8180/realms/learnpath}
API=${API:-http://localhost:${RPORT:-8083}}
MARIA=00000000-0000-4000-8000-0000000a0005  # the demo manager's fixed id (deploy/keycloak/learnpath-realm.json)
PGBIN=$(dirname "$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -1)")
export PGOPTIONS="-c client_min_messages=warning" PGHOST=127.0.0.1 PGPORT=15432 PGUSER=learnpath PGPASSWORD=learnpath PGDATABASE=recommender
[ -f bench/target/learnpath-bench.jar ] || ./mvnw -B -q -pl bench -am install -DskipTests
CP="bench/target/learnpath-bench.jar:bench/target/lib/*"
work=$(mktemp -d)
seed() { java -cp "$CP" org.learnpath.bench.TeamReportSeed "$@" 2>&1 | grep -v SLF4J; }
cleanup() { [ -n "${KEEP:-}" ] || seed --mode clean || true; rm -rf "$work"; }
trap cleanup EXIT

# A fresh system copies the catalog from its topic within seconds of starting.
for _ in $(seq 1 60); do
  [ "$("$PGBIN/psql" -Atqc "select count(*) from catalog_goal where slug = '$GOAL'")" = 1 ] && break
  sleep 1
done
seed --mode clean
seed --team-size "$TEAM_SIZE" --other-learners "$OTHER_LEARNERS" --answers "$ANSWERS" --days "$DAYS" --goal "$GOAL" \
  --manager "$MARIA" | tee "$work/seed.log"
assignment=$(sed -n 's/^ASSIGNMENT //p' "$work/seed.log")
team=$(sed -n 's/^TEAM //p' "$work/seed.log")

token() {
  curl -sf -d grant_type=password -d client_id=learnpath-portal -d username=maria -d password=learnpath \
    "$KEYCLOAK/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
base="$API/api/assignments/$assignment"
tok=$(token)
# What the reports answer for this team (and that they answer at all, before load is put on them).
curl -sf -H "Authorization: Bearer $tok" "$base/progress?size=1" | grep -o '"summary":{[^}]*}' \
  | sed 's/^/progress /'
curl -sf -H "Authorization: Bearer $tok" -H "Accept: text/csv" "$base/progress?size=$TEAM_SIZE" > "$work/progress.csv"
echo "progress CSV: $(($(wc -l < "$work/progress.csv") - 1)) learners, $(wc -c < "$work/progress.csv") bytes"
curl -sf -H "Authorization: Bearer $tok" "$base/skill-gaps" > "$work/gaps.json"
echo "skill gaps: $(grep -o '"total":[0-9]*' "$work/gaps.json" | tail -1), $(wc -c < "$work/gaps.json") bytes"

# One phase: RATE requests/s on one endpoint with a token fetched for it (they last 15 minutes).
load() {
  local name=$1; shift
  echo "== $name: $RATE requests/s for ${DURATION} s after ${WARMUP} s of warm-up"
  java $GENERATOR_JVM_OPTS -jar bench/target/learnpath-bench.jar --rate "$RATE" --duration "$DURATION" \
    --warmup "$WARMUP" --token "$(token)" "$@" 2>&1 | grep -v SLF4J | tee "$work/$name.log" || true
}
load reference "$base"
load progress "$base/progress?size=50"
load csv --header "Accept: text/csv" "$base/progress?size=$TEAM_SIZE"
load gaps "$base/skill-gaps"
load reference2 "$base"

echo "== pgbench: the statements of one progress request, 1 client, ${PGBENCH_SECONDS} s"
learners=$("$PGBIN/psql" -Atqc "select '{' || string_agg(learner_id, ',' order by learner_id) || '}'
  from team_member where team_id = '$team'")
skills=$("$PGBIN/psql" -Atqc "select '{' || string_agg(distinct s, ',') || '}' from catalog_goal g,
  unnest(g.module_slugs) m join catalog_module cm on cm.slug = m, unnest(cm.skill_codes) s where g.slug = '$GOAL'")
created=$("$PGBIN/psql" -Atqc "select created_at from assignment where id = '$assignment'")
# The statements as the service sends them (repository/AssignmentRepository, MasteryRepository,
# LearnerActivityRepository, TeamDirectoryRepository), with the learners, skills and times as bound parameters (pgbench
# -M prepared sends the -D variables as parameters, as JDBC does): with the values written into the statement
# instead, PostgreSQL planned a parallel scan of the whole answer table that the service does not run (2-4 times
# slower). The pace window is 14 days for an assignment this old. The goal's skills here are its own modules' (the
# service adds their prerequisites' too; data-analyst is closed under them).
cat > "$work/progress.sql" <<'SQL'
select x.learner_id, c.completed_at from (select m.learner_id from assignment a join team_member m on m.team_id = a.team_id where a.id = :assignment::uuid union select l.learner_id from assignment_learner l where l.assignment_id = :assignment::uuid) x left join assignment_completion c on c.assignment_id = :assignment::uuid and c.learner_id = x.learner_id order by x.learner_id;
select learner_id, skill_code, mastery, last_practiced_at, practice_count, correct_count from mastery where learner_id = any(:learners::text[]) order by learner_id, skill_code;
select learner_id, count(*), coalesce(sum(least(response_time_millis, 600000)), 0) from answer where learner_id = any(:learners::text[]) and answered_at >= :created::timestamptz and skill_codes && :skills::text[] group by learner_id;
select learner_id, floor(extract(epoch from (now() - answered_at)) / 86400)::int as day_ago, count(*) from answer where learner_id = any(:learners::text[]) and answered_at <= now() and answered_at > now() - interval '14 days' group by 1, 2;
select l.id, (select a.answered_at from answer a where a.learner_id = l.id order by a.answered_at desc limit 1) from unnest(:learners::text[]) as l(id);
select m.learner_id, min(m.display_name) from team_member m join team t on t.id = m.team_id where t.organization = 'acme' and m.learner_id = any(:learners::text[]) and m.display_name is not null group by m.learner_id;
SQL
"$PGBIN/pgbench" -n -M prepared -r -c 1 -T "$PGBENCH_SECONDS" -D assignment="$assignment" -D learners="$learners" \
  -D skills="$skills" -D created="$created" -f "$work/progress.sql" > "$work/pgbench.log" 2>&1 || true
if grep -qE "aborted|error" "$work/pgbench.log"; then
  grep -E "error|aborted" "$work/pgbench.log" | head -3
  echo "pgbench did not complete: no statement latency to compare with" >&2
  exit 1
fi
grep -E "latency average|tps" "$work/pgbench.log"
# Per statement (ms), in the order above.
sed -n '/statement latencies/,$p' "$work/pgbench.log" | grep -E '^ +[0-9.]+ +[0-9]+ +[a-z]' | cut -c1-100

figure() { sed -n "s/^RESULT .* $2=\([0-9.]*\).*/\1/p" "$work/$1.log"; }
ref=$(awk -v a="$(figure reference p50_ms)" -v b="$(figure reference2 p50_ms)" 'BEGIN { printf "%.2f", (a + b) / 2 }')
sql=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$work/pgbench.log")
echo "== summary (p50 and p99 in ms; ratio = p50 / reference p50 $ref ms, and / the statements' $sql ms)"
for phase in reference progress csv gaps reference2; do
  awk -v n="$phase" -v p50="$(figure "$phase" p50_ms)" -v p99="$(figure "$phase" p99_ms)" \
    -v errors="$(sed -n 's/^RESULT .* errors=\([0-9]*\).*/\1/p' "$work/$phase.log")" -v ref="$ref" -v sql="$sql" \
    'BEGIN { printf "%-10s p50 %8.2f  p99 %8.2f  errors %s  ratio %.2f  over sql %.2f\n", n, p50, p99, errors, p50 / ref, p50 / sql }'
done
