#!/usr/bin/env bash
# Export benchmark: peak memory and throughput of `handover export` on large sources.
#
#   bash Benchmarks/export-memory.sh [ROWS] [CSV_MB]
#
# Generates (once, under Benchmarks/data/, git-ignored) an SQLite table of ROWS customers
# (default 1,000,000) and a CSV event log of about CSV_MB megabytes (default 200), plus a JSON Lines
# copy of the log, then exports one subject with the release build under /usr/bin/time -v and
# prints wall time, peak resident memory and scan throughput. Target (issue 2): peak RSS < 100 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
csv_mb=${2:-200}
data="Benchmarks/data/rows${rows}-csv${csv_mb}"
mkdir -p "$data"

source Benchmarks/common.sh

if [ ! -f "$data/customers.sqlite" ]; then
    echo "generating $rows SQLite rows…" >&2
    sqlite3 "$data/customers.sqlite" <<SQL
PRAGMA journal_mode = OFF;
CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL, full_name TEXT, city TEXT, created_at TEXT);
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < $rows)
INSERT INTO customers SELECT x, 'user' || x || '@example.com', 'Customer ' || x, 'City ' || (x % 97),
    '2024-01-' || printf('%02d', 1 + x % 28) || ' 10:00:00' FROM n;
SQL
fi
if [ ! -f "$data/events.csv" ]; then
    echo "generating a ${csv_mb} MB CSV and JSON Lines log…" >&2
    python3 - "$data" "$csv_mb" "$rows" <<'PY'
import json, sys
folder, megabytes, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
limit = megabytes * 1_000_000
with open(f"{folder}/events.csv", "w", newline="") as csv_file, open(f"{folder}/events.jsonl", "w") as jsonl:
    csv_file.write("id,email,occurred_at,action,detail\r\n")
    written, i = 0, 0
    while written < limit:
        i += 1
        email = f"user{(i * 7919) % rows + 1}@example.com"
        detail = f"viewed product {i % 5000}, \"quoted\" note" if i % 3 == 0 else f"page {i % 977}"
        quoted = '"' + detail.replace('"', '""') + '"'
        line = f"{i},{email},2024-02-{1 + i % 28:02d} 12:{i % 60:02d}:00,view,{quoted}\r\n"
        written += len(line)
        csv_file.write(line)
        jsonl.write(json.dumps({"id": i, "email": email, "occurred_at": f"2024-02-{1 + i % 28:02d} 12:{i % 60:02d}:00",
                                "action": "view", "detail": detail}) + "\n")
PY
fi
{ benchmark_controller_yaml; cat <<'YAML'
sources:
  - id: crm
    kind: sqlite
    path: customers.sqlite
    collections:
      - name: customers
        identities: { email: email }
        purposes: [essential.service]
        legal_basis: contract
        retention: 2 years
        fields:
          id: { category: user.unique_id, provenance: observed }
          email: { category: user.contact.email, provenance: provided }
          full_name: { category: user.name, provenance: provided }
          city: { category: user.contact.address.city, provenance: provided }
          created_at: { category: user.account, provenance: observed, type: date-time }
  - id: events
    kind: csv
    path: events.csv
    collections:
      - name: events
        identities: { email: email }
        purposes: [analytics.reporting]
        legal_basis: { basis: legitimate_interest, interest: Product analytics }
        retention: 1 year
        fields: &eventfields
          id: { category: user.behavior, provenance: observed }
          email: { category: user.contact.email, provenance: provided }
          occurred_at: { category: user.behavior.browsing_history, provenance: observed, type: date-time }
          action: { category: user.behavior.browsing_history, provenance: observed }
          detail: { category: user.behavior.browsing_history, provenance: observed }
  - id: events-jsonl
    kind: jsonl
    path: events.jsonl
    collections:
      - name: events
        identities: { email: email }
        purposes: [analytics.reporting]
        legal_basis: { basis: legitimate_interest, interest: Product analytics }
        retention: 1 year
        fields: *eventfields
YAML
} >"$data/handover.yaml"

binary="$(release_build handover)/handover"
bytes=$(( $(stat -c %s "$data/customers.sqlite") + $(stat -c %s "$data/events.csv") + $(stat -c %s "$data/events.jsonl") ))
subject="user$(( rows / 2 ))@example.com"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
/usr/bin/time -v "$binary" export --config "$data/handover.yaml" --subject "email=$subject" \
    --output "$out/bundle.zip" 2>"$out/time.txt" || { cat "$out/time.txt"; exit 1; }
grep -E '^  [a-z-]+/' "$out/time.txt" || true
seconds=$(wall_seconds "$out/time.txt")
echo
echo "sources:        $rows SQLite rows + $(( $(stat -c %s "$data/events.csv") / 1000000 )) MB CSV + $(( $(stat -c %s "$data/events.jsonl") / 1000000 )) MB JSON Lines"
echo "subject:        $subject"
echo "wall time:      ${seconds} s"
echo "peak RSS:       $(peak_rss_mib "$out/time.txt") MiB   (target < 100 MiB)"
python3 -c "import sys; print(f'scan rate:      {int(sys.argv[1]) / 1e6 / float(sys.argv[2]):.0f} MB/s of source data')" "$bytes" "$seconds"
