#!/usr/bin/env bash
# Measures the local stack as a user meets it:
#   1. wall time from `./suits up` to its "Suits is up" line,
#   2. resident memory (RSS) of every process once ready: launcher, PostgreSQL's processes, broker, each app,
#   3. after SIGTERM to `./suits up`: how long stopping takes, and that no process of the stack is left.
# Prints a Markdown report for docs/benchmarks.md. Build first (./mvnw -B install -DskipTests, or one ./suits up),
# otherwise the time includes the build.
#
#   bench/stack-startup.sh            # one run
#   RUNS=3 bench/stack-startup.sh     # several runs, one after the other (data kept between them)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-1}"
READY_TIMEOUT_S="${READY_TIMEOUT_S:-600}"
cd "$ROOT"

now_ms() { date +%s%3N; }

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# proportional set size: shared pages (PostgreSQL's shared buffers, the JDK's mapped files) divided among their users
pss_kb() { awk '/^Pss:/ { print $2 }' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }

# a pid counts as left over while it exists and is not a zombie waiting to be reaped
alive() {
  local state
  state="$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null || true)"
  [[ -n "$state" && "$state" != "Z" ]]
}

fmt_mb() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'; }

for app in clients-service briefs-service creative-workflow-service billing-service gateway; do
  if [[ ! -f "$app/target/quarkus-app/quarkus-run.jar" ]]; then
    echo "Not built: $app. Run ./mvnw -B install -DskipTests first so that the build is not timed." >&2
    exit 1
  fi
done

echo "## Local stack start-up and memory: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM," \
  "$(java -version 2>&1 | head -n 1), user $(id -un). Command: \`bench/stack-startup.sh\` (RUNS=$RUNS)."

for run in $(seq 1 "$RUNS"); do
  if [[ -d .suits/postgres ]]; then kind="restart (data folder exists)"; else kind="first start (empty data folder)"; fi
  load="$(cut -d ' ' -f 1-3 /proc/loadavg)"
  log="$(mktemp)"
  started="$(now_ms)"
  ./suits up >"$log" 2>&1 &
  suits_pid=$!

  while ! grep -q '^Suits is up' "$log"; do
    if ! kill -0 "$suits_pid" 2>/dev/null; then
      echo "./suits up ended before it was ready:" >&2
      cat "$log" >&2
      exit 1
    fi
    if (($(now_ms) - started > READY_TIMEOUT_S * 1000)); then
      echo "not ready after ${READY_TIMEOUT_S} s; stopping" >&2
      kill -TERM "$suits_pid"
      wait "$suits_pid" || true
      cat "$log" >&2
      exit 1
    fi
    sleep 0.2
  done
  ready="$(now_ms)"

  # every process of the stack: what the launcher recorded, plus the postmaster's children
  declare -a names=() pids=()
  while IFS=$'\t' read -r name pid _start _marker; do
    [[ "$name" == "postgres" ]] && continue
    names+=("$name"); pids+=("$pid")
  done <.suits/pids
  postmaster="$(head -n 1 .suits/postgres/postmaster.pid)"
  names+=("postgres (postmaster)"); pids+=("$postmaster")
  for child in $(ps -o pid= --ppid "$postmaster"); do
    names+=("postgres: $(ps -o args= -p "$child" | sed 's/^postgres: *//')"); pids+=("$child")
  done

  echo
  echo "### Run $run: $kind"
  echo
  echo "Load average before the run (1/5/15 min): $load; other work on the machine slows start-up."
  echo
  echo "Ready $(awk -v ms=$((ready - started)) 'BEGIN { printf "%.1f", ms / 1000 }') s after \`./suits up\`" \
    "(launcher's own line: \"$(grep '^Suits is up' "$log" | sed 's/^Suits is up: //')\")."
  echo
  echo "The launcher's progress (each app's time counts from the moment all five were started):"
  echo
  echo '```'
  grep -E 'ready after' "$log" | sed 's/^  //'
  echo '```'
  echo
  echo "| process | pid | RSS (MB) | PSS (MB) |"
  echo "|---|---:|---:|---:|"
  total=0; pg_total=0; total_pss=0; pg_pss=0
  for i in "${!pids[@]}"; do
    kb="$(rss_kb "${pids[$i]}")"
    pss="$(pss_kb "${pids[$i]}")"
    total=$((total + kb)); total_pss=$((total_pss + pss))
    if [[ "${names[$i]}" == postgres* ]]; then pg_total=$((pg_total + kb)); pg_pss=$((pg_pss + pss)); fi
    echo "| ${names[$i]} | ${pids[$i]} | $(fmt_mb "$kb") | $(fmt_mb "$pss") |"
  done
  echo "| **PostgreSQL, all processes** | | **$(fmt_mb "$pg_total")** | **$(fmt_mb "$pg_pss")** |"
  echo "| **total** | | **$(fmt_mb "$total")** | **$(fmt_mb "$total_pss")** |"

  stop_started="$(now_ms)"
  kill -TERM "$suits_pid"
  code=0
  wait "$suits_pid" || code=$?
  stopped="$(now_ms)"
  left=()
  for i in "${!pids[@]}"; do
    if alive "${pids[$i]}"; then left+=("${names[$i]} (${pids[$i]})"); fi
  done
  # also anything started from this checkout that the list above might have missed
  while read -r pid; do
    [[ -n "$pid" ]] && alive "$pid" && left+=("pid $pid: $(ps -o args= -p "$pid" | cut -c1-120)")
  done < <(pgrep -f "$ROOT/(\.suits/postgres|[a-z-]+/target/quarkus-app/quarkus-run.jar)|agency\.suits\.localstack" || true)
  echo
  echo "SIGTERM to \`./suits up\`: exit code $code, stopped in" \
    "$(awk -v ms=$((stopped - stop_started)) 'BEGIN { printf "%.1f", ms / 1000 }') s;" \
    "$(if ((${#left[@]} == 0)); then echo "no process left."; else echo "LEFT RUNNING: ${left[*]}"; fi)"
  rm -f "$log"
  unset names pids
  if ((${#left[@]} > 0)); then exit 1; fi
done
