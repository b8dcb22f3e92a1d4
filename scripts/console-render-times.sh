#!/usr/bin/env bash
# Server-side render time of each console page, from its Server-Timing header: median and
# maximum of N requests (default 10), after one warm-up request per page.
# Usage: scripts/console-render-times.sh http://127.0.0.1:8080 '<one-time sign-in link>' [N]
set -euo pipefail
base="${1:?server address, e.g. http://127.0.0.1:8080}"
link="${2:?a one-time sign-in link (printed by concord serve, or concord admin console-link)}"
count="${3:-10}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
curl -s -o /dev/null -c "$jar" "$link"
grep -q concord_session "$jar" || { echo "sign-in failed: the link is spent or expired" >&2; exit 1; }
printf '%-44s %10s %10s\n' page median_ms max_ms
for path in /console/overview /console/map '/console/map?sc=iss&sc=hst&sc=sentinel-2c&orbits=3' \
    /console/schedule '/console/schedule?span=week' '/console/schedule?sc=iss&pass=0' /console/registry \
    /console/conjunctions /console/data; do
    curl -s -o /dev/null -b "$jar" "$base$path"
    times=()
    for _ in $(seq "$count"); do
        times+=("$(curl -s -D - -o /dev/null -b "$jar" "$base$path" | tr -d '\r' \
            | sed -n 's/^[Ss]erver-[Tt]iming: render;dur=//p')")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk -v p="$path" '{v[NR]=$1} END {
        m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%-44s %10.1f %10.1f\n", p, m, v[NR] }'
done
