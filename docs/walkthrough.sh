#!/usr/bin/env bash
# The whole agency flow through the gateway, against a running local stack (./suits up):
#   1. clients-service   Sam registers a client, builds the team, Cody logs a contact, Sam signs a contract, activates
#   2. briefs-service    Eve logs a job request, writes the brief with Paul, Sam approves, Eve submits (BriefSubmitted)
#   3. creative-workflow Cleo assigns Chris; two rounds of work, review, strategy check, presentation, client feedback
#   4. billing-service   the job's budget, the milestone invoice drafted on CreativeApproved (issued), a payment with
#                        an Idempotency-Key (and its replay), the client's billing summary
#   5. the gateway       each demo person's work list (GET /api/me/work), also shown along the way where it changes
#   6-8. clients         notifications, the supervisor's digest to the director, the opportunity pipeline
#   9. the gateway       the director's book (GET /api/book): the client beside the rest of the book
# Needs bash 4+, curl and jq. Each run registers a new client (code W + 4 random digits). Described, with the output
# of a real run, in docs/walkthrough.md.
#
#   bash docs/walkthrough.sh                  # SUITS_GATEWAY (default http://localhost:8080), WAIT_SECONDS (20)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GATEWAY="${SUITS_GATEWAY:-http://localhost:8080}"
API="$GATEWAY/api"
WAIT_SECONDS="${WAIT_SECONDS:-20}"   # how long to wait for a service to learn something from another's events

for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "walkthrough.sh needs $tool" >&2; exit 1; }
done

RESPONSE="$(mktemp)"
HEADERS="$(mktemp)"
trap 'rm -f "$RESPONSE" "$HEADERS"' EXIT

STATUS=""
LAST_REQUEST=""
LAST_REQUEST_BODY=""

# ---------------------------------------------------------------------------------------------------------- helpers

step() { printf '\n== %s\n' "$*"; }
say() { printf '   %s\n' "$*"; }

# show JQ: the key fields of the last response, on one line
show() { printf '   HTTP %s  %s\n' "$STATUS" "$(jq -c "$1" "$RESPONSE")"; }

# field JQ: one value of the last response
field() { jq -r "$1" "$RESPONSE"; }

# etag: the ETag of the last response
etag() { grep -i '^etag:' "$HEADERS" | head -n 1 | cut -d' ' -f2- | tr -d '\r'; }

