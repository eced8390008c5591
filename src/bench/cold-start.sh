#!/usr/bin/env bash
# Cold start of `./workbench check` on this repository's project, against a bare `java -version`
# with the very JVM options the launcher runs the command with (its archive included), both in
# one run: hyperfine (Debian package hyperfine) when installed, else alternating whole processes
# timed by /usr/bin/time (package time). Prints the load, each command's median and mean wall
# time and CPU, and the ratio of the two.
# Usage: src/bench/run cold-start [--runs N] [--warmup N] [--time]   (--time: /usr/bin/time even with hyperfine)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
runs=20
warmup=3
hyperfine=$(command -v hyperfine || true)
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --time) hyperfine=""; shift ;;
    *) echo "cold-start: unknown option $1 (--runs N, --warmup N, --time)" >&2; exit 2 ;;
  esac
done

# The first run builds and records the archive when needed: not part of what is measured.
./workbench check >/dev/null
mapfile -t opts < <(WORKBENCH_PRINT_JVM_OPTIONS=1 ./workbench)
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
version="$java_cmd ${opts[*]} -version"
check="./workbench check"

echo "cold start: $(nproc) cores, $("$java_cmd" -version 2>&1 | head -n 1)"
echo "JVM options: ${opts[*]}"
echo "load before: $(uptime | sed 's/.*load average: //')"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mean() { awk '{ s += $1 } END { print s / NR }'; }

if [ -n "$hyperfine" ]; then
  "$hyperfine" -w "$warmup" -r "$runs" --export-json "$scratch/runs.json" "$check" "$version"
  # every run's wall time, one a line: "command wall CPU"; hyperfine gives CPU as a mean only
  python3 - "$scratch/runs.json" > "$scratch/times" <<'PY'
import json, sys
for i, r in enumerate(json.load(open(sys.argv[1]))["results"]):
    for t in r["times"]:
        print(i, t, r["user"] + r["system"])
PY
  cpu_kind="mean (hyperfine)"
else
  for _ in $(seq "$warmup"); do $check >/dev/null 2>&1; $version >/dev/null 2>&1; done
  : > "$scratch/times"
  cpu_kind="median"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '0 %e %U %S' -o "$scratch/t" $check >/dev/null 2>&1
    awk '{ print $1, $2, $3 + $4 }' "$scratch/t" >> "$scratch/times"
    /usr/bin/time -f '1 %e %U %S' -o "$scratch/t" $version >/dev/null 2>&1
    awk '{ print $1, $2, $3 + $4 }' "$scratch/t" >> "$scratch/times"
  done
fi
echo "load after: $(uptime | sed 's/.*load average: //')"
for i in 0 1; do
  name=$([ "$i" = 0 ] && echo "./workbench check" || echo "java -version (same options)")
  wall_median=$(awk -v i="$i" '$1 == i { print $2 }' "$scratch/times" | median)
  wall_mean=$(awk -v i="$i" '$1 == i { print $2 }' "$scratch/times" | mean)
  cpu_median=$(awk -v i="$i" '$1 == i { print $3 }' "$scratch/times" | median)
  printf '%-30s wall median %.3f s, mean %.3f s; CPU (user+sys) %s %.3f s\n' "$name" "$wall_median" \
    "$wall_mean" "$cpu_kind" "$cpu_median"
  eval "wall$i=$wall_median cpu$i=$cpu_median"
done
# shellcheck disable=SC2154
awk -v a="$wall0" -v b="$wall1" -v c="$cpu0" -v d="$cpu1" \
  'BEGIN { printf "ratio check / java -version: wall %.1fx, CPU %.1fx (targets: check <= 1.0 s wall idle, <= 2x)\n", a / b, c / d }'
