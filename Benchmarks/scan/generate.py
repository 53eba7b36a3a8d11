#!/usr/bin/env python3
"""Generates the scan benchmark's sources, deterministically, into one folder.

    python3 Benchmarks/scan/generate.py --scale S --out DIR

At scale 1: shop.sqlite (1,000,000 customers, 5,000,000 orders), events.csv (10,000,000 rows,
about 1.03 GB), messages.jsonl (2,500,000 lines, about 505 MB), expected.json (the ids the subject
target@example.com must get) and handover.yaml (the configuration describing them). Every random
choice comes from one seeded random.Random and every date from a fixed base, so a scale always
yields the same bytes. Writes a file named `complete` last; scan.sh skips generation when it is there.
"""
import argparse
import json
import os
import random
import sqlite3
import sys
import time
import unicodedata

SUBJECT = "target@example.com"
# Addresses one edit away from the subject's: none of them, nor their records, may be exported.
NEAR_COLLISIONS = [
    "xtarget@example.com",
    "target@example.co",
    "target@example.com.au",
    "target.x@example.com",
    "target+news@example.com",
    "targe t@example.com",
    "tärget@example.com",
]
SEED = 20260101
CHUNK = 50_000


def scaled(base, scale, minimum=1):
    return max(minimum, round(base * scale))


def counts(scale):
    """Every size the generator and the checks derive from the scale."""
    return {
        "customers": scaled(1_000_000, scale, 100),
        "orders": scaled(5_000_000, scale, 500),
        "events": scaled(10_000_000, scale, 1000),
        "messages": scaled(2_500_000, scale, 500),
        "subject_orders": scaled(10_000, scale, 10),
        "subject_events": scaled(10_000, scale, 10),
        "subject_messages": scaled(2_000, scale, 10),
        "near_orders": scaled(20, scale, 2),
        "near_events": scaled(300, scale, 4),
        "near_messages": scaled(100, scale, 4),
        "trap_events": scaled(1_000, scale, 5),
        "trap_messages": scaled(1_000, scale, 5),
    }


class Clock:
    """Timestamps spread evenly over the year 2025, computed without the wall clock."""

    MONTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def __init__(self, count):
        self.count = max(1, count)
        self.days = [f"2025-{m + 1:02d}-{d + 1:02d}" for m, length in enumerate(self.MONTHS) for d in range(length)]
        self.span = len(self.days) * 86400

    def parts(self, index):
        second = index * self.span // self.count
        day, rest = divmod(second, 86400)
        hour, rest = divmod(rest, 3600)
        minute, sec = divmod(rest, 60)
        return self.days[day], hour, minute, sec

    def rfc3339(self, index):
        day, hour, minute, sec = self.parts(index)
        return f"{day}T{hour:02d}:{minute:02d}:{sec:02d}Z"

    def sqlite(self, index):
        day, hour, minute, sec = self.parts(index)
        return f"{day} {hour:02d}:{minute:02d}:{sec:02d}"


def weighted(pairs):
    """Splits [(value, weight), …] into values and cumulative weights for Random.choices."""
    values, cumulative, total = [], [], 0
    for value, weight in pairs:
        total += weight
        values.append(value)
        cumulative.append(total)
    return values, cumulative


def email_pool(rng, size):
    """Other people's addresses: mostly userN@example.com, some other domains and spellings."""
    pool = []
    for _ in range(size):
        number = rng.randrange(1, 1_000_000)
        roll = rng.random()
        if roll < 0.80:
            pool.append(f"user{number}@example.com")
        elif roll < 0.90:
            pool.append(f"user{number}@example.org")
        elif roll < 0.95:
            pool.append(f"User{number}@Example.com")
        else:
            pool.append(f"u{number}@mail.example.net")
    return pool


# --- SQLite -----------------------------------------------------------------------------------

