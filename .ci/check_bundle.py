#!/usr/bin/env python3
"""Checks a bundle written by `handover export` for the quickstart example, independently of
Handover's own code.

Usage: check_bundle.py BUNDLE.zip EXAMPLE_DIR SUBJECT_EMAIL OTHER_EMAIL [SCOPE]

- the zip holds exactly data.json, data.xml and manifest.json;
- every entry the manifest lists has the size and SHA-256 the manifest says, and nothing is unlisted;
- data.json and data.xml parse;
- the subject's records are all there and nothing else: the expected record ids per collection are
  computed here from the example's files with the configured rules re-implemented in plain Python
  (e-mail: trim + lowercase; phone: E.164 with default country NL; references by id; the customer's
  phone discovered and matched in tickets), and OTHER_EMAIL appears nowhere;
- no secret (password hash, unsubscribe token) appears in any entry.
"""
import csv
import hashlib
import json
import os
import re
import sqlite3
import sys
import xml.etree.ElementTree as ET
import zipfile

bundle, example, subject, other = sys.argv[1:5]
scope = sys.argv[5] if len(sys.argv) > 5 else "access"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def email(value):
    return value.strip().lower() if isinstance(value, str) and "@" in value else None


def phone(value):
    if not isinstance(value, str):
        return None
    digits = re.sub(r"[\s.\-/()]", "", value.replace("(0)", ""))
    if digits.startswith("+"):
        digits = digits[1:]
    elif digits.startswith("00"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = "31" + digits[1:]
    else:
        return None
    return "+" + digits if digits.isdigit() and 8 <= len(digits) <= 15 else None


with zipfile.ZipFile(bundle) as archive:
    names = sorted(archive.namelist())
    check(names == ["data.json", "data.xml", "index.html", "manifest.json"], f"unexpected entries {names}")
    entries = {name: archive.read(name) for name in names}

manifest = json.loads(entries["manifest.json"])
check(manifest["scope"] == scope, f"manifest scope {manifest['scope']} != {scope}")
listed = {entry["path"]: entry for entry in manifest["entries"]}
check(set(listed) == set(names) - {"manifest.json"}, f"manifest lists {sorted(listed)}, zip holds {names}")
for path, entry in listed.items():
    data = entries.get(path, b"")
    check(len(data) == entry["size"], f"{path}: size {len(data)} != manifest {entry['size']}")
    check(hashlib.sha256(data).hexdigest() == entry["sha256"], f"{path}: SHA-256 does not match the manifest")

data = json.loads(entries["data.json"])
ET.fromstring(entries["data.xml"])
page = entries["index.html"].decode("utf-8")
check(page.startswith("<!DOCTYPE html>"), "index.html is not an HTML document")
check("<script" not in page, "index.html holds a script element: a value was not escaped")
check(re.search(r'(src|href)="(https?:)?//', page) is None, "index.html refers to an external resource")
exported = {f"{c['source']}/{c['name']}": sorted((r.get("id") or {}).get("value") or 0 for r in c["records"])
            for c in data["collections"]}
check({key: len(ids) for key, ids in exported.items()}
      == {f"{c['source']}/{c['name']}": c["records"] for c in manifest["collections"]},
      "record counts in data.json differ from the manifest")

# The oracle: the subject's records by the configured rules, computed from the files directly.
db = sqlite3.connect(f"file:{os.path.join(example, 'shop.sqlite')}?mode=ro", uri=True)
customers = db.execute("SELECT id, email, phone FROM customers").fetchall()
orders = db.execute("SELECT id, customer_id, billing_email FROM orders").fetchall()
items = db.execute("SELECT id, order_id FROM order_items").fetchall()
logins = db.execute("SELECT id, customer_id FROM login_events").fetchall()
with open(os.path.join(example, "tickets.jsonl"), encoding="utf-8") as handle:
    tickets = [json.loads(line) for line in handle if line.strip()]
emails, phones = {email(subject)}, set()
while True:
    mine = [c for c in customers if email(c[1]) in emails or phone(c[2]) in phones]
    found = {phone(c[2]) for c in mine} - {None}
    if found <= phones:
        break
    phones |= found
customer_ids = {c[0] for c in mine}
order_ids = sorted(o[0] for o in orders if o[1] in customer_ids or email(o[2]) in emails)
expected = {
    "shop/customers": sorted(customer_ids),
    "shop/orders": order_ids,
    "shop/order_items": sorted(i[0] for i in items if i[1] in set(order_ids)),
    "support/tickets": sorted(t["id"] for t in tickets
                              if email(t["customer_email"]) in emails or phone(t["caller_phone"]) in phones),
}
if scope == "access":
    expected["shop/login_events"] = sorted(l[0] for l in logins if l[1] in customer_ids)
for key, ids in expected.items():
    check(ids, f"the example has no {key} records for {subject}: pick another subject")
    if key == "shop/login_events":
        continue  # the id column is 'ignore': compare counts only
    check(exported.get(key) == ids, f"{key}: bundle has ids {exported.get(key)}, the data says {ids}")
check(len(exported.get("shop/login_events", [])) == len(expected.get("shop/login_events", [])),
      "shop/login_events: record count differs from the data")
if scope == "portability":
    check("shop/login_events" not in exported, "portability bundle holds legitimate-interest login events")
with open(os.path.join(example, "newsletter.csv"), newline="", encoding="utf-8") as handle:
    rows = [row for row in csv.DictReader(handle)]
subscriptions = [row for row in rows if email(row["email"]) in emails]
check(len(exported.get("newsletter/subscriptions", [])) == len(subscriptions) or not subscriptions,
      "newsletter/subscriptions: record count differs from the data")

secrets = [row[0] for row in db.execute("SELECT password_hash FROM customers")]
secrets += [row["unsubscribe_token"] for row in rows]
for name, content in entries.items():
    check(other.encode() not in content, f"{name} contains {other}")
    for secret in secrets:
        check(secret.encode() not in content, f"{name} contains a secret value")

if failures:
    print("bundle check FAILED:")
    for failure in failures:
        print("  -", failure)
    sys.exit(1)
print(f"bundle check passed ({scope}): {sum(len(ids) for ids in exported.values())} records, "
      f"checksums match, no secret, no trace of {other}")
