#!/usr/bin/env bash
# Benchmarks Goalpost against Spectral and Redocly on real specs, whole process, and Goalpost in a warm JVM.
#
#   bench/run.sh              compare tools on the benchmark specs (see bench/README.md)
#   bench/run.sh --scaling    time every corpus root in a warm JVM: bytes against milliseconds, with a fit
#   bench/run.sh --inprocess  only the warm-JVM table of the compare mode (e.g. to try INPROC_JAVA_OPTS)
#   bench/run.sh --small      every corpus root under 200 KB, Goalpost and Redocly alternating: median ratio
#   bench/run.sh --one-run    the whole corpus in ONE invocation of each tool: wall time and peak RSS
#   bench/run.sh --warm-g1    GitHub linted warm in separate JVMs on G1 with default settings, as in Maven
#   bench/run.sh --writers    every report format writing 10,000 and 100,000 synthetic findings (no corpus needed)
#
# Settings (environment):
#   RUNS=5             whole-process runs per tool and spec (Goalpost, Redocly)
#   SPECTRAL_RUNS=2    runs for Spectral, which takes 1.5-2 minutes per run on GitHub and MS Graph
#   SPECTRAL=on        off: leave Spectral out
#   SPECS="a b"        benchmark specs, relative to the corpus (default: the seven below)
#   WARMUP=3 INPROC_RUNS=5   in-process warm-up and measured runs per spec
#   INPROC_JAVA_OPTS=""       JVM options of the in-process run (default none: the JVM's own, G1, as Maven's)
#   INPROC_OFF=""             rules turned off in the in-process run (e.g. core/spec-structure, to see its cost)
#   CORPUS=../shared/corpus  PEERS=bench/peers (installed there when missing)
#   SMALL_KB=200       --small: roots below this size (bytes of the root file, from roots.tsv)
#   TRIALS=10 TRIAL_WARMUP=5   --warm-g1: separate JVMs, and warm-up lints in each before the measured one
#   OUT=bench/results/<time> where the raw numbers go
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd -P)
root=$(cd "$here/.." && pwd -P)
cd "$root"

mode=compare
case ${1:-} in
    --scaling) mode=scaling ;;
    --inprocess) mode=inprocess ;;
    --small) mode=small ;;
    --one-run) mode=one-run ;;
    --warm-g1) mode=warm-g1 ;;
    --writers) mode=writers ;;
    "") ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "usage: bench/run.sh [--scaling | --inprocess | --small | --one-run | --warm-g1 | --writers]" >&2; exit 2 ;;
esac

if [ "$mode" = writers ]; then
    # Linear writers take about ten times as long for ten times the findings.
    jar=$root/cli/target/goalpost.jar
    [ -f "$jar" ] || mvn -B -q -ntp package -DskipTests >&2
    OUT=${OUT:-$root/bench/results/$(date -u +%Y%m%dT%H%M%SZ)-writers}
    mkdir -p "$OUT"
    { java -cp "$jar" dev.goalpost.cli.WriterBenchmark 10000; \
      java -cp "$jar" dev.goalpost.cli.WriterBenchmark 100000 | tail -n +2; } > "$OUT/writers.tsv"
    column -t -s$'\t' "$OUT/writers.tsv" | tee "$OUT/writers.txt"
    exit 0
fi

RUNS=${RUNS:-5}
SPECTRAL_RUNS=${SPECTRAL_RUNS:-2}
SPECTRAL=${SPECTRAL:-on}
WARMUP=${WARMUP:-3}
INPROC_RUNS=${INPROC_RUNS:-5}
CORPUS=$(cd "${CORPUS:-$root/../shared/corpus}" 2>/dev/null && pwd -P) || {
    echo "bench: no corpus at ${CORPUS:-$root/../shared/corpus}; set CORPUS" >&2; exit 2; }
