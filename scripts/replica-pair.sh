#!/usr/bin/env bash
# A MariaDB primary (binlog on) and one replica, from the mariadbd already installed, in temporary data
# directories on their own ports; the service on 3306 is left alone. For the several-instances test.
#   scripts/replica-pair.sh start [DIR]   → prints PRIMARY_URL=… and REPLICA_URL=…
#   scripts/replica-pair.sh stop  [DIR]
# Ports: PAIR_PRIMARY_PORT (3316) and PAIR_REPLICA_PORT (3317).
set -euo pipefail
cmd=${1:-start}
dir=${2:-${TMPDIR:-/tmp}/sl-replica-pair}
pport=${PAIR_PRIMARY_PORT:-3316}
rport=${PAIR_REPLICA_PORT:-3317}
mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
client=$(command -v mariadb || command -v mysql)
user_opt=()
[ "$(id -u)" = 0 ] && user_opt=(--user=root)

sql() { "$client" --protocol=tcp -h127.0.0.1 -P"$1" -uroot -N -e "$2"; }

start_one() { # name port server-id
  local d="$dir/$1"
  mkdir -p "$d"
  if [ ! -d "$d/data/mysql" ]; then
    mariadb-install-db --no-defaults "${user_opt[@]}" --datadir="$d/data" --auth-root-authentication-method=normal --skip-test-db > "$d/install.log" 2>&1
  fi
  "$mariadbd" --no-defaults "${user_opt[@]}" --datadir="$d/data" --port="$2" --bind-address=127.0.0.1 \
    --socket="$d/mysqld.sock" --pid-file="$d/mysqld.pid" --server-id="$3" --log-bin="$d/data/binlog" \
    --binlog-format=ROW --log-slave-updates --innodb-buffer-pool-size=128M --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci > "$d/mariadbd.log" 2>&1 &
  for _ in $(seq 1 60); do
    sql "$2" 'SELECT 1' > /dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "mariadbd $1 did not start; see $d/mariadbd.log" >&2
  tail -20 "$d/mariadbd.log" >&2
  return 1
}

stop_one() {
  local pidfile="$dir/$1/mysqld.pid"
  if [ -f "$pidfile" ]; then
    local pid
    pid=$(cat "$pidfile")
    kill "$pid" 2> /dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2> /dev/null || break; sleep 0.5; done
  fi
}

case "$cmd" in
  start)
    rm -rf "$dir"
    mkdir -p "$dir"
    start_one primary "$pport" 1
    start_one replica "$rport" 2
    # the replica starts from the primary's current position and follows it with GTIDs
    pos=$(sql "$pport" 'SELECT @@gtid_binlog_pos')
    sql "$rport" "SET GLOBAL gtid_slave_pos = '$pos'; CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$pport, MASTER_USER='root', MASTER_PASSWORD='', MASTER_USE_GTID=slave_pos; SET GLOBAL read_only = 1; START SLAVE;"
    sql "$pport" "CREATE DATABASE serviceledger CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; CREATE DATABASE pair_probe; CREATE TABLE pair_probe.t (id INT PRIMARY KEY); INSERT INTO pair_probe.t VALUES (1)"
    for _ in $(seq 1 60); do
      [ "$(sql "$rport" 'SELECT COUNT(*) FROM pair_probe.t' 2> /dev/null)" = 1 ] && break
      sleep 0.5
    done
    [ "$(sql "$rport" 'SELECT COUNT(*) FROM pair_probe.t')" = 1 ] || { echo 'the replica does not follow the primary' >&2; sql "$rport" 'SHOW SLAVE STATUS\G' >&2; exit 1; }
    sql "$pport" 'DROP DATABASE pair_probe'
    echo "PRIMARY_URL=mysql://root@127.0.0.1:$pport/serviceledger"
    echo "REPLICA_URL=mysql://root@127.0.0.1:$rport/serviceledger"
    echo "PRIMARY_PORT=$pport"
    echo "REPLICA_PORT=$rport"
    ;;
  stop)
    stop_one replica
    stop_one primary
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop [DIR]" >&2
    exit 2
    ;;
esac
