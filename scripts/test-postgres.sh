#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server on loopback for the storage tests and prints the
# connection URL to put in CONCORD_TEST_POSTGRES_URL:
#
#   export CONCORD_TEST_POSTGRES_URL=$(scripts/test-postgres.sh start)
#   swift test
#   scripts/test-postgres.sh stop
#
# The cluster lives in ${CONCORD_PG_DIR:-/tmp/concord-test-pg} and listens on 127.0.0.1 only,
# port ${CONCORD_PG_PORT:-54329}, with trust authentication (loopback, test data only).
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
set -euo pipefail

dir="${CONCORD_PG_DIR:-/tmp/concord-test-pg}"
port="${CONCORD_PG_PORT:-54329}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[[ -x "${bin}/initdb" ]] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
start)
    if [[ ! -f "${dir}/PG_VERSION" ]]; then
        mkdir -p "${dir}"
        [[ $(id -u) -eq 0 ]] && chown postgres: "${dir}"
        as_owner "${bin}/initdb" -D "${dir}" -U concord --auth=trust -E UTF8 --locale=C >/dev/null
    fi
    if ! as_owner "${bin}/pg_ctl" -D "${dir}" status >/dev/null 2>&1; then
        as_owner "${bin}/pg_ctl" -D "${dir}" -l "${dir}/server.log" -w \
            -o "-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off" start >/dev/null
    fi
    as_owner "${bin}/psql" -h 127.0.0.1 -p "${port}" -U concord -d postgres -qtAc \
        "SELECT 1 FROM pg_database WHERE datname='concord_test'" | grep -q 1 ||
        as_owner "${bin}/createdb" -h 127.0.0.1 -p "${port}" -U concord concord_test
    echo "postgres://concord@127.0.0.1:${port}/concord_test"
    ;;
stop)
    as_owner "${bin}/pg_ctl" -D "${dir}" -m fast stop >/dev/null 2>&1 || true
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
