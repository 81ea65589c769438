#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the benchmarks, made as ./test.sh --postgres makes its own (Debian's package,
# initdb in a folder of its own, the server on 127.0.0.1) but with the settings of a real server: fsync and
# synchronous_commit on, and memory sized as docs/BENCHMARKS.md « PostgreSQL » says.
#
#   tests/ClasseCRM.Benchmarks/postgres.sh start   prints the line to export (CLASSECRM_BENCH_POSTGRES=…)
#   tests/ClasseCRM.Benchmarks/postgres.sh stop    stops the server and deletes its folder
#   tests/ClasseCRM.Benchmarks/postgres.sh halt    stops the server and keeps its folder (start starts it again)
#   tests/ClasseCRM.Benchmarks/postgres.sh psql    a psql on the benchmark's database (classecrm_bench_school; CLASSECRM_BENCH_PGDB names another)
#
# CLASSECRM_BENCH_PGDIR (default /tmp/classecrm-bench-pg) is the cluster's folder: a kept folder is started again
# as it is (with the académie's generated database in it: CLASSECRM_BENCH_KEEP=1); CLASSECRM_BENCH_PGPORT its port.
set -euo pipefail
dir=${CLASSECRM_BENCH_PGDIR:-/tmp/classecrm-bench-pg}
port=${CLASSECRM_BENCH_PGPORT:-45433}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)"; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# A small server's settings (2 cores, 24 GiB shared with other work): a quarter of the memory at most for the cache
# PostgreSQL manages, the rest left to the system's page cache (effective_cache_size tells the planner about it).
settings=(
  -c listen_addresses=127.0.0.1 -c max_connections=200
  -c shared_buffers=2GB -c effective_cache_size=8GB -c work_mem=8MB -c maintenance_work_mem=512MB
  -c random_page_cost=1.1 -c effective_io_concurrency=200
  -c max_wal_size=4GB -c checkpoint_timeout=15min -c checkpoint_completion_target=0.9
  -c max_parallel_workers_per_gather=1 -c jit=off
  -c track_io_timing=on -c shared_preload_libraries=pg_stat_statements
)

case "${1:-start}" in
  start)
    if [ ! -d "$dir/data" ]; then
      mkdir -p "$dir"
      if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
      as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    fi
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 120 start -o "-p $port -k $dir ${settings[*]}" >/dev/null
    echo "export CLASSECRM_BENCH_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Maximum Pool Size=50'"
    ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  halt)
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
    ;;
  psql)
    shift
    exec "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d "${CLASSECRM_BENCH_PGDB:-classecrm_bench_school}" "$@"
    ;;
  *) echo "usage: $0 start|stop|halt|psql"; exit 1 ;;
esac
