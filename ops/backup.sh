#!/usr/bin/env bash
# One backup of the portal: the database (mariadb-dump --single-transaction: one consistent snapshot, the
# portal keeps working) and the attachments folder, into one timestamped folder with a manifest of row counts
# per table and of the files, and SHA-256 sums of it all. One summary line; exit code 0 when written.
#
#   ops/backup.sh [backup-root]
#
# Settings (environment, the portal's own names): DB_URL (jdbc:mariadb://host:port/database) or DB_HOST,
# DB_PORT, DB_NAME; DB_USER, DB_PASSWORD; ATTACHMENTS_DIR; BACKUP_DIR (the backup root, default ./backups)
# and BACKUP_KEEP (keep only the newest so many backups there; 0, the default, keeps all).
# The folder is written as <name>.partial and renamed when complete: a folder without .partial is whole.
set -euo pipefail
started=$SECONDS

if [[ -n "${DB_URL:-}" ]]; then
  # jdbc:mariadb://host[:port]/database[?options]
  rest=${DB_URL#jdbc:*://}; hostport=${rest%%/*}; name=${rest#*/}; name=${name%%\?*}
  DB_HOST=${hostport%%:*}; [[ $hostport == *:* ]] && DB_PORT=${hostport##*:}
  DB_NAME=$name
fi
DB_HOST=${DB_HOST:-127.0.0.1}; DB_PORT=${DB_PORT:-3306}; DB_NAME=${DB_NAME:-dsrportal}
DB_USER=${DB_USER:-dsrportal}
ATTACHMENTS_DIR=${ATTACHMENTS_DIR:-$HOME/.dsr-portal/attachments}
root=${1:-${BACKUP_DIR:-./backups}}
keep=${BACKUP_KEEP:-0}
export MYSQL_PWD=${DB_PASSWORD:-}   # read by the MariaDB clients; never on their command line
db=(--host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" --protocol=TCP)

fail() { echo "backup FAILED: $*"; exit 1; }
command -v mariadb-dump >/dev/null || fail "mariadb-dump not found (apt-get install mariadb-client)"
mariadb "${db[@]}" -N -e 'SELECT 1' "$DB_NAME" >/dev/null 2>&1 \
  || fail "cannot reach database $DB_NAME on $DB_HOST:$DB_PORT as $DB_USER"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
name="dsr-backup-$stamp"
mkdir -p "$root"
work="$root/$name.partial"
rm -rf "$work"; mkdir "$work"
trap 'rm -rf "$work"' EXIT

# The dump: multi-row INSERTs (fast to restore) and one COMMIT per table on restore (--no-autocommit). Named
# without --databases: the dump holds no USE statement and restores into whichever database it is fed to.
mariadb-dump "${db[@]}" --single-transaction --quick --extended-insert --no-autocommit --hex-blob \
    --routines --triggers --default-character-set=utf8mb4 "$DB_NAME" \
    2> "$work/dump.err" \
  | gzip -6 > "$work/database.sql.gz" \
  || fail "mariadb-dump: $(tail -1 "$work/dump.err")"
rm -f "$work/dump.err"
# The rows of each table counted in the dump itself, so exactly what the snapshot held. MariaDB's dump puts
# "INSERT INTO `t` VALUES" on a line of its own and each row on the next lines, one per line (a newline in
# the data is written as \n); older dumps put the rows on the INSERT's line: there its quoted strings are
# taken out (with their escaped quotes; blobs are hex) and the "),(" between rows counted. And each
# sequence's value (request numbers go on where they stood after a restore).
gunzip -c "$work/database.sql.gz" | awk -f <(cat <<'AWK'
/^CREATE TABLE `/ { split($0, a, "`"); if (!(a[2] in rows)) { rows[a[2]] = 0; order[++n] = a[2] } }
inserting && /^\(/ { rows[table]++; if ($0 ~ /\);$/) inserting = 0; next }
{ inserting = 0 }
/^INSERT INTO `/ {
  split($0, a, "`"); table = a[2]
  if ($0 ~ /VALUES$/) { inserting = 1; next }
  line = $0; sub(/^[^(]*/, "", line)
  gsub(/'([^'\\]|\\.)*'/, "", line)
  rows[table] += gsub(/\),\(/, "", line) + 1
}
/^DO SETVAL\(`/ { split($0, a, "`"); split(a[3], v, /[ ,]+/); seq[++m] = a[2] "=" v[2] }
END {
  for (i = 1; i <= n; i++) print "rows." order[i] "=" rows[order[i]]
  for (i = 1; i <= m; i++) print "sequence." seq[i]
}
AWK
) > "$work/rows.txt"
[[ -s "$work/rows.txt" ]] || fail "the dump holds no table"

# The files after the database: every file a row in the dump names exists by then (files are written before
# their row is committed). Half-written uploads (upload-*.part) are left out.
if [[ -d "$ATTACHMENTS_DIR" ]]; then
  tar -C "$ATTACHMENTS_DIR" --exclude='upload-*.part' -czf "$work/attachments.tar.gz" . \
    || fail "cannot archive $ATTACHMENTS_DIR"
else
  echo "warning: no attachments folder at $ATTACHMENTS_DIR; the backup holds no files" >&2
  tar -czf "$work/attachments.tar.gz" -T /dev/null
fi
read -r files bytes < <(tar -tvzf "$work/attachments.tar.gz" | awk '$1 ~ /^-/ { n++; b += $3 } END { print n + 0, b + 0 }')

flyway=$(mariadb "${db[@]}" -N -e "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL
  ORDER BY installed_rank DESC LIMIT 1" "$DB_NAME" 2>/dev/null || echo unknown)
server=$(mariadb "${db[@]}" -N -e 'SELECT VERSION()' "$DB_NAME")
tables=$(grep -c '^rows\.' "$work/rows.txt")
total=$(grep '^rows\.' "$work/rows.txt" | awk -F= '{ s += $2 } END { print s + 0 }')
{
  echo "# DSR Portal backup: restore with ops/restore-drill.sh (a drill) or as docs/operations.md says"
  echo "name=$name"
  echo "created_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "database=$DB_NAME"
  echo "server=$server"
  echo "flyway_version=$flyway"
  echo "tables=$tables"
  echo "rows_total=$total"
  echo "attachments_files=$files"
  echo "attachments_bytes=$bytes"
  cat "$work/rows.txt"
} > "$work/manifest.txt"
rm -f "$work/rows.txt"
(cd "$work" && sha256sum database.sql.gz attachments.tar.gz manifest.txt > SHA256SUMS)

mv "$work" "$root/$name"
trap - EXIT

if [[ "$keep" -gt 0 ]]; then
  ls -1d "$root"/dsr-backup-*Z 2>/dev/null | sort | head -n -"$keep" | xargs -r rm -rf
fi
size=$(du -sh "$root/$name" | cut -f1)
echo "backup OK $name: $tables tables, $total rows, $files files ($bytes bytes), $size on disk, $((SECONDS - started)) s -> $root/$name"