PEERS=${PEERS:-$root/bench/peers}
OUT=${OUT:-$root/bench/results/$(date -u +%Y%m%dT%H%M%SZ)-$mode}
DEFAULT_SPECS="oai-examples/v3.0/petstore.yaml stripe/spec3.2023-09-12.yaml stripe/spec3.2022-04-12.json
kubernetes/swagger.json digitalocean/specification/DigitalOcean-public.v2.yaml github/api.github.com.json
apis-guru/microsoft.com/graph.json"
read -r -a specs <<< "$(echo ${SPECS:-$DEFAULT_SPECS})"
TIME=/usr/bin/time
mkdir -p "$OUT"

# ---- prerequisites ------------------------------------------------------------------------------------
launcher=$root/cli/target/goalpost
jar=$root/cli/target/goalpost.jar
if [ ! -x "$launcher" ] || [ ! -f "$jar" ]; then
    echo "bench: building the launcher (mvn -B -q package -DskipTests)" >&2
    mvn -B -q -ntp package -DskipTests >&2
fi
[ -x "$TIME" ] || { echo "bench: $TIME (GNU time) is needed for peak RSS" >&2; exit 2; }
if { [ "$mode" = compare ] || [ "$mode" = small ] || [ "$mode" = one-run ]; } \
    && [ ! -x "$PEERS/node_modules/.bin/redocly" ]; then
    echo "bench: installing Spectral and Redocly into $PEERS" >&2
    "$root/../shared/peers/install.sh" "$PEERS" >&2
fi

machine() {
    echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "cpu:     $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
    echo "cores:   $(nproc)"
    echo "memory:  $(free -h 2>/dev/null | awk '/^Mem:/ {print $2}')"
    echo "load:    $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) (1, 5, 15 min; anything near the core count means a busy machine)"
    echo "java:    $(java -version 2>&1 | head -1)"
    echo "node:    $(node --version 2>/dev/null || echo none)"
    echo "goalpost: $("$launcher" --version 2>/dev/null)"
}
machine | tee "$OUT/machine.txt"
echo

# ---- scaling: every corpus root in one warm JVM -------------------------------------------------------
if [ "$mode" = scaling ]; then
    mapfile -t roots < <(tail -n +2 "$CORPUS/roots.tsv" | cut -f1)
    echo "timing ${#roots[@]} corpus roots in one JVM (warm-up 1, median of 3) ..." >&2
    (cd "$CORPUS" && java -Dwarmup=1 -Druns=3 -cp "$jar" "$here/src/InProcessBenchmark.java" "${roots[@]}") \
        > "$OUT/scaling.tsv"
    # Least squares: total_ms = a + b * MB, with R^2; then a scatter plot.
    awk -F'\t' 'NR > 1 { x = $2 / 1e6; y = $6; n++; sx += x; sy += y; sxx += x*x; sxy += x*y; syy += y*y }
        END {
            b = (n*sxy - sx*sy) / (n*sxx - sx*sx); a = (sy - b*sx) / n
            r2 = (n*sxy - sx*sy)^2 / ((n*sxx - sx*sx) * (n*syy - sy*sy))
            printf "%d documents, %.1f MB: total_ms = %.1f + %.1f * MB (R^2 = %.3f)\n", n, sx, a, b, r2
        }' "$OUT/scaling.tsv" | tee "$OUT/fit.txt"
    awk -F'\t' -v fit="$(cat "$OUT/fit.txt")" 'NR > 1 { x[NR] = $2 / 1e6; y[NR] = $6; if (x[NR] > mx) mx = x[NR]; if (y[NR] > my) my = y[NR] }
        END {
            w = 800; h = 500; m = 60
            printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n", w, h
            printf "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n"
            printf "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", m, h-m, w-m, h-m
            printf "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", m, m, m, h-m
            printf "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">MB read (max %.1f)</text>\n", w/2, h-20, mx
            printf "<text x=\"15\" y=\"%d\" transform=\"rotate(-90 15 %d)\" text-anchor=\"middle\">ms, warm JVM (max %d)</text>\n", h/2, h/2, my
            printf "<text x=\"%d\" y=\"30\" text-anchor=\"middle\">%s</text>\n", w/2, fit
            for (i in x) printf "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"steelblue\" fill-opacity=\"0.6\"/>\n", m + (w-2*m) * x[i] / mx, h - m - (h-2*m) * y[i] / my
            print "</svg>"
        }' "$OUT/scaling.tsv" > "$OUT/scaling.svg"
    sort -t$'\t' -k6 -n -r "$OUT/scaling.tsv" | head -6 | column -t -s$'\t'
    echo "raw numbers: $OUT/scaling.tsv, plot: $OUT/scaling.svg"
    exit 0
