#!/usr/bin/env bash
# A three-node MariaDB Galera cluster from the mariadbd and galera-4 already installed, in temporary data
# directories on their own ports; the service on 3306 is left alone. The first node bootstraps the
# cluster, the other two join it by state transfer (rsync SST); a node killed and restarted rejoins by
# incremental transfer (IST) from the others' cache.
#   scripts/galera-cluster.sh start [DIR]          → prints NODE1_URL=… NODE2_URL=… NODE3_URL=… CLUSTER_URL=…
#   scripts/galera-cluster.sh stop [DIR]
#   scripts/galera-cluster.sh kill N [DIR]         → kill -9 of node N (1–3)
#   scripts/galera-cluster.sh restart N [DIR]      → node N rejoins the cluster
#   scripts/galera-cluster.sh status [DIR]         → each node's cluster size and state
# Ports: GALERA_BASE_PORT (3335): node N listens on BASE+N for clients, and on 4561+10N, +1 (IST), +2
# (SST) for the cluster.
set -euo pipefail
cmd=${1:-start}
case "$cmd" in kill | restart) node=${2:?which node (1-3)}; dir=${3:-${TMPDIR:-/tmp}/sl-galera} ;; *) dir=${2:-${TMPDIR:-/tmp}/sl-galera} ;; esac
base=${GALERA_BASE_PORT:-3335}
mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
client=$(command -v mariadb || command -v mysql)
provider=$(ls /usr/lib/galera/libgalera_smm.so /usr/lib/libgalera_smm.so 2> /dev/null | head -1)
user_opt=()
[ "$(id -u)" = 0 ] && user_opt=(--user=root)

port_of() { echo $((base + $1)); }
gport_of() { echo $((4561 + 10 * $1)); }
sql() { "$client" --protocol=tcp -h127.0.0.1 -P"$(port_of "$1")" -uroot -N -e "$2"; }
members() { echo "gcomm://127.0.0.1:$(gport_of 1),127.0.0.1:$(gport_of 2),127.0.0.1:$(gport_of 3)"; }

start_node() { # N [bootstrap]
  local n=$1 d="$dir/node$1" g
  g=$(gport_of "$n")
  mkdir -p "$d"
  if [ "${2:-}" = bootstrap ] && [ ! -d "$d/data/mysql" ]; then
    mariadb-install-db --no-defaults "${user_opt[@]}" --datadir="$d/data" --auth-root-authentication-method=normal --skip-test-db > "$d/install.log" 2>&1
  elif [ ! -d "$d/data" ]; then
    # a joiner starts empty and receives everything by SST (rsync: as nobody when started by root, so
    # the directory is made its below; a throw-away cluster under /tmp)
    mkdir -p "$d/data"
  fi
  local cluster
  cluster=$(members)
  [ "${2:-}" = bootstrap ] && cluster=gcomm://
  local opts=(--no-defaults "${user_opt[@]}" --datadir="$d/data" --port="$(port_of "$n")" --bind-address=127.0.0.1
    --socket="$d/mysqld.sock" --pid-file="$d/mysqld.pid" --skip-name-resolve
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=128M
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2
    --wsrep-on=ON --wsrep-provider="$provider" --wsrep-cluster-name=serviceledger --wsrep-node-name="node$n"
    --wsrep-cluster-address="$cluster" --wsrep-node-address="127.0.0.1:$g"
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$g;ist.recv_addr=127.0.0.1:$((g + 1));gcache.size=256M"
    --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:$((g + 2))")
  local start_at=()
  if [ -f "$d/data/grastate.dat" ] && grep -q 'seqno: *-1' "$d/data/grastate.dat"; then
    # killed: the position it reached is in InnoDB, recovered as galera_recovery does under systemd,
    # so it rejoins by IST from the others' cache instead of a whole state transfer
    "$mariadbd" "${opts[@]}" --wsrep-recover --log-error="$d/recover.log" > /dev/null 2>&1 || true
    local pos
    pos=$(grep -o 'Recovered position: [^ ]*' "$d/recover.log" | tail -1 | cut -d' ' -f3)
    [ -n "$pos" ] && start_at=(--wsrep-start-position="$pos")
  fi
  # a state transfer, if one is needed after all, is received by rsync running as nobody
  [ "$(id -u)" = 0 ] && [ "${2:-}" != bootstrap ] && chown -R nobody:nogroup "$d/data"
  "$mariadbd" "${opts[@]}" "${start_at[@]}" > "$d/mariadbd.log" 2>&1 &
  for _ in $(seq 1 120); do
    [ "$(sql "$n" "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'wsrep_local_state_comment'" 2> /dev/null)" = Synced ] && return 0
    sleep 0.5
  done
  echo "node $n did not join the cluster; see $d/mariadbd.log" >&2
  tail -30 "$d/mariadbd.log" >&2
  return 1
}

stop_node() { # N [signal]
  local pidfile="$dir/node$1/mysqld.pid"
  if [ -f "$pidfile" ]; then
    local pid
    pid=$(cat "$pidfile")
    kill "-${2:-TERM}" "$pid" 2> /dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2> /dev/null || break; sleep 0.5; done
    rm -f "$pidfile"
  fi
}

status() {
  for n in 1 2 3; do
    printf 'node%s (port %s): ' "$n" "$(port_of "$n")"
    sql "$n" "SELECT GROUP_CONCAT(VARIABLE_VALUE ORDER BY VARIABLE_NAME SEPARATOR ' ') FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN ('wsrep_cluster_size', 'wsrep_local_state_comment', 'wsrep_ready')" 2> /dev/null || echo down
  done
}

case "$cmd" in
  start)
    [ -n "$provider" ] || { echo 'galera-4 is not installed (libgalera_smm.so)' >&2; exit 1; }
    for n in 3 2 1; do stop_node "$n" KILL; done
    rm -rf "$dir"
    mkdir -p "$dir"
    start_node 1 bootstrap
    start_node 2
    start_node 3
    sql 1 "CREATE DATABASE serviceledger CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    [ "$(sql 3 "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'serviceledger'")" = 1 ] || {
      echo 'node 3 does not see what node 1 wrote' >&2
      exit 1
    }
    for n in 1 2 3; do echo "NODE${n}_URL=mysql://root@127.0.0.1:$(port_of "$n")/serviceledger"; done
    # what the app takes: every node, in the order its instances prefer them
    echo "CLUSTER_URL=mysql://root@127.0.0.1:$(port_of 1),127.0.0.1:$(port_of 2),127.0.0.1:$(port_of 3)/serviceledger"
    ;;
  stop) for n in 3 2 1; do stop_node "$n"; done; rm -rf "$dir" ;;
  kill) stop_node "$node" KILL ;;
  restart) start_node "$node" ;;
  status) status ;;
  *)
    echo "usage: $0 start|stop|status [DIR] | kill|restart N [DIR]" >&2
    exit 2
    ;;
esac
