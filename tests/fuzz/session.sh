#!/usr/bin/env bash
# Bounded libFuzzer sessions, one target after the other, each on a copy of
# its seed corpus (the seeds in the repository are never written):
#
#   tests/fuzz/session.sh [SECONDS] [TARGET…]      (default: 180 s, all nine)
#
# Needs the libFuzzer build (README.md here). Each target's new inputs, log
# and any crash-<sha1> go to $FUZZ_OUT/<target>/ (default /tmp/quarry-fuzz);
# the last line of a log gives its executions. A crash stops that target
# only; the summary is $FUZZ_OUT/status.
set -u
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${FUZZ_BUILD:-$root/build/fuzz}"
out="${FUZZ_OUT:-/tmp/quarry-fuzz}"
seconds="${1:-180}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(csvreader xlsxreader odsreader vcardreader rowbuilder email phone fold leadcodec)
declare -A maxlen=([phone]=64 [fold]=256 [email]=512 [leadcodec]=2048 [rowbuilder]=2048 [csvreader]=4096
                   [vcardreader]=4096 [xlsxreader]=8192 [odsreader]=8192)
export LC_ALL=C.UTF-8 QT_HASH_SEED=0
mkdir -p "$out"
for name in "${targets[@]}"; do
    dir="$out/$name"
    rm -rf "$dir" && mkdir -p "$dir/corpus"
    cp "$root/tests/fuzz/corpus/$name/"* "$dir/corpus/"
    "$build/tests/fuzz/fuzz_$name" "$dir/corpus" -max_total_time="$seconds" -max_len="${maxlen[$name]:-4096}" \
        -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$dir/" -print_final_stats=1 >"$dir/log" 2>&1
    echo "$name exit $? $(grep -h '^Done' "$dir/log")" | tee -a "$out/status"
done
