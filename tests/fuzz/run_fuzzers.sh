#!/usr/bin/env bash
# Builds every tests/fuzz/fuzz_<name>.cpp with clang, libFuzzer and AddressSanitizer in its own
# build folder, then runs each for a bounded time on its seed corpus (tests/data/<name>).
# Usage: run_fuzzers.sh [SECONDS_PER_TARGET]   (default 30). Exits non-zero on any crash.
set -euo pipefail
seconds=${1:-30}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${ZTPW_FUZZ_BUILD_DIR:-$source_dir/build-fuzz}

shopt -s nullglob
targets=("$source_dir"/tests/fuzz/fuzz_*.cpp)
if [[ ${#targets[@]} -eq 0 ]]; then
    echo "no fuzz targets"
    exit 0
fi

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DZTPW_BUILD_FUZZERS=ON -DZTPW_BUILD_GUI=OFF -DZTPW_BUILD_TESTS=OFF
cmake --build "$build_dir" --parallel "$(nproc)"

failed=0
for source in "${targets[@]}"; do
    name=$(basename "$source" .cpp)
    # A target names its seed folder in a line "// seed corpus: tests/data/..."; the default is
    # tests/data/<name without fuzz_>.
    seed_line=$(grep -m1 -o 'seed corpus: [^ ]*' "$source" | cut -d' ' -f3 || true)
    corpus_seed="$source_dir/${seed_line:-tests/data/${name#fuzz_}}"
    work_corpus=$(mktemp -d)
    seeds=()
    [[ -d $corpus_seed ]] && seeds=("$corpus_seed")
    echo "== $name for ${seconds}s"
    if ! ASAN_OPTIONS=detect_leaks=1 "$build_dir/fuzz/$name" -max_total_time="$seconds" \
        -max_len=65536 -print_final_stats=1 "$work_corpus" "${seeds[@]}" >"$build_dir/$name.log" 2>&1; then
        echo "FAIL: $name crashed; the input and stack are in $build_dir/$name.log"
        tail -n 40 "$build_dir/$name.log"
        failed=1
    else
        grep -E '^stat::number_of_executed_units' "$build_dir/$name.log" || true
    fi
    rm -rf "$work_corpus"
done
exit "$failed"
