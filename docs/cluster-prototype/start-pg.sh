#!/usr/bin/env bash
# Initialise and start a throw-away PostgreSQL 15 server on 127.0.0.1 with a random free port.
# Creates database + login role and prints ONE line on stdout: the Npgsql connection string.
# Everything else (progress, stop command) goes to stderr, so:   CONN="$(./start-pg.sh)"
# Env overrides: PG_DB (orleans), PG_USER_NAME (orleans), PG_PASSWORD (random), PG_OS_USER (pgrun), PG_PORT (random).
# Stop:  runuser -u pgrun -- pg_ctl -D <datadir> stop -m fast   (printed below; also written to <dir>/stop.sh)
set -euo pipefail

DB="${PG_DB:-orleans}"
DBUSER="${PG_USER_NAME:-orleans}"
PASS="${PG_PASSWORD:-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
OSUSER="${PG_OS_USER:-pgrun}"

log() { echo "[start-pg] $*" >&2; }

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

BASE="$(mktemp -d /tmp/pgcluster-pg.XXXXXX)"
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
runuser -u $OSUSER -- pg_ctl -D "$DATA" stop -m fast 2>/dev/null || pg_ctl -D "$DATA" stop -m fast
EOF
chmod +x "$BASE/stop.sh"
echo "$CONN" >"$BASE/connection-string"
log "data dir : $DATA"
log "log      : $BASE/postgres.log"
log "stop     : $BASE/stop.sh     (then rm -rf $BASE)"
echo "$CONN"