fi

# ---- warm G1: GitHub in separate JVMs with the JVM's defaults, as inside a Maven build ---------------------
if [ "$mode" = warm-g1 ]; then
    TRIALS=${TRIALS:-10}
    TRIAL_WARMUP=${TRIAL_WARMUP:-5}
    spec=${SPECS:-github/api.github.com.json}
    echo "warm lint of $spec: $TRIALS JVMs, G1 and default heap (no options), $TRIAL_WARMUP warm-up lints each" >&2
    printf 'trial\ttotal_ms\n' > "$OUT/warm-g1.tsv"
    # Compiled once, so that no trial's heap holds the compiler as a single-file source run would.
    javac -d "$OUT/classes" -cp "$jar" "$here/src/InProcessBenchmark.java"
    for trial in $(seq 1 "$TRIALS"); do
        ms=$(java -Dwarmup="$TRIAL_WARMUP" -Druns=1 -cp "$jar:$OUT/classes" dev.goalpost.bench.InProcessBenchmark "$CORPUS/$spec" \
            | awk -F'\t' 'NR == 2 { print $6 }')
        printf '%d\t%s\n' "$trial" "$ms" >> "$OUT/warm-g1.tsv"
        echo "  trial $trial: $ms ms" >&2
    done
    # mawk has no asort: sort first, then read the sorted column.
    tail -n +2 "$OUT/warm-g1.tsv" | cut -f2 | sort -n | awk '{ v[NR] = $1; if ($1 <= 400) ok++ }
        END { printf "%d of %d trials at or under 400 ms; median %s ms, worst %s ms\n", ok, NR, v[int((NR + 1) / 2)], v[NR] }' \
        | tee "$OUT/summary.txt"
    exit 0
fi

bin=$PEERS/node_modules/.bin

# ---- small: every root under SMALL_KB, one run of each tool per root, alternating ----------------------------
if [ "$mode" = small ]; then
    SMALL_KB=${SMALL_KB:-200}
    mapfile -t roots < <(awk -F'\t' -v max=$((SMALL_KB * 1024)) 'NR > 1 && $3 < max { print $1 }' "$CORPUS/roots.tsv")
    echo "${#roots[@]} corpus roots under $SMALL_KB KB, Goalpost and Redocly alternating" >&2
    printf 'spec\tgoalpost_s\tredocly_s\tratio\n' > "$OUT/small.tsv"
    i=0
    for spec in "${roots[@]}"; do
        i=$((i + 1))
        g() { $TIME -f '%e' -o "$OUT/g.txt" "$launcher" lint --default-goal all --fail-on never --format json \
                  --output "$OUT/out.json" "$CORPUS/$spec" > /dev/null 2>&1 || true; }
        r() { REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true $TIME -f '%e' -o "$OUT/r.txt" \
                  "$bin/redocly" lint --format json --max-problems 1000000 "$CORPUS/$spec" > "$OUT/out.json" 2>&1 || true; }
        if [ $((i % 2)) = 0 ]; then g; r; else r; g; fi
        gs=$(tail -1 "$OUT/g.txt"); rs=$(tail -1 "$OUT/r.txt")
        printf '%s\t%s\t%s\t%s\n' "$spec" "$gs" "$rs" "$(awk -v g="$gs" -v r="$rs" 'BEGIN { printf "%.3f", g / r }')" \
            >> "$OUT/small.tsv"
    done
    tail -n +2 "$OUT/small.tsv" | sort -t$'\t' -k4 -g | awk -F'\t' '{ v[NR] = $4; g += $2; r += $3 }
        END { printf "%d roots: median ratio Goalpost/Redocly %.2f (quartiles %.2f-%.2f); summed %.1f s vs %.1f s\n",
              NR, v[int((NR + 1) / 2)], v[int((NR + 3) / 4)], v[int((3 * NR + 1) / 4)], g, r }' \
        | tee "$OUT/summary.txt"
    rm -f "$OUT/out.json" "$OUT/g.txt" "$OUT/r.txt"
    exit 0
