#!/bin/sh
# Benchmarks storport.CallbackRace and storport-race-check against their
# baselines, on the same translation units, in one run:
#   (a)  clang -fsyntax-only                        one process per file
#   (b)  clang --analyze, core checkers only        one process per file
#   (c)  (b) + the storport.CallbackRace plugin     one process per file
#   (d1) storport-race-check -j 1 on all files      one process
#   (d2) storport-race-check -j 2 on all files      one process
# for two workloads: examples/virtdisk and a generated driver of about K KLOC
# (tools/gen-driver.py, into build-<N>/bench/). The configurations run
# interleaved, R times each; the table shows the median wall time, ratios to
# (a) and (b), and peak memory (largest resident set of any process of the
# configuration, over all repetitions).
#
# Usage: tools/bench.sh [LLVM major] [--repeat R] [--kloc K]
#        (defaults: 19, 3, 50)
# Builds the plugin and the tool with tools/build.sh when they are missing.
# Writes only under build-<N>/ (analysis output goes to /dev/null). Missing a
# target is reported, not an error: the exit status is non-zero (2) only when
# something could not be run (a failed run is still reported in the table).
set -u

v=19
repeat=3
kloc=50
while [ $# -gt 0 ]; do
  case $1 in
  --repeat) repeat=${2:?--repeat needs a value}; shift 2 ;;
  --repeat=*) repeat=${1#*=}; shift ;;
  --kloc) kloc=${2:?--kloc needs a value}; shift 2 ;;
  --kloc=*) kloc=${1#*=}; shift ;;
  -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
  [0-9]*) v=$1; shift ;;
  *) echo "bench: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
case $v$repeat$kloc in
*[!0-9]*) echo "bench: LLVM major, --repeat and --kloc must be numbers" >&2; exit 2 ;;
esac
if [ "$repeat" -lt 1 ] || [ "$kloc" -lt 1 ]; then
  echo "bench: --repeat and --kloc must be at least 1" >&2
  exit 2
fi

die() { echo "bench: $*" >&2; exit 2; }

root=$(cd "$(dirname "$0")/.." && pwd)
bdir=$root/build-$v
clang=/usr/lib/llvm-$v/bin/clang
[ -x "$clang" ] || die "$clang not found; run tools/setup.sh $v"
command -v python3 >/dev/null 2>&1 || die "python3 is needed"
plugin=$bdir/StorportRace-clang$("$clang" -dumpversion).so
tool=$bdir/storport-race-check
if [ ! -f "$plugin" ] || [ ! -x "$tool" ]; then
  echo "bench: building the plugin and the tool for LLVM $v" >&2
  "$root/tools/build.sh" "$v" >/dev/null || die "tools/build.sh $v failed"
fi
[ -f "$plugin" ] || die "the build did not produce $plugin"
[ -x "$tool" ] || die "the build did not produce $tool"

