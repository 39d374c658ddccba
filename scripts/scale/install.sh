#!/usr/bin/env bash
# Tools for the cluster recipe of docs/SCALE.md (not needed by `npm ci`, the extension or the tests):
#   - Dask and Dask distributed from Debian (python3-dask, python3-distributed: Debian's /usr/bin/python3);
#   - DuckDB's Node.js API from npm (@duckdb/node-api; its native binary ships inside the registry
#     package @duckdb/node-bindings-linux-x64), installed into a folder of its own, by default
#     ~/.cache/seed-facts/scale (SEED_FACTS_SCALE_TOOLS overrides), never into the repository.
# Re-running it is cheap: what is already there is kept.
set -euo pipefail
TOOLS="${SEED_FACTS_SCALE_TOOLS:-$HOME/.cache/seed-facts/scale}"
DUCKDB_VERSION="1.5.6-r.1"

if ! /usr/bin/python3 -c 'import dask.bag, distributed' 2>/dev/null; then
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO="sudo"
	$SUDO apt-get update
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends python3-dask python3-distributed
fi

if [ ! -f "$TOOLS/node_modules/@duckdb/node-api/package.json" ]; then
	mkdir -p "$TOOLS"
	[ -f "$TOOLS/package.json" ] || echo '{ "name": "seed-facts-scale-tools", "private": true }' > "$TOOLS/package.json"
	npm install --prefix "$TOOLS" --no-audit --no-fund "@duckdb/node-api@$DUCKDB_VERSION"
fi

/usr/bin/python3 -c 'import dask, distributed; print("dask", dask.__version__, "distributed", distributed.__version__)'
echo "DuckDB Node API in $TOOLS/node_modules/@duckdb/node-api"
