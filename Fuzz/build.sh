#!/usr/bin/env bash
# Builds every fuzz target with libFuzzer and AddressSanitizer into .build-fuzz/debug (at the package root)/fuzz-*.
# SANITIZERS=fuzzer to build without ASan. SCRATCH overrides the build folder.
set -euo pipefail
cd "$(dirname "$0")"
SCRATCH=${SCRATCH:-../.build-fuzz}
SANITIZERS=${SANITIZERS:-fuzzer,address}
# SwiftPM does not notice a new source file in a path dependency without replanning.
rm -f "$SCRATCH/debug.yaml"
swift build -c debug --scratch-path "$SCRATCH" -Xswiftc "-sanitize=$SANITIZERS" -Xswiftc -parse-as-library "$@"
