#!/usr/bin/env bash
# Runs every test suite of the forum, from a fresh Debian machine (as root) or a developer's one.
#
#   1. installs what the tests need and is missing: PostgreSQL 15, Chromium, aiosmtpd and redis-server (apt; the web
#      tests of several nodes start redis-server processes of their own), the OpenAPI linter and the HTML validator
#      (npm, pinned by the lock files in tests/openapi-lint and tests/html-validate; axe-core is vendored in the browser tests);
#   2. starts PostgreSQL (no systemd: pg_ctlcluster) and creates the role and database `forum`/`forum_test`,
#      and an SMTP server on 127.0.0.1 (aiosmtpd, delivering to a Maildir) that the email test sends through;
#   3. builds the solution once (Release) and runs each test project from that build (the cluster suite against
#      scripts/cluster.sh: PostgreSQL, Redis, three nodes and nginx, which it installs when missing), writing
#      TRX results under test-output/; Forum.Web.Tests runs twice, on SQLite and on PostgreSQL;
#   4. prints each suite's counts and, as the very last line, "N passed, N failed".
#
# Exits non-zero when a test failed, a suite could not run or a test was skipped (skipping is not
# allowed here). Takes no input (CI sets CI=true).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly OUT="$PWD/test-output"

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Tests create their own uniquely named databases on this server.
export FORUM_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=forum;Password=forum;Database=forum_test"
readonly SMTP_PORT=2525
SMTP_PID=""

SUDO=""
[[ "$(id -u)" -eq 0 ]] || SUDO="sudo"
# shellcheck source=lib/packages.sh
source scripts/lib/packages.sh
# shellcheck source=lib/postgres.sh
source scripts/lib/postgres.sh

# Whatever stops the script early, the last line still says what ran.
SUMMARY_PRINTED=false
on_exit() {
    local rc=$?
    [[ -z "$SMTP_PID" ]] || kill "$SMTP_PID" 2>/dev/null || true
    if [[ "$SUMMARY_PRINTED" == false ]]; then
        echo "scripts/test.sh stopped (exit code $rc) before the test suites could run." >&2
        echo "0 passed, 0 failed"
    fi
}
trap on_exit EXIT

step() { printf '\n==> %s\n' "$*"; }

