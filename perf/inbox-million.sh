#!/usr/bin/env bash
# The staff inbox with 1,000,000 requests: seeds them by SQL into a database of the bench MariaDB (once; a
# second run reuses them), restarts the portal on it (cold start to ready), then times the staff API's list
# (GET /api/v1/requests, the inbox's query) with a bearer token: first page, next page, search by reference,
# by e-mail, by words (a common pair and a rare name). Then the portal's resident memory.
#
# usage: perf/inbox-million.sh [ROWS]        (default 1000000)
# env:   BENCH_DIR (../shared/bench), BENCH_DB_PORT (3417), BENCH_DB_DIR (/tmp/bench-db-perf), PORTAL_PORT (9380),
#        PERF_SCRATCH (/tmp/perf-inbox), DB_NAME (inbox), TIMES (20 timed calls each), KEEP=1 (leave it running),
#        REUSE=1 (time the portal a KEEP=1 run left running, without a new cold start)
# Loopback only. Prints one summary line:
#   inbox-million rows=… first_p95_ms=… next_p95_ms=… ref_p95_ms=… email_p95_ms=… words_p95_ms=… rare_p95_ms=…
#   cold_start_s=… rss_mb=… load=…   (targets: 100 / 80 / 50 / 50 / 300 / 300 ms, 20 s, 700 MB)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$(cd "${BENCH_DIR:-$ROOT/../shared/bench}" && pwd)"
export BENCH_DB_PORT="${BENCH_DB_PORT:-3417}" BENCH_DB_DIR="${BENCH_DB_DIR:-/tmp/bench-db-perf}"
PORT="${PORTAL_PORT:-9380}"; S="${PERF_SCRATCH:-/tmp/perf-inbox}"; DB="${DB_NAME:-inbox}"
ROWS="${1:-1000000}"; TIMES="${TIMES:-20}"
mkdir -p "$S"
log() { echo "[inbox-million] $*" >&2; }
q() { mariadb -ubench -pbench -h127.0.0.1 -P"$BENCH_DB_PORT" -N -B "$DB" -e "$1"; }
stop_portal() { if [[ -f "$S/portal.pid" ]]; then kill -- -"$(cat "$S/portal.pid")" 2>/dev/null || true; rm -f "$S/portal.pid"; fi; }
cleanup() { [[ "${KEEP:-0}" == 1 ]] || { stop_portal; "$BENCH/ceiling/db.sh" stop >/dev/null 2>&1 || true; }; }
trap cleanup EXIT

"$BENCH/ceiling/db.sh" start >&2
mariadb -ubench -pbench -h127.0.0.1 -P"$BENCH_DB_PORT" -e "create database if not exists $DB"
[[ -f "$ROOT/target/dsr-portal.war" ]] || (cd "$ROOT" && mvn -o -q package -DskipTests -Dspotless.check.skip=true >&2)

start_portal() {  # prints seconds from process start to the application answering
  stop_portal
  # a fresh root folder: in a reused one Payara Micro deploys the last run's copy at boot, then undeploys it
  # for --deploy, and the first calls in between fail
  rm -rf "$S/portal-root"
  local t0; t0=$(date +%s.%N)
  MALLOC_ARENA_MAX=2 setsid java $(grep -v '^#' "$ROOT/config/payara/jvm.options") -Ddb.url="jdbc:mariadb://127.0.0.1:$BENCH_DB_PORT/$DB" -Ddb.user=bench -Ddb.password=bench \
    -Dportal.demo-data=true -Dportal.base-url="http://127.0.0.1:$PORT" -Dattachments.dir="$S/attachments" \
    -Dhazelcast.socket.bind.any=false \
    -jar "$ROOT/target/payara-micro.jar" --deploy "$ROOT/target/dsr-portal.war" --contextroot / --port "$PORT" \
    --nocluster --prebootcommandfile "$ROOT/config/payara/pre-boot-commands.asadmin" --rootdir "$S/portal-root" \
    > "$S/portal.log" 2>&1 &
  echo $! > "$S/portal.pid"
  # ready: readiness UP (database reachable, migrated) and the application's API answering (401 without a
  # token; Payara answers 404 there until the application is deployed)
  for _ in $(seq 1 1200); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" == 200 &&
          "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/requests")" == 401 ]]; then
      echo "scale=1; ($(date +%s.%N) - $t0)/1" | bc; return 0
    fi
    sleep 0.25
  done
  tail -30 "$S/portal.log" >&2; return 1
}

