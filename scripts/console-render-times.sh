#!/usr/bin/env bash
# Server-side render time of each console page, from its Server-Timing header: the first
# request (cold caches when the server has just started), then the median and maximum of N
# more (default 10), and the spans of the last one (where the time went: session, records,
# passes, schedules, timeline, tables, template).
# Usage: scripts/console-render-times.sh http://127.0.0.1:8080 '<one-time sign-in link>' [N]
# The week of the published demo schedule is this week from Monday (UTC); `span=week` alone
# starts today.
set -euo pipefail
base="${1:?server address, e.g. http://127.0.0.1:8080}"
link="${2:?a one-time sign-in link (printed by concord serve, or concord admin console-link)}"
count="${3:-10}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
curl -s -o /dev/null -c "$jar" "$link"
grep -q concord_session "$jar" || { echo "sign-in failed: the link is spent or expired" >&2; exit 1; }
weekday="$(date -u +%u)"
monday="$(date -u -d "-$((weekday - 1)) days" +%F)"
timing() { # the Server-Timing value of one request
    curl -s -D - -o /dev/null -b "$jar" "$base$1" | tr -d '\r' | sed -n 's/^[Ss]erver-[Tt]iming: //p'
}
printf '%-60s %8s %8s %8s  %s\n' page first_ms median max spans_of_the_last
for path in /console/overview /console/map '/console/map?sc=iss&sc=hst&sc=sentinel-2c&orbits=3' \
    /console/schedule '/console/schedule?span=week' "/console/schedule?span=week&day=$monday" \
    "/console/schedule?span=week&day=$monday&sc=hst" "/console/schedule?span=week&day=$monday&sc=sentinel-2c" \
    "/console/schedule?day=$monday&sc=iss&pass=0" '/console/schedule?sc=iss&pass=0' /console/registry \
    /console/conjunctions /console/data; do
    first="$(timing "$path" | sed 's/^render;dur=\([0-9.]*\).*/\1/')"
    times=()
    last=""
    for _ in $(seq "$count"); do
        last="$(timing "$path")"
        times+=("$(printf '%s' "$last" | sed 's/^render;dur=\([0-9.]*\).*/\1/')")
    done
    spans="$(printf '%s' "$last" | sed 's/^render;dur=[0-9.]*,\{0,1\} *//; s/;dur=/=/g; s/, / /g')"
    printf '%s\n' "${times[@]}" | sort -g | awk -v p="$path" -v f="$first" -v s="$spans" '{v[NR]=$1} END {
        m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%-60s %8.1f %8.1f %8.1f  %s\n", p, f, m, v[NR], s }'
done
