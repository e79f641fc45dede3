#!/usr/bin/env bash
# The restore drill (Annex B: restore procedures that are tested): restores a backup of ops/backup.sh into a
# FRESH database on a loopback MariaDB, never the portal's, and checks it: the SHA-256 sums, the rows of every
# table against the manifest, the files against the manifest, that every file a row names is there, and the
# audit hash chain (with AUDIT_CHAIN_KEY, as the portal seals it). One summary line; exit code 0 when all
# holds, 1 when something does not, 2 when the drill could not run. Record the outcome on /admin/restores.xhtml.
#
#   ops/restore-drill.sh [backup-folder]        (default: the newest under BACKUP_DIR, default ./backups)
#
# Settings (environment): DRILL_DB_HOST (127.0.0.1), DRILL_DB_PORT (3457), DRILL_DB_USER (root),
# DRILL_DB_PASSWORD; when nothing answers there and mariadbd is installed, the drill starts a throwaway
# MariaDB of its own on that port and stops it afterwards. PORTAL_WAR: the portal's WAR, whose classes check
# the chain (default target/dsr-portal.war, else /opt/portal/dsr-portal.war). AUDIT_CHAIN_KEY: the production
# key (without it the built-in development key, said in the summary). PORTAL_TZ: the time zone the portal's
# JVM runs in (default UTC, as in the container image). DRILL_KEEP=1 keeps the restored
# database and files for a look (their place is printed).
set -uo pipefail
started=$SECONDS
here=$(cd "$(dirname "$0")" && pwd)

backup=${1:-}
if [[ -z "$backup" ]]; then
  backup=$(ls -1d "${BACKUP_DIR:-./backups}"/dsr-backup-*Z 2>/dev/null | sort | tail -1)
fi
cannot() { echo "restore drill NOT RUN: $*"; exit 2; }
[[ -n "$backup" && -f "$backup/manifest.txt" ]] || cannot "no backup folder with a manifest (${backup:-none found})"
backup=$(cd "$backup" && pwd)
name=$(basename "$backup")

host=${DRILL_DB_HOST:-127.0.0.1}; port=${DRILL_DB_PORT:-3457}; user=${DRILL_DB_USER:-root}
export MYSQL_PWD=${DRILL_DB_PASSWORD:-}
db=(--host="$host" --port="$port" --user="$user" --protocol=TCP)
case "$host" in 127.*|localhost|::1) ;; *) cannot "DRILL_DB_HOST must be a loopback address, not $host";; esac

war=${PORTAL_WAR:-}
if [[ -z "$war" ]]; then
  for w in "$here/../target/dsr-portal.war" /opt/portal/dsr-portal.war; do [[ -f "$w" ]] && { war=$w; break; }; done
fi
[[ -f "$war" ]] || cannot "no portal WAR (set PORTAL_WAR, or mvn package)"
command -v java >/dev/null || cannot "java not found"

scratch=$(mktemp -d /tmp/dsr-drill.XXXXXX)
own_db_pid=""
drill_db="dsr_drill_$(date -u +%Y%m%d%H%M%S)"
cleanup() {
  if [[ "${DRILL_KEEP:-0}" != 1 ]]; then
    mariadb "${db[@]}" -e "DROP DATABASE IF EXISTS \`$drill_db\`" >/dev/null 2>&1
    [[ -n "$own_db_pid" ]] && kill "$own_db_pid" 2>/dev/null && wait "$own_db_pid" 2>/dev/null
    rm -rf "$scratch"
  fi
}
trap cleanup EXIT

# 1. the files are whole
(cd "$backup" && sha256sum --quiet -c SHA256SUMS) >/dev/null 2>&1 || { echo "restore drill FAILED: $name: SHA-256 sums do not match (damaged backup)"; exit 1; }

# 2. a loopback MariaDB: the given one, or a throwaway one
if ! mariadb "${db[@]}" -N -e 'SELECT 1' >/dev/null 2>&1; then
  command -v mariadbd >/dev/null || cannot "no MariaDB on $host:$port and no mariadbd to start one"
  mkdir -p "$scratch/mariadb"
  mariadb-install-db --user="$(id -un)" --datadir="$scratch/mariadb/data" --auth-root-authentication-method=normal \
    --skip-test-db >/dev/null 2>&1 || cannot "mariadb-install-db failed"
  mariadbd --no-defaults --user="$(id -un)" --datadir="$scratch/mariadb/data" --socket="$scratch/mariadb/sock" \
    --port="$port" --bind-address=127.0.0.1 --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --pid-file="$scratch/mariadb/pid" --log-error="$scratch/mariadb/err.log" >/dev/null 2>&1 &
  own_db_pid=$!
  user=root; unset MYSQL_PWD; db=(--host="$host" --port="$port" --user=root --protocol=TCP)
  for _ in $(seq 1 120); do mariadb "${db[@]}" -N -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.5; done
  mariadb "${db[@]}" -N -e 'SELECT 1' >/dev/null 2>&1 || cannot "the throwaway MariaDB did not start ($scratch/mariadb/err.log)"
fi

# 3. a fresh database (CREATE without IF NOT EXISTS: never into one that exists)
mariadb "${db[@]}" -e "CREATE DATABASE \`$drill_db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" \
  || cannot "cannot create database $drill_db"
