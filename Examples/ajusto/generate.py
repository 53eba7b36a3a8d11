#!/usr/bin/env python3
"""Regenerates the Ajusto / Jaimy example: a Belgian home-services app (plumbers, electricians,
painters booked through an app and website) with its receivables.

    python3 Examples/ajusto/generate.py

Writes, deterministically (fixed seed):
- jaimy.sqlite: customers, orders (intervention requests), payments, invoices, receivables, disputes
- communications.jsonl: recorded calls, chats and e-mails with the contact centre
- customer_mailings.csv: marketing to existing customers; prospect_optins.csv: opt-ins of prospects
- web_visits.jsonl: cookie data from the website and the ProApp; surveys.csv: market-survey answers

About 300 customers and 80 prospects, all invented. The chosen subject is An Claes
(an.claes@example.net); Jan Claes (jan.claes@example.net) holds her address as a substring and must
never appear in her export.

The records agree with one another in time and amount, as of the snapshot (synthetic.SNAPSHOT): an
order is requested after its customer signed up and scheduled after that; a planned intervention
lies after the snapshot, a completed one before it, invoiced after the work and paid after the
invoice; an unpaid remainder is a receivable (paid plus due is the invoice total) falling due 14 to
30 days after the invoice; order and invoice numbers carry the year of the request and of the
invoice; calls follow the customer's sign-up, objections and withdrawals follow what they end, and
survey answers fall in the survey's season. Every value is drawn in the same order as before these
rules were added, so that people, identifiers and record counts stay the same (see `fit` in
synthetic.py).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from synthetic import (SNAPSHOT, Synth, ascii_slug, fit, here, latest, shift, write_csv, write_jsonl,  # noqa: E402
                       write_sqlite)

HERE = here(__file__)
s = Synth(20260101, "BE")

SERVICES = ["plumbing", "electricity", "painting", "heating maintenance", "roof repair", "locksmith",
            "garden work", "window cleaning"]
PROBLEMS = ["leaking tap in the kitchen", "boiler shows error E133", "two rooms to paint, ceilings included",
            "socket sparks in the living room", "locked out, key broken in the lock", "gutter overflowing",
            "hedge to trim, about 30 m", "annual maintenance of the gas boiler"]
CHAT_TOPICS = ["When will the plumber arrive?", "Can I move my appointment?", "The invoice amount is wrong",
               "The partner did not show up", "How do I pay by Bancontact?", "Question about the quote"]

# (id, email, first, last, gender, phone): the chosen subject first, then her near-collision.
people = [(1, "an.claes@example.net", "An", "Claes", "F", "+32470123456"),
          (2, "jan.claes@example.net", "Jan", "Claes", "M", "+32478654321")]


def invent(pid):
    first, last = s.name()
    email = f"{ascii_slug(first)}.{ascii_slug(last)}{s.between(1, 99)}@example.{s.pick(['com', 'net', 'org'])}"
    return pid, email, first, last, s.pick(["F", "M", "X"]), s.mobile()


people = s.invent(people, 300, invent, key=lambda person: person[1])

# The second stream gives the values the first version of this script did not draw (how much of an
# unpaid invoice was paid), so that every value drawn from `s` stays what it was.
more = Synth(20260101 + 1, "BE")

customers, orders, payments, invoices, receivables, disputes = [], [], [], [], [], []
addresses, created_at = {}, {}
for pid, email, first, last, gender, phone in people:
    street, postal_code, city = s.address()
    addresses[pid] = (street, postal_code, city)
    language, password = s.pick(["nl", "fr", "en"]), s.password_hash()
    created_at[pid] = created = s.moment(2019, 2023)
    customers.append((pid, email, first, last, gender, phone, street, postal_code, city, language, password, created))
    for number in range(s.between(0, 3) + (3 if pid <= 2 else 0)):
        oid = 1000 + len(orders) + 1
        service = s.pick(SERVICES)
        status = "completed" if pid <= 2 and number < 2 else s.pick(["completed", "completed", "cancelled", "planned"])
        price = s.amount(65, 1400)
        s.between(21, 25)  # the year the order number once had at random; it now follows the request
        problem = s.pick(PROBLEMS)
        # A planned intervention was requested in the last weeks and is due after the snapshot; a completed
        # or cancelled one was requested long enough ago to have been carried out (and invoiced, paid or
        # chased) by then. It is scheduled within 45 days of the request, after the customer signed up.
        if status == "planned":
            requested = s.moment(2021, 2025, after=latest(created, shift(SNAPSHOT, days=-45)),
                                 before=shift(SNAPSHOT, days=-5))
            scheduled = s.date(2021, 2025, after=shift(SNAPSHOT, days=1), before=shift(requested, days=60))
        else:
            requested = s.moment(2021, 2025, after=created, before=shift(SNAPSHOT, days=-150))
            scheduled = s.date(2021, 2025, after=requested, before=shift(requested, days=45))
        orders.append((oid, f"JY-{requested[2:4]}-{oid:06d}", pid, service, problem, street, postal_code, city,
                       requested, scheduled, status, s.between(1, 40), price, s.phone_as_typed(phone)))
        if status == "cancelled":
            continue
        method = s.pick(["bancontact", "visa", "mastercard", "sepa_transfer"])
        card = None if method == "sepa_transfer" else f"{s.between(0, 9999):04d}"
        iban = s.iban() if method == "sepa_transfer" else None
        paid, token = s.moment(2021, 2025), "tok_" + s.token(24)
        if status != "completed":
            # A planned intervention is paid when it is booked.
            payments.append((len(payments) + 1, oid, method, card, iban, price,
                             fit(paid, 2021, 2025, after=requested, before=shift(requested, days=2)), token))
            continue
        iid = len(invoices) + 1
        vat = round(price * 0.06 / 1.06, 2)
        # Invoiced within a week of the intervention.
        issued = s.date(2021, 2025, after=scheduled, before=shift(scheduled, days=7))
        invoices.append((iid, oid, f"F{issued[:4]}/{iid:05d}", issued, round(price - vat, 2), vat,
                         price, f"{first} {last}", f"{street}, {postal_code} {city}"))
        if pid == 1 and number == 0 or s.chance(0.08):
            # Part paid by the due date, 14 to 30 days after the invoice; the rest is owed.
            stage = s.pick(["reminder", "formal_notice", "collection_agency", "transferred"])
            due = s.date(2022, 2025, after=shift(issued, days=14), before=shift(issued, days=30))
            part = round(price * more.between(10, 60) / 100, 2)
            payments.append((len(payments) + 1, oid, method, card, iban, part, fit(paid, 2021, 2025, after=issued,
                                                                                  before=due), token))
            receivables.append((len(receivables) + 1, iid, round(price - part, 2), due, s.between(1, 3), stage,
                                "Incasso Partners NV" if stage in ("collection_agency", "transferred") else None,
                                s.pick(["amicable", "judicial"]), s.pick(["solvent", "uncertain", "insolvent"]),
                                s.pick(["Belgian Official Gazette", "Central Individual Credit Register",
                                        "Collection agency file"])))
        else:
            # Paid in full within 30 days of the invoice.
            payments.append((len(payments) + 1, oid, method, card, iban, price,
                             fit(paid, 2021, 2025, after=issued, before=shift(issued, days=30)), token))
        if pid == 1 and number == 1 or s.chance(0.04):
            # A dispute about work done is opened after the intervention.
            disputes.append((len(disputes) + 1, oid, s.moment(2022, 2025, after=scheduled),
                             s.pick(["complaint", "chargeback", "damage_claim", "legal_proceedings"]),
                             s.pick(["open", "settled", "closed"]),
                             s.pick(["Water damage after the repair", "Card payment disputed at the bank",
                                     "Work not finished as quoted"])))

write_sqlite(os.path.join(HERE, "jaimy.sqlite"), """
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, first_name TEXT, last_name TEXT, gender TEXT, phone TEXT,
    street TEXT, postal_code TEXT, city TEXT, language TEXT, password_hash TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY, order_number TEXT NOT NULL UNIQUE, customer_id INTEGER NOT NULL REFERENCES customers(id),
    service TEXT, problem TEXT, intervention_street TEXT, intervention_postal_code TEXT, intervention_city TEXT,
    requested_at TEXT, scheduled_for TEXT, status TEXT, partner_id INTEGER, price_eur REAL, contact_phone TEXT);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), method TEXT, card_last4 TEXT,
    iban TEXT, amount_eur REAL, paid_at TEXT, psp_token TEXT NOT NULL);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), invoice_number TEXT, issued_on TEXT,
    amount_excl_vat REAL, vat_eur REAL, total_eur REAL, billing_name TEXT, billing_address TEXT);
