#!/usr/bin/env bash
# Score the extractor on the seed gold with the shared scorer (a development aid: the
# project never needs ../shared to build or run). Usage: scripts/eval.sh [--no-date] [--errors]
set -euo pipefail
cd "$(dirname "$0")/.."
# The shared scorer sits beside the repository (or beside the folder of worktrees).
if [ -z "${SCORER:-}" ]; then
  for c in ../shared/eval/score.py ../../shared/eval/score.py; do
    [ -f "$c" ] && SCORER=$c && break
  done
fi
[ -n "${SCORER:-}" ] || { echo "set SCORER=path/to/score.py" >&2; exit 2; }
GOLD=${GOLD:-tests/gold}
NODATE=""; ERRORS=""
for a in "$@"; do
  case "$a" in
    --no-date) NODATE=--no-date ;;
    --errors) ERRORS=--errors ;;
    *) echo "usage: $0 [--no-date] [--errors]" >&2; exit 2 ;;
  esac
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$SCORER" --gold "$GOLD" --docs "$tmp/docs.jsonl" $NODATE
cargo run -q --release --bin frontera -- extract < "$tmp/docs.jsonl" > "$tmp/out.jsonl"
python3 "$SCORER" --gold "$GOLD" --pred "$tmp/out.jsonl" $ERRORS