work=$bdir/bench
out=$work/out
mkdir -p "$out" || die "cannot create $out"
rm -f "$out"/*

# ---- workloads --------------------------------------------------------------
flags="--target=x86_64-pc-windows-msvc -fms-extensions \
-I$root/test/Inputs/wdk -I$root/test/Inputs/common"
gen=$work/gen-${kloc}k
python3 "$root/tools/gen-driver.py" --out "$gen" --kloc "$kloc" --seed 1 \
  --shape wdk >"$work/gen.log" 2>&1 || { cat "$work/gen.log" >&2; die "gen-driver failed"; }
expected=$(sed -n 's/^expected findings: //p' "$work/gen.log")

workloads="virtdisk gen${kloc}k"
wl_dir() { case $1 in virtdisk) echo "$root/examples/virtdisk" ;; *) echo "$gen" ;; esac; }
wl_files() {
  (cd "$(wl_dir "$1")" && for f in ./*.c; do [ -f "$f" ] && echo "${f#./}"; done |
    LC_ALL=C sort)
}

# One shell script per (workload, configuration): the batch that is timed.
configs="a b c d1 d2"
core="--analyze --analyzer-no-default-checks -Xclang -analyzer-checker=core -o /dev/null"
race="-Xclang -load -Xclang $plugin -Xclang -analyzer-checker=storport.CallbackRace"
for wl in $workloads; do
  dir=$(wl_dir "$wl")
  files=$(wl_files "$wl" | tr '\n' ' ')
  [ -n "$files" ] || die "no sources in $dir"
  for cfg in $configs; do
    s=$out/run-$wl-$cfg.sh
    {
      echo "cd '$dir' || exit 3"
      case $cfg in
      a | b | c)
        case $cfg in
        a) opts="-fsyntax-only" ;;
        b) opts=$core ;;
        c) opts="$core $race" ;;
        esac
        echo "for f in $files; do"
        echo "  '$clang' $flags $opts \"\$f\" || exit 3"
        echo "done"
        ;;
      d1 | d2)
        echo "'$tool' -j ${cfg#d} $files -- $flags >/dev/null"
        echo "rc=\$?; [ \$rc -le 1 ] || exit 3"
        ;;
      esac
      echo "exit 0"
    } >"$s"
  done
done

# ---- measurement --------------------------------------------------------------
# Wall time from python3's monotonic clock; peak memory from GNU time's %M
# (maximum resident set of the batch's processes, descendants included), or,
# without /usr/bin/time, from getrusage(RUSAGE_CHILDREN) in the same wrapper.
# The report shows medians in seconds (3 decimals) and judges the targets on
# the ratios of those medians, to 3 decimals.
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
  memsrc="/usr/bin/time -f %M"
else
  memsrc="getrusage(RUSAGE_CHILDREN)"
fi
cat >"$work/measure.py" <<'EOF'
import os, resource, subprocess, sys, time
script, errfile, memfile, use_time = sys.argv[1:5]
cmd = ["sh", script]
if use_time == "1":
    cmd = ["/usr/bin/time", "-f", "%M", "-o", memfile] + cmd
with open(errfile, "w") as err:
    t0 = time.monotonic()
    rc = subprocess.call(cmd, stdin=subprocess.DEVNULL, stderr=err)
    wall = time.monotonic() - t0
if use_time == "1":
    lines = [l for l in open(memfile).read().split("\n") if l.strip().isdigit()]
    kb = int(lines[-1]) if lines else 0
else:
    kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
print("%.4f %d %d" % (wall, kb, rc))
EOF
use_time=0
[ "$memsrc" = "getrusage(RUSAGE_CHILDREN)" ] || use_time=1

measure() { # workload config rep
  s=$out/run-$1-$2.sh
  res=$(python3 "$work/measure.py" "$s" "$out/err-$1-$2-$3.txt" \
    "$out/mem-$1-$2.txt" "$use_time") || die "cannot run $s"
  # shellcheck disable=SC2086 # "wall kb rc": split on purpose
  set -- "$1" "$2" "$3" $res
  if [ "$6" -ne 0 ]; then
    # Recorded and reported; the other runs go on, the exit status says so.
    echo "bench: $2 FAILED on $1 in repetition $3 (exit $6); last lines of" \
      "$out/err-$1-$2-$3.txt:" >&2
    tail -n 5 "$out/err-$1-$2-$3.txt" >&2
    echo "$1 $2 $3" >>"$out/failures.txt"
    return 0
  fi
  echo "$4" >>"$out/t-$1-$2.txt"
  echo "$5" >>"$out/m-$1-$2.txt"
  echo "$3" >>"$out/ok-$1-$2.txt"
}

echo "bench: LLVM $v ($("$clang" --version | sed -n 1p)), $(nproc 2>/dev/null || echo '?') CPUs," \
  "$repeat repetitions, memory from $memsrc" >&2
for wl in $workloads; do # warm the page cache; not timed
  sh "$out/run-$wl-a.sh" 2>/dev/null || die "clang -fsyntax-only fails on $wl"
done
rep=1
while [ "$rep" -le "$repeat" ]; do
  # Interleaved, and the order rotates so no configuration always runs first.
  order=$configs
  k=1
  while [ "$k" -lt "$rep" ]; do
    first=${order%% *}; order="${order#* } $first"; k=$((k + 1))
  done
  for wl in $workloads; do
    for cfg in $order; do
      echo "bench: repetition $rep/$repeat: $wl ($cfg)" >&2
      measure "$wl" "$cfg" "$rep"
    done
  done
  rep=$((rep + 1))
done

# ---- report -------------------------------------------------------------------
median() {
  [ -s "$1" ] || { printf -- "-"; return; }
  LC_ALL=C sort -g "$1" | awk '{v[NR]=$1} END {
    if (NR % 2) printf "%.3f", v[(NR+1)/2]; else printf "%.3f", (v[NR/2]+v[NR/2+1])/2 }'
}
maxmb() {
  [ -s "$1" ] || { printf -- "-"; return; }
  awk 'BEGIN{m=0} {if ($1>m) m=$1} END {printf "%.1f", m/1024}' "$1"
}
nfail() { # workload config -> failed runs
  [ -f "$out/failures.txt" ] || { echo 0; return; }
  awk -v w="$1" -v c="$2" '$1 == w && $2 == c { n++ } END { print n + 0 }' "$out/failures.txt"
}
ratio() { awk -v x="$1" -v y="$2" 'BEGIN {
  if (x != "-" && y != "-" && y > 0) printf "%.2f", x/y; else printf "-" }'; }
ratio3() { awk -v x="$1" -v y="$2" 'BEGIN {
  if (x != "-" && y != "-" && y > 0) printf "%.3f", x/y; else printf "-" }'; }
label() {
  case $1 in
  a) echo "(a)  clang -fsyntax-only" ;;
  b) echo "(b)  clang --analyze, core only" ;;
  c) echo "(c)  (b) + storport.CallbackRace" ;;
  d1) echo "(d)  storport-race-check -j 1" ;;
  d2) echo "(d2) storport-race-check -j 2" ;;
  esac
}
verdict() { awk -v r="$1" -v lim="$2" -v op="$3" 'BEGIN {
  if (r == "-") { print "UNKNOWN"; exit }
  ok = (op == "le") ? (r + 0 <= lim + 0) : (r + 0 < lim + 0); print (ok ? "MET" : "MISSED") }'; }
findings() { # workload config -> the tool's finding count (first good run)
  [ -s "$out/ok-$1-$2.txt" ] || { echo "-"; return; }
  sed -n 's/^storport-race-check: \([0-9]*\) finding.*/\1/p' \
    "$out/err-$1-$2-$(sed -n 1p "$out/ok-$1-$2.txt").txt" | tail -n 1
}

