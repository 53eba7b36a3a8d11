#!/usr/bin/env python3
"""Checks a bundle written by `handover export`, independently of Handover's own code.

Usage: check_bundle.py BUNDLE.zip EXAMPLE_DIR SUBJECT_EMAIL OTHER_EMAIL

- the zip holds exactly data.json, data.xml and manifest.json;
- every entry the manifest lists has the size and SHA-256 the manifest says, and nothing is unlisted;
- data.json and data.xml parse;
- the subject's records are there, with the counts the example data itself gives (queried with
  sqlite3 and read from the CSV / JSON Lines files here), and OTHER_EMAIL appears nowhere.
"""
import csv
import hashlib
import json
import os
import sqlite3
import sys
import xml.etree.ElementTree as ET
import zipfile

bundle, example, subject, other = sys.argv[1:5]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


with zipfile.ZipFile(bundle) as archive:
    names = sorted(archive.namelist())
    check(names == ["data.json", "data.xml", "manifest.json"], f"unexpected entries {names}")
    entries = {name: archive.read(name) for name in names}

manifest = json.loads(entries["manifest.json"])
listed = {entry["path"]: entry for entry in manifest["entries"]}
check(set(listed) == set(names) - {"manifest.json"}, f"manifest lists {sorted(listed)}, zip holds {names}")
for path, entry in listed.items():
    data = entries.get(path, b"")
    check(len(data) == entry["size"], f"{path}: size {len(data)} != manifest {entry['size']}")
    check(hashlib.sha256(data).hexdigest() == entry["sha256"], f"{path}: SHA-256 does not match the manifest")

data = json.loads(entries["data.json"])
ET.fromstring(entries["data.xml"])
counts = {f"{c['source']}/{c['name']}": len(c["records"]) for c in data["collections"]}
check(counts == {f"{c['source']}/{c['name']}": c["records"] for c in manifest["collections"]},
      "record counts in data.json differ from the manifest")

db = sqlite3.connect(f"file:{os.path.join(example, 'shop.sqlite')}?mode=ro", uri=True)
expected = {
    "shop/customers": db.execute("SELECT count(*) FROM customers WHERE email = ?", (subject,)).fetchone()[0],
    "shop/orders": db.execute("SELECT count(*) FROM orders WHERE billing_email = ?", (subject,)).fetchone()[0],
}
with open(os.path.join(example, "newsletter.csv"), newline="", encoding="utf-8") as handle:
    expected["newsletter/subscriptions"] = sum(1 for row in csv.DictReader(handle) if row["email"] == subject)
with open(os.path.join(example, "tickets.jsonl"), encoding="utf-8") as handle:
    expected["support/tickets"] = sum(1 for line in handle if line.strip() and json.loads(line)["customer_email"] == subject)
for key, count in expected.items():
    check(count > 0, f"the example has no {key} records for {subject}: pick another subject")
    check(counts.get(key) == count, f"{key}: bundle has {counts.get(key)} records, the data has {count}")

for name, content in entries.items():
    check(other.encode() not in content, f"{name} contains {other}")

if failures:
    print("bundle check FAILED:")
    for failure in failures:
        print("  -", failure)
    sys.exit(1)
print(f"bundle check passed: {sum(counts.values())} records, checksums match, no trace of {other}")
