#!/usr/bin/env bash
# Sets up .venv if needed, then runs the corpus job locally.
#   ./run_local.sh                      bundled samples -> ./output (replaced on each run)
#   ./run_local.sh --input 'dumps/*.warc.gz' --output out/ [pipeline or Beam options]
set -euo pipefail
cd "$(dirname "$0")"
./bootstrap.sh
if [ $# -eq 0 ]; then
  set -- --input 'samples/warc/*' --input 'samples/jsonl/*' --input 'samples/html/*' \
         --input 'samples/text/*' --output output --overwrite
fi
exec .venv/bin/python -m pipeline "$@"
