#!/usr/bin/env bash
# Sets up .venv with the test and Dataflow extras if needed, then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
./bootstrap.sh test,dataflow
exec .venv/bin/python -m pytest tests "$@"