FIRST_NAMES = ["Anna", "Bram", "Chloé", "Daan", "Eva", "Finn", "Zoë", "Søren", "Jürgen", "Lotte", "Mila",
               "Noah", "Ole", "Saar", "Tess", "Yara", "Łukasz", "Inès", "Hiro", "Amélie"]
LAST_NAMES = ["de Vries", "Jansen", "Peeters", "Müller", "Nielsen", "Dubois", "Ødegård", "Smit", "Janssens",
              "Bakker", "Visser", "Maes", "Lambert", "Hansen", "Yamada 山田", "O'Brien", "García", "Novák"]
STATUSES = weighted([("delivered", 70), ("shipped", 10), ("paid", 8), ("cancelled", 6), ("refunded", 3),
                     ("pending", 3)])


def write_sqlite(path, sizes, rng):
    customers, orders = sizes["customers"], sizes["orders"]
    special = rng.sample(range(1, customers + 1), 2 + len(NEAR_COLLISIONS))
    subject_ids = sorted(special[:2])
    near_ids = special[2:]
    special_emails = {subject_ids[0]: "Target@Example.com", subject_ids[1]: " target@EXAMPLE.com "}
    special_emails.update(zip(near_ids, NEAR_COLLISIONS))

    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -262144")
    db.execute("PRAGMA locking_mode = EXCLUSIVE")
    db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, full_name TEXT, phone TEXT, "
               "created_at TEXT, password_hash TEXT)")
    db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total TEXT, status TEXT, "
               "created_at TEXT)")
    clock = Clock(customers)

    def customer_rows():
        for customer_id in range(1, customers + 1):
            email = special_emails.get(customer_id) or (
                f"user{customer_id}@example.com" if customer_id % 13 else f"User{customer_id}@Example.com")
            yield (customer_id, email, f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                   f"+316{rng.randrange(10_000_000, 100_000_000)}", clock.sqlite(customer_id - 1),
                   f"$2b$12${rng.getrandbits(256):064x}")

    db.execute("BEGIN")
    db.executemany("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?)", customer_rows())

    # Which orders belong to whom: the subject's spread over the whole table, a few for each
    # near-collision customer, the rest to anyone else.
    picked = rng.sample(range(1, orders + 1), sizes["subject_orders"] + sizes["near_orders"] * len(NEAR_COLLISIONS))
    owner = {}
    for index, order_id in enumerate(picked[:sizes["subject_orders"]]):
        owner[order_id] = subject_ids[0] if index % 5 < 3 else subject_ids[1]
    for index, order_id in enumerate(picked[sizes["subject_orders"]:]):
        owner[order_id] = near_ids[index % len(near_ids)]
    reserved = set(special)
    clock = Clock(orders)
    statuses, status_weights = STATUSES

    def order_rows():
        for start in range(1, orders + 1, CHUNK):
            stop = min(orders + 1, start + CHUNK)
            status_list = rng.choices(statuses, cum_weights=status_weights, k=stop - start)
            for order_id, status in zip(range(start, stop), status_list):
                customer_id = owner.get(order_id)
                if customer_id is None:
                    customer_id = int(rng.random() * customers) + 1
                    while customer_id in reserved:
                        customer_id = customer_id % customers + 1
                cents = int(rng.random() * rng.random() * 50_000) + 99
                yield (order_id, customer_id, f"{cents // 100}.{cents % 100:02d}", status,
                       clock.sqlite(order_id - 1))

    db.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?)", order_rows())
    db.execute("CREATE INDEX customers_email ON customers (email)")
    db.execute("CREATE INDEX orders_customer_id ON orders (customer_id)")
    db.commit()
    db.close()
    return subject_ids, sorted(order_id for order_id, customer in owner.items() if customer in subject_ids)


# --- CSV --------------------------------------------------------------------------------------

def csv_field(text):
    """RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled."""
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


