#!/usr/bin/env bash
# Goalpost against Spectral with the same Spectral ruleset (bench/spectral/ruleset.yaml, 40 rules) on GitHub's spec:
# whole processes, wall seconds and peak RSS, medians. See bench/README.md ("Spectral rulesets").
#   usage: bench/spectral.sh            (RUNS, SPECTRAL_RUNS, SPEC, RULESET, PEERS, CORPUS, OUT as below)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
CORPUS=${CORPUS:-$root/../shared/corpus}
PEERS=${PEERS:-$here/peers}
SPEC=${SPEC:-github/api.github.com.json}
RULESET=${RULESET:-$here/spectral/ruleset.yaml}
RUNS=${RUNS:-3}
SPECTRAL_RUNS=${SPECTRAL_RUNS:-1}
OUT=${OUT:-$here/results/$(date -u +%Y%m%dT%H%M%S)-spectral}
mkdir -p "$OUT"
[ -x "$root/cli/target/goalpost" ] || (cd "$root" && mvn -B -q package -DskipTests -Dinvoker.skip)
if [ ! -x "$PEERS/node_modules/.bin/spectral" ]; then
  "$root/../shared/peers/install.sh" "$PEERS" >/dev/null
fi
spec="$CORPUS/$SPEC"
measure() { # name, output, command...
  local name=$1 out=$2; shift 2
  /usr/bin/time -f '%e %M' -o "$OUT/time.tmp" "$@" >/dev/null 2>"$OUT/$name.stderr" || true
  read -r seconds kb < <(tail -1 "$OUT/time.tmp")
  echo "$name $seconds $((kb / 1024))" | tee -a "$OUT/runs.txt"
}
for i in $(seq 1 "$RUNS"); do
  measure goalpost "$OUT/goalpost.json" "$root/cli/target/goalpost" lint --spectral-ruleset "$RULESET" \
    --fail-on never --format json --output "$OUT/goalpost.json" "$spec"
done
for i in $(seq 1 "$SPECTRAL_RUNS"); do
  measure spectral "$OUT/spectral.json" "$PEERS/node_modules/.bin/spectral" lint -r "$RULESET" -f json \
    -o "$OUT/spectral.json" -q "$spec"
done
python3 - "$OUT" <<'PY'
import json, statistics, sys, collections
out = sys.argv[1]
runs = collections.defaultdict(list)
for line in open(out + '/runs.txt'):
    name, seconds, mb = line.split()
    runs[name].append((float(seconds), int(mb)))
med = {n: (statistics.median(s for s, _ in r), statistics.median(m for _, m in r), len(r)) for n, r in runs.items()}
g = json.load(open(out + '/goalpost.json'))
goalpost = sum(1 for s in g['specs'] for f in s['findings'] if f['rule'].startswith('spectral/'))
spectral = len(json.load(open(out + '/spectral.json')))
print('| tool | wall s (runs) | peak RSS MB | findings of the ruleset |')
print('|---|---|---|---|')
print('| Goalpost | %.2f (%d) | %d | %d |' % (med['goalpost'][0], med['goalpost'][2], med['goalpost'][1], goalpost))
print('| Spectral | %.2f (%d) | %d | %d |' % (med['spectral'][0], med['spectral'][2], med['spectral'][1], spectral))
print('\nGoalpost / Spectral wall time: %.3f' % (med['goalpost'][0] / med['spectral'][0]))
PY
