#!/usr/bin/env bash
# Runs the forum as several nodes behind nginx, on PostgreSQL and Redis, on this machine.
#
#   scripts/cluster.sh [start] [--nodes N] [--port P] [--detach]   start everything and print the address;
#                                                                   Ctrl-C stops it all (--detach: return instead)
#   scripts/cluster.sh stop                                         stop what a detached start left running
#   scripts/cluster.sh node N                                       (re)start node N of a running cluster
#   scripts/cluster.sh redis stop|start                             stop or start the Redis of a running cluster
#
# Installs postgresql, redis-server and nginx with apt-get when they are missing, starts PostgreSQL (database
# `forum_cluster`, role `forum`), Redis on 127.0.0.1:6390 (the nodes' caches follow every node's commits through it,
# and it counts the per-address write limit), N forum nodes (default 3) on 127.0.0.1:5101.. and nginx
# on 127.0.0.1:P (default 8080) in front of them. The nodes run the Development environment by default, so the
# database gets the demo content and accounts; set FORUM_ENVIRONMENT=Production for an empty forum.
# FORUM_CLUSTER_DATABASE, FORUM_CLUSTER_REDIS_PORT and FORUM_CLUSTER_FIRST_NODE_PORT move the database and ports,
# so that two clusters can run side by side. The nodes write their email to one pickup folder, .cluster/mail (unless
# Email__PickupDirectory or Email__SmtpHost says otherwise); Forum__*/Email__* variables in the environment reach every node.
# Logs and process ids are kept in .cluster/.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly ROOT="$PWD" STATE="$PWD/.cluster"
DATABASE="${FORUM_CLUSTER_DATABASE:-forum_cluster}"
REDIS_PORT="${FORUM_CLUSTER_REDIS_PORT:-6390}"
FIRST_NODE_PORT="${FORUM_CLUSTER_FIRST_NODE_PORT:-5101}"
ENVIRONMENT="${FORUM_ENVIRONMENT:-Development}"
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

SUDO=""
[[ "$(id -u)" -eq 0 ]] || SUDO="sudo"
# shellcheck source=lib/packages.sh
source scripts/lib/packages.sh
# shellcheck source=lib/postgres.sh
source scripts/lib/postgres.sh

step() { printf '==> %s\n' "$*"; }
fail() { echo "scripts/cluster.sh: $*" >&2; exit 1; }