# 1. the schema (Flyway) and the demo users (an administrator with a second factor owns the API token)
if [[ "$(q "select count(*) from information_schema.tables where table_schema='$DB' and table_name='request'")" == 0 ]]; then
  FIRST=$(start_portal); log "first start (empty database: migrations, demo data) ${FIRST}s"
fi

# 2. the rows, by SQL, in chunks (MariaDB's sequence engine); numbers far from the portal's own sequence
have=$(q "select count(*) from request where submission_key like 'seed:%'")
if (( have < ROWS )); then
  log "seeding $((ROWS - have)) requests (have $have)"
  for (( from = have + 1; from <= ROWS; from += 100000 )); do
    to=$(( from + 99999 < ROWS ? from + 99999 : ROWS ))
    q "INSERT INTO request (reference, submission_key, channel, subject_name, subject_email, organisation,
         data_subject_right, description, language, status, received_at, version, origin,
         verified_at, close_reason, closed_at, closed_by, status_before_close)
       SELECT CONCAT('DSR-2020-', LPAD(seq, 7, '0')), CONCAT('seed:', seq),
         ELT(1 + seq % 3, 'WEB_FORM', 'API', 'EMAIL'),
         CONCAT(ELT(1 + seq % 20, 'Peeters','Janssens','Maes','Jacobs','Mertens','Willems','Claes','Goossens',
                'Wouters','De Smet','Dubois','Lambert','Martin','Dupont','Simon','Leroy','Laurent','Lefebvre',
                'Bakker','Visser'),
                ' ', ELT(1 + (seq DIV 20) % 16, 'Jan','Marie','Luc','Anna','Pieter','Sofie','Tom','Els','Bart',
                'Lotte','Koen','Nina','Wim','Eva','Dirk','Lisa'),
                IF(seq % 100000 = 4242, ' Zwartkruis', '')),
         CONCAT('subject', seq, '@example.org'),
         ELT(1 + seq % 25, 'Acme Retail','Brasserie De Kroon','Telco Plus','Green Energy','City Bank',
             'Fit Club','Book Corner','Fresh Market','Auto Centrum','Pharma Direct','Home Living','Travel Now',
             'Kids World','Pet Shop','Garden Centre','Music Hall','Tech Store','Fashion House','Sport Center',
             'Coffee Lab','Print Shop','Bike Repair','Dental Care','Insurance One','Post Office'),
         ELT(1 + seq % 4, 'ACCESS', 'ERASURE', 'RECTIFICATION', 'OBJECTION'),
         'Seeded request for the inbox benchmark.', ELT(1 + seq % 4, 'NL', 'FR', 'EN', 'DE'),
         IF(seq % 10 < 7, 'CLOSED', IF(seq % 10 < 9, 'RECEIVED', 'UNVERIFIED')),
         TIMESTAMP('2020-01-01') + INTERVAL (seq * 157) SECOND, 0, 'DATA_SUBJECT',
         IF(seq % 10 < 9, TIMESTAMP('2020-01-01') + INTERVAL (seq * 157 + 600) SECOND, NULL),
         IF(seq % 10 < 7, 'ANSWERED', NULL),
         IF(seq % 10 < 7, TIMESTAMP('2020-01-01') + INTERVAL (seq * 157 + 86400) SECOND, NULL),
         IF(seq % 10 < 7, 'support', NULL), IF(seq % 10 < 7, 'RECEIVED', NULL)
       FROM seq_${from}_to_${to}"
    log "  … $to"
  done
  # open ones have their deadline row, as the portal keeps it (the inbox list joins it)
  q "INSERT INTO request_deadline (request_id, next_due_at, next_due_kind, customer_id, computed_at)
     SELECT r.id, r.received_at + INTERVAL 1 DAY, 'FORWARD', NULL, UTC_TIMESTAMP(6) FROM request r
     LEFT JOIN request_deadline d ON d.request_id = r.id
     WHERE r.submission_key LIKE 'seed:%' AND r.status = 'RECEIVED' AND d.request_id IS NULL"
  q "ANALYZE TABLE request, request_deadline" >/dev/null
