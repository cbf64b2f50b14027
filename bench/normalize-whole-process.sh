#!/usr/bin/env bash
# Whole-process comparison of examples/normalize (-preset search) with bleve's
# normalize_ar (cmd/bleve-normalize) on 25 MB of Arabic news: the ANT corpus
# twice over. Needs ../../shared/corpus/ant-v1.1.txt; uses hyperfine when
# installed (apt-get install -y hyperfine), else /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")"
corpus=../../shared/corpus/ant-v1.1.txt
[ -f "$corpus" ] || { echo "$corpus not present" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat "$corpus" "$corpus" >"$tmp/news.txt"
go build -o "$tmp/bleve-normalize" ./cmd/bleve-normalize
(cd .. && go build -o "$tmp/normalize" ./examples/normalize)
# The lucene preset must give bleve's output byte for byte.
cmp <("$tmp/normalize" -preset lucene "$tmp/news.txt") <("$tmp/bleve-normalize" "$tmp/news.txt")
if command -v hyperfine >/dev/null; then
  hyperfine -N -w 3 -r "${RUNS:-20}" \
    "$tmp/normalize -preset search $tmp/news.txt" \
    "$tmp/normalize -preset lucene $tmp/news.txt" \
    "$tmp/bleve-normalize $tmp/news.txt"
else
  for cmd in "$tmp/normalize -preset search" "$tmp/normalize -preset lucene" "$tmp/bleve-normalize"; do
    /usr/bin/time -f "$cmd: %e s wall, %U s user, %M KB max RSS" $cmd "$tmp/news.txt" >/dev/null
  done
fi
