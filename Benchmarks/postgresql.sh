#!/usr/bin/env bash
# PostgreSQL benchmark (issue 11): a shop of 1,000,000 customers, 5,000,000 orders and 10,000,000
# order items in a PostgreSQL server of its own, indexes on customers.email, orders.customer_id
# and order_items.order_id; one subject with 10,000 orders and 20,000 items.
#
#   bash Benchmarks/postgresql.sh [RUNS]
#
# Starts PostgreSQL 15 (initdb into Benchmarks/data/postgresql the first time, ~3 minutes to load;
# pg_ctl on a free loopback port; stopped at exit), then runs `handover export` of the subject
# RUNS times (default 5) as a new process each time, under /usr/bin/time -v, and prints each run's
# wall time (process start, connection, queries, bundle written) and peak RSS, and the median.
# The peer's figures for the same request on this kind of machine: Fides 2.86.2, 3.3 s and about
# 520 MB. Target: ≤ 0.33 s and ≤ 64 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
data="$PWD/Benchmarks/data/postgresql"
mkdir -p "$data"
source Benchmarks/common.sh

bin=$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | tail -1)
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
if [ ! -f "$data/cluster/PG_VERSION" ]; then
    rm -rf "$data/cluster"
    mkdir -p "$data/cluster"
    [ "$(id -u)" = 0 ] && chown postgres "$data" "$data/cluster"
    as_owner "$bin/initdb" -D "$data/cluster" -A trust -U handover --no-sync -E UTF8 --locale=C >/dev/null
fi
[ "$(id -u)" = 0 ] && chown -R postgres "$data/cluster"
as_owner "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=256MB" start >/dev/null
out=$(mktemp -d)
trap 'as_owner "$bin/pg_ctl" -D "$data/cluster" -m fast -w stop >/dev/null; rm -rf "$out"' EXIT
url="postgresql://handover@127.0.0.1:$port/shop"
psql() { "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U handover "$@"; }

if ! psql -d shop -c 'SELECT 1 FROM shop_loaded' >/dev/null 2>&1; then
    echo "loading 16,000,000 rows into PostgreSQL (once)…" >&2
    psql -d postgres -c 'DROP DATABASE IF EXISTS shop' -c 'CREATE DATABASE shop'
    psql -d shop <<'SQL'
CREATE TABLE customers (
    id bigint PRIMARY KEY, email text NOT NULL, full_name text NOT NULL, phone text,
    created_at timestamptz NOT NULL);
CREATE TABLE orders (
    id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers, placed_at timestamptz NOT NULL,
    status text NOT NULL, total numeric(10, 2) NOT NULL);
CREATE TABLE order_items (
    id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders, product text NOT NULL,
    quantity integer NOT NULL, unit_price numeric(10, 2) NOT NULL);
ALTER TABLE orders DISABLE TRIGGER ALL;
ALTER TABLE order_items DISABLE TRIGGER ALL;
-- Mixed-case, non-ASCII names as real shops hold them; customer 1 is the subject.
INSERT INTO customers
SELECT x, CASE WHEN x % 7 = 0 THEN 'Person.' || x || '@Example.com' ELSE 'person' || x || '@example.com' END,
       (ARRAY['Zoë', 'José', 'Łukasz', 'Ana', 'Søren'])[1 + x % 5] || ' ' || x, '+3161' || lpad(x::text, 7, '0'),
       timestamptz '2019-01-01 00:00:00+00' + (x % 100000) * interval '15 minutes'
FROM generate_series(1, 1000000) AS x;
-- Orders 1–10,000 are the subject's; the other 4,990,000 spread over everyone else.
INSERT INTO orders
SELECT x, CASE WHEN x <= 10000 THEN 1 ELSE 2 + x % 999999 END,
       timestamptz '2020-01-01 00:00:00+00' + (x % 500000) * interval '1 minute',
       (ARRAY['placed', 'paid', 'shipped', 'delivered', 'returned'])[1 + x % 5], (x % 50000) / 100.0
FROM generate_series(1, 5000000) AS x;
-- Two items per order: the subject's 10,000 orders hold 20,000.
INSERT INTO order_items
SELECT x, (x + 1) / 2, 'Product "' || (x % 3000) || '", size ' || (ARRAY['S', 'M', 'L'])[1 + x % 3], 1 + x % 4,
       (x % 10000) / 100.0
FROM generate_series(1, 10000000) AS x;
ALTER TABLE orders ENABLE TRIGGER ALL;
ALTER TABLE order_items ENABLE TRIGGER ALL;
CREATE INDEX customers_email ON customers (email);
CREATE INDEX orders_customer_id ON orders (customer_id);
CREATE INDEX order_items_order_id ON order_items (order_id);
VACUUM ANALYZE;
CREATE TABLE shop_loaded ();
SQL
fi

{ benchmark_controller_yaml; cat <<YAML
identity_types:
  email: email
sources:
  - id: shop
    kind: postgresql
    url: $url
    collections:
      - name: customers
        identities: { email: email }
        purposes: [essential.service]
        legal_basis: contract
        retention: 2 years after the account is closed
        fields:
          id: { category: user.unique_id, provenance: observed }
          email: { category: user.contact.email, provenance: provided }
          full_name: { category: user.name, provenance: provided }
          phone: { category: user.contact.phone_number, provenance: provided }
          created_at: { category: user.account, provenance: observed }
      - name: orders
        references: [{ field: customer_id, to: customers.id }]
        purposes: [essential.service]
        legal_basis: contract
        retention: 7 years (bookkeeping)
        fields:
          id: { category: user.unique_id, provenance: observed }
          customer_id: { category: user.unique_id, provenance: observed }
          placed_at: { category: user.financial, provenance: observed }
          status: { category: user.financial, provenance: observed }
          total: { category: user.financial, provenance: observed }
      - name: order_items
        references: [{ field: order_id, to: orders.id }]
        purposes: [essential.service]
        legal_basis: contract
        retention: 7 years (bookkeeping)
        fields:
          id: { category: user.unique_id, provenance: observed }
          order_id: { category: user.unique_id, provenance: observed }
          product: { category: user.financial, provenance: observed }
          quantity: { category: user.financial, provenance: observed }
          unit_price: { category: user.financial, provenance: observed }
YAML
} >"$out/handover.yaml"

binary="$(release_build handover)/handover"
echo "customers $(psql -d shop -At -c 'SELECT count(*) FROM customers'), orders $(psql -d shop -At -c 'SELECT count(*) FROM orders'), order items $(psql -d shop -At -c 'SELECT count(*) FROM order_items')"
times=()
for run in $(seq 1 "$runs"); do
    rm -f "$out/bundle.zip"
    /usr/bin/time -v "$binary" export --config "$out/handover.yaml" --subject "email=person1@example.com" \
        --output "$out/bundle.zip" 2>"$out/time.txt" || { cat "$out/time.txt"; exit 1; }
    [ "$run" = 1 ] && grep -E '^  [a-z-]+/' "$out/time.txt"
    seconds=$(wall_seconds "$out/time.txt")
    times+=("$seconds")
    echo "run $run: ${seconds} s, peak RSS $(peak_rss_mib "$out/time.txt") MiB"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
echo
echo "subject:        person1@example.com (1 customer, 10,000 orders, 20,000 order items)"
echo "median time:    ${median} s, cold process included   (target ≤ 0.33 s; Fides 2.86.2: 3.3 s)"
echo "peak RSS:       $(peak_rss_mib "$out/time.txt") MiB (last run)   (target ≤ 64 MB; Fides 2.86.2: ~520 MB)"