fi

# ---- one run: the whole corpus in one invocation of each tool -----------------------------------------------
if [ "$mode" = one-run ]; then
    mapfile -t roots < <(tail -n +2 "$CORPUS/roots.tsv" | cut -f1)
    echo "${#roots[@]} corpus roots in one invocation of each tool, ${RUNS} runs alternating" >&2
    printf 'tool\trun\tseconds\trss_kb\n' > "$OUT/one-run.tsv"
    for run in $(seq 1 "$RUNS"); do
        for tool in goalpost redocly; do
            (cd "$CORPUS" && case $tool in
                goalpost) $TIME -f '%e %M' -o "$OUT/time.txt" "$launcher" lint --default-goal all --fail-on never \
                              --format json --output "$OUT/out.json" "${roots[@]}" > /dev/null 2> "$OUT/err.$tool.txt" ;;
                redocly) REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true $TIME -f '%e %M' -o "$OUT/time.txt" \
                              "$bin/redocly" lint --format json --max-problems 1000000 "${roots[@]}" > "$OUT/out.json" \
                              2> "$OUT/err.$tool.txt" ;;
            esac) || true
            read -r seconds rss < <(tail -1 "$OUT/time.txt")
            printf '%s\t%s\t%s\t%s\n' "$tool" "$run" "$seconds" "$rss" >> "$OUT/one-run.tsv"
            printf '  %-8s run %d: %7.2f s %6d MB\n' "$tool" "$run" "$seconds" $((rss / 1024)) >&2
        done
    done
    median() { # tool column
        awk -F'\t' -v tool="$1" -v col="$2" '$1 == tool { print $col }' "$OUT/one-run.tsv" | sort -g \
            | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
    }
    gt=$(median goalpost 3); gm=$(median goalpost 4); rt=$(median redocly 3); rm=$(median redocly 4)
    awk -v gt="$gt" -v gm="$gm" -v rt="$rt" -v rm="$rm" 'BEGIN {
            printf "| Goalpost | Redocly | time G/R |\n|---|---|---|\n| %.1f s / %d MB | %.1f s / %d MB | %.2f |\n",
                   gt, gm / 1024, rt, rm / 1024, gt / rt }' \
        | tee "$OUT/summary.md"
    rm -f "$OUT/out.json" "$OUT/time.txt"
    exit 0
fi

# ---- in process: the same linter object, warm, as in a Maven build that lints many specs ----------------
inprocess() {
    echo
    echo "In process, warm JVM (median ms; warm-up $WARMUP, runs $INPROC_RUNS; JVM options: ${INPROC_JAVA_OPTS:-none}):"
    local paths=()
    for spec in "${specs[@]}"; do paths+=("$CORPUS/$spec"); done
    # shellcheck disable=SC2086
    java ${INPROC_JAVA_OPTS:-} -Dwarmup="$WARMUP" -Druns="$INPROC_RUNS" -Doff="${INPROC_OFF:-}" -cp "$jar" \
        "$here/src/InProcessBenchmark.java" "${paths[@]}" | sed "s|$CORPUS/||" > "$OUT/inprocess.tsv"
    column -t -s$'\t' "$OUT/inprocess.tsv" | tee "$OUT/inprocess.txt"
}
if [ "$mode" = inprocess ]; then
    inprocess
    echo
    echo "raw numbers: $OUT"
    exit 0
fi

# ---- compare: whole process, tools alternating --------------------------------------------------------
runs=$OUT/runs.tsv
printf 'tool\tspec\trun\tseconds\trss_kb\texit\n' > "$runs"