USER_AGENTS = weighted([
    ("curl/8.5.0", 36),
    ("okhttp/4.12.0", 16),
    ("Wget/1.21.4", 10),
    ("python-requests/2.31.0", 8),
    ("Go-http-client/2.0", 6),
    ("HandoverBench/1.0 (bot, +https://bench.example/bot)", 3),
    ('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "Edge"', 4),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0", 3),
    ('Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "Mobile"', 3),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Gecko/20100101 Firefox/125.0", 3),
    ('Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8, "beta")', 2),
    ("", 18),
])
NOTES = weighted([
    ("", 96),
    ("ok", 4),
    ("retry", 3),
    ("coupon SPRING25", 2),
    ("slow page load reported", 2),
    ("paid, shipped", 2),
    ('customer said "thanks"', 1.5),
    ("café crème, s'il vous plaît", 1),
    ("Grüße aus München", 1),
    ("smørrebrød — frokost", 1),
    ("日本からのアクセス", 1),
    ("promo 🎉 applied", 1),
    ("first line\nsecond line", 1.5),
    ("address changed\r\nnew: Kerkstraat 1, Gent", 1),
    ("ticket #4411\nstatus: ok\nagent: Søren", 1),
    ("n/a", 2),
])
EVENT_TYPES = weighted([("page_view", 55), ("login", 12), ("logout", 8), ("purchase", 6), ("search", 12),
                        ("password_reset", 1), ("api_call", 6)])
SUBJECT_CSV = ["target@example.com", "TARGET@example.com", " Target@Example.Com ", '"target@example.com"']


