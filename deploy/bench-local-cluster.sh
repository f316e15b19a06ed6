#!/usr/bin/env bash
# Benchmark (not a test): the same sweep and run on 1, 2 and 3 local silo processes joined through PostgreSQL,
# and on the embedded single-process silo, to compare wall time and cost per agent-step.
#
#   bash deploy/bench-local-cluster.sh            # uses NORDICSIM_Store__ConnectionString if set, else starts
#                                                 # a throw-away PostgreSQL with .ci/start-postgres.sh
# Env: BENCH_REPLICATIONS (default 4), BENCH_VARY (default outbound.hazard.manufacturer=0.02:0.05:0.01, 4 points),
#      BENCH_SILOS (default "1 2 3").
# Prints a table; figures go into README.md ("Benchmarks: real cluster").
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
reps=${BENCH_REPLICATIONS:-4}
vary=${BENCH_VARY:-outbound.hazard.manufacturer=0.02:0.05:0.01}
silo_counts=${BENCH_SILOS:-1 2 3}

dotnet build src/NordicChina.Sim.Cli -c Release -v q -nologo >/dev/null
dll="$root/src/NordicChina.Sim.Cli/bin/Release/net10.0/nordicsim.dll"
work=$(mktemp -d /tmp/nordicsim-bench.XXXXXX)
pids=()
pg_base=""
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  if [ -n "$pg_base" ]; then bash "$pg_base/stop.sh" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${NORDICSIM_Store__ConnectionString:-}" ]; then
  NORDICSIM_Store__ConnectionString="$(PG_BASE_FILE="$work/pgbase" bash .ci/start-postgres.sh 2>/dev/null)"
  pg_base=$(cat "$work/pgbase")
fi
export NORDICSIM_Store__ConnectionString

now() { date +%s.%N; }
free_port() {
  local p
  while :; do p=$(shuf -i 20000-60999 -n 1); (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done
}
steps_per_second() { grep -oE '"agent_steps_per_second": [0-9.]+' "$1/run.json" | awk '{print $2}'; }

run_case() {  # $1 label, $2.. extra args (--cluster cfg or nothing)
  local label=$1; shift
  local t0 t1
  t0=$(now)
  dotnet "$dll" sweep scenarios/baseline.yaml --replications "$reps" --vary "$vary" --out "$work/sweep-$label" --quiet "$@" >"$work/sweep-$label.log" 2>&1 \
    || { cat "$work/sweep-$label.log" >&2; exit 1; }
  t1=$(now)
  dotnet "$dll" run scenarios/baseline.yaml --replications "$reps" --out "$work/run-$label" --quiet "$@" >"$work/run-$label.log" 2>&1 \
    || { cat "$work/run-$label.log" >&2; exit 1; }
  local sps; sps=$(steps_per_second "$work/run-$label")
  local points; points=$(tail -n +2 "$work/sweep-$label/sweep.csv" | cut -d, -f1 | sort -u | wc -l)
  awk -v l="$label" -v a="$t0" -v b="$t1" -v p="$points" -v s="$sps" 'BEGIN { printf "%-10s %8.1f %8d %14.0f %12.3f\n", l, b - a, p, s, 1e6 / s }'
  echo "$label $sps" >>"$work/sps"
}

echo "sweep: baseline, $reps replications per point, --vary $vary; run: baseline, $reps replications"
printf '%-10s %8s %8s %14s %12s\n' "mode" "sweep s" "points" "agent-steps/s" "us/step"
run_case embedded

for n in $silo_counts; do
  cfg="$work/cluster-$n.json"
  printf '{ "Cluster": { "ClusterId": "bench-%s-%s", "ServiceId": "bench-%s-%s" } }\n' "$n" "$$" "$n" "$$" >"$cfg"
  pids=()
  for i in $(seq 1 "$n"); do
    NORDICSIM_Silo__SiloPort=$(free_port) NORDICSIM_Silo__GatewayPort=$(free_port) NORDICSIM_Silo__Name="silo$i" \
      dotnet "$dll" silo --config "$cfg" >"$work/silo-$n-$i.log" 2>&1 &
    pids+=($!)
  done
  for i in $(seq 1 "$n"); do
    for _ in $(seq 1 600); do grep -qs "nordicsim silo up" "$work/silo-$n-$i.log" && break; sleep 0.2; done
    grep -qs "nordicsim silo up" "$work/silo-$n-$i.log" || { cat "$work/silo-$n-$i.log" >&2; exit 1; }
  done
  run_case "cluster-$n" --cluster "$cfg"
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  pids=()
done

embedded=$(awk '$1=="embedded"{print $2}' "$work/sps")
echo
echo "cost per agent-step, cluster / embedded:"
awk -v e="$embedded" '$1!="embedded"{printf "  %-10s %.2f\n", $1, e/$2}' "$work/sps"
for label in embedded $(for n in $silo_counts; do echo "cluster-$n"; done); do
  cmp -s "$work/sweep-embedded/sweep.csv" "$work/sweep-$label/sweep.csv" || { echo "sweep.csv of $label differs from embedded" >&2; exit 1; }
  cmp -s "$work/run-embedded/metrics.csv" "$work/run-$label/metrics.csv" || { echo "metrics.csv of $label differs from embedded" >&2; exit 1; }
done
echo "sweep.csv and metrics.csv identical in every mode."