measure() { # tool spec run
    local tool=$1 spec=$2 run=$3 path=$CORPUS/$2 out=$OUT/out.$1.json stats=$OUT/time.txt code=0
    case $tool in
        goalpost) $TIME -f '%e %M' -o "$stats" "$launcher" lint --default-goal all --fail-on never --format json \
                      --output "$out" "$path" > /dev/null 2> "$OUT/err.$tool.txt" || code=$? ;;
        redocly) REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true $TIME -f '%e %M' -o "$stats" \
                      "$bin/redocly" lint --format json --max-problems 1000000 "$path" > "$out" 2> "$OUT/err.$tool.txt" || code=$? ;;
        spectral) $TIME -f '%e %M' -o "$stats" "$bin/spectral" lint -r "$PEERS/spectral-oas.yaml" -f json -o "$out" -q \
                      "$path" > /dev/null 2> "$OUT/err.$tool.txt" || code=$? ;;
    esac
    # GNU time appends "Command exited with non-zero status N" before the figures; keep the last line.
    read -r seconds rss < <(tail -1 "$stats")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$spec" "$run" "$seconds" "$rss" "$code" >> "$runs"
    printf '  %-8s %-55s run %d: %6.2f s %6d MB exit %d\n' "$tool" "$spec" "$run" "$seconds" $((rss / 1024)) "$code" >&2
}

for run in $(seq 1 "$RUNS"); do
    for spec in "${specs[@]}"; do
        tools=(goalpost redocly)
        if [ "$SPECTRAL" = on ] && [ "$run" -le "$SPECTRAL_RUNS" ]; then tools+=(spectral); fi
        # Rotate the order every run so no tool always runs first (cold caches) or last (hot caches).
        n=${#tools[@]}
        for i in $(seq 0 $((n - 1))); do
            measure "${tools[$(( (i + run) % n ))]}" "$spec" "$run"
        done
    done
done

echo
echo "Whole process, median of runs (exit 1 = findings, not a failure; exit >= 2 is marked !):"
awk -F'\t' -v order="${specs[*]}" '
    NR > 1 { key = $1 SUBSEP $2; n[key]++; t[key, n[key]] = $4; m[key, n[key]] = $5; if ($6 >= 2) bad[key] = 1 }
    function median(a, key, count,    i, j, v, tmp) {
        for (i = 1; i <= count; i++) v[i] = a[key, i]
        for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (v[j] < v[i]) { tmp = v[i]; v[i] = v[j]; v[j] = tmp }
        return count % 2 ? v[(count + 1) / 2] : (v[count / 2] + v[count / 2 + 1]) / 2
    }
    function cell(tool, spec,    key) {
        key = tool SUBSEP spec
        if (!(key in n)) { T = ""; M = ""; return "-" }
        T = median(t, key, n[key]); M = median(m, key, n[key]) / 1024
        return sprintf("%.2f s / %d MB%s (%d)", T, M, (key in bad) ? " !" : "", n[key])
    }
    END {
        printf "| spec | Goalpost | Redocly | Spectral | time G/R | time G/S | RSS G/R |\n|---|---|---|---|---|---|---|\n"
        split(order, specs, " ")
        for (s = 1; s in specs; s++) {
            spec = specs[s]
            g = cell("goalpost", spec); gt = T; gm = M
            r = cell("redocly", spec); rt = T; rm = M
            p = cell("spectral", spec); pt = T
            printf "| %s | %s | %s | %s | %s | %s | %s |\n", spec, g, r, p,
                (rt > 0 ? sprintf("%.2f", gt / rt) : "-"), (pt > 0 ? sprintf("%.3f", gt / pt) : "-"),
                (rm > 0 ? sprintf("%.2f", gm / rm) : "-")
        }
    }' "$runs" | tee "$OUT/summary.md"

inprocess
rm -f "$OUT"/out.*.json "$OUT/time.txt"
echo
echo "raw numbers: $OUT"