fi
COUNT=$(q "select count(*) from request")

# 3. a bearer token of the demo administrator (only its SHA-256 is stored, as the portal does)
TOKEN="dsr_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' | cut -c1-43)"
HASH=$(printf '%s' "$TOKEN" | sha256sum | cut -d' ' -f1)
q "DELETE FROM api_token WHERE name = 'inbox-million';
   INSERT INTO api_token (user_account_id, name, prefix, token_hash, created_at)
   SELECT id, 'inbox-million', '${TOKEN:0:12}', '$HASH', UTC_TIMESTAMP(6) FROM user_account WHERE username = 'admin'"

# 4. cold start on the full database
if [[ "${REUSE:-0}" == 1 && -f "$S/portal.pid" ]]; then
  COLD="NA(reused)"   # REUSE=1: time the portal a KEEP=1 run left running
else
  COLD=$(start_portal); log "cold start to ready on $COUNT requests: ${COLD}s"
fi

# 5. the timings (a few untimed calls first; then TIMES timed ones each; p50 and p95 of time_total)
API="http://127.0.0.1:$PORT/api/v1/requests"
call() { curl -s -o "$S/body.json" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" "$1"; }
time_it() {  # name url -> "p50 p95" in ms; fails on a non-200
  local name=$1 url=$2 out="$S/times-$1.txt"; : > "$out"
  for _ in 1 2 3; do call "$url" >/dev/null; done
  for _ in $(seq 1 "$TIMES"); do
    read -r code t < <(call "$url")
    [[ "$code" == 200 ]] || { log "$name: HTTP $code: $(head -c 300 "$S/body.json")"; exit 1; }
    echo "$t" >> "$out"
  done
  sort -n "$out" | awk -v n="$TIMES" '{a[NR]=$1} END {i50=int((n+1)*0.50); i95=int(n*0.95+0.999); if(i95>n)i95=n;
    printf "%.0f %.0f\n", a[i50]*1000, a[i95]*1000}'
}
read -r F50 F95 < <(time_it first "$API")
call "$API" >/dev/null
CURSOR=$(sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p' "$S/body.json")
[[ -n "$CURSOR" ]] || { log "no nextCursor in the first page"; exit 1; }
read -r N50 N95 < <(time_it next "$API?cursor=$CURSOR")
read -r R50 R95 < <(time_it ref "$API?q=DSR-2020-0500001")
grep -q 'DSR-2020-0500001' "$S/body.json" || { log "search by reference found nothing"; exit 1; }
read -r E50 E95 < <(time_it email "$API?q=subject500002%40example.org")
grep -q 'DSR-2020-0500002' "$S/body.json" || { log "search by e-mail found nothing"; exit 1; }
read -r W50 W95 < <(time_it words "$API?q=Peeters+Acme")
read -r X50 X95 < <(time_it rare "$API?q=Zwartkruis")
grep -q 'DSR-2020-' "$S/body.json" || { log "search by a rare word found nothing"; exit 1; }

RSS=$(awk '/VmRSS/{printf "%d", $2/1024}' "/proc/$(cat "$S/portal.pid")/status")
echo "inbox-million rows=$COUNT first_p95_ms=$F95 next_p95_ms=$N95 ref_p95_ms=$R95 email_p95_ms=$E95" \
  "words_p95_ms=$W95 rare_p95_ms=$X95 (p50: $F50/$N50/$R50/$E50/$W50/$X50) cold_start_s=$COLD rss_mb=$RSS" \
  "load=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' ,) calls=$TIMES"
