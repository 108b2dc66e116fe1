#!/usr/bin/env bash
# pg-test-server.sh — a throwaway PostgreSQL server for newsgraph tests.
#
#   scripts/pg-test-server.sh start   # init (if needed) + start; prints the DSN
#   scripts/pg-test-server.sh dsn     # prints the DSN
#   scripts/pg-test-server.sh stop    # stop the server and delete its data dir
#   scripts/pg-test-server.sh status  # exit 0 if running
#
# Typical use (CI):
#   export NEWSGRAPH_TEST_POSTGRES="$(scripts/pg-test-server.sh start)"
#   go test ./graph/
#   scripts/pg-test-server.sh stop
#
# All subcommands are idempotent. The server listens on 127.0.0.1 only, uses
# trust authentication (it is a throwaway test server: never expose it), has
# fsync off, and keeps everything under one directory below $TMPDIR.
#
# Environment:
#   NEWSGRAPH_PG_PORT  port (default 55432)
#   NEWSGRAPH_PG_DIR   base directory (default ${TMPDIR:-/tmp}/newsgraph-pg-$PORT)
#   NEWSGRAPH_PG_BIN   directory holding initdb/pg_ctl (default: newest
#                      /usr/lib/postgresql/*/bin, else from $PATH)
#   NEWSGRAPH_PG_OSUSER OS user that runs the server when invoked as root
#                      (default: postgres if it exists, else newsgraph-pg,
#                      which is created). initdb refuses to run as root.
#
# The DSN grants a superuser role "newsgraph" and database "newsgraph"; the
# graph tests create (and drop) one fresh database per test through it.
set -euo pipefail

PORT="${NEWSGRAPH_PG_PORT:-55432}"
BASE="${NEWSGRAPH_PG_DIR:-${TMPDIR:-/tmp}/newsgraph-pg-${PORT}}"
BASE="$(realpath -m "$BASE")"
# the server's OS user may not be allowed into the caller's directory
cd /
DATA="$BASE/data"
SOCK="$BASE/sock"
LOG="$BASE/server.log"
ROLE="newsgraph"
DB="newsgraph"

die() { echo "pg-test-server: $*" >&2; exit 1; }

find_bin() {
	if [[ -n "${NEWSGRAPH_PG_BIN:-}" ]]; then
		echo "$NEWSGRAPH_PG_BIN"; return
	fi
	local d best=""
	# highest major version that has the server tools
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n); do
		[[ -x "$d/pg_ctl" && -x "$d/initdb" ]] && best="$d"
	done
	if [[ -n "$best" ]]; then echo "$best"; return; fi
	local p
	p="$(command -v initdb || true)"
	[[ -n "$p" ]] || die "cannot find PostgreSQL binaries (initdb, pg_ctl); set NEWSGRAPH_PG_BIN"
	dirname "$p"
}

BIN="$(find_bin)"
[[ -x "$BIN/initdb" && -x "$BIN/pg_ctl" ]] || die "no initdb/pg_ctl in $BIN"
PSQL="$BIN/psql"
[[ -x "$PSQL" ]] || PSQL="$(command -v psql || true)"
[[ -n "$PSQL" ]] || die "cannot find psql"

# as_user runs a command as the server's OS user (or as ourselves when not root).
OSUSER=""
if [[ "$(id -u)" == 0 ]]; then
	OSUSER="${NEWSGRAPH_PG_OSUSER:-}"
	if [[ -z "$OSUSER" ]]; then
		if id postgres >/dev/null 2>&1; then OSUSER=postgres; else OSUSER=newsgraph-pg; fi
	fi
fi

ensure_osuser() {
	[[ -n "$OSUSER" ]] || return 0
	if ! id "$OSUSER" >/dev/null 2>&1; then
		useradd --system --no-create-home --shell /usr/sbin/nologin "$OSUSER" \
			|| die "cannot create OS user $OSUSER"
	fi
}

as_user() {
	if [[ -z "$OSUSER" ]]; then
		"$@"
	elif command -v runuser >/dev/null 2>&1; then
		runuser -u "$OSUSER" -- "$@"
	else
		su -s /bin/sh "$OSUSER" -c "$(printf '%q ' "$@")"
	fi
}

dsn() { echo "postgres://${ROLE}@127.0.0.1:${PORT}/${DB}?sslmode=disable"; }

running() {
	[[ -f "$DATA/PG_VERSION" ]] || return 1
	as_user "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

start() {
	if running; then dsn; return 0; fi
	ensure_osuser
	mkdir -p "$BASE" "$SOCK"
	chmod 700 "$BASE"
	[[ -z "$OSUSER" ]] || chown -R "$OSUSER" "$BASE"
	if [[ ! -f "$DATA/PG_VERSION" ]]; then
		rm -rf "$DATA"
		as_user "$BIN/initdb" -D "$DATA" -U "$ROLE" --auth=trust --encoding=UTF8 \
			--locale=C >"$BASE/initdb.log" 2>&1 \
			|| { cat "$BASE/initdb.log" >&2; die "initdb failed"; }
	fi
	if ! as_user "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
		-o "-p $PORT -k $SOCK -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
		start >/dev/null; then
		tail -n 30 "$LOG" >&2 || true
		die "server did not start (port $PORT in use?); log: $LOG"
	fi
	# create the default database (idempotent)
	if ! as_user "$PSQL" -h "$SOCK" -p "$PORT" -U "$ROLE" -d postgres -tAc \
		"SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
		as_user "$PSQL" -h "$SOCK" -p "$PORT" -U "$ROLE" -d postgres -qc "CREATE DATABASE $DB" >/dev/null
	fi
	dsn
}

stop() {
	if running; then
		as_user "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
	fi
	rm -rf "$BASE"
}

case "${1:-}" in
start) start ;;
stop) stop ;;
dsn) dsn ;;
status) running ;;
*) echo "usage: $0 start|stop|dsn|status" >&2; exit 2 ;;
esac