install_missing_packages() {
    local missing=()
    { installed postgresql && command -v pg_ctlcluster >/dev/null; } || missing+=(postgresql)
    { installed chromium && command -v chromium >/dev/null; } || missing+=(chromium)
    { installed python3-aiosmtpd && command -v aiosmtpd >/dev/null; } || missing+=(python3-aiosmtpd)
    { installed redis-server && command -v redis-server >/dev/null; } || missing+=(redis-server)
    if ((${#missing[@]} == 0)); then
        step "PostgreSQL, Chromium, aiosmtpd and redis-server are installed"
        return
    fi
    step "Installing ${missing[*]}"
    apt_install "${missing[@]}"
}

start_postgres() {
    step "Starting PostgreSQL $PG_VERSION (when it is not running)"
    postgres_ready forum_test
    echo "role forum and database forum_test are ready"
}

# An SMTP server for the email test: it accepts every message and keeps it in a Maildir the test reads.
start_smtp() {
    local maildir="$OUT/smtp-mail"
    mkdir -p "$maildir"/{tmp,new,cur}
    step "Starting an SMTP server on 127.0.0.1:$SMTP_PORT"
    aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$maildir" >"$OUT/smtp.log" 2>&1 &
    SMTP_PID=$!
    local tries=0
    until (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null; do
        ((++tries <= 30)) || { echo "The SMTP server did not accept connections on 127.0.0.1:$SMTP_PORT (see $OUT/smtp.log)" >&2; return 1; }
        sleep 1
    done
    export FORUM_TEST_SMTP="127.0.0.1:$SMTP_PORT" FORUM_TEST_SMTP_MAILDIR="$maildir"
}

# Results of the suites, in run order.
declare -a SUITE_NAMES=() SUITE_LINES=() PROBLEMS=()
TOTAL_PASSED=0 TOTAL_FAILED=0

# counter NAME COUNTERS: one attribute of the TRX <Counters .../> element, 0 when absent.
counter() {
    local value
    value=$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2")
    echo "${value:-0}"
}

# run_suite NAME PROJECT [VAR=VALUE...]: runs one test project from the Release build and records its counts.
run_suite() {
    local name=$1 project=$2
    shift 2
    local slug
    slug=$(tr 'A-Z' 'a-z' <<<"$name" | sed 's/[^a-z0-9.]\{1,\}/-/g; s/-$//')
    local results="$OUT/$slug"
    printf '\n==================== %s ====================\n' "$name"
    local started=$SECONDS rc=0
    env "$@" dotnet test "$project" --no-build -c Release --nologo \
        --logger "trx;LogFileName=$slug.trx" --results-directory "$results" \
        --blame-hang-timeout 5m --blame-hang-dump-type none || rc=$?
    local seconds=$((SECONDS - started))

    local trx="$results/$slug.trx" passed=0 failed=0 total=0 skipped=0 broken=0
    if [[ -f "$trx" ]]; then
        local counters
        counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
        total=$(counter total "$counters")
        passed=$(counter passed "$counters")
        failed=$(counter failed "$counters")
        # A skipped test counts in total but not in executed (its notExecuted counter stays 0).
        skipped=$((total - $(counter executed "$counters")))
        broken=$(($(counter error "$counters") + $(counter timeout "$counters") + $(counter aborted "$counters")))
    fi

    local line="$passed passed, $failed failed (of $total) in ${seconds}s"
    if [[ ! -f "$trx" ]]; then
        line="did not run (dotnet test exit code $rc, no results)"
        PROBLEMS+=("$name: did not run (exit code $rc, no $slug.trx)")
    elif ((rc != 0 && failed == 0)) || ((broken > 0)); then
        line="$line; did not complete (exit code $rc)"
        PROBLEMS+=("$name: did not complete (exit code $rc, $broken errors/timeouts/aborts)")
    fi
    if ((skipped > 0)); then
        line="$line; $skipped skipped"
        PROBLEMS+=("$name: $skipped skipped tests (skipping is not allowed)")
    fi
    printf -- '---- %s: %s\n' "$name" "$line"
    SUITE_NAMES+=("$name")
    SUITE_LINES+=("$line")
    TOTAL_PASSED=$((TOTAL_PASSED + passed))
    TOTAL_FAILED=$((TOTAL_FAILED + failed))
}

# The cluster suite runs against scripts/cluster.sh (which installs Redis and nginx when missing): three nodes behind
# nginx on a database of its own, made afresh for each run.
readonly CLUSTER_PORT=8090 CLUSTER_FIRST_NODE_PORT=5101
readonly CLUSTER_NODES="http://127.0.0.1:$CLUSTER_FIRST_NODE_PORT,http://127.0.0.1:$((CLUSTER_FIRST_NODE_PORT + 1)),http://127.0.0.1:$((CLUSTER_FIRST_NODE_PORT + 2))"
run_cluster_suite() {
    local project=$1
    step "Starting the cluster for $(basename "$project" .csproj)"
    as_postgres "dropdb --if-exists forum_cluster_test"
    # Periodic jobs every 6 s, so that the suite can watch each run once per period.
    if FORUM_CLUSTER_DATABASE=forum_cluster_test FORUM_CLUSTER_FIRST_NODE_PORT=$CLUSTER_FIRST_NODE_PORT \
        Forum__Jobs__FollowUpScanMinutes=0.1 Forum__Jobs__EscalationScanSeconds=6 Forum__Recognition__AwardEveryMinutes=0.1 Forum__Moderation__ArchiveEveryMinutes=0.1 \
        scripts/cluster.sh start --detach --nodes 3 --port "$CLUSTER_PORT"; then
        run_suite "Forum.Cluster.Tests" "$project" FORUM_CLUSTER_URL="http://127.0.0.1:$CLUSTER_PORT" FORUM_CLUSTER_NODES="$CLUSTER_NODES" \
            FORUM_CLUSTER_POSTGRES="Host=127.0.0.1;Port=5432;Username=forum;Password=forum;Database=forum_cluster_test"
    else
        PROBLEMS+=("Forum.Cluster.Tests: the cluster did not start (see .cluster/)")
    fi
    scripts/cluster.sh stop || true
}

started=$SECONDS
install_missing_packages
start_postgres

rm -rf "$OUT"
mkdir -p "$OUT"
start_smtp

step "dotnet tool restore"
dotnet tool restore

# The web tests lint the OpenAPI document with the Redocly CLI pinned in tests/openapi-lint; the browser tests validate
# the pages' HTML with html-validate pinned in tests/html-validate. Each is installed once (node_modules is not committed).
if [[ ! -x tests/openapi-lint/node_modules/.bin/redocly ]]; then
    step "Installing the OpenAPI linter (npm ci in tests/openapi-lint)"
    (cd tests/openapi-lint && npm ci --no-audit --no-fund)
fi
if [[ ! -x tests/html-validate/node_modules/.bin/html-validate ]]; then
    step "Installing the HTML validator (npm ci in tests/html-validate)"
    (cd tests/html-validate && npm ci --no-audit --no-fund)
fi

step "Building Forum.sln (Release)"
if ! dotnet build Forum.sln -c Release --nologo; then
    echo "The build failed." >&2
    exit 1
fi

# Every test project under tests/, the usual ones first from the inside out.
projects=()
for name in Forum.Domain.Tests Forum.Infrastructure.Tests Forum.Web.Tests Forum.Browser.Tests; do
    if [[ -f "tests/$name/$name.csproj" ]]; then projects+=("tests/$name/$name.csproj"); fi
done
for project in tests/*/*.Tests.csproj; do
    if [[ " ${projects[*]} " != *" $project "* ]]; then projects+=("$project"); fi
done

for project in "${projects[@]}"; do
    name=$(basename "$project" .csproj)
    if [[ "$name" == Forum.Web.Tests ]]; then
        run_suite "$name (SQLite)" "$project"
        run_suite "$name (PostgreSQL)" "$project" FORUM_TEST_PROVIDER=Postgres
    elif [[ "$name" == Forum.Cluster.Tests ]]; then
        run_cluster_suite "$project"
    else
        run_suite "$name" "$project"
    fi
done

# The benchmark script on a tiny database with 2-second runs, so that it keeps working (timing is never a test).
printf '\n==================== Benchmark smoke ====================\n'
bench_started=$SECONDS
if scripts/bench.sh --smoke; then
    bench_line="1 passed, 0 failed (of 1) in $((SECONDS - bench_started))s"
    TOTAL_PASSED=$((TOTAL_PASSED + 1))
else
    bench_line="0 passed, 1 failed (of 1) in $((SECONDS - bench_started))s"
    TOTAL_FAILED=$((TOTAL_FAILED + 1))
fi
printf -- '---- Benchmark smoke: %s\n' "$bench_line"
SUITE_NAMES+=("Benchmark smoke")
SUITE_LINES+=("$bench_line")

printf '\n==================== Summary (%ss, results in test-output/) ====================\n' $((SECONDS - started))
for i in "${!SUITE_NAMES[@]}"; do
    printf '  %-32s %s\n' "${SUITE_NAMES[$i]}" "${SUITE_LINES[$i]}"
done
for problem in "${PROBLEMS[@]}"; do
    echo "PROBLEM: $problem"
done
SUMMARY_PRINTED=true
echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
((TOTAL_FAILED == 0 && ${#PROBLEMS[@]} == 0))