install_missing_packages() {
    local missing=()
    { installed postgresql && command -v pg_ctlcluster >/dev/null; } || missing+=(postgresql)
    { installed redis-server && command -v redis-server >/dev/null; } || missing+=(redis-server)
    { installed nginx && [[ -x /usr/sbin/nginx ]]; } || missing+=(nginx)
    ((${#missing[@]} == 0)) && return
    step "Installing ${missing[*]}"
    apt_install "${missing[@]}"
}

start_postgres() {
    postgres_ready || fail "PostgreSQL could not be started"
    # The forum creates and migrates its database itself; the nodes agree on who migrates.
    step "PostgreSQL is running on 127.0.0.1:5432 (database $DATABASE)"
}

start_redis() {
    if redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
        step "Redis is running on 127.0.0.1:$REDIS_PORT"
        return
    fi
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --save "" --appendonly no \
        --pidfile "$STATE/redis.pid" --logfile "$STATE/redis.log"
    local tries=0
    until redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; do
        ((++tries <= 50)) || fail "Redis did not start; see $STATE/redis.log"
        sleep 0.2
    done
    step "Redis is running on 127.0.0.1:$REDIS_PORT"
}

build_forum() {
    step "Building the forum (Release)"
    dotnet build "$ROOT/src/Forum.Web" -c Release -v quiet -nologo >"$STATE/build.log" 2>&1 || { tail -30 "$STATE/build.log"; fail "the build failed"; }
}

start_node() {
    local number=$1 port=$((FIRST_NODE_PORT + $1 - 1)) pickup="${Email__PickupDirectory:-}"
    [[ -n "$pickup" || -n "${Email__SmtpHost:-}" ]] || pickup="$STATE/mail"
    (
        cd "$ROOT/src/Forum.Web"
        ASPNETCORE_ENVIRONMENT="$ENVIRONMENT" \
        ASPNETCORE_URLS="http://127.0.0.1:$port" \
        Database__Provider=Postgres \
        Redis__Configuration="127.0.0.1:$REDIS_PORT" \
        ConnectionStrings__Forum="Host=127.0.0.1;Port=5432;Username=forum;Password=forum;Database=$DATABASE;SSL Mode=Disable" \
        Forum__PublicUrl="http://localhost:$PORT" \
        AllowedHosts="localhost;127.0.0.1" \
        Forum__Proxies__KnownProxies="127.0.0.1" \
        Email__PickupDirectory="$pickup" \
        exec dotnet "bin/Release/net10.0/Forum.Web.dll" >"$STATE/node$number.log" 2>&1
    ) &
    echo $! >"$STATE/node$number.pid"
}

wait_until_ready() {
    local port=$1 tries=0
    until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
        ((++tries <= 240)) || fail "the node on port $port did not become ready; see $STATE/node*.log"
        sleep 0.5
    done
}

start_nginx() {
    local upstreams=""
    for ((n = 1; n <= NODES; n++)); do
        upstreams+="        server 127.0.0.1:$((FIRST_NODE_PORT + n - 1)) max_fails=1 fail_timeout=5s;"$'\n'
    done
    sed -e "s|@STATE@|$STATE|g" -e "s|@PORT@|$PORT|g" "$ROOT/scripts/cluster/nginx.conf.template" \
        | awk -v u="$upstreams" '{ if ($0 == "@UPSTREAMS@") printf "%s", u; else print }' >"$STATE/nginx.conf"
    /usr/sbin/nginx -t -q -c "$STATE/nginx.conf" -e "$STATE/nginx-error.log"
    /usr/sbin/nginx -c "$STATE/nginx.conf" -e "$STATE/nginx-error.log"
}

stop_pidfile() {
    local file=$1 signal=${2:-TERM}
    [[ -f "$file" ]] || return 0
    local pid
    pid=$(cat "$file" 2>/dev/null) || return 0 # already gone (nginx removes its own pid file on quit)
    if kill -0 "$pid" 2>/dev/null; then
        kill "-$signal" "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$file"
}

stop_all() {
    step "Stopping the cluster"
    [[ -f "$STATE/nginx.pid" ]] && /usr/sbin/nginx -c "$STATE/nginx.conf" -e "$STATE/nginx-error.log" -s quit 2>/dev/null || true
    stop_pidfile "$STATE/nginx.pid" QUIT
    # SIGTERM: each node stops taking requests, finishes those in flight and its running job, then exits.
    for file in "$STATE"/node*.pid; do [[ -e "$file" ]] && stop_pidfile "$file" TERM; done
    stop_pidfile "$STATE/redis.pid" TERM
    step "Stopped (PostgreSQL keeps running; stop it with: pg_ctlcluster $PG_VERSION $PG_CLUSTER stop)"
}

COMMAND=start NODES=3 PORT=8080 DETACH=false NODE="" REDIS_ACTION=""
if [[ $# -gt 0 && "$1" != --* ]]; then COMMAND=$1; shift; fi
if [[ "$COMMAND" == node ]]; then NODE=${1:-}; shift || true; fi
if [[ "$COMMAND" == redis ]]; then REDIS_ACTION=${1:-}; shift || true; fi
while [[ $# -gt 0 ]]; do
    case "$1" in
        --nodes) NODES=$2; shift 2 ;;
        --port) PORT=$2; shift 2 ;;
        --detach) DETACH=true; shift ;;
        *) fail "unknown option $1 (see the comment at the top of this script)" ;;
    esac
done
[[ "$NODES" =~ ^[1-9]$ ]] || fail "--nodes must be 1 to 9"
mkdir -p "$STATE"

case "$COMMAND" in
    stop) stop_all; exit 0 ;;
    node)
        [[ "$NODE" =~ ^[1-9]$ && -f "$STATE/nginx.conf" ]] || fail "usage: scripts/cluster.sh node N, while a cluster runs"
        PORT=$(sed -n 's/^ *listen 127.0.0.1:\([0-9]*\);/\1/p' "$STATE/nginx.conf")
        # The node rejoins the cluster it left: the same database and environment as the others.
        read -r DATABASE ENVIRONMENT REDIS_PORT FIRST_NODE_PORT <"$STATE/settings"
        # shellcheck disable=SC1091
        [[ ! -f "$STATE/forum-settings" ]] || source "$STATE/forum-settings"
        stop_pidfile "$STATE/node$NODE.pid" TERM
        start_node "$NODE"
        wait_until_ready $((FIRST_NODE_PORT + NODE - 1))
        step "node$NODE is back: http://127.0.0.1:$((FIRST_NODE_PORT + NODE - 1))"
        exit 0 ;;
    redis)
        [[ -f "$STATE/settings" ]] || fail "usage: scripts/cluster.sh redis stop|start, while a cluster runs"
        read -r DATABASE ENVIRONMENT REDIS_PORT FIRST_NODE_PORT <"$STATE/settings"
        case "$REDIS_ACTION" in
            # The nodes go on without it (from the database, each alone) and reconnect by themselves.
            stop) stop_pidfile "$STATE/redis.pid" TERM; step "Redis on 127.0.0.1:$REDIS_PORT is stopped" ;;
            start) start_redis ;;
            *) fail "usage: scripts/cluster.sh redis stop|start" ;;
        esac
        exit 0 ;;
    start) ;;
    *) fail "unknown command $COMMAND: use start, stop, node N or redis stop|start" ;;
esac

[[ -f "$STATE/nginx.pid" ]] && fail "a cluster already runs (scripts/cluster.sh stop first)"
install_missing_packages
start_postgres
start_redis
build_forum
echo "$DATABASE $ENVIRONMENT $REDIS_PORT $FIRST_NODE_PORT" >"$STATE/settings"
# Forum settings given in the environment (Forum__Jobs__OutboxPollSeconds=2 ...) reach every node, a restarted one too.
export -p | grep -E '^declare -x (Forum|Email)__' >"$STATE/forum-settings" || true
$DETACH || trap 'stop_all; exit 0' INT TERM
step "Starting $NODES forum nodes"
for ((n = 1; n <= NODES; n++)); do start_node "$n"; done
for ((n = 1; n <= NODES; n++)); do wait_until_ready $((FIRST_NODE_PORT + n - 1)); done
start_nginx
step "The forum runs on $NODES nodes behind nginx: http://localhost:$PORT"
for ((n = 1; n <= NODES; n++)); do echo "    node$n: http://127.0.0.1:$((FIRST_NODE_PORT + n - 1)) (log: .cluster/node$n.log)"; done
if $DETACH; then
    echo "Stop it with: scripts/cluster.sh stop"
    exit 0
fi
echo "Press Ctrl-C to stop it."
while true; do sleep 1; done