# request WHO METHOD PATH [BODY [HEADER...]]: one call through the gateway with WHO's token; sets STATUS
request() {
  local who="$1" method="$2" path="$3" body="${4:-}"
  shift $(( $# < 4 ? $# : 4 ))
  local args=(-sS -o "$RESPONSE" -D "$HEADERS" -w '%{http_code}' -X "$method"
              -H "Authorization: Bearer ${TOKEN[$who]}" -H 'Accept: application/json')
  local header
  for header in "$@"; do args+=(-H "$header"); done
  if [[ -n "$body" ]]; then args+=(-H 'Content-Type: application/json' --data-binary "$body"); fi
  LAST_REQUEST="$method $path (as $who${*:+, $*})"
  LAST_REQUEST_BODY="$body"
  STATUS="$(curl "${args[@]}" "$API$path")" || STATUS="000"
}

fail() {
  {
    printf '\nFAILED: %s\n' "$1"
    printf '  request:  %s\n' "$LAST_REQUEST"
    [[ -n "$LAST_REQUEST_BODY" ]] && printf '  body:     %s\n' "$(jq -c . <<<"$LAST_REQUEST_BODY" 2>/dev/null || echo "$LAST_REQUEST_BODY")"
    printf '  response: HTTP %s\n' "$STATUS"
    jq . "$RESPONSE" 2>/dev/null || cat "$RESPONSE"
  } >&2
  exit 1
}

# call EXPECTED WHO METHOD PATH [BODY [HEADER...]]: request, and stop the walk-through on any other status
call() {
  local expected="$1"; shift
  request "$@"
  [[ "$STATUS" == "$expected" ]] || fail "expected HTTP $expected"
}

# poll_status EXPECTED WHO METHOD PATH [BODY [HEADER...]]: repeat the request until it answers EXPECTED (up to
# WAIT_SECONDS); for a service that has not yet heard of what another one just did
poll_status() {
  local expected="$1"; shift
  local deadline=$(( SECONDS + WAIT_SECONDS )) tries=1
  request "$@"
  while [[ "$STATUS" != "$expected" ]] && (( SECONDS < deadline )); do
    sleep 0.5; tries=$(( tries + 1 )); request "$@"
  done
  [[ "$STATUS" == "$expected" ]] || fail "still no HTTP $expected after $WAIT_SECONDS s"
  (( tries == 1 )) || say "(answered $expected after $tries tries)"
}

# poll_until JQ WHO PATH: GET until it answers 200 and JQ holds on the body (up to WAIT_SECONDS)
poll_until() {
  local condition="$1" who="$2" path="$3"
  local deadline=$(( SECONDS + WAIT_SECONDS )) tries=0
  while :; do
    tries=$(( tries + 1 ))
    request "$who" GET "$path"
    if [[ "$STATUS" == 200 ]] && jq -e "$condition" "$RESPONSE" >/dev/null 2>&1; then break; fi
    (( SECONDS < deadline )) || fail "no answer with $condition after $WAIT_SECONDS s"
    sleep 0.5
  done
  (( tries == 1 )) || say "(there after $tries tries)"
}

# work WHO: WHO's work list through the gateway (docs/work-list.md), the items about this run's client only
work() {
  call 200 "$1" GET /me/work
  show "{partial, unavailable, items: [.items[] | select(.clientId == \"$CLIENT\") | {kind, subject, action}]}"
}

# ------------------------------------------------------------------------------------------------------------ staff

step "0. Tokens and staff ids of the demo staff"
declare -A TOKEN ID ROLE
for who in sam eve paul cody cleo chris fiona ada alice; do
  TOKEN[$who]="$("$ROOT/suits" token "$who")"
  call 200 "$who" GET /staff/me
  ID[$who]="$(field .staffId)"
  ROLE[$who]="$(field '.roles[0]')"
  say "$(printf '%-6s %s  %s' "$who" "${ID[$who]}" "$(jq -c .roles "$RESPONSE")")"
done

# A team place needs the person in the staff directory in a fitting role (clients-service TeamPlacement): the local
# stack enters the demo staff, with their reporting lines, when it starts (DemoDirectory in platform/local-stack).
for who in eve paul cody sam; do
  call 200 ada GET "/staff/${ID[$who]}"
done
say "Sam reports to $(field .reportsTo) (Alice: ${ID[alice]})"

TODAY="$(date -u +%F)"
in_days() { date -u -d "+$1 days" +%F; }

# An account executive may be on at most 3 active accounts (clients-service ExecutiveCap): earlier runs of this
# walk-through left Eve on theirs, so Sam pauses those first.
call 200 sam GET "/clients?teamMember=${ID[eve]}&q=Walkthrough&size=100"
for old in $(field '.items[] | select((.status == "ACTIVE" or .status == "AT_RISK") and (.name | startswith("Walkthrough "))) | .id'); do
  call 200 sam GET "/clients/$old"
  call 200 sam POST "/clients/$old/status" '{"status":"PAUSED"}' "If-Match: $(etag)"
  say "paused the client of an earlier run: $(jq -c '{code, status}' "$RESPONSE")"
done

# ---------------------------------------------------------------------------------------------------------- clients

step "1.1 clients: Sam (supervisor) registers the client"
for attempt in 1 2 3 4 5; do
  CODE="W$(printf '%04d' $(( RANDOM % 10000 )))"
  request sam POST /clients "{\"code\":\"$CODE\",\"name\":\"Walkthrough $CODE\",\"industry\":\"Consumer goods\"}"
  [[ "$STATUS" == 409 ]] || break   # the code is taken: draw another
done
[[ "$STATUS" == 201 ]] || fail "expected HTTP 201"
CLIENT="$(field .id)"
show '{id, code, name, status}'

step "1.2 clients: Sam puts Eve (AE), Paul (planner) and Cody (coordinator) on the team"
call 200 sam PUT "/clients/$CLIENT/team/${ID[eve]}" '{"role":"ACCOUNT_EXECUTIVE"}'
call 200 sam PUT "/clients/$CLIENT/team/${ID[paul]}" '{"role":"ACCOUNT_PLANNER"}'
call 200 sam PUT "/clients/$CLIENT/team/${ID[cody]}" '{"role":"ACCOUNT_COORDINATOR"}'
show '[.members[] | {role, primary}]'

step "1.3 clients: Cody logs the client's marketing director as a contact"
call 201 cody POST "/clients/$CLIENT/contacts" "{\"name\":\"Wanda Walker\",\"email\":\"wanda@$CODE.example\",
  \"jobTitle\":\"Marketing director\",\"decisionMaker\":true}"
CONTACT="$(field .id)"
show '{id, name, email, decisionMaker}'

step "1.4 clients: Sam signs a project contract with 2 included revision rounds"
call 201 sam POST "/clients/$CLIENT/contracts" "{\"type\":\"PROJECT\",\"startsOn\":\"$TODAY\",
  \"endsOn\":\"$(in_days 365)\",\"value\":{\"amount\":\"60000.00\",\"currency\":\"EUR\"},
  \"includedRevisionRounds\":2,\"noticePeriodDays\":60}"
show '{id, type, startsOn, endsOn, value, includedRevisionRounds}'

step "1.5 clients: Sam activates the client (If-Match: the ETag of the client as read)"
call 200 sam GET "/clients/$CLIENT"
say "ETag $(etag), status $(field .status), allowed $(jq -c .allowedTransitions "$RESPONSE")"
call 200 sam POST "/clients/$CLIENT/status" '{"status":"ACTIVE"}' "If-Match: $(etag)"
show '{code, status, version}'

# ----------------------------------------------------------------------------------------------------------- briefs

step "2.1 briefs: Eve logs a job request (briefs-service learns of the client from suits.clients: 404 until then)"
poll_status 201 eve POST /job-requests "{\"clientId\":\"$CLIENT\",\"title\":\"Winter launch\",
  \"description\":\"Launch banner for the winter range\",\"requestedDeliverables\":[\"Launch banner\"],
  \"wantedBy\":\"$(in_days 60)\",\"budgetIndication\":{\"amount\":\"25000.00\",\"currency\":\"EUR\"},
  \"requestedByContactId\":\"$CONTACT\",\"channel\":\"EMAIL\"}"
JOB_REQUEST="$(field .id)"
JOB_NUMBER="$(field .jobNumber)"
show '{id, jobNumber, status}'

step "2.2 briefs: Eve starts the brief with every section but the planner's"
call 201 eve POST /briefs "{\"jobRequestId\":\"$JOB_REQUEST\",\"content\":{
  \"background\":\"The winter range launches in January and needs one strong online banner.\",
  \"objective\":\"Make the winter range known to existing customers before launch week.\",
  \"successMeasures\":[\"Click-through rate above 1.5%\"],
  \"reasonsToBelieve\":[\"Tested down to -20 C\"],
  \"tone\":\"Warm, confident, a little playful\",
  \"mandatories\":[{\"text\":\"Logo top left\"}],
  \"deliverables\":[{\"name\":\"Launch banner\",\"format\":\"1200x628 PNG\",\"specs\":\"Under 150 KB, RGB\"}],
  \"milestones\":[{\"name\":\"First presentation\",\"dueOn\":\"$(in_days 14)\"}],
  \"budget\":{\"amount\":\"25000.00\",\"currency\":\"EUR\"}}}"
BRIEF="$(field .id)"
show '{id, jobNumber, status, revision, complete}'
call 200 eve GET "/briefs/$BRIEF/completeness"
show '{revision, complete, missing: [.missing[].section]}'

say "Paul's work list: the planner's sections wait for him"
work paul

step "2.3 briefs: Paul (planner) writes audience, insight and proposition"
call 200 paul GET "/briefs/$BRIEF"
CONTENT="$(jq -c '.content + {
  targetAudience: "Existing customers aged 30-55 who spend winter weekends outdoors",
  insight: "Cold is not the problem; being stuck indoors is",
  proposition: "Winter, opened up"}' "$RESPONSE")"
call 200 paul PUT "/briefs/$BRIEF" "$CONTENT" "If-Match: $(etag)"
show '{revision, status, complete}'

say "Sam's work list: the complete brief waits for his approval"
work sam
call 200 sam GET "/briefs/$BRIEF"

step "2.4 briefs: Sam (supervisor, no revision of his own) approves"
call 200 sam POST "/briefs/$BRIEF/approval" "" "If-Match: $(etag)"
show '{status, approvedRevision, approvedBy}'

step "2.5 briefs: Eve submits the brief to creative (BriefSubmitted)"
call 200 eve POST "/briefs/$BRIEF/submission" "" "If-Match: $(etag)"
show '{status, submittedRevision, submittedAt}'
call 200 eve GET "/job-requests/$JOB_REQUEST"
show '{jobNumber, status}'

step "2.6 billing: Fiona (finance) sets the German standard VAT rate (once for the agency) and the client's treatment"
request fiona POST /invoices/tax-rates \
  '{"country":"DE","category":"STANDARD","percent":"19","effectiveFrom":"2020-01-01"}'
case "$STATUS" in
  201) show '{country, category, percent, effectiveFrom}' ;;
  409) say "set already by an earlier run: $(field .detail)" ;;
  *) fail "expected HTTP 201 or 409" ;;
