# Sourced by the scripts that need the forum's PostgreSQL: the local cluster 15/main (no systemd: pg_ctlcluster),
# started when it is not running, with the role `forum` (password `forum`, may create databases).
#
#   postgres_ready [DATABASE...]   also creates each named database, owned by forum, when it is missing
#
# Expects SUDO ("" as root, "sudo" otherwise) and returns non-zero when the server does not come up.
readonly PG_VERSION=15 PG_CLUSTER=main

as_postgres() { (cd / && $SUDO su postgres -c "$1"); }

postgres_ready() {
    pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c { f = 1 } END { exit !f }' \
        || $SUDO pg_createcluster "$PG_VERSION" "$PG_CLUSTER"
    $SUDO pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null 2>&1 || $SUDO pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
    local tries=0 database
    until pg_isready -q -h 127.0.0.1 -p 5432; do
        ((++tries <= 30)) || { echo "PostgreSQL did not accept connections on 127.0.0.1:5432" >&2; return 1; }
        sleep 1
    done
    # Idempotent: creates the role on the first run, resets its password and rights later.
    {
        cat <<'SQL'
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'forum') THEN
        ALTER ROLE forum LOGIN CREATEDB PASSWORD 'forum';
    ELSE
        CREATE ROLE forum LOGIN CREATEDB PASSWORD 'forum';
    END IF;
END $$;
-- The tests drop their databases WITH (FORCE), which ends every session on them: an autovacuum worker's too, and
-- PostgreSQL lets a role end a session it does not own only through pg_signal_backend.
GRANT pg_signal_backend TO forum;
SQL
        for database in "$@"; do
            echo "SELECT 'CREATE DATABASE $database OWNER forum' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$database') \\gexec"
        done
    } | as_postgres "psql -X -q -v ON_ERROR_STOP=1"
}
