#!/usr/bin/env bash
# Restores an archive made by backup.sh into an empty or existing database, replacing what is there.
# Stop every Årshjul node first (their job executors must not run against a half-restored database).
#   deploy/restore.sh backups/aarshjul-20261201T010000Z.dump     # PGHOST, PGUSER, PGDATABASE as for backup.sh
set -euo pipefail

archive="${1:?usage: restore.sh <archive.dump>}"
database="${PGDATABASE:-aarshjul}"
[ -r "$archive" ] || { echo "restore.sh: cannot read $archive" >&2; exit 2; }
pg_restore --list "$archive" > /dev/null

# everything in one transaction: a failing restore leaves the database as it was
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
  --dbname="$database" "$archive"
psql --quiet --no-psqlrc --dbname="$database" --command="analyze" > /dev/null
echo "Restored $archive into $database"