esac
call 201 fiona POST /invoices/tax-treatments \
  "{\"clientId\":\"$CLIENT\",\"country\":\"DE\",\"treatment\":\"STANDARD\",\"effectiveFrom\":\"$TODAY\"}"
show '{clientId, country, treatment, effectiveFrom}'

# --------------------------------------------------------------------------------------------------------- creative

step "3.1 creative: the creative job opened from BriefSubmitted (polled by job number)"
poll_until '.items | length > 0' cleo "/creative-jobs?jobNumber=$JOB_NUMBER"
CREATIVE_JOB="$(field '.items[0].id')"
show '.items[0] | {id, jobNumber, status, currentRound, includedRounds, dueOn}'
call 200 cleo GET "/creative-jobs/$CREATIVE_JOB"
DELIVERABLE="$(field '.brief.deliverables[0].deliverableId')"
MANDATORY="$(field '.brief.mandatories[0].mandatoryId')"
show '{status, allowedActions, deliverable: .brief.deliverables[0].name}'

step "3.2 creative: Cleo (creative director) assigns Chris (If-Match: every step that moves a job needs its ETag)"
call 200 cleo POST "/creative-jobs/$CREATIVE_JOB/assignments" "{\"staffId\":\"${ID[chris]}\"}" "If-Match: $(etag)"
show '{status, assignees}'

