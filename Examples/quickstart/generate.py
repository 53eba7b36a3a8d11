#!/usr/bin/env python3
"""Regenerates the quickstart web shop's data: shop.sqlite, newsletter.csv, tickets.jsonl.

Deterministic (fixed seed), so the committed files can be reproduced byte for byte:
    python3 Examples/quickstart/generate.py
The shop has a few dozen customers. Two of them have e-mail addresses that are near-collisions
(bob@example.com and jimbob@example.com): an export for one must never contain the other.
"""
import csv
import json
import os
import random
import sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261125)

FIRST = ["Alice", "Bob", "Jim", "Emma", "Lucas", "Noor", "Sem", "Julia", "Daan", "Mila", "Finn", "Saar",
         "Levi", "Tess", "Milan", "Zoë", "Luuk", "Nina", "Ruben", "Eva", "Thijs", "Lotte", "Jesse", "Sophie"]
LAST = ["Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
        "Peeters", "Maes", "Claes", "Goossens", "Dubois", "Lambert"]
CITIES = [("Amsterdam", "NL"), ("Utrecht", "NL"), ("Gent", "BE"), ("Antwerpen", "BE"), ("Leuven", "BE"),
          ("Rotterdam", "NL"), ("Brussel", "BE")]
PRODUCTS = ["Teapot", "Garden hose", "Bath towel", "Chef's knife", "Plant pot", "Doormat", "Candle set"]
TOPICS = ["Where is my order?", "Refund request", "Wrong size delivered", "Invoice address change",
          "Cannot log in", "Damaged parcel"]

customers = [
    (1, "alice@example.com", "Alice Jansen", "+31612345678"),
    (2, "bob@example.com", "Bob Peeters", "+32470123456"),
    (3, "jimbob@example.com", "Jim Bob Maes", "+32470654321"),
]
for customer_id in range(4, 41):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = f"{first}.{last}".lower().replace(" ", "").replace("ë", "e")
    email = f"{local}{customer_id}@example.{rng.choice(['com', 'nl', 'be'])}"
    phone = f"+3{rng.choice(['1', '2'])}6{rng.randrange(10**7, 10**8)}"
    customers.append((customer_id, email, f"{first} {last}", phone))


def timestamp(year_from=2022):
    return (f"{rng.randrange(year_from, 2026)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d} "
            f"{rng.randrange(8, 22):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}")


db_path = os.path.join(HERE, "shop.sqlite")
if os.path.exists(db_path):
    os.remove(db_path)
db = sqlite3.connect(db_path)
db.executescript("""
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    phone TEXT,
    city TEXT,
    country TEXT,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    loyalty_tier TEXT
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    billing_email TEXT NOT NULL,
    ordered_at TEXT NOT NULL,
    total REAL NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL,
    margin_cents INTEGER,
    fraud_score REAL
);
CREATE INDEX orders_billing_email ON orders(billing_email);
CREATE TABLE order_items (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    product TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    unit_price REAL NOT NULL
);
CREATE TABLE login_events (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    at TEXT NOT NULL,
    ip_address TEXT NOT NULL,
    user_agent TEXT
);
""")
order_id = 1000
item_id = [0]
login_id = [0]
for customer_id, email, name, phone in customers:
    city, country = rng.choice(CITIES)
    salt = "".join(rng.choice("abcdef0123456789") for _ in range(16))
    db.execute("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?)",
               (customer_id, email, name, phone, city, country, f"$argon2id$v=19$m=65536,t=3,p=4${salt}$redacted",
                timestamp(2020), rng.choice(["bronze", "silver", "gold"])))
    for _ in range(rng.randrange(0, 5) + (2 if customer_id <= 3 else 0)):
        order_id += 1
        db.execute("INSERT INTO orders VALUES (?,?,?,?,?,?,?,?,?)",
                   (order_id, customer_id, email, timestamp(), round(rng.uniform(5, 400), 2), "EUR",
                    rng.choice(["delivered", "shipped", "cancelled", "returned"]), rng.randrange(50, 5000),
                    rng.choice([0.02, 0.05, 0.11, 0.31, 0.74])))
        for _ in range(rng.randrange(1, 4)):
            item_id[0] += 1
            db.execute("INSERT INTO order_items VALUES (?,?,?,?,?)",
                       (item_id[0], order_id, rng.choice(PRODUCTS), rng.randrange(1, 4), round(rng.uniform(3, 120), 2)))
    for _ in range(rng.randrange(0, 4) + (2 if customer_id <= 3 else 0)):
        login_id[0] += 1
        db.execute("INSERT INTO login_events VALUES (?,?,?,?,?)",
                   (login_id[0], customer_id, timestamp(2024), f"192.0.2.{rng.randrange(1, 255)}",
                    rng.choice(["Firefox/128.0", "Safari/17.5", "Chrome/126.0"])))
db.commit()
db.execute("VACUUM")
db.close()

with open(os.path.join(HERE, "newsletter.csv"), "w", newline="", encoding="utf-8") as handle:
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(["email", "subscribed_at", "signup_source", "interests", "unsubscribe_token"])
    for customer_id, email, name, _ in customers:
        if customer_id <= 3 or rng.random() < 0.5:
            interests = rng.choice(["garden", "kitchen, tableware", 'gifts "under 20"', "kitchen\nbathroom"])
            token = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(24))
            writer.writerow([email, timestamp(2021), rng.choice(["checkout", "website footer", "event"]),
                             interests, token])

def variant(email):
    """The address as a support agent might have typed it: case and whitespace vary."""
    choice = rng.randrange(4)
    if choice == 1:
        return email.upper()
    if choice == 2:
        return " " + email.capitalize() + " "
    return email


def national(phone):
    """The phone number as the (Dutch) support desk noted it: national format for Dutch numbers,
    international format with spaces for foreign ones."""
    if phone.startswith("+31"):
        return "0" + phone[3:4] + "-" + phone[4:]
    return phone[:3] + " " + phone[3:6] + " " + phone[6:8] + " " + phone[8:10] + " " + phone[10:]


with open(os.path.join(HERE, "tickets.jsonl"), "w", encoding="utf-8") as handle:
    ticket_id = 500
    for customer_id, email, name, phone in customers:
        count = rng.randrange(0, 3) + (2 if customer_id <= 3 else 0)
        for number in range(count):
            ticket_id += 1
            topic = rng.choice(TOPICS)
            body = f"Hello, {topic.lower()} — order {rng.randrange(1001, order_id + 1)}. Thanks, {name.split()[0]}"
            if customer_id == 1 and ticket_id % 2 == 0:
                body += ' <script>alert("hi")</script>'
            # Every fourth ticket came in by phone, and so did the last one of the first customers.
            by_phone = ticket_id % 4 == 0 or (customer_id <= 3 and number == count - 1)
            other = customers[(customer_id + 5) % len(customers)]
            handle.write(json.dumps({
                "id": ticket_id,
                "channel": "phone" if by_phone else "e-mail",
                "customer_email": None if by_phone else variant(email),
                "caller_phone": national(phone) if by_phone else None,
                "opened_at": timestamp(2023).replace(" ", "T") + "Z",
                "subject": topic,
                "body": body,
                "forwarded_to": other[1] if ticket_id % 3 == 0 else None,
                "status": rng.choice(["open", "closed", "waiting"]),
                "satisfaction": rng.choice([None, 1, 2, 3, 4, 5]),
                "agent_notes": rng.choice(["", "called back", "escalated to logistics"]),
            }, ensure_ascii=False) + "\n")
