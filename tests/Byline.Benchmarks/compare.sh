#!/usr/bin/env bash
# Extraction speed now against extraction at an earlier git revision, measured in one process in alternating rounds.
# usage (from the repository root): tests/Byline.Benchmarks/compare.sh REV [ROUNDS]     e.g. compare.sh HEAD~5
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rev=${1:?usage: compare.sh REV [ROUNDS]}
work=$(mktemp -d)
cleanup() { git -C "$root" worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
git -C "$root" worktree add --detach "$work/tree" "$rev" >/dev/null 2>&1
dotnet build "$work/tree/src/Generator" -c Release -o "$work/other" -v q -nologo >/dev/null
dotnet run -c Release --project "$root/tests/Byline.Benchmarks" -- compare "$work/other/Byline.Generator.dll" "${2:-7}"