round=0
for decision in CHANGES_REQUESTED APPROVED; do
  round=$(( round + 1 ))
  step "3.$(( round + 2 )) creative: round $round"
  checksum="sha256:$(printf 'walkthrough %s round %s' "$CODE" "$round" | sha256sum | cut -d' ' -f1)"
  call 201 chris POST "/creative-jobs/$CREATIVE_JOB/versions" "{\"title\":\"Launch banner v$round\",
    \"deliverableId\":\"$DELIVERABLE\",\"mediaType\":\"image/png\",
    \"assetUrl\":\"https://assets.example.com/$CODE/banner-v$round.png\",\"checksum\":\"$checksum\"}"
  VERSION="$(field .id)"
  say "Chris adds a work version          $(jq -c '{versionNumber, round}' "$RESPONSE")"
  call 200 cleo GET "/creative-jobs/$CREATIVE_JOB"
  call 200 cleo POST "/creative-jobs/$CREATIVE_JOB/internal-review" \
    '{"outcome":"APPROVED","comments":[{"text":"Strong; ready for the account team"}]}' "If-Match: $(etag)"
  say "Cleo internal review APPROVED      $(jq -c '{status, currentRound}' "$RESPONSE")"
  call 200 paul POST "/creative-jobs/$CREATIVE_JOB/strategy-check" \
    '{"onStrategy":true,"comments":[{"text":"Says winter, opened up","section":"PROPOSITION"}]}' "If-Match: $(etag)"
  say "Paul strategy check on strategy    $(jq -c '{status, currentRound}' "$RESPONSE")"
  call 200 eve POST "/creative-jobs/$CREATIVE_JOB/presentation" "{\"workVersionIds\":[\"$VERSION\"]}" \
    "If-Match: $(etag)"
  say "Eve presents                       $(jq -c '{status, currentRound}' "$RESPONSE")"
  call 200 eve POST "/creative-jobs/$CREATIVE_JOB/feedback" "{\"decision\":\"$decision\",
    \"comments\":[{\"text\":\"Round $round: the logo bigger\",\"section\":\"MANDATORY\",
    \"mandatoryId\":\"$MANDATORY\"}]}" "If-Match: $(etag)"
  say "$(printf '%-34s %s' "Eve: client says $decision" "$(jq -c '{status, currentRound}' "$RESPONSE")")"
