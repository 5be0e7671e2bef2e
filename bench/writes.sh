#!/usr/bin/env bash
# The cost of a write across Suits (issue 16), in one run, printed as Markdown for docs/benchmarks.md:
#   - max rate (closed loop: CONNECTIONS connections for DURATION s after WARMUP s) of POST /api/clients
#     (clients-service), POST /api/job-requests (briefs-service), POST /api/time-entries (billing-service) and GET by
#     id of each, straight to the service and through the gateway;
#   - p50/p99 at a fixed open-loop rate of a quarter of the direct capacity (latency from the intended send time);
#   - for each write burst, how long after its end every consumer group's committed offsets reach the log end
#     (bench/Lag.java watches the broker every 100 ms) and when the last event was applied (inbox handled_at);
#   - CPU seconds per request of every process (utime+stime from /proc, from before the burst until its events are
#     consumed), RSS of every process after the run, and the ratios issue 16 sets as targets.
# Tools: bash, curl, jq and a JDK 17 (bench/Load.java, java.net.http only; bench/Lag.java with the kafka-clients and
# PostgreSQL driver jars of platform/local-stack/target/lib). No wrk/hey needed.
#
# The stack: if a gateway answers on :8080 it is used as it is (its rate limits must be raised, checked through the
# RateLimit-Policy header); otherwise this script starts `./suits up` itself with SUITS_GATEWAY_EDGE_RATE_LIMITS_*
# raised (the launcher's children inherit its environment) and stops it at the end. Build first
# (./mvnw -B install -DskipTests).
#
#   bench/writes.sh                              # the whole run, about 15 minutes on 2 cores
#   PROFILE=1 bench/writes.sh                    # JFR during the direct writes and gateway reads; docs/benchmarks.md
#   CONNECTIONS=8 WARMUP=10 DURATION=20 OPEN_WARMUP=3 OPEN_DURATION=15 ONLY=clients,briefs,billing bench/writes.sh
# Raw output (every Load/Lag line, the launcher's log, JFR recordings) goes to $OUT (default target/bench/<time>).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONNECTIONS="${CONNECTIONS:-8}"
WARMUP="${WARMUP:-10}"
DURATION="${DURATION:-20}"
OPEN_WARMUP="${OPEN_WARMUP:-3}"
OPEN_DURATION="${OPEN_DURATION:-15}"
OPEN_CONNECTIONS="${OPEN_CONNECTIONS:-16}"
ONLY="${ONLY:-clients,briefs,billing}"
PROFILE="${PROFILE:-0}"
DRAIN_TIMEOUT_S="${DRAIN_TIMEOUT_S:-60}"
OUT="${OUT:-$ROOT/target/bench/$(date -u +%Y%m%dT%H%M%SZ)}"
GATEWAY="http://localhost:8080"
declare -A PORT=([clients]=8081 [briefs]=8082 [creative]=8083 [billing]=8084)
LIB="$ROOT/platform/local-stack/target/lib"
# AppJvm.OPTIONS (platform/local-stack): kept when JFR is added, so the profile is of the stack as it runs by default
DEFAULT_APP_JAVA_OPTIONS="-XX:+UseSerialGC -Xmx128m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"
HIGH_LIMIT=100000000
PROCS=(clients-service briefs-service creative-workflow-service billing-service gateway kafka postgres)

for tool in curl jq java javac; do
  command -v "$tool" >/dev/null || { echo "writes.sh needs $tool" >&2; exit 1; }
done
[[ -d "$LIB" ]] || { echo "Not built: $LIB. Run ./mvnw -B install -DskipTests first." >&2; exit 1; }
mkdir -p "$OUT/classes" "$OUT/jfr"
OUT="$(cd "$OUT" && pwd)"   # absolute: the apps, which write the JFR dumps, run in directories of their own
cd "$ROOT"
exec 3>&1 1>"$OUT/report.md"   # the report to a file; progress to the terminal (fd 3); the report is shown at the end
progress() { printf '[%s] %s\n' "$(date -u +%T)" "$*" >&3; }
loadavg() { cut -d ' ' -f 1-3 /proc/loadavg; }

