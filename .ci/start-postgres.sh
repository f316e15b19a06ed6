#!/usr/bin/env bash
# Starts a throw-away PostgreSQL (>= 15) server on 127.0.0.1 at a free port, for CI and the cluster tests.
# Installs PostgreSQL from Debian first when it is missing and we are root (apt-get), and finds the server
# binaries under /usr/lib/postgresql/<version>/bin when they are not on the PATH.
# Prints ONE line on stdout: the Npgsql connection string (a secret: do not echo it into logs).
# Everything else goes to stderr. A stop script is written to <dir>/stop.sh; <dir> is printed on stderr and, when
# PG_BASE_FILE is set, written to that file.
# Env overrides: PG_DB (orleans), PG_USER_NAME (orleans), PG_PASSWORD (random), PG_OS_USER (pgrun), PG_PORT (random).
set -euo pipefail

log() { echo "[start-postgres] $*" >&2; }

if ! command -v initdb >/dev/null 2>&1; then
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$bin" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "PostgreSQL is not installed: installing it with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  fi
  [ -n "$bin" ] || { log "PostgreSQL server binaries (initdb, pg_ctl) not found and cannot be installed here"; exit 1; }
  export PATH="$bin:$PATH"
fi
version=$(initdb --version | grep -oE '[0-9]+' | head -1)
[ "$version" -ge 15 ] || { log "PostgreSQL $version found; 15 or later is needed (UNIQUE NULLS NOT DISTINCT)"; exit 1; }

DB="${PG_DB:-orleans}"
DBUSER="${PG_USER_NAME:-orleans}"
PASS="${PG_PASSWORD:-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
OSUSER="${PG_OS_USER:-pgrun}"

# initdb/postgres refuse to run as root -> use an unprivileged OS user.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$OSUSER" -- "$@"; else "$@"; fi
}
if [ "$(id -u)" -eq 0 ]; then
  id "$OSUSER" >/dev/null 2>&1 || { useradd --system --no-create-home --shell /usr/sbin/nologin "$OSUSER"; log "created OS user $OSUSER"; }
else
  OSUSER="$(id -un)"
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT="${PG_PORT:-}"
if [ -z "$PORT" ]; then
  for _ in $(seq 1 50); do
    cand=$(shuf -i 20000-60999 -n 1)
    if port_free "$cand"; then PORT=$cand; break; fi
  done
  [ -n "$PORT" ] || { log "no free port found"; exit 1; }
fi

BASE="$(mktemp -d /tmp/nordicsim-pg.XXXXXX)"
DATA="$BASE/data"
chown "$OSUSER" "$BASE" 2>/dev/null || true
chmod 700 "$BASE"

log "initdb -> $DATA"
as_pg initdb -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$BASE/initdb.log" 2>&1 \
  || { cat "$BASE/initdb.log" >&2; exit 1; }

cat >>"$DATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$BASE'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

log "starting postgres on 127.0.0.1:$PORT"
as_pg pg_ctl -D "$DATA" -l "$BASE/postgres.log" -w -t 30 start >&2 \
  || { cat "$BASE/postgres.log" >&2; exit 1; }

# Superuser via unix socket (trust); app role uses TCP + scram.
psql -X -q -v ON_ERROR_STOP=1 -h "$BASE" -p "$PORT" -U postgres -d postgres >&2 <<SQL
CREATE ROLE "$DBUSER" LOGIN PASSWORD '$PASS';
CREATE DATABASE "$DB" OWNER "$DBUSER";
SQL

CONN="Host=127.0.0.1;Port=$PORT;Database=$DB;Username=$DBUSER;Password=$PASS"
cat >"$BASE/stop.sh" <<EOF
#!/usr/bin/env bash
export PATH="$(dirname "$(command -v initdb)"):\$PATH"
runuser -u $OSUSER -- pg_ctl -D "$DATA" stop -m fast 2>/dev/null || pg_ctl -D "$DATA" stop -m fast
rm -rf "$BASE"
EOF
chmod +x "$BASE/stop.sh"
log "data dir : $DATA"
log "log      : $BASE/postgres.log"
log "stop     : $BASE/stop.sh"
if [ -n "${PG_BASE_FILE:-}" ]; then echo "$BASE" >"$PG_BASE_FILE"; fi
echo "$CONN"