report=$work/results.txt
{
  echo "storport-race benchmark: LLVM $v, $repeat repetitions (median wall time)," \
    "$(nproc 2>/dev/null || echo '?') CPUs, peak memory from $memsrc"
  for wl in $workloads; do
    dir=$(wl_dir "$wl")
    nf=$(wl_files "$wl" | wc -l)
    nl=$(cd "$dir" && cat ./*.c ./*.h | wc -l)
    echo
    echo "$wl: $nf .c files, $nl lines (with headers)"
    printf '  %-36s %9s %9s %9s %9s\n' "configuration" "seconds" "x(a)" "x(b)" "peak MB"
    ta=$(median "$out/t-$wl-a.txt")
    tb=$(median "$out/t-$wl-b.txt")
    for cfg in $configs; do
      t=$(median "$out/t-$wl-$cfg.txt")
      f=$(nfail "$wl" "$cfg")
      note=""
      [ "$f" -eq 0 ] || note="  ($f of $repeat runs FAILED)"
      printf '  %-36s %9s %9s %9s %9s%s\n' "$(label "$cfg")" "$t" "$(ratio "$t" "$ta")" \
        "$(ratio "$t" "$tb")" "$(maxmb "$out/m-$wl-$cfg.txt")" "$note"
    done
    tc=$(median "$out/t-$wl-c.txt")
    td=$(median "$out/t-$wl-d1.txt")
    rc=$(ratio3 "$tc" "$tb")
    rd=$(ratio3 "$td" "$ta")
    echo "  target: checker adds <= 10% over core-only, (c)/(b) = $rc <= 1.10:" \
      "$(verdict "$rc" 1.10 le)"
    echo "  target: whole-driver run < 3x syntax-only, (d)/(a) = $rd < 3:" \
      "$(verdict "$rd" 3 lt)"
    n1=$(findings "$wl" d1)
    n2=$(findings "$wl" d2)
    pw=$(cat "$out"/err-"$wl"-c-*.txt | grep -c '\[storport.CallbackRace\]' || true)
    pw=$((pw / repeat))
    case $wl in
    virtdisk) exp="" ;;
    *) exp=" (expected $expected: $([ "$n1" = "$expected" ] && echo match || echo DIFFERENT))" ;;
    esac
    echo "  storport-race-check findings: -j 1: $n1, -j 2: $n2$exp;" \
      "plugin warnings, file by file: $pw"
  done
} >"$report"
if [ -s "$out/failures.txt" ]; then
  {
    echo
    echo "FAILED runs (workload configuration repetition; stderr in $out/err-*):"
    sed 's/^/  /' "$out/failures.txt"
  } >>"$report"
fi
cat "$report"
echo "bench: results in $report; generated driver in $gen" >&2
[ ! -s "$out/failures.txt" ] || exit 2
exit 0