done

step "3.5 creative: the job and its turnaround"
call 200 eve GET "/creative-jobs/$CREATIVE_JOB"
show '{status, currentRound, includedRounds, closedAt, rounds: [.rounds[] | {number, outOfScope, clientDecision}]}'
call 200 eve GET "/creative-jobs/$CREATIVE_JOB/turnaround"
show '.'
step "3.6 briefs: the job request follows the creative work (FeedbackReturned, CreativeApproved)"
poll_until '.lastDecision == "APPROVED"' eve "/job-requests/$JOB_REQUEST"
show '{jobNumber, status, currentRound, lastDecision}'
step "3.7 clients: relationship health counts the round-1 CHANGES_REQUESTED (FeedbackReturned)"
poll_until '[.signals[] | select(.signal == "CHANGES_REQUESTED")] | length > 0' eve "/clients/$CLIENT/health"
show '{score, threshold, atRisk, signals: [.signals[] | {signal, weight}]}'

# ---------------------------------------------------------------------------------------------------------- billing

step "4.1 billing: the job's budget (opened PROVISIONAL from BriefSubmitted)"
poll_status 200 eve GET "/jobs/$JOB_NUMBER/budget"
show '{jobNumber, basis, budget, actuals, committed, remaining, burnPercent}'

step "4.2 billing: the milestone invoice drafted on CreativeApproved"
poll_until '[.items[] | select(.kind == "MILESTONE")] | length > 0' fiona "/invoices?jobNumber=$JOB_NUMBER"
INVOICE="$(field '[.items[] | select(.kind == "MILESTONE")][0].id')"
show '[.items[] | select(.kind == "MILESTONE")][0] | {id, kind, status, net, tax, total, taxes, lines: [.lines[] | {description, taxPercent}]}'

say "Alice's work list: the drafted invoice waits for an approver within its level"
work alice

step "4.3 billing: four eyes: Alice (director) approves it, above Sam's (supervisor) limit; Fiona (finance) issues it"
call 200 sam GET "/invoices/$INVOICE"
VERSION_TAG="$(etag)"
request sam POST "/invoices/$INVOICE/approve" '' "If-Match: $VERSION_TAG"
if [[ "$STATUS" == 403 ]]; then
  say "Sam may not: $(field .detail)"
  call 200 alice POST "/invoices/$INVOICE/approve" '' "If-Match: $VERSION_TAG"
else
  [[ "$STATUS" == 200 ]] || fail "expected HTTP 200 or 403"
fi
show '{status, approvedBy, approvalLevel, total}'
call 200 fiona POST "/invoices/$INVOICE/issue" '{}' "If-Match: $(etag)"
show '{number, status, issuedOn, dueOn, net, tax, total, outstanding}'
INVOICE_NUMBER="$(field .number)"
TOTAL="$(field .total.amount)"
CURRENCY="$(field .total.currency)"

