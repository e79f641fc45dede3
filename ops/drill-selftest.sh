#!/usr/bin/env bash
# Checks the backup and the restore drill themselves against a portal database: a backup, a drill that must
# pass, then copies of the backup damaged on purpose that the drill must refuse (a changed byte, an audit
# entry changed with the sums recomputed, a row left out, a file left out). Nothing is written to the
# portal's database. One summary line; exit code 0 when the drill told every case right.
#
#   ops/drill-selftest.sh        (settings as ops/backup.sh: DB_URL or DB_HOST/DB_PORT/DB_NAME, DB_USER,
#                                 DB_PASSWORD, ATTACHMENTS_DIR; as ops/restore-drill.sh: DRILL_DB_*, PORTAL_WAR)
# For example against the run command's database (mvn -Prun; the portal may keep running):
#   DB_URL=jdbc:mariadb://127.0.0.1:3307/dsrportal DB_USER=root DB_PASSWORD=dev ATTACHMENTS_DIR=target/attachments ops/drill-selftest.sh
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/dsr-drill-selftest.XXXXXX)
trap 'rm -rf "$work"' EXIT
results=(); failures=0

check() { # name, expected exit code, expected text in the output, backup folder
  local out rc
  out=$("$here/restore-drill.sh" "$4" 2>&1); rc=$?
  if [[ $rc -eq $2 && "$out" == *"$3"* ]]; then results+=("$1 ok"); else
    results+=("$1 WRONG (exit $rc)"); failures=$((failures + 1)); echo "$out" | sed 's/^/    /' >&2; fi
}
damaged() { # a copy of the backup to damage; prints its folder
  local copy
  copy="$work/damaged-$1/$(basename "$backup")"
  mkdir -p "$(dirname "$copy")"; cp -r "$backup" "$copy"; echo "$copy"
}
resum() { (cd "$1" && sha256sum database.sql.gz attachments.tar.gz manifest.txt > SHA256SUMS); }

line=$("$here/backup.sh" "$work/backups" | tail -1)
[[ "$line" == "backup OK"* ]] || { echo "drill self-test NOT RUN: $line"; exit 2; }
backup=$(ls -1d "$work/backups"/dsr-backup-*Z | tail -1)

check "whole backup" 0 "restore drill OK" "$backup"

copy=$(damaged bytes); printf 'x' >> "$copy/database.sql.gz"
check "changed byte" 1 "SHA-256 sums do not match" "$copy"

gunzip -c "$backup/database.sql.gz" > "$work/dump.sql"
sealed=$(grep -n -E "'[0-9a-f]{64}','[0-9a-f]{64}'\)[,;]?$" "$work/dump.sql" | head -1 | cut -d: -f1)
if [[ -n "$sealed" ]]; then
  copy=$(damaged audit)
  # the first sealed entry's actor changed: its seal no longer matches
  sed "${sealed}s/','[^']*','/','mallory-selftest','/" "$work/dump.sql" | gzip > "$copy/database.sql.gz"
  resum "$copy"
  check "audit entry changed" 1 "audit chain BROKEN" "$copy"
else
  results+=("audit entry changed skipped (no sealed entry)")
fi

table=$(grep '^rows\.' "$backup/manifest.txt" | grep -v '=0$' | grep -v 'audit_entry\|audit_chain_head\|flyway' | head -1 | sed 's/^rows\.//; s/=.*//')
if [[ -n "$table" ]]; then
  copy=$(damaged row)
  first=$(grep -n "^INSERT INTO \`$table\` VALUES" "$work/dump.sql" | head -1 | cut -d: -f1)
  if ! sed -n "${first}p" "$work/dump.sql" | grep -q 'VALUES$'; then
    drop="${first}d"                        # the rows on the INSERT's line: drop the statement
  elif sed -n "$((first + 1))p" "$work/dump.sql" | grep -q '),$'; then
    drop="$((first + 1))d"                  # the first of several rows, one per line
  else
    drop="${first},$((first + 1))d"         # the statement with its only row
  fi
  sed "$drop" "$work/dump.sql" | gzip > "$copy/database.sql.gz"
  resum "$copy"
  check "row of $table left out" 1 "$table: " "$copy"
fi

tar -tzf "$backup/attachments.tar.gz" > "$work/files.txt"
if grep -q '[0-9a-f]\{32\}$' "$work/files.txt"; then
  copy=$(damaged file)
  mkdir "$work/files"; tar -C "$work/files" -xzf "$backup/attachments.tar.gz"
  # a file a row names (a quoted 32-hex storage key in the dump), so the drill must miss it twice
  for key in $(grep -o "'[0-9a-f]\{32\}'" "$work/dump.sql" | tr -d "'" | sort -u); do
    [[ -f "$work/files/$key" ]] && { rm -f "$work/files/$key"; break; }
  done
  tar -C "$work/files" -czf "$copy/attachments.tar.gz" .
  resum "$copy"
  check "file left out" 1 "files named by rows are not in the backup" "$copy"
else
  results+=("file left out skipped (no attachment)")
fi

summary=$(IFS=';'; echo "${results[*]}")
if [[ $failures -eq 0 ]]; then echo "drill self-test OK: ${summary//;/; }"; else
  echo "drill self-test FAILED ($failures): ${summary//;/; }"; exit 1; fi
