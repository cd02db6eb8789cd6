#!/usr/bin/env bash
# Load test of the forum against a baseline ASP.NET Core app on this machine; writes docs/benchmarks.md.
#
#   scripts/bench.sh [--questions N]... [--postgres [--cluster]] [--duration 20] [--connections 64] [--threads 2] [--smoke]
#
# Several --questions values make a growth run (the ratio of median latencies between the smallest and
# the largest). --cluster (with --postgres) runs the read scenarios again through nginx in front of three nodes
# sharing Redis (scripts/cluster.sh) and adds a capacity model from the CPU each request cost. --smoke: 200
# questions, 2-second runs, results under test-output/ instead of docs/. The results replace this provider's
# section of docs/benchmarks.md (between its bench.sh markers); the rest of that file is written by hand.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SIZES=() PROVIDER=Sqlite CLUSTER=false DURATION=20 RAN_OUT=() CONNECTIONS=64 THREADS=2 SMOKE=false LIVE_CONNECTIONS=1000
COMMAND="scripts/bench.sh $*"
while (($#)); do
    case "$1" in
        --questions) SIZES+=("$2"); shift 2 ;;
        --postgres) PROVIDER=Postgres; shift ;;
        --cluster) CLUSTER=true; shift ;;
        --duration) DURATION="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --threads) THREADS="$2"; shift 2 ;;
        --smoke) SMOKE=true; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