javac -d "$OUT/classes" -cp "$LIB/*" bench/Load.java bench/Lag.java
load() { java -XX:+UseSerialGC -cp "$OUT/classes" Load "$@"; }

# ---------------------------------------------------------------------------------------------------------- stack

SUITS_PID=""
LAG_PID=""
stop_all() {
  # no errexit here: the watcher's wait answers 143 (killed), and the stack must be stopped all the same
  set +e
  if [[ -n "$LAG_PID" ]]; then kill "$LAG_PID" 2>/dev/null; wait "$LAG_PID" 2>/dev/null; fi
  if [[ -n "$SUITS_PID" ]]; then
    progress "stopping the stack this script started"
    kill -TERM "$SUITS_PID" 2>/dev/null && wait "$SUITS_PID" 2>/dev/null
  fi
  return 0
}
trap stop_all EXIT

if curl -fsS -o /dev/null --max-time 2 "$GATEWAY/q/health/ready" 2>/dev/null; then
  STACK_NOTE="already running (started before this script; its settings as they were)"
  if [[ "$PROFILE" == 1 ]]; then
    echo "PROFILE=1 starts the stack itself with JFR: stop the running one first (./suits down)" >&2
    exit 1
  fi
else
  export SUITS_GATEWAY_EDGE_RATE_LIMITS_WRITE_LIMIT="${SUITS_GATEWAY_EDGE_RATE_LIMITS_WRITE_LIMIT:-$HIGH_LIMIT}"
  export SUITS_GATEWAY_EDGE_RATE_LIMITS_READ_LIMIT="${SUITS_GATEWAY_EDGE_RATE_LIMITS_READ_LIMIT:-$HIGH_LIMIT}"
  if [[ "$PROFILE" == 1 ]]; then
    SUITS_JAVA_OPTS="${SUITS_JAVA_OPTS:-$DEFAULT_APP_JAVA_OPTIONS}"
    export SUITS_JAVA_OPTS="$SUITS_JAVA_OPTS -XX:StartFlightRecording=name=bench,settings=profile"
  fi
  STACK_NOTE="started by this script: \`./suits up\` with SUITS_GATEWAY_EDGE_RATE_LIMITS_WRITE_LIMIT and _READ_LIMIT"
  STACK_NOTE+=" = $HIGH_LIMIT, SUITS_JAVA_OPTS=\`${SUITS_JAVA_OPTS:-(launcher default) $DEFAULT_APP_JAVA_OPTIONS}\`"
  progress "starting ./suits up (log: $OUT/suits-up.log)"
  ./suits up >"$OUT/suits-up.log" 2>&1 &
  SUITS_PID=$!
  started=$SECONDS
  until grep -q '^Suits is up' "$OUT/suits-up.log"; do
    kill -0 "$SUITS_PID" 2>/dev/null || { cat "$OUT/suits-up.log" >&2; SUITS_PID=""; exit 1; }
    (( SECONDS - started < 600 )) || { echo "the stack is not up after 600 s" >&2; exit 1; }
    sleep 1
  done
  progress "$(grep '^Suits is up' "$OUT/suits-up.log")"
fi

# pids of the measured processes; PostgreSQL counts as the postmaster and all its children
declare -A PID
while IFS=$'\t' read -r name pid _rest; do PID[$name]="$pid"; done <"$ROOT/.suits/pids"
POSTMASTER="$(head -n 1 "$ROOT/.suits/postgres/postmaster.pid")"
TICK="$(getconf CLK_TCK)"

