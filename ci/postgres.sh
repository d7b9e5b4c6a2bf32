#!/usr/bin/env bash
# Install (if missing) and start Debian's PostgreSQL on loopback for rasd's store/search tests.
#
# Usage (from .ci/run or a shell):   eval "$(bash ci/postgres.sh)"
# It logs to stderr and prints one line on stdout, `export RASD_TEST_PG_URL=postgresql://...`,
# so `eval` puts the URL into the caller's environment. Safe to run again: it reuses the
# cluster, role and database when they already exist.
set -euo pipefail

PG_USER="${RASD_PG_USER:-rasd}"
PG_PASSWORD="${RASD_PG_PASSWORD:-rasd}"
PG_DB="${RASD_PG_DB:-rasd_test}"
CLUSTER="${RASD_PG_CLUSTER:-main}"

log() { echo "postgres.sh: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; then
  log "installing postgresql from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -1)"

if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION $CLUSTER"; then
  log "creating cluster $VERSION/$CLUSTER"
  # UTF-8 with the C collation: Arabic stored as is, full-text parsing independent of locales.
  pg_createcluster --encoding=UTF8 --locale=C.UTF-8 "$VERSION" "$CLUSTER" >&2
fi

PORT="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $3}')"
STATUS="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $4}')"
if [ "$STATUS" != "online" ]; then
  log "starting cluster $VERSION/$CLUSTER on 127.0.0.1:$PORT"
  # Loopback only: nothing outside the machine may reach the test database.
  pg_ctlcluster "$VERSION" "$CLUSTER" start -- -o "-c listen_addresses=127.0.0.1" >&2 \
    || pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi

for _ in $(seq 1 30); do
  if pg_isready -q -h 127.0.0.1 -p "$PORT"; then break; fi
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$PORT" >&2

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -p $PORT $*"; }

if [ "$(psql_admin "-tAc \"SELECT 1 FROM pg_roles WHERE rolname='$PG_USER'\"")" != "1" ]; then
  log "creating role $PG_USER"
  psql_admin "-c \"CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD'\""
fi
if [ "$(psql_admin "-tAc \"SELECT 1 FROM pg_database WHERE datname='$PG_DB'\"")" != "1" ]; then
  log "creating database $PG_DB"
  psql_admin "-c \"CREATE DATABASE $PG_DB OWNER $PG_USER ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0\""
fi

URL="postgresql://$PG_USER:$PG_PASSWORD@127.0.0.1:$PORT/$PG_DB"
log "ready: $URL"
echo "export RASD_TEST_PG_URL=$URL"
