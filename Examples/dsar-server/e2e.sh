#!/usr/bin/env bash
# End-to-end test of the example DSAR server: starts it on a loopback port with a quickstart whose
# newsletter CSV is large (so that an export can be cancelled mid-scan), and drives it with curl:
# 401 without or with a wrong token, two requests created, polled, downloaded and checked with
# `handover validate`, a third cancelled while it reads, stopping within a second and leaving no file.
#
#   bash Examples/dsar-server/e2e.sh        (from the repository root; builds what it needs)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

swift build --product handover >/dev/null
swift build --package-path Examples/dsar-server >/dev/null
handover="$(swift build --show-bin-path)/handover"
server="$(swift build --package-path Examples/dsar-server --show-bin-path)/DSARServer"

work=$(mktemp -d)
bundles="$work/bundles"
cleanup() {
    [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
cp Examples/quickstart/{handover.yaml,shop.sqlite,newsletter.csv,tickets.jsonl} "$work/"
python3 - "$work/newsletter.csv" <<'PY'
import sys
# 1.5 million subscribers with quoted line breaks and non-ASCII text: about 150 MB.
with open(sys.argv[1], "a", newline="") as f:
    for i in range(1_500_000):
        f.write(f'user{i}@example.org,2022-01-01 10:00:00,footer,"line\none ü",T{i:08d}\r\n')
PY

token="e2e-$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
HANDOVER_CONFIG="$work/handover.yaml" DSAR_TOKEN="$token" PORT="$port" BUNDLE_DIRECTORY="$bundles" \
    MAX_CONCURRENT_EXPORTS=2 "$server" >"$work/server.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
    curl -s -o /dev/null "$base/requests/x" && break
    sleep 0.1
done

fail() { echo "e2e: $*"; cat "$work/server.log"; exit 1; }
field() { python3 -c "import json,sys; v=json.load(sys.stdin).get('$1'); print('' if v is None else v)"; }
api() { curl -s -H "Authorization: Bearer $token" "$@"; }

echo "-- authentication"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/requests/x")" = 401 ] || fail "no token must give 401"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer wrong-$token" "$base/requests/x")" = 401 ] \
    || fail "a wrong token must give 401"

create() {
    api -X POST -H 'Content-Type: application/json' "$base/requests" \
        -d "{\"subject_request_type\": \"$1\", \"subject_identities\": [{\"identity_type\": \"email\", \"identity_value\": \"$2\"}]}"
}

echo "-- bad requests"
[ "$(api -o /dev/null -w '%{http_code}' "$base/requests/unknown")" = 404 ] || fail "an unknown id must give 404"
[ "$(api -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' "$base/requests" \
    -d '{"subject_request_type": "erasure", "subject_identities": []}')" = 400 ] || fail "a bad body must give 400"

echo "-- two requests"
first=$(create access alice@example.com | field id)
second=$(create portability alice@example.com | field id)
[ -n "$first" ] && [ -n "$second" ] || fail "requests were not created"
for id in "$first" "$second"; do
    for _ in $(seq 1 600); do
        status=$(api "$base/requests/$id" | field status)
        [ "$status" = completed ] && break
        [ "$status" = failed ] && fail "request $id failed: $(api "$base/requests/$id")"
        sleep 0.1
    done
    [ "$status" = completed ] || fail "request $id did not complete: $(api "$base/requests/$id")"
    [ "$(api -o "$work/$id.zip" -w '%{http_code}' "$base/requests/$id/bundle")" = 200 ] || fail "no bundle for $id"
    "$handover" validate "$work/$id.zip"
done
api "$base/requests/$first" | python3 -c '
import json, sys
status = json.load(sys.stdin)
assert status["report"]["records"] == 21, status
assert "alice" not in json.dumps(status), "the status repeats the subject"
'

echo "-- cancelling a running export"
third=$(create access nobody@example.com | field id)
for _ in $(seq 1 600); do
    read=$(api "$base/requests/$third" | field bytesRead)
    [ -n "$read" ] && [ "$read" -gt 0 ] && break
    sleep 0.05
done
[ -n "$read" ] && [ "$read" -gt 0 ] || fail "the third export never showed progress"
[ "$(api -X DELETE -o /dev/null -w '%{http_code}' "$base/requests/$third")" = 202 ] || fail "DELETE was refused"
cancelled_at=$(date +%s.%N)
for _ in $(seq 1 100); do
    status=$(api "$base/requests/$third" | field status)
    [ "$status" = cancelled ] && break
    sleep 0.02
done
elapsed=$(python3 -c "import time; print(f'{time.time() - $cancelled_at:.2f}')")
[ "$status" = cancelled ] || fail "the third export is $status, not cancelled"
python3 -c "import sys; sys.exit(0 if $elapsed < 1.0 else 1)" || fail "cancelling took $elapsed s"
[ "$(api -o /dev/null -w '%{http_code}' "$base/requests/$third/bundle")" = 409 ] || fail "a cancelled request has a bundle"
leftovers=$(ls -A "$bundles" | grep -v -e "^$first.zip$" -e "^$second.zip$" || true)
[ -z "$leftovers" ] || fail "files left behind: $leftovers"
echo "cancelled within $elapsed s, nothing left"
echo "-- e2e passed"