if [[ "$SMOKE" == true ]]; then SIZES=(200); DURATION=2; CONNECTIONS=8; LIVE_CONNECTIONS=50; fi
((${#SIZES[@]})) || SIZES=(100000)
FIRST_VIEW_SECONDS=$((DURATION < 10 ? DURATION : 10))
[[ "$CLUSTER" == false || "$PROVIDER" == Postgres ]] || { echo "--cluster needs --postgres" >&2; exit 2; }

OUT_DIR="test-output/bench"; REPORT="docs/benchmarks.md"
[[ "$SMOKE" == true ]] && REPORT="$OUT_DIR/benchmarks.md"
mkdir -p "$OUT_DIR"
FORUM_PORT=5080 BASELINE_PORT=5081

SUDO=""
[[ "$(id -u)" -eq 0 ]] || SUDO="sudo"
# shellcheck source=lib/packages.sh
source scripts/lib/packages.sh
needed=(wrk)
[[ "$PROVIDER" == Postgres ]] && needed+=(postgresql) || needed+=(sqlite3)
missing=()
for package in "${needed[@]}"; do installed "$package" || missing+=("$package"); done
((${#missing[@]} == 0)) || apt_install "${missing[@]}"
if [[ "$PROVIDER" == Postgres ]]; then
    # shellcheck source=lib/postgres.sh
    source scripts/lib/postgres.sh
    postgres_ready
fi

echo "==> Building Release"
dotnet build Forum.sln -c Release -nologo -v quiet >/dev/null
dotnet publish src/Forum.Web -c Release -nologo -v quiet -o "$OUT_DIR/forum" >/dev/null
BIN=Release/net10.0

PIDS=() FORUM_PIDS="" CLUSTER_STARTED=false
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    [[ "$CLUSTER_STARTED" == false ]] || scripts/cluster.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

wait_for() { for _ in $(seq 1 120); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done; echo "no answer from $1" >&2; return 1; }

# "pid ticks" lines: the CPU time (clock ticks, user + system) each given process has used so far.
cpu_ticks() { local pid; for pid in "$@"; do [[ -r "/proc/$pid/stat" ]] && awk -v pid="$pid" '{ sub(/.*\) /, ""); print pid, $12 + $13 }' "/proc/$pid/stat"; done; true; }
# The ticks used since the snapshot in file $1 by the processes alive now (one started since counts from zero; the
# work of one that ended in between is lost: PostgreSQL's backends live as long as the forum's pooled connections).
cpu_ticks_since() { awk 'FILENAME == ARGV[1] { before[$1] = $2; next } { total += $2 - before[$1] } END { print total + 0 }' "$1" <(cpu_ticks "${@:2}"); }
# The shared services' processes: PostgreSQL's server and backends, Redis, nginx (whichever run).
shared_pids() { pgrep -x postgres; pgrep -x redis-server; pgrep -x nginx; true; }

# Runs wrk and prints: rps p50_ms p99_ms errors forum_cpu_ms_per_request shared_cpu_ms_per_request, where the forum
# is the processes in FORUM_PIDS and the shared services those of shared_pids, both measured over the wrk run.
measure() {
    local url="$1" script="${2:-}" header="${3:-}" args=(-t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency)
    [[ -n "$script" ]] && args+=(-s "$script")
    [[ -n "$header" ]] && args+=(-H "$header")
    # shellcheck disable=SC2086 # FORUM_PIDS is a list
    cpu_ticks $FORUM_PIDS > "$OUT_DIR/forum-cpu.txt"
    cpu_ticks $(shared_pids) > "$OUT_DIR/shared-cpu.txt"
    wrk "${args[@]}" "$url" > "$OUT_DIR/wrk.txt" 2>&1 || true
    # shellcheck disable=SC2046,SC2086
    awk -v forum="$(cpu_ticks_since "$OUT_DIR/forum-cpu.txt" $FORUM_PIDS)" -v shared="$(cpu_ticks_since "$OUT_DIR/shared-cpu.txt" $(shared_pids))" \
        -v hz="$(getconf CLK_TCK)" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
        /Requests\/sec/ { rps = $2 }
        / requests in / { requests = $1 }
        /Non-2xx or 3xx/ { errors += $NF }
        /Socket errors/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
        END { per = requests ? 1000 / hz / requests : 0; printf "%.0f %.2f %.2f %d %.3f %.3f\n", rps, p50, p99, errors, forum * per, shared * per }' "$OUT_DIR/wrk.txt"
}

peak_memory_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
memory_kb() { awk '/VmRSS/ { print $2 }' "/proc/$1/status"; }

# Readers with a question page open each hold a live connection. Holds LIVE_CONNECTIONS idle ones open (WebSockets,
# following one thread), records the forum's memory per connection, and measures the anonymous question page meanwhile.
with_idle_live_connections() {
    local base=$1 question before holder tries=0
    question=$(head -1 "$OUT_DIR/question-urls.txt" | cut -d/ -f3)
    before=$(memory_kb "$forum_pid")
    dotnet "bench/Forum.Bench.Live/bin/$BIN/Forum.Bench.Live.dll" --url "$base" --question "$question" --connections "$LIVE_CONNECTIONS" \
        > "$OUT_DIR/live.txt" 2>&1 &
    holder=$!
    PIDS+=("$holder")
    until grep -qs '^ready' "$OUT_DIR/live.txt"; do
        kill -0 "$holder" 2>/dev/null && ((++tries <= 600)) || { cat "$OUT_DIR/live.txt" >&2; echo "the live connections did not open" >&2; return 1; }
        sleep 0.2
    done
    sleep 3
    RESULT["$size|live-kb"]=$(awk -v a="$before" -v b="$(memory_kb "$forum_pid")" -v n="$LIVE_CONNECTIONS" 'BEGIN { printf "%.0f", (b - a) / n }')
    run "Question page (anonymous), $LIVE_CONNECTIONS live connections open" "$base/" "$OUT_DIR/question-pages.lua"
    kill "$holder"; wait "$holder" 2>/dev/null || true
}

# PostgreSQL on the same machine, over loopback without TLS (Npgsql would otherwise use the server's TLS when it
# offers it: a first view cost 16-26% more of the forum's CPU in alternated runs).
connection_for() {
    if [[ "$PROVIDER" == Postgres ]]; then
        echo "Host=127.0.0.1;Port=5432;Username=forum;Password=forum;Database=forum_bench_$1;SSL Mode=Disable"
    else
        echo "Data Source=$PWD/$OUT_DIR/forum-$1.db"
    fi
}

# The baseline serves a page as large as the forum's question page (the mean of the first hundred the runs read).
baseline() {
    PAGE_BYTES="$1"
    echo "==> Baseline ($PAGE_BYTES bytes)"
    PageBytes="$PAGE_BYTES" dotnet "bench/Forum.Bench.Baseline/bin/$BIN/Forum.Bench.Baseline.dll" --urls "http://127.0.0.1:$BASELINE_PORT" >/dev/null 2>&1 &
    local pid=$!
    PIDS+=("$pid")
    wait_for "http://127.0.0.1:$BASELINE_PORT/"
    wrk -t1 -c8 -d2s "http://127.0.0.1:$BASELINE_PORT/" >/dev/null 2>&1 || true
    read -r BASE_RPS BASE_P50 BASE_P99 _ < <(measure "http://127.0.0.1:$BASELINE_PORT/")
    echo "baseline: $BASE_RPS req/s, p50 $BASE_P50 ms, p99 $BASE_P99 ms"
    kill "$pid"; wait "$pid" 2>/dev/null || true
}

# Each wrk thread gets its own random sequence; with the default seed both threads would ask for the same
# questions at the same moments (and their writes would collide on the same posts).
SEED_THREADS='local threads = 0
setup = function(thread) threads = threads + 1; thread:set("seed", threads) end
init = function(args) math.randomseed(seed * 7919) end'

# Every public question's address, read straight from the database (the API lists a page at a time): the read mix
# draws from all of them.
all_question_urls() {
    local sql='SELECT '"'"'/questions/'"'"' || "Id" || '"'"'/'"'"' || "Slug" FROM "Questions" WHERE "DeletedAt" IS NULL AND "HiddenAt" IS NULL ORDER BY "Id"'
    if [[ "$PROVIDER" == Postgres ]]; then
        PGPASSWORD=forum psql -h 127.0.0.1 -p 5432 -U forum -d "forum_bench_$1" -Atc "$sql"
    else
        sqlite3 "$OUT_DIR/forum-$1.db" "$sql"
    fi
}

# The read mix, as a support forum is read: 80% question pages drawn from all questions with a Zipf distribution
# (s = 1: the question of rank k is asked for in proportion to 1/k; which question has which rank is one fixed
# shuffle), 10% lists (a tab, its page drawn the same way), 5% searches (two words of a title drawn like the question
# pages), 5% FAQ articles. Fixed seeds: every run asks for the same pages in the same proportions. With a fourth
# argument (e.g. "&tag=windows"), every request is one of those searches, narrowed by it.
read_mix_script() {
    local questions="$1" faqs="$2" last_page="$3" search_filter="${4:-}"
    cat <<LUA
local threads = 0
setup = function(thread) threads = threads + 1; thread:set("seed", threads) end

local questions, faqs, by_rank, by_page = {}, {}, {}, {}
local tabs = { "newest", "active", "unanswered", "solved", "top" }

local function lines(path) local t = {}; for line in io.lines(path) do t[#t + 1] = line end; return t end
-- Zipf with s = 1 over n ranks: c[k] is the sum of 1/i for i up to k; a uniform draw below c[n] falls on rank k
-- with probability (1/k) / c[n].
local function zipf_table(n) local c, total = {}, 0; for k = 1, n do total = total + 1 / k; c[k] = total end; return c end
local function zipf(c)
    local u, lo, hi = math.random() * c[#c], 1, #c
    while lo < hi do local mid = math.floor((lo + hi) / 2); if c[mid] < u then lo = mid + 1 else hi = mid end end
    return lo
end
local function pick(t, fallback) if #t == 0 then return fallback end; return t[math.random(#t)] end

init = function(args)
    questions, faqs = lines("$questions"), lines("$faqs")
    math.randomseed(15)
    for i = #questions, 2, -1 do local j = math.random(i); questions[i], questions[j] = questions[j], questions[i] end
    by_rank, by_page = zipf_table(#questions), zipf_table($last_page)
    math.randomseed(seed * 7919)
end

local search_filter = "$search_filter"

request = function()
    local r, path = math.random(100), nil
    if search_filter ~= "" then r = 91 end
    if r <= 80 then
        path = questions[zipf(by_rank)]
    elseif r <= 90 then
        path = "/questions?tab=" .. tabs[math.random(#tabs)] .. "&page=" .. zipf(by_page)
    elseif r <= 95 then
        local words = {}
        for word in questions[zipf(by_rank)]:match("[^/]*$"):gmatch("[^-]+") do if #word > 2 then words[#words + 1] = word end end
        path = "/search?q=" .. pick(words, "sync") .. "+" .. pick(words, "password") .. search_filter
    else
        path = pick(faqs, "/faq")
    end
    return wrk.format("GET", path)
end
LUA
}

# No limit the benchmark's few clients would reach; the logs only for what goes wrong.
FORUM_SETTINGS=(Forum__RateLimits__AnswersPerMinute=1000000 Forum__RateLimits__AnswersPerDay=1000000
    Forum__RateLimits__VotesPerMinute=1000000 Forum__RateLimits__VotesPerDay=1000000 Forum__WritesPerMinutePerAddress=100000000
    Logging__LogLevel__Default=Warning)

# The same database served by three nodes sharing Redis behind nginx (scripts/cluster.sh, on ports of its own); the
# read scenarios run through nginx, and the anonymous question page once straight at one node of the cluster.
CLUSTER_PORT=8090 CLUSTER_FIRST_NODE_PORT=5111 CLUSTER_REDIS_PORT=6395
through_the_cluster() {
    local size=$1
    echo "==> Starting three nodes behind nginx"
    CLUSTER_STARTED=true
    env "${FORUM_SETTINGS[@]}" FORUM_ENVIRONMENT=Production FORUM_CLUSTER_DATABASE="forum_bench_$size" \
        FORUM_CLUSTER_FIRST_NODE_PORT=$CLUSTER_FIRST_NODE_PORT FORUM_CLUSTER_REDIS_PORT=$CLUSTER_REDIS_PORT \
        scripts/cluster.sh start --detach --nodes 3 --port $CLUSTER_PORT
    FORUM_PIDS="$(cat .cluster/node*.pid | tr '\n' ' ')"
    base="http://localhost:$CLUSTER_PORT" SECTION=cluster
    # Each node keeps its own cached pages: every node views each page once, as readers would have before.
    for ((node = 0; node < 3; node++)); do
        cat "$OUT_DIR/question-urls.txt" "$OUT_DIR/faq-urls.txt" | sed "s|^|http://127.0.0.1:$((CLUSTER_FIRST_NODE_PORT + node))|" \
            | xargs -P 4 -n 50 curl -fs > /dev/null
    done
    run "Question page (anonymous)" "$base/" "$OUT_DIR/question-pages.lua"
    run "Question page (anonymous), one node of the cluster directly" "http://127.0.0.1:$CLUSTER_FIRST_NODE_PORT/" "$OUT_DIR/question-pages.lua"
    run "Newest, page 1" "$base/questions?tab=newest"
    run "Unanswered" "$base/questions?tab=unanswered"
    run "Tag list" "$base/tags/windows"
    run "Search, two words" "$base/search?q=sync+password"
    run "FAQ article (anonymous)" "$base/" "$OUT_DIR/faq-articles.lua"
    run "Question page (signed in)" "$base/" "$OUT_DIR/question-pages.lua" "$(signed_in_cookie)"
    run "Write mix (API)" "$base/" "$OUT_DIR/write-mix.lua"
    SECTION=""
    scripts/cluster.sh stop
    CLUSTER_STARTED=false
}

declare -A RESULT
SCENARIOS=() CLUSTER_SCENARIOS=()
for size in "${SIZES[@]}"; do
    echo "==> Seeding $size questions ($PROVIDER)"
    connection="$(connection_for "$size")"
    dotnet "bench/Forum.Bench.Seeder/bin/$BIN/Forum.Bench.Seeder.dll" --provider "$PROVIDER" --connection "$connection" --questions "$size"

    echo "==> Starting the forum (Production)"
    env "${FORUM_SETTINGS[@]}" ASPNETCORE_ENVIRONMENT=Production Database__Provider="$PROVIDER" ConnectionStrings__Forum="$connection" \
        Forum__PublicUrl="http://127.0.0.1:$FORUM_PORT" \
        dotnet "$OUT_DIR/forum/Forum.Web.dll" --urls "http://127.0.0.1:$FORUM_PORT" --contentRoot "$PWD/$OUT_DIR/forum" > "$OUT_DIR/forum-$size.log" 2>&1 &
    forum_pid=$!
    PIDS+=("$forum_pid")
    FORUM_PIDS="$forum_pid"
    base="http://127.0.0.1:$FORUM_PORT"
    wait_for "$base/health"

    # Real question URLs from the Newest list: the first thousand for the question-page scenarios. Every other public
    # question is for first views (pages not seen before, so not in any cache).
    question_urls() {
        for page in $(seq "$1" "$2"); do
            curl -fs "$base/api/v1/questions?sort=newest&pageSize=50&page=$page" | grep -o '"id":[0-9]*,"title":"[^"]*","slug":"[^"]*"' \
                | sed -E 's/"id":([0-9]+),"title":"[^"]*","slug":"([^"]*)"/\/questions\/\1\/\2/' || true
        done
    }
    question_urls 1 20 > "$OUT_DIR/question-urls.txt"
    all_question_urls "$size" > "$OUT_DIR/all-question-urls.txt"
    grep -vxFf "$OUT_DIR/question-urls.txt" "$OUT_DIR/all-question-urls.txt" > "$OUT_DIR/first-view-urls.txt" || true
    # A wrk script that requests the URLs of a file at random.
    random_pages() {
        echo "urls = {"; sed 's/.*/"&",/' "$1"; echo "}"
        echo 'request = function() return wrk.format("GET", urls[math.random(#urls)]) end'
        echo "$SEED_THREADS"
    }
    random_pages "$OUT_DIR/question-urls.txt" > "$OUT_DIR/question-pages.lua"
    if [[ -z "${BASE_RPS:-}" ]]; then
        baseline "$(head -100 "$OUT_DIR/question-urls.txt" | sed "s|^|$base|" | xargs -r -n 1 curl -fs -o /dev/null -w '%{size_download}\n' \
            | awk '{ total += $1 } END { printf "%d", NR ? total / NR : 20000 }')"
    fi
    # Thread t of the THREADS walks the unseen pages t, t + THREADS, t + 2 THREADS... oldest first, so every request is a
    # first view, and stops at the end of the list. wrk divides by the whole duration even when its threads stopped
    # early, so a run that reached the end shows only a floor: first views run FIRST_VIEW_SECONDS, and the report says
    # when the pages ran out.
    cat > "$OUT_DIR/first-views.lua" <<LUA
local threads, urls, index = 0, {}, 0
setup = function(thread) threads = threads + 1; thread:set("first", threads) end
init = function(args)
    for line in io.lines("$PWD/$OUT_DIR/first-view-urls.txt") do urls[#urls + 1] = line end
    index = first - $THREADS
end
request = function() index = index + $THREADS; return wrk.format("GET", urls[math.min(index, #urls)]) end
response = function() if index >= #urls then wrk.thread:stop() end end
LUA
    # Real FAQ article URLs from the forum's FAQ index (every category's articles), at most three hundred taken
    # evenly from it, requested at random like the question pages.
    curl -fs "$base/api/v1/faq" | grep -o '"slug":"[^"]*","title"' | sed -E 's/"slug":"([^"]*)","title"/\/faq\/\1/' > "$OUT_DIR/faq-index.txt" || true
    faq_count=$(wc -l < "$OUT_DIR/faq-index.txt")
    awk -v step="$(( faq_count > 300 ? (faq_count + 299) / 300 : 1 ))" '(NR - 1) % step == 0' "$OUT_DIR/faq-index.txt" > "$OUT_DIR/faq-urls.txt"
    random_pages "$OUT_DIR/faq-urls.txt" > "$OUT_DIR/faq-articles.lua"
    # Signs in like a browser, just before the signed-in scenario: a fresh sign-in cookie (the forum re-checks
    # an older one against the database, then replaces it, which a browser stores and wrk would not) and the
    # antiforgery cookie of the first page (sent back by a browser, so the forum does not issue a new one each time).
    signed_in_cookie() {
        rm -f "$OUT_DIR/cookies.txt"
        curl -fs -c "$OUT_DIR/cookies.txt" -H 'Content-Type: application/json' \
            -d '{"email":"member0@bench.local","password":"Passw0rd!"}' "$base/api/v1/auth/login?useCookies=true" >/dev/null
        curl -fsL -b "$OUT_DIR/cookies.txt" -c "$OUT_DIR/cookies.txt" -o /dev/null "$base$(head -1 "$OUT_DIR/question-urls.txt")"
        echo "Cookie: $(awk '$6 ~ /^forum\./ { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$OUT_DIR/cookies.txt")"
    }
    # The write mix: the seed's writing members (member0 to member31, each with the reputation to vote both ways) answer
    # and vote on questions drawn from all of them, each answer in words of its own (the same text again within minutes
    # would be held for a moderator, as the forum holds a member's repeated post).
    tokens=""
    for ((writer = 0; writer < 32; writer++)); do
        tokens+="\"$(curl -fs -H 'Content-Type: application/json' -d "{\"email\":\"member$writer@bench.local\",\"password\":\"Passw0rd!\"}" "$base/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')\", "
    done
    cat > "$OUT_DIR/write-mix.lua" <<LUA
local questions = $size
local tokens = { $tokens }
request = function()
    local id = math.random(questions)
    local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] }
    if math.random(2) == 1 then
        return wrk.format("POST", "/api/v1/questions/" .. id .. "/answers", headers, '{"body":"Benchmark answer ' .. math.random(1000000000) .. ': restart the app after clearing the cache folder."}')
    end
    local values = { "1", "-1", "0" }
    return wrk.format("POST", "/api/v1/questions/" .. id .. "/vote", headers, '{"value":' .. values[math.random(3)] .. '}')
end
$SEED_THREADS
LUA
    last_page=$(( size / 20 < 500 ? (size / 20 > 1 ? size / 20 : 1) : 500 ))
    read_mix_script "$PWD/$OUT_DIR/all-question-urls.txt" "$PWD/$OUT_DIR/faq-urls.txt" "$last_page" > "$OUT_DIR/read-mix.lua"
    read_mix_script "$PWD/$OUT_DIR/all-question-urls.txt" "$PWD/$OUT_DIR/faq-urls.txt" "$last_page" "&tag=windows" > "$OUT_DIR/tag-searches.lua"
    # Runs a scenario and keeps its result under its size (and SECTION, when set: the cluster's runs).
    run() {
        local name="$1" key="$size${SECTION:+|$SECTION}|$1"; shift
        if [[ -n "${SECTION:-}" ]]; then
            [[ " ${CLUSTER_SCENARIOS[*]} " == *" $name "* ]] || CLUSTER_SCENARIOS+=("$name")
        else
            [[ " ${SCENARIOS[*]} " == *" $name "* ]] || SCENARIOS+=("$name")
        fi
        [[ "${WARM_UP:-yes}" == yes ]] && DURATION=3 measure "$@" >/dev/null # warm-up: JIT, query compilation, caches
        RESULT["$key"]="$(measure "$@")"
        echo "${SECTION:+$SECTION: }$name: ${RESULT["$key"]}"
    }
    # Warm-up of the question and FAQ article pages: each is viewed once, as readers would have before.
    cat "$OUT_DIR/question-urls.txt" "$OUT_DIR/faq-urls.txt" | sed "s|^|$base|" | xargs -P 4 -n 50 curl -fs > /dev/null
    run "Question page (anonymous)" "$base/" "$OUT_DIR/question-pages.lua"
    if [[ -s "$OUT_DIR/first-view-urls.txt" ]]; then
        DURATION=$FIRST_VIEW_SECONDS WARM_UP=no run "Question page, first view (anonymous)" "$base/" "$OUT_DIR/first-views.lua"
        if (($(awk '/ requests in / { print $1 }' "$OUT_DIR/wrk.txt") >= $(wc -l < "$OUT_DIR/first-view-urls.txt"))); then
            RAN_OUT+=("$size")
            echo "first views: every unseen page was viewed before the run ended; its rate is a floor" >&2
        fi
    fi
    run "Newest, page 1" "$base/questions?tab=newest"
    run "Newest, page $last_page" "$base/questions?tab=newest&page=$last_page"
    run "Unanswered" "$base/questions?tab=unanswered"
    run "Tag list" "$base/tags/windows"
    if curl -fs -o /dev/null "$base/search?q=sync+password"; then run "Search, two words" "$base/search?q=sync+password"; fi
    run "Searches in a tag (the read mix's searches, narrowed to tag windows)" "$base/" "$OUT_DIR/tag-searches.lua"
    run "FAQ article (anonymous)" "$base/" "$OUT_DIR/faq-articles.lua"
    run "Read mix (anonymous, Zipf over all questions)" "$base/" "$OUT_DIR/read-mix.lua"
    run "Question page (signed in)" "$base/" "$OUT_DIR/question-pages.lua" "$(signed_in_cookie)"
    run "Write mix (API)" "$base/" "$OUT_DIR/write-mix.lua"
    with_idle_live_connections "$base"
    RESULT["$size|memory"]="$(peak_memory_mb "$forum_pid")"
    kill "$forum_pid"; wait "$forum_pid" 2>/dev/null || true
    [[ "$CLUSTER" == false ]] || through_the_cluster "$size"
done

# One row of a results table: the scenario, its numbers, and its share of the baseline (or of the given reference).
result_row() {
    local name="$1" rps p50 p99 err forum shared reference
    read -r rps p50 p99 err forum shared <<< "$2"
    reference="${3:-$BASE_RPS}"
    echo "| $name | $rps | $p50 | $p99 | $err | $forum | $shared | $(awk -v a="$rps" -v b="$reference" 'BEGIN { printf "%.0f%%", b ? 100 * a / b : 0 }') |"
}
TABLE_HEAD="| scenario | requests/s | median ms | p99 ms | errors | forum CPU ms/request | shared services CPU ms/request |"

section() {
    echo "Produced by \`$COMMAND\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB,"
    echo "$(dotnet --version) SDK, $PROVIDER, wrk ${DURATION}s, $CONNECTIONS connections, $THREADS threads. The forum runs in Production mode on loopback."
    echo "CPU per request is the CPU time the forum's process (or nodes) and the shared services (the database server, Redis,"
    echo "nginx: whichever run) used during the measured run, divided by the requests served; wrk's own CPU is not counted."
    echo
    echo "A first view asks for a question page no one has viewed since the forum started (every public question but the"
    echo "thousand the question-page scenarios read, oldest first); its runs last ${FIRST_VIEW_SECONDS}s.${RAN_OUT[*]:+ At ${RAN_OUT[*]} questions the run viewed every such page before it ended, so its rate there is a floor.}"
    echo
    echo "Baseline (a minimal ASP.NET Core app serving from memory a page of $PAGE_BYTES bytes, the mean size of the forum's question pages at ${SIZES[0]} questions): $BASE_RPS requests/s, median $BASE_P50 ms, p99 $BASE_P99 ms."
    for size in "${SIZES[@]}"; do
        echo
        echo "### $PROVIDER, $size questions, one node"
        echo
        echo "$TABLE_HEAD vs baseline |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|"
        for name in "${SCENARIOS[@]}"; do
            [[ -z "${RESULT["$size|$name"]:-}" ]] || result_row "$name" "${RESULT["$size|$name"]}"
        done
        echo
        echo "Server peak memory (VmHWM): ${RESULT["$size|memory"]} MB. Each idle live connection (a reader with a question page"
        echo "open, over WebSockets) added ${RESULT["$size|live-kb"]} kB to the server's resident memory ($LIVE_CONNECTIONS held open)."
        if ((${#CLUSTER_SCENARIOS[@]})); then cluster_section "$size"; fi
    done
    if ((${#SIZES[@]} > 1)); then
        local i header="| scenario |" rule="|---|" row
        for ((i = 1; i < ${#SIZES[@]}; i++)); do header+=" ${SIZES[i - 1]} → ${SIZES[i]} |"; rule+="---:|"; done
        echo
        echo "### $PROVIDER, growth from each size to the next (ratio of medians)"
        echo
        echo "$header"
        echo "$rule"
        for name in "${SCENARIOS[@]}"; do
            row="| $name |"
            for ((i = 1; i < ${#SIZES[@]}; i++)); do
                read -r _ a _ <<< "${RESULT["${SIZES[i - 1]}|$name"]:-0 0 0}"
                read -r _ b _ <<< "${RESULT["${SIZES[i]}|$name"]:-0 0 0}"
                row+=" $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", (a > 0 ? b / a : 0) }') |"
            done
            echo "$row"
        done
    fi
}

# The cluster's table (each scenario against the same scenario on the one node above) and the capacity model: what N
# nodes of M cores would serve of the anonymous and the signed-in question page, from their measured CPU per request.
cluster_section() {
    local size=$1 name one
    echo
    echo "### $PROVIDER, $size questions, three nodes behind nginx, sharing Redis"
    echo
    echo "$TABLE_HEAD vs one node |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    for name in "${CLUSTER_SCENARIOS[@]}"; do
        # The same scenario on the one node; the run straight at one node of the cluster against the one node's page.
        read -r one _ <<< "${RESULT["$size|$name"]:-${RESULT["$size|Question page (anonymous)"]}}"
        result_row "$name" "${RESULT["$size|cluster|$name"]}" "$one"
    done
    echo
    echo "Capacity model (cluster run, CPU per request as measured above; nodes scale out, the shared services do not):"
    echo
    echo "| page | nodes × cores | requests/s the nodes serve | cores the shared services need for it |"
    echo "|---|---|---:|---:|"
    for name in "Question page (anonymous)" "Question page (signed in)"; do
        local forum shared nodes cores
        read -r _ _ _ _ forum shared <<< "${RESULT["$size|cluster|$name"]}"
        for nodes in 3 6 12; do
            for cores in 2 8; do
                awk -v n="$nodes" -v m="$cores" -v f="$forum" -v s="$shared" -v page="$name" \
                    'BEGIN { if (f > 0) printf "| %s | %d × %d | %.0f | %.1f |\n", page, n, m, n * m * 1000 / f, n * m * s / f }'
            done
        done
    done
}

# The report: this provider's section of docs/benchmarks.md is replaced (or added before the hand-written part).
echo "==> Writing $REPORT"
section > "$OUT_DIR/section.md"
if [[ "$SMOKE" == true || ! -f "$REPORT" ]]; then
    { echo "# Benchmarks"; echo; cat "$OUT_DIR/section.md"; } > "$REPORT"
else
    BEGIN_MARK="<!-- bench.sh --$PROVIDER begins -->" END_MARK="<!-- bench.sh --$PROVIDER ends -->"
    awk -v begin="$BEGIN_MARK" -v end="$END_MARK" -v file="$OUT_DIR/section.md" '
        function print_section() { print begin; while ((getline line < file) > 0) print line; print end; done = 1 }
        $0 == begin { skipping = 1; print_section(); next }
        $0 == end { skipping = 0; next }
        skipping { next }
        /^## / && !done { print_section(); print "" }
        { print }
        END { if (!done) print_section() }' "$REPORT" > "$OUT_DIR/report.md"
    mv "$OUT_DIR/report.md" "$REPORT"
fi
cat "$OUT_DIR/section.md"

# The smoke run (CI) checks that every read scenario answered, without errors.
if [[ "$SMOKE" == true ]]; then
    for name in "${SCENARIOS[@]}"; do
        [[ "$name" == "Write mix (API)" ]] && continue
        read -r rps _ _ err _ <<< "${RESULT["${SIZES[0]}|$name"]}"
        if ((rps == 0 || err > 0)); then echo "smoke check failed: $name ($rps requests/s, $err errors)" >&2; exit 1; fi
    done
    echo "smoke check passed"
fi