step "4.4 billing: Fiona records a payment with an Idempotency-Key, then retries it"
PAID="$(jq -rn --arg total "$TOTAL" 'if ($total | tonumber) > 10000 then "10000.00" else $total end')"
PAYMENT_BODY="{\"amount\":{\"amount\":\"$PAID\",\"currency\":\"$CURRENCY\"},\"receivedOn\":\"$TODAY\"}"
KEY="walkthrough-$CODE-payment-1"
call 201 fiona POST "/invoices/$INVOICE/payments" "$PAYMENT_BODY" "Idempotency-Key: $KEY"
PAYMENT="$(field .id)"
show '{id, invoiceNumber, amount, outstandingAfter, invoiceStatusAfter}'
request fiona POST "/invoices/$INVOICE/payments" "$PAYMENT_BODY" "Idempotency-Key: $KEY"
[[ "$STATUS" == 2* && "$(field .id)" == "$PAYMENT" ]] || fail "the retry should replay payment $PAYMENT"
show '{id, outstandingAfter}'
say "the retry with the same key replayed the same payment: recorded once"
call 200 fiona GET "/invoices/$INVOICE/payments"
show '[.items[] | {id, amount}]'
call 200 fiona GET "/invoices/$INVOICE"
show '{number, status, total, paid, outstanding}'

step "4.5 billing: the client's billing summary"
call 200 sam GET "/billing-summaries/$CLIENT"
show '{asOf, jobs: [.jobs[] | {jobNumber, basis, budget: .budget.amount, actuals: .actuals.amount, remaining: .remaining.amount}], receivables}'

step "5. the gateway: each demo person's work list now (what still waits about this client)"
for who in sam eve paul cody cleo chris fiona alice; do
  say "$who (${ROLE[$who]}):"
  work "$who"
done

step "6. clients: what the system told each person about this client (GET /api/me/notifications)"
for who in sam eve paul alice fiona; do
  say "$who (${ROLE[$who]}):"
  call 200 "$who" GET "/me/notifications?clientId=$CLIENT&size=20"
  show '[.items[] | {kind, happened, why}]'
done

step "7. clients: Sam's digest for Alice, the person he reports to (sent weekly; here on demand)"
call 200 alice GET "/staff/${ID[sam]}/digest"
show "[.accounts[] | select(.clientId == \"$CLIENT\") | {name, status, healthScore, happened, interactions}]"

step "8. clients: the pipeline across Alice's book (open opportunities, totals per stage)"
call 200 alice GET "/opportunities/totals"
show '.'

step "9. the gateway: the director's book (GET /api/book): this client as Alice's book shows it, riskiest first"
call 200 alice GET "/book?sort=RISK"
show "{partial, unavailable, accounts: (.accounts | length), position: ([.accounts[].clientId] | index(\"$CLIENT\")),
  client: (.accounts[] | select(.clientId == \"$CLIENT\") | {code, status, supervisor: .primarySupervisor.name,
    health: {score: .health.score, topReasons: [.health.topReasons[].signal]},
    contract: (.contract | {endsOn, daysLeft, renewal}), jobs: (.jobs | {openJobs, roundsUsed, roundsIncluded}),
    budgets: [.money.budgets[] | {budget: .budget.amount, spent: .spent.amount, burnPercent, mostBurntJob}],
    receivables: [.money.receivables[] | {outstanding: .outstanding.amount, overdue: .overdue.amount}]})}"
say "Sam's book (his accounts only), and Eve's answer (an executive's view is her work list)"
call 200 sam GET "/book?sort=NAME"
show "{accounts: (.accounts | length), this: ([.accounts[].clientId] | index(\"$CLIENT\") != null)}"
call 403 eve GET /book
show '{status, detail}'

printf '\nWalk-through complete: client %s (%s), job %s, invoice %s.\n' "$CODE" "$CLIENT" "$JOB_NUMBER" "$INVOICE_NUMBER"