CREATE TABLE receivables (
    id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL REFERENCES invoices(id), amount_due REAL, due_on TEXT,
    reminders_sent INTEGER, stage TEXT, collection_agency TEXT, recovery_route TEXT, solvency_assessment TEXT,
    external_source TEXT);
CREATE TABLE disputes (
    id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), opened_at TEXT, kind TEXT, status TEXT,
    summary TEXT);
""", {"customers": customers, "orders": orders, "payments": payments, "invoices": invoices,
      "receivables": receivables, "disputes": disputes})

communications = []
for pid, email, first, last, gender, phone in people:
    for number in range(s.between(0, 2) + (3 if pid <= 2 else 0)):
        channel = ["call", "chat", "email"][number] if pid <= 2 and number < 3 else s.pick(["call", "chat", "email"])
        other = people[(pid * 7) % len(people)]
        communications.append({
            "id": f"C-{len(communications) + 1:05d}",
            "channel": channel,
            "started_at": s.moment(2022, 2025, iso=True, after=created_at[pid]),
            "customer_email": s.email_as_typed(email) if channel != "call" else None,
            "caller_phone": s.phone_as_typed(phone) if channel == "call" else None,
            "duration_seconds": s.between(40, 900) if channel != "email" else None,
            "recorded": channel == "call",
            "recording_ref": f"rec/{s.hex(12)}.opus" if channel == "call" else None,
            "summary": s.pick(CHAT_TOPICS),
            "agent_id": f"op-{s.between(1, 25):02d}",
            "quality_score": s.between(1, 5),
            # Someone else who will be at the address (a tenant, a neighbour with the key).
            "on_site_contact": f"{other[2]} {other[3]}, {other[5]}" if number == 0 and pid <= 2 or s.chance(0.1) else None,
        })
write_jsonl(os.path.join(HERE, "communications.jsonl"), communications)

# An objection comes after the last mailing.
mailings = []
for pid, email, first, *_ in people:
    if pid <= 2 or s.chance(0.6):
        language, campaign = s.pick(["nl", "fr"]), s.pick(["spring-maintenance", "boiler-check", "summer-garden"])
        sent, opened = s.moment(2024, 2025), s.pick(["true", "false"])
        objected = "" if pid <= 2 or s.chance(0.9) else s.date(2024, 2025, after=sent)
        mailings.append([email, first, language, campaign, sent, opened, objected, s.token(32)])
write_csv(os.path.join(HERE, "customer_mailings.csv"),
          ["email", "first_name", "language", "last_campaign", "last_sent_at", "opened", "objected_on",
           "unsubscribe_token"], mailings)

optins = []
for pid, email, first, *_ in people[:2]:
    optins.append([s.email_as_typed(email).upper() if pid == 1 else email, first, "1030",
                   "painting;garden work", s.moment(2019, 2019), "consent-text-v2", "website form", "", s.token(20)])
for _ in range(80):
    first, last = s.name()
    address = f"{ascii_slug(first)}.{ascii_slug(last)}{s.between(100, 999)}@example.org"
    postal_code, interests = s.address()[1], ";".join(sorted({s.pick(SERVICES), s.pick(SERVICES)}))
    consented = s.moment(2022, 2025)
    text, channel = s.pick(["consent-text-v2", "consent-text-v3"]), s.pick(["website form", "home fair", "app"])
    # Withdrawn after it was given.
    withdrawn = s.date(2024, 2025, after=consented) if s.chance(0.15) else ""
    optins.append([address, first, postal_code, interests, consented, text, channel, withdrawn, s.token(20)])
write_csv(os.path.join(HERE, "prospect_optins.csv"),
          ["email", "first_name", "postal_code", "interests", "consented_at", "consent_text", "channel",
           "withdrawn_on", "confirmation_token"], optins)

visits = []
for pid, *_ in people:
    cookie = f"jy.{s.hex(16)}"
    for number in range(s.between(0, 3) + (3 if pid <= 2 else 0)):
        logged_in = not (pid <= 2 and number == 0) and s.chance(0.8)
        visits.append({
            "visit_id": len(visits) + 1,
            "cookie_id": cookie,
            "customer_id": pid if logged_in else None,
            "at": s.moment(2024, 2025, iso=True),
            "app": s.pick(["website", "ProApp"]),
            "ip_address": s.ipv4() if s.chance(0.8) else s.ipv6(),
            "language_preference": s.pick(["nl-BE", "fr-BE", "en-GB"]),
            "browser": s.pick(["Firefox 128", "Safari 17", "Chrome 126", "ProApp 4.2 (Android)", "ProApp 4.2 (iOS)"]),
            "pages_viewed": s.between(1, 14),
            "inferred_needs": s.pick(["heating", "renovation", "garden", "urgent repairs", None]),
        })
for _ in range(120):  # visitors who never logged in
    visits.append({"visit_id": len(visits) + 1, "cookie_id": f"jy.{s.hex(16)}", "customer_id": None,
                   "at": s.moment(2024, 2025, iso=True), "app": "website", "ip_address": s.ipv4(),
                   "language_preference": s.pick(["nl-BE", "fr-BE"]), "browser": s.pick(["Firefox 128", "Edge 126"]),
                   "pages_viewed": s.between(1, 5), "inferred_needs": None})
write_jsonl(os.path.join(HERE, "web_visits.jsonl"), visits)

# Each survey ran for one season and was answered then.
SEASONS = {"2024-autumn": ("2024-09-01", "2024-11-30"), "2025-spring": ("2025-03-01", "2025-05-31")}
surveys = []
for index, (pid, email, *_) in enumerate(people):
    if pid <= 2 or s.chance(0.3):
        respondent = "" if s.chance(0.3) and pid > 2 else s.email_as_typed(email)
        survey = s.pick(["2024-autumn", "2025-spring"])
        opened, closed = SEASONS[survey]
        surveys.append([f"S-{index + 1:04d}", respondent, survey, s.moment(2024, 2025, after=opened, before=closed),
                        s.between(0, 10), s.pick(["Fast and friendly", "Too expensive", "The plumber was late", ""])])
write_csv(os.path.join(HERE, "surveys.csv"),
          ["response_id", "email", "survey", "answered_at", "recommend_score", "comment"], surveys)
