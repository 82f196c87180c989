#!/usr/bin/env bash
# Creates ./.venv and installs the package with its pinned dependencies.
# Idempotent: re-runs only when setup.py changed since the last install.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON="${PYTHON:-python3}"
EXTRAS="${1:-test}"
stamp=".venv/.installed-$(sha1sum setup.py | cut -c1-12)-${EXTRAS//,/_}"
if [ ! -x .venv/bin/python ]; then
  echo "[setup] creating virtual environment in .venv" >&2
  "$PYTHON" -m venv .venv
fi
if [ ! -f "$stamp" ]; then
  echo "[setup] installing the pipeline and its pinned dependencies ([$EXTRAS])" >&2
  # Filter only the machine-level "index location ignored" noise; real errors still show.
  quiet() { { "$@" 2>&1; } | { grep -v "is ignored: it is neither" >&2 || true; }; }
  quiet .venv/bin/python -m pip install --quiet --upgrade pip
  quiet .venv/bin/python -m pip install --quiet -e ".[$EXTRAS]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
