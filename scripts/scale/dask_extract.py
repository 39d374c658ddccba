#!/usr/bin/python3
"""Seed Facts on a Dask cluster: the CLI as a pipe stage (docs/SCALE.md).

The list of seeds becomes a Dask bag; each partition's paths are written to the standard input of
`node dist/cli.js extract --jobs 1 --quiet -` (what Spark's RDD.pipe does), its JSON Lines become the
partition's elements, and the bag is written as OUT/part-NNNN.jsonl. Dask brings the parallelism (one
process per core, on one machine or many), so each stage runs one worker thread (--jobs 1).

  /usr/bin/python3 scripts/scale/dask_extract.py CORPUS OUT                 # a local cluster, one worker per core
  /usr/bin/python3 scripts/scale/dask_extract.py --workers 2 --partition-mb 50 CORPUS OUT
  /usr/bin/python3 scripts/scale/dask_extract.py --scheduler tcp://HOST:8786 CORPUS OUT   # an existing cluster

CORPUS is a folder (its .txt files, recursively) or a file listing one path per line. On a cluster every
worker needs Node.js 20, this repository's dist/cli.js and the corpus at the same paths (shared storage).
Unreadable seeds are reported by the CLI (exit 1) and skipped; any other failure fails the partition.
"""
import argparse
import math
import os
import resource
import subprocess
import sys
import time

import dask.bag as db
from dask.distributed import Client, LocalCluster

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def seed_paths(corpus):
    if os.path.isfile(corpus):
        with open(corpus, encoding="utf-8") as f:
            return [line.rstrip("\r\n") for line in f if line.strip()]
    paths = []
    for folder, dirs, files in os.walk(corpus):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "node_modules")
        paths.extend(os.path.join(folder, name) for name in sorted(files) if name.lower().endswith(".txt"))
    return paths


def extract_partition(paths, node, cli, cwd):
    """The pipe stage: paths in (NUL-separated on stdin), JSON Lines out (one element per line)."""
    paths = list(paths)
    if not paths:
        return []
    run = subprocess.run(
        [node, cli, "extract", "--jobs", "1", "--quiet", "-"],
        input="\0".join(paths).encode("utf-8"),
        capture_output=True,
        cwd=cwd,
        check=False,
    )
    if run.returncode not in (0, 1):
        raise RuntimeError(f"seed-facts exited with {run.returncode}: {run.stderr.decode('utf-8', 'replace')}")
    if run.stderr:
        sys.stderr.write(run.stderr.decode("utf-8", "replace"))
    # Split on "\n" only: a JSON string may hold U+2028 unescaped, which str.splitlines would cut.
    text = run.stdout.decode("utf-8")
    return text.split("\n")[:-1] if text else []


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="local cluster: worker processes")
    parser.add_argument("--partitions", type=int, help="default: one per --partition-mb of seeds, at least one per core")
    parser.add_argument("--partition-mb", type=float, default=100, help="target partition size (default 100 MB: each stage's Node process warms up once, about 1 s of CPU)")
    parser.add_argument("--node", default="node")
    parser.add_argument("--cli", default=os.path.join(ROOT, "dist", "cli.js"))
    args = parser.parse_args()

    paths = seed_paths(args.corpus)
    size = sum(os.path.getsize(p) for p in paths)
    if args.scheduler:
        client = Client(args.scheduler)
        cores = sum(w["nthreads"] for w in client.scheduler_info()["workers"].values())
    else:
        # Loopback only, no dashboard: nothing listens beyond this machine.
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
        cores = args.workers
    partitions = args.partitions or max(cores, math.ceil(size / (args.partition_mb * 1e6)))
    os.makedirs(args.out, exist_ok=True)
    started = time.perf_counter()
    bag = db.from_sequence(paths, npartitions=min(partitions, max(1, len(paths))))
    lines = bag.map_partitions(extract_partition, args.node, os.path.abspath(args.cli), os.getcwd())
    lines.to_textfiles(os.path.join(args.out, "part-*.jsonl"), name_function=lambda i: f"{i:04d}", encoding="utf-8", last_endline=True)
    seconds = time.perf_counter() - started
    client.close()
    if not args.scheduler:
        cluster.close()
    mb = size / 1e6
    line = (
        f"dask_extract: {len(paths)} seeds, {mb:.1f} MB in {seconds:.2f} s on {cores} core(s): "
        f"{mb / seconds:.2f} MB/s, {mb / seconds / cores:.2f} MB/s per core"
    )
    if not args.scheduler:
        # Local cluster: CPU time of every process it ran (workers, nannies and the CLI stages),
        # which is the figure to plan with on a loaded machine.
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        line += f", {usage.ru_utime + usage.ru_stime:.1f} s CPU ({mb / (usage.ru_utime + usage.ru_stime):.2f} MB per CPU-second)"
    print(f"{line}; JSON Lines in {args.out}/part-*.jsonl", file=sys.stderr)

if __name__ == "__main__":
    main()