# cpu_ticks NAME: utime+stime of the process (for postgres: the postmaster with its reaped children, and its children)
cpu_ticks() {
  if [[ "$1" == postgres ]]; then
    local total sum child
    total="$(awk '{ sub(/^.*\) /, ""); print $12 + $13 + $14 + $15 }' "/proc/$POSTMASTER/stat")"
    for child in $(ps -o pid= --ppid "$POSTMASTER"); do
      sum="$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$child/stat" 2>/dev/null || echo 0)"
      total=$(( total + sum ))
    done
    echo "$total"
  else
    awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/${PID[$1]}/stat"
  fi
}
rss_kb() {
  if [[ "$1" == postgres ]]; then
    local total=0 kb pid
    for pid in "$POSTMASTER" $(ps -o pid= --ppid "$POSTMASTER"); do
      kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)"
      total=$(( total + ${kb:-0} ))
    done
    echo "$total"
  else
    awk '/^VmRSS:/ { print $2 }' "/proc/${PID[$1]}/status"
  fi
}
declare -A CPU_BEFORE
cpu_mark() { local p; for p in "${PROCS[@]}"; do CPU_BEFORE[$p]="$(cpu_ticks "$p")"; done; }

# ---------------------------------------------------------------------------------------------------------- setup

RESPONSE="$OUT/response.json"
HEADERS="$OUT/headers.txt"
STATUS=""
declare -A TOKEN ID
api() {   # api WHO METHOD PATH [BODY [HEADER...]] through the gateway, as docs/walkthrough.sh does
  local who="$1" method="$2" path="$3" body="${4:-}"
  shift $(( $# < 4 ? $# : 4 ))
  local args=(-sS -o "$RESPONSE" -D "$HEADERS" -w '%{http_code}' -X "$method"
              -H "Authorization: Bearer ${TOKEN[$who]}" -H 'Accept: application/json')
  local header
  for header in "$@"; do args+=(-H "$header"); done
  [[ -n "$body" ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  STATUS="$(curl "${args[@]}" "$GATEWAY/api$path")" || STATUS=000
}
call() {  # call EXPECTED WHO METHOD PATH [BODY [HEADER...]]
  local expected="$1"; shift
  api "$@"
  if [[ "$STATUS" != "$expected" ]]; then
    echo "setup: $2 $3 as $1: HTTP $STATUS, expected $expected: $(head -c 600 "$RESPONSE")" >&2
    exit 1
  fi
}
poll() {  # poll EXPECTED WHO METHOD PATH [BODY]: until another service has heard of what was just done
  local expected="$1"; shift
  local deadline=$(( SECONDS + 30 ))
  api "$@"
  while [[ "$STATUS" != "$expected" ]] && (( SECONDS < deadline )); do sleep 0.3; api "$@"; done
  if [[ "$STATUS" != "$expected" ]]; then
    echo "setup: $2 $3 as $1: still HTTP $STATUS after 30 s: $(head -c 600 "$RESPONSE")" >&2
    exit 1
  fi
}
field() { jq -r "$1" "$RESPONSE"; }
etag() { grep -i '^etag:' "$HEADERS" | head -n 1 | cut -d' ' -f2- | tr -d '\r'; }
policy() { grep -i '^ratelimit-policy:' "$HEADERS" | head -n 1 | tr -d '\r' | sed 's/^[^:]*: *//'; }
require_high_limit() {  # the gateway's limit for this kind of request, from RateLimit-Policy ("write";q=300;w=60)
  local q
  q="$(policy | sed -n 's/.*;q=\([0-9]*\).*/\1/p')"
  if [[ -n "$q" && "$q" -lt 1000000 ]]; then
    echo "The running gateway limits $1 to $(policy): restart it with SUITS_GATEWAY_EDGE_RATE_LIMITS_*_LIMIT" \
      "raised (./suits down, then run this script, which starts it so)." >&2
    exit 1
  fi
}

progress "setup: tokens, a client with its team, contact, contract, a job request, a brief, a rate card"
for who in sam eve paul cody chris; do
  TOKEN[$who]="$("$ROOT/suits" token "$who")"
  call 200 "$who" GET /staff/me
  ID[$who]="$(field .staffId)"
done
require_high_limit reads
# registrations cost more as the team tables grow: the report says how much earlier runs left in this .suits
call 200 sam GET "/clients?size=1"
CLIENTS_BEFORE="$(field .totalItems)"
TODAY="$(date -u +%F)"
in_days() { date -u -d "+$1 days" +%F; }

# an account executive is on at most 3 active accounts (ExecutiveCap): pause the clients of earlier runs
call 200 sam GET "/clients?teamMember=${ID[eve]}&q=Bench&size=100"
for old in $(field '.items[] | select((.status == "ACTIVE" or .status == "AT_RISK")
                                      and (.name | startswith("Bench "))) | .id'); do
  call 200 sam GET "/clients/$old"
  call 200 sam POST "/clients/$old/status" '{"status":"PAUSED"}' "If-Match: $(etag)"
done

# every run draws its own letters: the codes of the registered clients are PREFIX + a number in base 36
LETTERS=ABCDEFGHIJKLMNOPQRSTUVWXYZ
PREFIX="B${LETTERS:RANDOM%26:1}${LETTERS:RANDOM%26:1}${LETTERS:RANDOM%26:1}"
CODE="${PREFIX}0"
call 201 sam POST /clients "{\"code\":\"$CODE\",\"name\":\"Bench $CODE\",\"industry\":\"Consumer goods\"}"
require_high_limit writes
CLIENT="$(field .id)"
call 200 sam PUT "/clients/$CLIENT/team/${ID[eve]}" '{"role":"ACCOUNT_EXECUTIVE"}'
call 200 sam PUT "/clients/$CLIENT/team/${ID[paul]}" '{"role":"ACCOUNT_PLANNER"}'
call 200 sam PUT "/clients/$CLIENT/team/${ID[cody]}" '{"role":"ACCOUNT_COORDINATOR"}'
call 201 cody POST "/clients/$CLIENT/contacts" "{\"name\":\"Bea Bench\",\"email\":\"bea@$CODE.example\",
  \"jobTitle\":\"Marketing director\",\"decisionMaker\":true}"
CONTACT="$(field .id)"
call 201 sam POST "/clients/$CLIENT/contracts" "{\"type\":\"PROJECT\",\"startsOn\":\"$TODAY\",
  \"endsOn\":\"$(in_days 365)\",\"value\":{\"amount\":\"60000.00\",\"currency\":\"EUR\"},
  \"includedRevisionRounds\":2,\"noticePeriodDays\":60}"
call 200 sam GET "/clients/$CLIENT"
call 200 sam POST "/clients/$CLIENT/status" '{"status":"ACTIVE"}' "If-Match: $(etag)"

JOB_REQUEST_BODY="{\"clientId\":\"$CLIENT\",\"title\":\"Bench @SEQ@\",
  \"description\":\"Benchmark job request\",\"requestedDeliverables\":[\"Launch banner\"],
  \"wantedBy\":\"$(in_days 60)\",\"budgetIndication\":{\"amount\":\"25000.00\",\"currency\":\"EUR\"},
  \"requestedByContactId\":\"$CONTACT\",\"channel\":\"EMAIL\"}"
# open_job: a job request whose brief is written, approved and submitted, so that billing opens its budget
open_job() {
  poll 201 eve POST /job-requests "${JOB_REQUEST_BODY//@SEQ@/setup}"
  JOB_REQUEST="$(field .id)"
  JOB_NUMBER="$(field .jobNumber)"
  call 201 eve POST /briefs "{\"jobRequestId\":\"$JOB_REQUEST\",\"content\":{
    \"background\":\"The winter range launches in January and needs one strong online banner.\",
    \"objective\":\"Make the winter range known to existing customers before launch week.\",
    \"successMeasures\":[\"Click-through rate above 1.5%\"], \"reasonsToBelieve\":[\"Tested down to -20 C\"],
    \"tone\":\"Warm, confident, a little playful\", \"mandatories\":[{\"text\":\"Logo top left\"}],
    \"deliverables\":[{\"name\":\"Launch banner\",\"format\":\"1200x628 PNG\",\"specs\":\"Under 150 KB, RGB\"}],
    \"milestones\":[{\"name\":\"First presentation\",\"dueOn\":\"$(in_days 14)\"}],
    \"budget\":{\"amount\":\"25000.00\",\"currency\":\"EUR\"}}}"
  local brief
  brief="$(field .id)"
  call 200 paul GET "/briefs/$brief"
  CONTENT="$(jq -c '.content + {targetAudience: "Existing customers aged 30-55 who spend winter weekends outdoors",
    insight: "Cold is not the problem; being stuck indoors is", proposition: "Winter, opened up"}' "$RESPONSE")"
  call 200 paul PUT "/briefs/$brief" "$CONTENT" "If-Match: $(etag)"
  call 200 sam GET "/briefs/$brief"
  call 200 sam POST "/briefs/$brief/approval" "" "If-Match: $(etag)"
  call 200 eve POST "/briefs/$brief/submission" "" "If-Match: $(etag)"
}
# Time entries of one job update its budget row: at 8 connections on one job most of them answer 409 (optimistic
# lock). One job per connection, as people book on different jobs; the GET reads the first job request.
JOBS=()
for i in $(seq 1 "$(( CONNECTIONS > OPEN_CONNECTIONS ? CONNECTIONS : OPEN_CONNECTIONS ))"); do
  open_job
  JOBS+=("$JOB_NUMBER")
  if (( i == 1 )); then FIRST_JOB_REQUEST="$JOB_REQUEST"; fi
done
JOB_REQUEST="$FIRST_JOB_REQUEST"
for job in "${JOBS[@]}"; do
  poll 200 eve GET "/jobs/$job/budget"      # billing opened the budget from BriefSubmitted
done
JOB_NUMBER="${JOBS[0]}"
CHOICES="$(IFS=,; echo "${JOBS[*]}")"
call 201 sam POST /rate-cards "{\"role\":\"CREATIVE\",\"clientId\":\"$CLIENT\",
  \"hourlyRate\":{\"amount\":\"95.00\",\"currency\":\"EUR\"},\"effectiveFrom\":\"$TODAY\"}"
# 0.01 h at 95.00: about 21,000 entries before the budget's 80% alert, so the bursts stay on the plain path
TIME_ENTRY_BODY="{\"personId\":\"${ID[chris]}\",\"role\":\"CREATIVE\",\"jobNumber\":\"@CHOICE@\",
  \"workDate\":\"$TODAY\",\"hours\":\"0.01\"}"
call 201 eve POST /time-entries "${TIME_ENTRY_BODY//@CHOICE@/$JOB_NUMBER}"
TIME_ENTRY="$(field .id)"
CLIENT_BODY="{\"code\":\"@CODE@\",\"name\":\"Bench @CODE@\",\"industry\":\"Consumer goods\"}"
progress "setup done: client $CODE ($CLIENT), jobs ${JOBS[*]}, time entry $TIME_ENTRY"

# ------------------------------------------------------------------------------------------------------- the runs

java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$OUT/classes:$LIB/*" Lag watch --interval-ms=100 >"$OUT/lag.txt" 2>"$OUT/lag.err" &
LAG_PID=$!
sleep 3

declare -A R          # R[name.field]: every figure of the run
SEQ=1                 # the client codes' sequence continues from burst to burst

# wait_drained END_MS: the first watch sample at or after END_MS with no lag left and the log end where it settles
wait_drained() {
  local end_ms="$1" deadline=$(( SECONDS + DRAIN_TIMEOUT_S )) last stable_since="" final=""
  while (( SECONDS < deadline )); do
    last="$(tail -n 1 "$OUT/lag.txt")"
    read -r ts lag endsum _ <<<"$last"
    if (( ts > end_ms )) && [[ "$lag" == 0 ]]; then
      if [[ "$final" == "$endsum" ]]; then
        (( $(date +%s%3N) - stable_since >= 1500 )) && break
      else
        final="$endsum"; stable_since="$(date +%s%3N)"
      fi
    elif (( ts > end_ms )); then
      final=""
    fi
    sleep 0.2
  done
  awk -v end="$end_ms" -v final="$final" \
    '$1 >= end && $2 == 0 && $3 == final { printf "%.1f", ($1 - end) / 1000; found = 1; exit }
     END { if (!found) printf "> %d", '"$DRAIN_TIMEOUT_S"' }' "$OUT/lag.txt"
}

# burst NAME MODE RATE URL METHOD TOKEN [BODY]: one recorded run with its CPU, lag and load average
burst() {
  local name="$1" mode="$2" rate="$3" url="$4" method="$5" token="$6" body="${7:-}"
  local args=(--mode="$mode" --url="$url" --method="$method" --token="$token")
  if [[ "$mode" == closed ]]; then
    args+=(--connections="$CONNECTIONS" --warmup="$WARMUP" --duration="$DURATION")
  else
    args+=(--connections="$OPEN_CONNECTIONS" --rate="$rate" --warmup="$OPEN_WARMUP" --duration="$OPEN_DURATION")
  fi
  [[ -n "$body" ]] && args+=(--body="$body" --code-prefix="$PREFIX" --seq-start="$SEQ" --choices="$CHOICES")
  R[$name.load_before]="$(loadavg)"
  cpu_mark
  progress "$name: $mode${rate:+ at $rate/s} $method $url"
  local line
  line="$(load "${args[@]}" 2>>"$OUT/load-errors.txt" | tee -a "$OUT/load.txt" | grep '^result')"
  local kv
  for kv in $line; do [[ "$kv" == *=* ]] && R[$name.${kv%%=*}]="${kv#*=}"; done
  if [[ -n "$body" ]]; then SEQ="${R[$name.next_seq]}"; fi
  if [[ "$method" == POST && "$mode" == closed ]]; then
    R[$name.drained_s]="$(wait_drained "${R[$name.end_ms]}")"
  fi
  local p requests="${R[$name.total_ok]}"
  for p in "${PROCS[@]}"; do
    R[$name.cpu.$p]="$(awk -v a="${CPU_BEFORE[$p]}" -v b="$(cpu_ticks "$p")" -v t="$TICK" -v n="$requests" \
      'BEGIN { printf "%.2f", (n > 0 ? (b - a) / t * 1000 / n : 0) }')"
  done
  R[$name.cpu.load]="$(awk -v s="${R[$name.load_cpu_s]}" -v n="$requests" \
    'BEGIN { printf "%.2f", (n > 0 ? s * 1000 / n : 0) }')"
  R[$name.load_after]="$(loadavg)"
  if [[ "$method" == POST && "$mode" == closed ]]; then
    java -cp "$OUT/classes:$LIB/*" Lag inbox --since-ms="${R[$name.start_ms]}" >"$OUT/inbox-$name.txt" 2>&1 || true
    R[$name.applied_s]="$(awk -v end="${R[$name.end_ms]}" \
      '/^inbox/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
                  if (v["last_handled_ms"] > last) last = v["last_handled_ms"] }
       END { if (last) printf "%.1f", (last - end) / 1000; else print "-" }' "$OUT/inbox-$name.txt")"
    R[$name.events]="$(awk '/^outbox/ { split($3, kv, "="); n += kv[2] } END { print n + 0 }' \
      "$OUT/inbox-$name.txt")"
  fi
  progress "$name: ${R[$name.rate]}/s p50 ${R[$name.p50_ms]} p99 ${R[$name.p99_ms]} ms, errors ${R[$name.errors]}" \
    "${R[$name.drained_s]:+, lag drained ${R[$name.drained_s]} s}"
}

# jfr_start / jfr_dump NAME: a recording of each app (started with the stack through SUITS_JAVA_OPTS) and of the
# broker (started here with jcmd: the launcher gives the broker fixed options), dumped after the burst
jfr_start() { jcmd "${PID[kafka]}" JFR.start name=bench settings=profile >/dev/null; }
jfr_dump() {
  local p
  for p in clients-service briefs-service creative-workflow-service billing-service gateway kafka; do
    jcmd "${PID[$p]}" JFR.dump name=bench filename="$OUT/jfr/$1-$p.jfr" >/dev/null
  done
}

declare -A WRITE_PATH=([clients]=/api/clients [briefs]=/api/job-requests [billing]=/api/time-entries)
declare -A READ_PATH=([clients]="/api/clients/$CLIENT" [briefs]="/api/job-requests/$JOB_REQUEST"
                      [billing]="/api/time-entries/$TIME_ENTRY")
declare -A WRITE_BODY=([clients]="$CLIENT_BODY" [briefs]="$JOB_REQUEST_BODY" [billing]="$TIME_ENTRY_BODY")
declare -A WRITER=([clients]=sam [briefs]=eve [billing]=eve)
IFS=',' read -r -a SERVICES <<<"$ONLY"
LOAD_START="$(loadavg)"

if [[ "$PROFILE" == 1 ]]; then
  jfr_start
  for s in "${SERVICES[@]}"; do
    burst "$s.write.direct" closed "" "http://localhost:${PORT[$s]}${WRITE_PATH[$s]}" POST "${TOKEN[${WRITER[$s]}]}" \
      "${WRITE_BODY[$s]}"
    jfr_dump "$s.write.direct"
    echo "window $s.write.direct ${R[$s.write.direct.start_ms]} ${R[$s.write.direct.end_ms]}" >>"$OUT/jfr/windows.txt"
    # the read through the gateway: the gateway's own work per request, without a write's fan-out around it
    burst "$s.read.gateway" closed "" "$GATEWAY${READ_PATH[$s]}" GET "${TOKEN[${WRITER[$s]}]}" ""
    jfr_dump "$s.read.gateway"
    echo "window $s.read.gateway ${R[$s.read.gateway.start_ms]} ${R[$s.read.gateway.end_ms]}" >>"$OUT/jfr/windows.txt"
  done
  progress "recordings in $OUT/jfr; summarise with: java bench/Profile.java $OUT/jfr"
  exec 1>&3
  cat "$OUT/jfr/windows.txt"
  exit 0
fi

for s in "${SERVICES[@]}"; do
  for kind in write read; do
    if [[ $kind == write ]]; then path="${WRITE_PATH[$s]}"; method=POST; body="${WRITE_BODY[$s]}"
    else path="${READ_PATH[$s]}"; method=GET; body=""; fi
    token="${TOKEN[${WRITER[$s]}]}"
    burst "$s.$kind.direct" closed "" "http://localhost:${PORT[$s]}$path" "$method" "$token" "$body"
    burst "$s.$kind.gateway" closed "" "$GATEWAY$path" "$method" "$token" "$body"
    rate="$(awk -v r="${R[$s.$kind.direct.rate]}" 'BEGIN { q = r / 4; printf "%.1f", (q < 1 ? 1 : q) }')"
    burst "$s.$kind.direct.open" open "$rate" "http://localhost:${PORT[$s]}$path" "$method" "$token" "$body"
    burst "$s.$kind.gateway.open" open "$rate" "$GATEWAY$path" "$method" "$token" "$body"
  done
done
LOAD_END="$(loadavg)"

# ------------------------------------------------------------------------------------------------------- the report

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }
label() { case "$1" in
  clients.write) echo "POST /api/clients" ;; clients.read) echo "GET /api/clients/{id}" ;;
  briefs.write) echo "POST /api/job-requests" ;; briefs.read) echo "GET /api/job-requests/{id}" ;;
  billing.write) echo "POST /api/time-entries" ;; billing.read) echo "GET /api/time-entries/{id}" ;; esac; }

echo "## Run of bench/writes.sh: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM," \
  "$(java -version 2>&1 | head -n 1). Stack: $STACK_NOTE."
echo "Closed loop: $CONNECTIONS connections, ${WARMUP} s warm-up, ${DURATION} s measured. Open loop: a quarter of" \
  "the direct max rate, $OPEN_CONNECTIONS workers, ${OPEN_WARMUP} s warm-up, ${OPEN_DURATION} s measured, latency" \
  "from the intended send time. Load average (1/5/15 min) at the start: $LOAD_START; at the end: $LOAD_END." \
  "Clients in the database before the run: $CLIENTS_BEFORE (compare write figures of runs that start alike;" \
  "\`./suits down; rm -rf .suits\` starts from none)."
echo
echo "| request | via | max rate (req/s) | p50 / p99 at max (ms) | errors | open rate (req/s) | p50 (ms) | p99 (ms)" \
  "| lag drained (s) | last applied (s) | events | load before -> after |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for s in "${SERVICES[@]}"; do
  for kind in write read; do
    for via in direct gateway; do
      n="$s.$kind.$via"; o="$n.open"
      echo "| $(label "$s.$kind") | $via | ${R[$n.rate]} | ${R[$n.p50_ms]} / ${R[$n.p99_ms]}" \
        "| $(( ${R[$n.errors]} + ${R[$o.errors]} )) | ${R[$o.rate]} | ${R[$o.p50_ms]} | ${R[$o.p99_ms]}" \
        "| ${R[$n.drained_s]:--} | ${R[$n.applied_s]:--} | ${R[$n.events]:--}" \
        "| ${R[$n.load_before]%% *} -> ${R[$n.load_after]%% *} |"
    done
  done
done
echo
echo "Lag drained: from the burst's end until every consumer group's committed offsets reach the log end (sampled" \
  "every 100 ms). Last applied: the last inbox row (handled_at) of any consumer for the burst's events, after the" \
  "burst's end. Events: outbox rows recorded during the burst (warm-up included)."
echo
echo "CPU milliseconds per request, by process, over the closed-loop bursts (warm-up included, until the lag drained):"
echo
echo "| request | via | requests | clients | briefs | creative | billing | gateway | kafka | postgres | all |" \
  "load generator |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for s in "${SERVICES[@]}"; do
  for kind in write read; do
    for via in direct gateway; do
      n="$s.$kind.$via"
      all="$(for p in "${PROCS[@]}"; do echo "${R[$n.cpu.$p]}"; done | awk '{ t += $1 } END { printf "%.2f", t }')"
      echo "| $(label "$s.$kind") | $via | ${R[$n.total_ok]} | ${R[$n.cpu.clients-service]}" \
        "| ${R[$n.cpu.briefs-service]} | ${R[$n.cpu.creative-workflow-service]} | ${R[$n.cpu.billing-service]}" \
        "| ${R[$n.cpu.gateway]} | ${R[$n.cpu.kafka]} | ${R[$n.cpu.postgres]} | $all | ${R[$n.cpu.load]} |"
    done
  done
done
echo
echo "Ratios (targets of issue 16 in brackets):"
echo
echo "| service | write/read straight (>= 0.25) | write/read via gateway | gateway/direct write (>= 0.85)" \
  "| gateway/direct read (>= 0.85) | gateway-added p50 write / read (ms, <= 0.5) |" \
  "gateway-added p99 write / read (ms, <= 2) | write p99 at $CONNECTIONS connections (ms, <= 50) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for s in "${SERVICES[@]}"; do
  echo "| $s | $(ratio "${R[$s.write.direct.rate]}" "${R[$s.read.direct.rate]}")" \
    "| $(ratio "${R[$s.write.gateway.rate]}" "${R[$s.read.gateway.rate]}")" \
    "| $(ratio "${R[$s.write.gateway.rate]}" "${R[$s.write.direct.rate]}")" \
    "| $(ratio "${R[$s.read.gateway.rate]}" "${R[$s.read.direct.rate]}")" \
    "| $(minus "${R[$s.write.gateway.open.p50_ms]}" "${R[$s.write.direct.open.p50_ms]}") /" \
    "$(minus "${R[$s.read.gateway.open.p50_ms]}" "${R[$s.read.direct.open.p50_ms]}")" \
    "| $(minus "${R[$s.write.gateway.open.p99_ms]}" "${R[$s.write.direct.open.p99_ms]}") /" \
    "$(minus "${R[$s.read.gateway.open.p99_ms]}" "${R[$s.read.direct.open.p99_ms]}")" \
    "| ${R[$s.write.direct.p99_ms]} |"
done
echo
echo "Resident memory after the run (RSS, MB; PostgreSQL: all its processes, shared buffers counted in each):"
echo
echo "| $(printf '%s | ' "${PROCS[@]}")"
echo "|$(printf -- '---:|%.0s' "${PROCS[@]}")"
echo "| $(for p in "${PROCS[@]}"; do printf '%s | ' "$(( $(rss_kb "$p") / 1024 ))"; done)"
exec 1>&3
cat "$OUT/report.md"