restore_started=$SECONDS
if ! gunzip -c "$backup/database.sql.gz" | mariadb "${db[@]}" --default-character-set=utf8mb4 "$drill_db" 2> "$scratch/restore.err"; then
  echo "restore drill FAILED: $name: the dump did not load: $(tail -1 "$scratch/restore.err")"; exit 1
fi
restore_seconds=$((SECONDS - restore_started))

problems=()
# 4. rows per table against the manifest, and no table the manifest does not know
expected=$(grep '^rows\.' "$backup/manifest.txt" | sed 's/^rows\.//')
query=$(echo "$expected" | awk -F= '{ printf "%sSELECT %c%s%c, COUNT(*) FROM `%s`", (NR > 1 ? " UNION ALL " : ""), 39, $1, 39, $1 }')
actual=$(mariadb "${db[@]}" -N -e "$query" "$drill_db" 2> "$scratch/count.err" | tr '\t' '=') \
  || problems+=("counting failed: $(tail -1 "$scratch/count.err")")
tables=0; rows=0; table_mismatches=0
while IFS='=' read -r table want; do
  got=$(echo "$actual" | awk -F= -v t="$table" '$1 == t { print $2 }')
  tables=$((tables + 1)); rows=$((rows + ${got:-0}))
  if [[ "$got" != "$want" ]]; then
    table_mismatches=$((table_mismatches + 1)); problems+=("$table: ${got:-missing} rows, manifest $want")
  fi
done <<< "$expected"
extra=$(mariadb "${db[@]}" -N -e "SELECT table_name FROM information_schema.tables
    WHERE table_schema = '$drill_db' AND table_type <> 'SEQUENCE'" \
  | sort | comm -23 - <(echo "$expected" | cut -d= -f1 | sort))
[[ -n "$extra" ]] && problems+=("tables not in the manifest: $(echo "$extra" | tr "\n" " ")")

# sequences (request numbers) go on where they stood, so no reference is given twice after a restore
sequences=0
while IFS='=' read -r sequence want; do
  [[ -z "$sequence" ]] && continue
  sequences=$((sequences + 1))
  got=$(mariadb "${db[@]}" -N -e "SELECT next_not_cached_value FROM \`$sequence\`" "$drill_db" 2>/dev/null)
  [[ "$got" == "$want" ]] || problems+=("sequence $sequence: next ${got:-missing}, manifest $want")
done < <(grep '^sequence\.' "$backup/manifest.txt" | sed 's/^sequence\.//')

# 5. the files against the manifest, and every file a row names
mkdir -p "$scratch/attachments"
tar -C "$scratch/attachments" -xzf "$backup/attachments.tar.gz" || problems+=("the attachments archive does not extract")
read -r files bytes < <(find "$scratch/attachments" -type f -printf '%s\n' | awk '{ n++; b += $1 } END { print n + 0, b + 0 }')
want_files=$(sed -n 's/^attachments_files=//p' "$backup/manifest.txt")
want_bytes=$(sed -n 's/^attachments_bytes=//p' "$backup/manifest.txt")
[[ "$files" == "$want_files" && "$bytes" == "$want_bytes" ]] \
  || problems+=("files: $files ($bytes bytes), manifest $want_files ($want_bytes bytes)")
missing=0; referenced=0
for table in $(mariadb "${db[@]}" -N -e "SELECT table_name FROM information_schema.columns
    WHERE table_schema = '$drill_db' AND column_name = 'storage_key'"); do
  while read -r key; do
    [[ -z "$key" ]] && continue
    referenced=$((referenced + 1))
    [[ -f "$scratch/attachments/$key" ]] || missing=$((missing + 1))
  done < <(mariadb "${db[@]}" -N -e "SELECT storage_key FROM \`$table\` WHERE storage_key IS NOT NULL" "$drill_db")
done
[[ $missing -eq 0 ]] || problems+=("$missing of $referenced files named by rows are not in the backup")

# 6. the audit hash chain, checked by the portal's own code
mkdir -p "$scratch/war"
(cd "$scratch/war" && unzip -q "$war" 'WEB-INF/classes/*' 'WEB-INF/lib/*') || cannot "cannot read $war"
# times are read in the portal's time zone, as it wrote them (PORTAL_TZ; UTC in the container image)
chain=$(DB_PASSWORD="${MYSQL_PWD:-}" java -Duser.timezone="${PORTAL_TZ:-UTC}" -cp "$scratch/war/WEB-INF/classes:$scratch/war/WEB-INF/lib/*" \
  eu.dsrportal.audit.infrastructure.ChainCheck "jdbc:mariadb://$host:$port/$drill_db" "$user" 2>&1 | tail -1)
chain_rc=${PIPESTATUS[0]}
[[ $chain_rc -eq 0 ]] || problems+=("$chain")

[[ "${DRILL_KEEP:-0}" == 1 ]] && echo "kept: database $drill_db on $host:$port, files in $scratch/attachments" >&2
summary="$name into $drill_db on $host:$port in ${restore_seconds} s: $tables tables, $rows rows, $((tables - table_mismatches))/$tables tables match, $sequences sequences; $files files ($bytes bytes), $referenced named by rows, $missing missing; $chain; $((SECONDS - started)) s in all"
if [[ ${#problems[@]} -eq 0 ]]; then
  echo "restore drill OK: $summary"
else
  for p in "${problems[@]}"; do echo "  problem: $p"; done
  echo "restore drill FAILED (${#problems[@]} problems): $summary"
  exit 1
fi
