#!/bin/sh
# Screening speed and recall, side by side in one run (docs/screening.md):
#   Concord (screening-benchmarks, release) and astroz (pip install astroz) on the same catalog,
#   start, span and threshold, one after the other, each under /usr/bin/time -v (wall, CPU, peak
#   memory); then their agreement, and recall against the python reference when REFERENCE=1
#   (slow: ~30-60 min for the full catalog over 24 h).
# Usage: Benchmarks/screening/run-benchmark.sh [HOURS] [THRESHOLD_KM] [CATALOG] [START]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bench=$(cd "$here/.." && pwd)
hours=${1:-24}
km=${2:-5}
catalog=${3:-$bench/../../shared/data/catalog/full_catalog_3le_2023-09-04.txt.gz}
start=${4:-2023-09-04T00:00:00Z}
out=${OUT:-$bench/.build/screening}
mkdir -p "$out"
plain="$out/catalog.tle"
case "$catalog" in *.gz) gzip -dc "$catalog" > "$plain" ;; *) cp "$catalog" "$plain" ;; esac

(cd "$bench" && swift build -c release --product screening-benchmarks >/dev/null)
echo "== load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

echo "== concord"
/usr/bin/time -v "$bench/.build/release/screening-benchmarks" "$plain" "$start" "$hours" "$km" "$out/concord.json" \
    2> "$out/concord.time"
grep -E "Elapsed|User time|System time|Maximum resident" "$out/concord.time"

echo "== astroz"
/usr/bin/time -v python3 "$here/astroz_screen.py" "$plain" "$start" "$hours" "$km" "$out/astroz.json" \
    2> "$out/astroz.time"
grep -E "Elapsed|User time|System time|Maximum resident" "$out/astroz.time"

python3 - "$out/concord.time" "$out/astroz.time" <<'PY'
import re, sys
def read(path):
    text = open(path).read()
    cpu = sum(float(re.search(k + r" \(seconds\): ([\d.]+)", text).group(1)) for k in ("User time", "System time"))
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text).group(1).split(":")
    wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
    return cpu, wall
c, a = read(sys.argv[1]), read(sys.argv[2])
print(f"== ratio astroz/concord: CPU {a[0] / c[0]:.1f}x, wall {a[1] / c[1]:.1f}x")
PY
echo "== astroz events (as reference) against concord"
python3 "$here/compare.py" "$out/astroz.json" "$out/concord.json" | head -8 || true

if [ "${REFERENCE:-0}" = 1 ]; then
    echo "== python reference"
    python3 "$here/reference_screen.py" "$catalog" "$start" "$hours" "$km" "$out/reference.json"
    python3 "$here/compare.py" "$out/reference.json" "$out/concord.json"
fi
