#!/bin/sh
# Concord against the reference tools, in one run (see docs/benchmarks.md):
#   1. SGP4: concord-benchmarks (1,000 LEO x 1,440 one-minute steps) vs python-sgp4's
#      SatrecArray on the same workload (Benchmarks/reference/sgp4_reference.py): rates and ratio.
#   2. Passes: 100 near-earth objects x the 10 stations of reference/stations_bench10.csv x 7 days
#      at 10 deg: `concord bench passes` CPU time vs skyfield's find_events
#      (reference/passes_reference.py), and the two pass lists compared (compare_passes.py).
#
# Needs ../shared/data beside the repository (or CONCORD_SHARED_DATA) and
#   pip install sgp4 numpy skyfield   (and pyorbital for the AOS/LOS comparison)
# Usage: Benchmarks/run-comparison.sh [--quick]   (--quick: 20 satellites x 1 day for the passes)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
reference="$here/reference"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

satellites=100
days=7
if [ "${1:-}" = "--quick" ]; then satellites=20; days=1; fi

python3 -c 'import sgp4, numpy, skyfield' 2>/dev/null || {
    echo "run-comparison: needs python-sgp4, numpy and skyfield: pip install sgp4 numpy skyfield" >&2
    exit 1
}

echo "== machine"
uname -srm
uptime
nproc
python3 -c 'import sgp4, skyfield, numpy; print("python-sgp4", sgp4.__version__, "skyfield", skyfield.__version__, "numpy", numpy.__version__)'
swift --version 2>&1 | head -1

echo "== build (release)"
(cd "$root" && swift build -c release --product concord 2>&1 | tail -1)
(cd "$here" && swift build -c release 2>&1 | tail -1)
concord="$root/.build/release/concord"
benchmarks="$here/.build/release/concord-benchmarks"

echo
echo "== SGP4: 1000 LEO x 1440 min, per core"
python3 "$reference/sgp4_reference.py" | tee "$work/sgp4_python.txt"
rate=$(sed -n 's/^reference rate for concord-benchmarks --reference-rate: //p' "$work/sgp4_python.txt")
"$benchmarks" --reference-rate "$rate" | tee "$work/sgp4_concord.txt"
python_sum=$(sed -n 's/.*checksum sum|r| = \([0-9.]*\) km.*/\1/p' "$work/sgp4_python.txt")
concord_sum=$(sed -n 's/^checksum sum|r| = \([0-9.]*\) km.*/\1/p' "$work/sgp4_concord.txt")
echo "checksum sum|r|: python-sgp4 $python_sum km, concord $concord_sum km"

echo
echo "== passes: $satellites near-earth x 10 stations x $days days at 10 deg"
python3 - "$satellites" > "$work/satellites.tle" <<PY
import sys
sys.path.insert(0, "$reference")
from catalog import near_earth_workload
for name, line1, line2 in near_earth_workload(int(sys.argv[1])):
    print(name); print(line1); print(line2)
PY
end=$(python3 -c "from datetime import datetime, timedelta; print((datetime(2026, 3, 19) + timedelta(days=$days)).isoformat() + 'Z')")
"$concord" bench passes --satellites "$satellites" --days "$days" --threads 1 --repetitions 3 | tee "$work/passes_bench.txt"
"$concord" passes --tle "$work/satellites.tle" --stations "$reference/stations_bench10.csv" \
    --from 2026-03-19T00:00:00Z --to "$end" --format csv --threads 1 --output "$work/concord.csv"
python3 "$reference/passes_reference.py" --tle "$work/satellites.tle" --satellites "$satellites" --stations "$reference/stations_bench10.csv" \
    --days "$days" --out "$work/skyfield.csv" 2> "$work/skyfield.txt"
cat "$work/skyfield.txt"
concord_cpu=$(sed -n 's/.*| 1 thread: [0-9]* passes, cpu \([0-9.]*\) s.*/\1/p' "$work/passes_bench.txt")
skyfield_cpu=$(sed -n 's/.*passes, cpu \([0-9.]*\) s.*/\1/p' "$work/skyfield.txt")
python3 -c "print(f'ratio skyfield/concord CPU time: {$skyfield_cpu / $concord_cpu:.1f}x (concord {$concord_cpu:.3f} s, skyfield {$skyfield_cpu:.3f} s, one core)')"
python3 "$reference/compare_passes.py" "$work/concord.csv" "$work/skyfield.csv"

echo
echo "== passes: 20 near-earth x 10 stations x 1 day against pyorbital (AOS/LOS reference)"
if python3 -c 'import pyorbital' 2>/dev/null; then
    python3 "$reference/passes_pyorbital.py" --satellites 20 --days 1 --stations "$reference/stations_bench10.csv" \
        --out "$work/pyorbital.csv"
    "$concord" passes --tle "$work/satellites.tle" --stations "$reference/stations_bench10.csv" \
        --from 2026-03-19T00:00:00Z --to 2026-03-20T00:00:00Z --format csv --output "$work/concord_1d.csv"
    python3 "$reference/compare_passes.py" "$work/concord_1d.csv" "$work/pyorbital.csv" pyorbital
else
    echo "pyorbital not installed (pip install pyorbital): skipped"
fi
