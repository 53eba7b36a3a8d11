#!/usr/bin/env python3
"""A plain Python exporter of the scan benchmark's subject: the baseline Handover's export is timed against.

    python3 Benchmarks/scan/reference_exporter.py --data DIR --output OUT.zip [--subject EMAIL]

Reads the four collections the benchmark's handover.yaml describes (standard library only), with
Handover's e-mail rule on both sides (surrounding whitespace stripped, Unicode NFC, lowercase; a
value without @ matches nothing): customers by e-mail, orders by customer_id, events and messages
by e-mail. Writes OUT.zip holding data.json with those records (every value as {"type", "value"},
password_hash left out, a message's recipient withheld), then compares the record ids with
DIR/expected.json and exits 1 when they differ.
"""
import argparse
import csv
import hashlib
import json
import os
import sqlite3
import sys
import unicodedata
import zipfile

WITHHELD = "[withheld: data about another person]"


def normalize_email(value):
    if not isinstance(value, str):
        return None
    value = unicodedata.normalize("NFC", value.strip()).lower()
    return value if "@" in value else None


def typed(value):
    if value is None:
        return {"type": "null", "value": None}
    if isinstance(value, bool):
        return {"type": "boolean", "value": value}
    if isinstance(value, int):
        return {"type": "integer", "value": value}
    if isinstance(value, float):
        return {"type": "decimal", "value": repr(value)}
    if isinstance(value, (dict, list)):
        return {"type": "string", "value": json.dumps(value, ensure_ascii=False, separators=(",", ":"))}
    if isinstance(value, bytes):
        return {"type": "binary", "value": value.hex()}
    return {"type": "string", "value": value}


def sqlite_collections(path, subject):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db.create_function("normalize_email", 1, normalize_email, deterministic=True)
    cursor = db.execute("SELECT * FROM customers WHERE normalize_email(email) = ?", (subject,))
    names = [column[0] for column in cursor.description]
    customers = [dict(zip(names, row)) for row in cursor]
    keys = [customer["id"] for customer in customers]
    orders = []
    for start in range(0, len(keys), 500):
        part = keys[start:start + 500]
        cursor = db.execute(f"SELECT * FROM orders WHERE customer_id IN ({','.join('?' * len(part))}) ORDER BY id",
                            part)
        names = [column[0] for column in cursor.description]
        orders.extend(dict(zip(names, row)) for row in cursor)
    db.close()
    for customer in customers:
        customer.pop("password_hash", None)
    return customers, orders


def csv_collection(path, subject):
    records = []
    with open(path, encoding="utf-8-sig", newline="") as source:
        rows = csv.reader(source)
        header = next(rows)
        email = header.index("email")
        for row in rows:
            if normalize_email(row[email]) == subject:
                record = dict(zip(header, row))
                record["event_id"] = int(record["event_id"])
                records.append(record)
    return records


def jsonl_collection(path, subject):
    records = []
    with open(path, encoding="utf-8") as source:
        for line in source:
            if not line.strip():
                continue
            record = json.loads(line)
            if normalize_email(record.get("from")) == subject:
                records.append(record)
    return records


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="the folder generate.py wrote")
    parser.add_argument("--output", required=True)
    parser.add_argument("--subject", default="target@example.com")
    args = parser.parse_args()
    subject = normalize_email(args.subject)
    if subject is None:
        sys.exit(f"not an e-mail address: {args.subject!r}")

    customers, orders = sqlite_collections(os.path.join(args.data, "shop.sqlite"), subject)
    events = csv_collection(os.path.join(args.data, "events.csv"), subject)
    messages = jsonl_collection(os.path.join(args.data, "messages.jsonl"), subject)
    collections = [("shop", "customers", customers, "id"), ("shop", "orders", orders, "id"),
                   ("events", "events", events, "event_id"), ("messages", "messages", messages, "id")]

    document = {"format": "handover-reference-export", "subject": [{"type": "email", "value": args.subject}],
                "collections": []}
    for source, name, records, _ in collections:
        rendered = []
        for record in records:
            fields = {key: typed(value) for key, value in record.items()}
            if "to" in fields and source == "messages":
                fields["to"] = {"type": "redacted", "value": WITHHELD}
            rendered.append(fields)
        document["collections"].append({"source": source, "name": name, "recordCount": len(rendered),
                                        "records": rendered})
    data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    manifest = json.dumps({"entries": [{"path": "data.json", "size": len(data),
                                        "sha256": hashlib.sha256(data).hexdigest()}]}).encode("utf-8")
    with zipfile.ZipFile(args.output, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as bundle:
        for name, content in (("data.json", data), ("manifest.json", manifest)):
            bundle.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), content,
                            compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)

    with open(os.path.join(args.data, "expected.json"), encoding="utf-8") as file:
        expected = json.load(file)["ids"]
    problems = []
    for source, name, records, key in collections:
        got = sorted(record[key] for record in records)
        want = expected[f"{source}/{name}"]
        if got != want:
            missing = sorted(set(want) - set(got))
            extra = sorted(set(got) - set(want))
            problems.append(f"{source}/{name}: {len(got)} records, expected {len(want)}; "
                            f"missing {missing[:10]}, unexpected {extra[:10]}")
    total = sum(len(records) for _, _, records, _ in collections)
    if problems:
        for problem in problems:
            print(f"reference exporter: MISMATCH {problem}", file=sys.stderr)
        sys.exit(1)
    print(f"reference exporter: OK, {total} records match expected.json", file=sys.stderr)


if __name__ == "__main__":
    main()
