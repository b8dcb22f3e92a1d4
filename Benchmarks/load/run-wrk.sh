#!/usr/bin/env bash
# Load test of the Concord server with wrk on loopback (issue #3: authenticated list requests
# ≥ 5,000 requests/s with p99 < 20 ms on 2 cores, SQLite).
#
#   Benchmarks/load/run-wrk.sh [duration=30s] [connections=64] [threads=2] [path=/api/v1/spacecraft?limit=50]
#
# Builds `concord` in release, starts `concord serve` on a fresh SQLite file loaded with the demo
# consortium, creates a token for ESA's viewer (a scoped list: own records plus those shared by agreements;
# CONCORD_BENCH_USER=secretariat for an unscoped one), warms up,
# then runs wrk with latency percentiles. Set CONCORD_DATABASE=postgres://… to load PostgreSQL.
# wrk and the server share the machine's cores: the figure is what one box serves to itself.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration="${1:-30s}"
connections="${2:-64}"
threads="${3:-2}"
path="${4:-/api/v1/spacecraft?limit=50}"
port="${CONCORD_BENCH_PORT:-18080}"

command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 1; }
swift build -c release --product concord >/dev/null
binary="$(swift build -c release --show-bin-path)/concord"

work="$(mktemp -d)"
database="${CONCORD_DATABASE:-${work}/concord.sqlite}"
trap 'kill ${server:-0} 2>/dev/null || true; wait ${server:-0} 2>/dev/null || true; rm -rf "${work}"' EXIT

"${binary}" serve --database "${database}" --port "${port}" --log-level warning 2>"${work}/serve.log" &
server=$!
for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:${port}/health" >/dev/null 2>&1 && break
    sleep 0.1
done
token="$("${binary}" admin create-token --database "${database}" --user "${CONCORD_BENCH_USER:-esa-viewer}" --label "wrk load test")"
auth="Authorization: Bearer ${token}"
items="$(curl -fs -H "${auth}" "http://127.0.0.1:${port}${path}" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))')"
echo "== ${path}: ${items} records per response; server $(nproc) cores shared with wrk"
wrk -t "${threads}" -c "${connections}" -d 5s -H "${auth}" "http://127.0.0.1:${port}${path}" >/dev/null
wrk -t "${threads}" -c "${connections}" -d "${duration}" --latency -H "${auth}" "http://127.0.0.1:${port}${path}"
