#!/usr/bin/env bash
# Creates ./.venv and installs this package with its pinned dependencies.
#   ./bootstrap.sh                 the pipeline only
#   ./bootstrap.sh test,dataflow   plus extras
# Idempotent: re-installs only when setup.py or the requested extras change.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON="${PYTHON:-python3}"
EXTRAS="${1:-}"
hash=$(sha1sum setup.py | cut -c1-12)
stamp=".venv/.installed-${hash}-${EXTRAS//,/_}"
if [ ! -x .venv/bin/python ]; then
  echo "[setup] creating virtual environment in .venv" >&2
  "$PYTHON" -m venv .venv
fi
if [ ! -f "$stamp" ]; then
  echo "[setup] installing the pipeline and its pinned dependencies${EXTRAS:+ [$EXTRAS]}" >&2
  # Only the machine-level "index location ignored" notices are filtered; errors still show.
  quiet() { { "$@" 2>&1; } | { grep -v "is ignored: it is neither" >&2 || true; }; }
  quiet .venv/bin/python -m pip install --quiet --upgrade pip
  quiet .venv/bin/python -m pip install --quiet -e ".${EXTRAS:+[$EXTRAS]}"
  find .venv -maxdepth 1 -name '.installed-*' ! -name ".installed-${hash}-*" -delete
  touch "$stamp"
fi
