#!/usr/bin/env bash
# Backs up Årshjul's database (plans, documents, status reports and the engine's state and history) as
# one pg_dump archive in the custom format, and keeps the newest ones.
#   deploy/backup.sh                      # uses PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (libpq)
#   AARSHJUL_BACKUP_DIR=/var/backups/aarshjul AARSHJUL_BACKUP_KEEP=14 deploy/backup.sh
# Prints the archive's path. Safe while the platform runs: pg_dump reads one consistent snapshot.
set -euo pipefail

database="${PGDATABASE:-aarshjul}"
directory="${AARSHJUL_BACKUP_DIR:-./backups}"
keep="${AARSHJUL_BACKUP_KEEP:-14}"

mkdir -p "$directory"
archive="$directory/aarshjul-$(date -u +%Y%m%dT%H%M%SZ).dump"
partial="$archive.partial"
trap 'rm -f "$partial"' EXIT

pg_dump --format=custom --compress=6 --no-owner --no-privileges --dbname="$database" --file="$partial"
# an archive that pg_restore cannot read is no backup
pg_restore --list "$partial" > /dev/null
mv "$partial" "$archive"

# keep the newest $keep archives
ls -1t "$directory"/aarshjul-*.dump | tail -n +"$((keep + 1))" | xargs -r rm -f --
echo "$archive"
