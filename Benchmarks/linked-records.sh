#!/usr/bin/env bash
# Linked-records benchmark: one subject with ~100,000 records reached through three hops of
# references, across SQLite and CSV, among many other people's records.
#
#   bash Benchmarks/linked-records.sh [ORDERS_PER_SUBJECT]
#
# customers (100,000 people) ← orders (hop 1) ← order_items (hop 2, 4 per order) ← shipment events
# in a CSV file (hop 3, 5 per item). With the default 4,000 orders the subject owns
# 1 + 4,000 + 16,000 + 80,000 = 100,001 records. Prints wall time and peak RSS of the release
# build under /usr/bin/time -v. Target (issue 4): peak RSS < 100 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
orders=${1:-4000}
data="Benchmarks/data/linked-$orders"
mkdir -p "$data"
source Benchmarks/common.sh

if [ ! -f "$data/shop.sqlite" ]; then
    echo "generating linked data…" >&2
    sqlite3 "$data/shop.sqlite" >/dev/null <<SQL
PRAGMA journal_mode = OFF;
CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT);
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000)
INSERT INTO customers SELECT x, 'person' || x || '@example.com', 'Person ' || x FROM n;
-- The subject (customer 1) has $orders orders; everyone else one each.
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, total REAL);
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < $orders + 99999)
INSERT INTO orders SELECT x, CASE WHEN x <= $orders THEN 1 ELSE x - $orders + 1 END, (x % 500) / 10.0 FROM n;
CREATE TABLE order_items (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL, product TEXT);
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 4 * ($orders + 99999))
INSERT INTO order_items SELECT x, (x - 1) / 4 + 1, 'product ' || (x % 300) FROM n;
SQL
    python3 - "$data" "$orders" <<'PY'
import sys
folder, orders = sys.argv[1], int(sys.argv[2])
items = 4 * (orders + 99999)
with open(f"{folder}/shipment_events.csv", "w", newline="") as handle:
    handle.write("event_id,item_id,status,at\r\n")
    event = 0
    for item in range(1, items + 1):
        for step in ("packed", "shipped", "in transit", "out for delivery", "delivered"):
            event += 1
            handle.write(f"{event},{item},{step},2024-03-0{1 + event % 9} 10:00:00\r\n")
PY
fi
{ benchmark_controller_yaml; cat <<'YAML'
identity_types:
  email: email
sources:
  - id: shop
    kind: sqlite
    path: shop.sqlite
    collections:
      - name: customers
        identities: { email: email }
        purposes: [essential.service]
        legal_basis: contract
        retention: 2 years
        fields:
          id: { category: user.unique_id, provenance: observed }
          email: { category: user.contact.email, provenance: provided }
          name: { category: user.name, provenance: provided }
      - name: orders
        references: [{ field: customer_id, to: customers.id }]
        purposes: [essential.service]
        legal_basis: contract
        retention: 7 years
        fields:
          id: { category: user.behavior.purchase_history, provenance: observed }
          customer_id: { category: user.unique_id, provenance: observed }
          total: { category: user.behavior.purchase_history, provenance: observed }
      - name: order_items
        references: [{ field: order_id, to: orders.id }]
        purposes: [essential.service]
        legal_basis: contract
        retention: 7 years
        fields:
          id: { category: user.behavior.purchase_history, provenance: observed }
          order_id: { category: user.behavior.purchase_history, provenance: observed }
          product: { category: user.behavior.purchase_history, provenance: provided }
  - id: logistics
    kind: csv
    path: shipment_events.csv
    collections:
      - name: shipment_events
        references: [{ field: item_id, to: shop/order_items.id }]
        purposes: [essential.service]
        legal_basis: contract
        retention: 1 year
        fields:
          event_id: { category: user.behavior.purchase_history, provenance: observed }
          item_id: { category: user.behavior.purchase_history, provenance: observed }
          status: { category: user.behavior.purchase_history, provenance: observed }
          at: { category: user.behavior.purchase_history, provenance: observed, type: date-time }
YAML
} >"$data/handover.yaml"

binary="$(release_build handover)/handover"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
/usr/bin/time -v "$binary" export --config "$data/handover.yaml" --subject email=person1@example.com \
    --output "$out/bundle.zip" 2>"$out/time.txt" || { cat "$out/time.txt"; exit 1; }
grep -E '^  ' "$out/time.txt" | grep -vE '^\s+[A-Z(]' || true

records=$(grep -oE 'Wrote .*: [0-9]+ records' "$out/time.txt" | grep -oE '[0-9]+ records')
echo
echo "subject records: $records across 3 hops (SQLite → SQLite → SQLite → CSV)"
echo "bundle size:     $(( $(stat -c %s "$out/bundle.zip") / 1024 )) KiB zipped"
echo "wall time:       $(wall_seconds "$out/time.txt") s"
echo "peak RSS:        $(peak_rss_mib "$out/time.txt") MiB   (target < 100 MiB)"
