#!/usr/bin/env bash
# The learner simulator, against the running local system (./run-local.sh in another terminal).
#   ./simulate.sh                             demo learners alice and bob sign in, choose a goal and follow their
#                                             paths; each answer prints how mastery and the next step adapt
#   ./simulate.sh --learners alice --answers 30 --know 0.9 --goal ml-foundations
#   ./simulate.sh --placement                 each learner first takes the goal's placement assessment (at most 20
#                                             answers; profile: the first --know share of the goal's skills in study
#                                             order known), then practises; prints the answers it took, the modules it
#                                             placed the learner past, and the answers it saved by the model's forecast
#                                             of answers left to complete the goal, before vs after
#   ./simulate.sh --rate 200 --duration 30    load: answers/s through the integration API, then throughput and
#                                             answer-to-path latency percentiles
set -euo pipefail
cd "$(dirname "$0")"
[ -f bench/target/learnpath-bench.jar ] || ./mvnw -B -q -pl bench -am install -DskipTests
rate= duration=30 rest=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rate) rate=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    *) rest+=("$1"); shift ;;
  esac
done
if [ -n "$rate" ]; then
  RATE=$rate DURATION=$duration exec bench/answer-to-path.sh
fi
exec java -cp "bench/target/learnpath-bench.jar:bench/target/lib/*" org.learnpath.bench.Simulator ${rest[@]+"${rest[@]}"}