def ip_pool(rng, size):
    pool = []
    for _ in range(size):
        if rng.random() < 0.9:
            pool.append(f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        else:
            pool.append(f"2001:db8:{rng.randrange(65536):x}::{rng.randrange(65536):x}")
    return pool


def near_spelling_csv(email, index):
    """A near-collision address as a CSV field: as is, upper case, padded, quoted, or decomposed (NFD)."""
    variants = [email, email.upper(), f" {email} ", f'"{email}"', unicodedata.normalize("NFD", email)]
    return variants[index % len(variants)]


def write_events(path, sizes, rng):
    total = sizes["events"]
    subject_count, near_count, trap_count = sizes["subject_events"], sizes["near_events"], sizes["trap_events"]
    positions = rng.sample(range(total), subject_count + near_count * len(NEAR_COLLISIONS) + trap_count)
    special_email, special_note = {}, {}
    for index, position in enumerate(positions[:subject_count]):
        special_email[position] = SUBJECT_CSV[index % len(SUBJECT_CSV)]
    rest = positions[subject_count:]
    for index, position in enumerate(rest[:near_count * len(NEAR_COLLISIONS)]):
        special_email[position] = near_spelling_csv(NEAR_COLLISIONS[index % len(NEAR_COLLISIONS)],
                                                     index // len(NEAR_COLLISIONS))
    for index, position in enumerate(rest[near_count * len(NEAR_COLLISIONS):]):
        # A foreign record whose quoted note holds a line that reads exactly like a subject's row;
        # the fake id is beyond the file's ids, so a reader that splits on lines shows up in the check.
        newline = "\r\n" if index % 2 else "\n"
        spelled = SUBJECT_CSV[index % 3]
        fake = f"{90_000_000 + index},2025-06-01T12:00:00Z,{spelled},login,203.0.113.7,curl/8.5.0,"
        special_note[position] = csv_field(f"forwarded:{newline}{fake}{newline}-- end of forward")
    subject_event_ids = sorted(position + 1 for position in positions[:subject_count])

    emails = email_pool(rng, 200_000)
    ips = ip_pool(rng, 50_000)
    agents = [csv_field(agent) for agent in USER_AGENTS[0]]
    notes = [csv_field(note) for note in NOTES[0]]
    clock = Clock(total)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("event_id,ts,email,event_type,ip,user_agent,note\r\n")
        for start in range(0, total, CHUNK):
            count = min(CHUNK, total - start)
            columns = zip(
                range(start, start + count),
                rng.choices(emails, k=count),
                rng.choices(EVENT_TYPES[0], cum_weights=EVENT_TYPES[1], k=count),
                rng.choices(ips, k=count),
                rng.choices(agents, cum_weights=USER_AGENTS[1], k=count),
                rng.choices(notes, cum_weights=NOTES[1], k=count),
            )
            lines = []
            for position, email, event_type, ip, agent, note in columns:
                if position in special_email:
                    email = special_email[position]
                elif position in special_note:
                    note = special_note[position]
                lines.append(f"{position + 1},{clock.rfc3339(position)},{email},{event_type},{ip},{agent},{note}\r\n")
            out.write("".join(lines))
    return subject_event_ids


# --- JSON Lines -------------------------------------------------------------------------------

SUBJECT_LINES = weighted([
    ("Re: your order", 14), ("Question about delivery", 8), ("Vraag over mijn bestelling", 6),
    ("Rückerstattung für Bestellung", 4), ("Facture — janvier", 4), ("Hi", 40), ("ご注文について", 2),
    ("Password reset", 4), ('"Urgent": parcel lost', 2), ("", 8),
])
BODIES = weighted([
    ("Thanks, received.", 30),
    ("Where is my parcel? It was due on Monday.", 6),
    ("Hello,\nthe invoice is attached.\nRegards", 6),
    ('He wrote "soon" but nothing arrived.', 6),
    ("Path: C:\\Users\\me\\Downloads\\factuur.pdf", 4),
    ("Bedankt! Groetjes uit Utrecht 🌷", 6),
    ("Grüße — bis bald", 5),
    ("Ça marche, merci beaucoup.", 5),
    ("Hej, jeg har ændret min adresse til Nørrebrogade 12.", 4),
    ("ありがとうございます。", 3),
    ("Can you change the delivery address?\nNew: Stationsplein 1, 3511 Utrecht\n\nThanks", 3),
    ("ok", 42),
    ("Order 8812 arrived damaged:\n- box torn\n- \"fragile\" sticker missing\nPhotos follow.", 3),
    ("", 10),
])
METAS = [
    ({"channel": "web", "lang": "nl"}, 80),
    ({"channel": "app", "lang": "en", "v": 3}, 12),
    ({"channel": "email", "lang": "de"}, 15),
    ({"channel": "web", "lang": "fr", "tags": ["billing", "urgent"]}, 5),
    ({"channel": "chat", "lang": "da", "thread": {"depth": 2, "open": True}}, 5),
    ({"channel": "phone", "lang": "ja", "agent": None}, 5),
]
SUBJECT_FROM = ['"target@example.com"', '"TARGET@EXAMPLE.COM"', '" Target@Example.com "', '"Target@example.com"',
                '"target@example.com "']
COMPACT = (",", ":")
SPACED = (", ", ": ")


def dumps(value, separators=COMPACT):
    return json.dumps(value, ensure_ascii=False, separators=separators)


def message_line(layout, record):
    """One JSON object from pre-encoded member values, in one of four layouts."""
    i, ts, sender, to, subject, body, meta = record
    if layout == 0:
        return f'{{"id":{i},"ts":"{ts}","from":{sender},"to":{to},"subject":{subject},"body":{body},"meta":{meta}}}\n'
    if layout == 1:
        return (f'{{"id": {i}, "ts": "{ts}", "from": {sender}, "to": {to}, "subject": {subject}, '
                f'"body": {body}, "meta": {meta}}}\n')
    if layout == 2:
        return f'{{"meta":{meta},"subject":{subject},"body":{body},"to":{to},"ts":"{ts}","id":{i},"from":{sender}}}\n'
    return f'{{"from": {sender},"id":{i}, "to":{to},"ts": "{ts}","body":{body},"subject" :{subject} ,"meta":{meta}}}\n'


def write_messages(path, sizes, rng):
    total = sizes["messages"]
    subject_count, near_count, trap_count = sizes["subject_messages"], sizes["near_messages"], sizes["trap_messages"]
    positions = rng.sample(range(total), subject_count + near_count * len(NEAR_COLLISIONS) + trap_count)
    special_from, special_trap = {}, {}
    for index, position in enumerate(positions[:subject_count]):
        # A few spell the @ as a JSON escape, written literally into the file.
        special_from[position] = '"target\\u0040example.com"' if index % 20 == 7 else \
            SUBJECT_FROM[index % len(SUBJECT_FROM)]
    rest = positions[subject_count:]
    for index, position in enumerate(rest[:near_count * len(NEAR_COLLISIONS)]):
        email = NEAR_COLLISIONS[index % len(NEAR_COLLISIONS)]
        variant = (index // len(NEAR_COLLISIONS)) % 4
        if variant == 1:
            email = email.upper()
        elif variant == 2:
            email = f" {email} "
        encoded = dumps(email) if variant != 3 else json.dumps(email)  # ensure_ascii: \u00e4 for ä
        special_from[position] = encoded
    for index, position in enumerate(rest[near_count * len(NEAR_COLLISIONS):]):
        special_trap[position] = index % 3
    subject_message_ids = sorted(position + 1 for position in positions[:subject_count])

    emails = [dumps(email) for email in email_pool(rng, 100_000)]
    subjects = [dumps(text) for text in SUBJECT_LINES[0]]
    bodies = [dumps(text) for text in BODIES[0]]
    meta_weights = weighted([(index, weight) for index, (_, weight) in enumerate(METAS)])
    metas = {COMPACT: [dumps(meta) for meta, _ in METAS], SPACED: [dumps(meta, SPACED) for meta, _ in METAS]}
    layouts = weighted([(0, 80), (1, 12), (2, 5), (3, 3)])
    traps = [
        (None, dumps(f"Please forward this to {SUBJECT}, she asked for it."), None),
        (dumps(SUBJECT), dumps('Quoting: {"from":"target@example.com","to":"x@example.com"}'), None),
        (None, dumps("cc: Target@Example.com"), {"channel": "email", "lang": "en", "from": SUBJECT}),
    ]
    clock = Clock(total)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for start in range(0, total, CHUNK):
            count = min(CHUNK, total - start)
            columns = zip(
                range(start, start + count),
                rng.choices(emails, k=count),
                rng.choices(emails, k=count),
                rng.choices(subjects, cum_weights=SUBJECT_LINES[1], k=count),
                rng.choices(bodies, cum_weights=BODIES[1], k=count),
                rng.choices(meta_weights[0], cum_weights=meta_weights[1], k=count),
                rng.choices(layouts[0], cum_weights=layouts[1], k=count),
            )
            lines = []
            for position, sender, to, subject, body, meta_index, layout in columns:
                meta = metas[SPACED if layout == 1 else COMPACT][meta_index]
                if position in special_from:
                    sender = special_from[position]
                elif position in special_trap:
                    trap_to, trap_body, trap_meta = traps[special_trap[position]]
                    to, body = trap_to or to, trap_body
                    meta = dumps(trap_meta) if trap_meta else meta
                lines.append(message_line(layout, (position + 1, clock.rfc3339(position), sender, to, subject,
                                                   body, meta)))
            out.write("".join(lines))
    return subject_message_ids


# --- Configuration ----------------------------------------------------------------------------

CONFIG = """\
# Handover configuration of the scan benchmark (written by Benchmarks/scan/generate.py).
version: 1
controller:
  name: Benchmark Controller
  email: privacy@bench.example
  supervisory_authority: { name: Test Authority }
identity_types: { email: email }
sources:
  - id: shop
    kind: sqlite
    path: shop.sqlite
    collections:
      - name: customers
        identities: { email: email }
        purposes: [essential.service]
        legal_basis: contract
        retention: { description: Kept while the account exists., period: P2Y, after: closing of the account }
        fields:
          id: { category: user.unique_id, provenance: observed, type: integer, description: Customer number }
          email: { category: user.contact.email, provenance: provided }
          full_name: { category: user.name, provenance: provided }
          phone: { category: user.contact.phone_number, provenance: provided }
          created_at: { category: user.account, provenance: observed, type: date-time }
          password_hash: secret
      - name: orders
        references: [{ field: customer_id, to: customers.id }]
        purposes: [essential.service.payment_processing]
        legal_basis: contract
        retention: { description: Kept 7 years for the tax authorities., period: P7Y }
        fields:
          id: { category: user.behavior.purchase_history, provenance: observed, type: integer }
          customer_id: { category: user.unique_id, provenance: observed, type: integer }
          total: { category: user.behavior.purchase_history, provenance: observed, type: decimal }
          status: { category: user.behavior.purchase_history, provenance: observed }
          created_at: { category: user.behavior.purchase_history, provenance: observed, type: date-time }
  - id: events
    kind: csv
    path: events.csv
    collections:
      - name: events
        identities: { email: email }
        purposes: [essential.service.security]
        legal_basis: { basis: legitimate_interest, interest: Protecting accounts against misuse }
        retention: { description: Security events are deleted after one year., period: P1Y }
        fields:
          event_id: { category: system.operations, provenance: observed, type: integer }
          ts: { category: user.behavior, provenance: observed, type: date-time }
          email: { category: user.contact.email, provenance: provided }
          event_type: { category: user.behavior, provenance: observed }
          ip: { category: user.device.ip_address, provenance: observed }
          user_agent: { category: user.device, provenance: observed }
          note: { category: system.operations, provenance: observed, description: A note by the support desk }
  - id: messages
    kind: jsonl
    path: messages.jsonl
    collections:
      - name: messages
        identities: { email: from }
        purposes: [essential.service.operations.support]
        legal_basis: contract
        retention: { description: Kept 2 years after the last message., period: P2Y }
        fields:
          id: { category: user.content.private, provenance: observed, type: integer }
          ts: { category: user.content.private, provenance: observed, type: date-time }
          from: { category: user.contact.email, provenance: provided }
          to: { category: user.contact.email, provenance: provided, third_party: redact,
                description: The person the message was sent to }
          subject: { category: user.content.private, provenance: provided }
          body: { category: user.content.private, provenance: provided }
          meta: { category: system.operations, provenance: observed, description: Channel and language (a JSON object) }
"""


def write_config(folder):
    with open(os.path.join(folder, "handover.yaml"), "w", encoding="utf-8") as out:
        out.write(CONFIG)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.scale <= 0:
        sys.exit("--scale must be positive")
    os.makedirs(args.out, exist_ok=True)
    marker = os.path.join(args.out, "complete")
    if os.path.exists(marker):
        os.remove(marker)
    sizes = counts(args.scale)
    rng = random.Random(SEED)
    started = time.perf_counter()

    def step(name, work):
        began = time.perf_counter()
        result = work()
        print(f"  {name}: {time.perf_counter() - began:.1f} s", file=sys.stderr, flush=True)
        return result

    customers, orders = step("shop.sqlite", lambda: write_sqlite(os.path.join(args.out, "shop.sqlite"), sizes, rng))
    events = step("events.csv", lambda: write_events(os.path.join(args.out, "events.csv"), sizes, rng))
    messages = step("messages.jsonl", lambda: write_messages(os.path.join(args.out, "messages.jsonl"), sizes, rng))
    expected = {
        "subject": SUBJECT,
        "scale": args.scale,
        "sizes": sizes,
        "ids": {"shop/customers": customers, "shop/orders": orders, "events/events": events,
                "messages/messages": messages},
    }
    with open(os.path.join(args.out, "expected.json"), "w", encoding="utf-8") as out:
        json.dump(expected, out, indent=1)
        out.write("\n")
    write_config(args.out)
    with open(marker, "w", encoding="utf-8") as out:
        out.write(f"scale {args.scale}\n")
    print(f"  generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
