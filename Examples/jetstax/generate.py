#!/usr/bin/env python3
"""Regenerates the Jetstax example: a Belgian managed-hosting and cloud company whose privacy
policy is written in Romanian.

    python3 Examples/jetstax/generate.py

Writes, deterministically (fixed seed):
- platform.sqlite: customers, accounts (login details Jetstax assigns), services (hosting
  subscriptions), invoices
- tickets.jsonl (support), feedback.jsonl (performance tracking), fraud_signals.jsonl,
  access_log.csv (security monitoring of the control panel), direct_marketing.csv,
  info_requests.csv (pre-contractual requests and newsletter sign-ups)

About 300 customers and 90 prospects, all invented. The chosen subject is Oana Marin
(oana.marin@webstudio.example, customer number JX-10001). Ioana Marin (ioana.marin@webstudio.example,
customer number JX-100010) holds both her e-mail address and her customer number as substrings and
must never appear in her export.

The records agree with one another in time and amount: a login, a service, a ticket, feedback or a
mailing follows the customer's sign-up; an invoice follows the first service, carries its year in its
number and is paid within 30 days after it (an IBAN it was paid from only when it was paid); log lines
fall between a login's creation and its last use; an opt-out in direct_marketing.csv is there exactly
when the customer record says so, after the last campaign; Oana's request for an offer came before
she became a customer. Every value is drawn in the same order as before these rules were added, so
that people, identifiers and record counts stay the same (see `fit` in synthetic.py).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from synthetic import Synth, ascii_slug, earliest, here, shift, write_csv, write_jsonl, write_sqlite  # noqa: E402

HERE = here(__file__)
s = Synth(20260303, "BE")

PLANS = ["Managed VPS S", "Managed VPS M", "Cloud Server L", "WordPress Hosting", "Mail Hosting", "Kubernetes Node"]
COMPANIES = ["Webstudio", "Pixel & Co", "Atelier Digital", "Brouwerij Vos", "Studio Nord", "Dental Care Rumst", None]
SUBJECTS = ["Site is slow since this morning", "SSL certificate renewal", "Restore a backup from Monday",
            "Add an extra mailbox", "DNS records for a new domain", "Invoice in the wrong name"]

# (id, customer number, first, last, email)
people = [(1, "JX-10001", "Oana", "Marin", "oana.marin@webstudio.example"),
          (2, "JX-100010", "Ioana", "Marin", "ioana.marin@webstudio.example")]


def invent(cid):
    first, last = s.name()
    domain = s.pick(["example.com", "example.be", "mail.example"])
    return cid, f"JX-{10000 + cid}", first, last, f"{ascii_slug(first)}.{ascii_slug(last)}{s.between(1, 99)}@{domain}"


people = s.invent(people, 300, invent, key=lambda person: person[4])

# The second stream gives the values the first version of this script did not draw (the day of an
# opt-out it had not dated), so that every value drawn from `s` stays what it was.
more = Synth(20260303 + 1, "BE")

customers, accounts, services, invoices, phones = [], [], [], [], {}
for cid, number, first, last, email in people:
    street, postal_code, city = s.address()
    phones[cid] = s.mobile()
    company = "Webstudio" if cid <= 2 else s.pick(COMPANIES)
    vat_number = f"BE0{s.between(100000000, 999999999)}" if company else None
    created = s.moment(2018, 2024)
    customers.append((cid, number, first, last, company, street, postal_code, city, "BE", phones[cid], email,
                      vat_number, created, 0 if cid == 1 else int(s.chance(0.2))))
    username = f"{ascii_slug(first)[:1]}{ascii_slug(last)}{cid}"
    # The login is made for the customer, and used after it was made.
    password, totp = s.password_hash(), s.token(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    api_token = "jxt_" + s.token(40) if cid == 1 or s.chance(0.4) else None
    account_created = s.moment(2018, 2024, after=created)
    accounts.append((cid, cid, username, password, totp, api_token, account_created,
                     s.moment(2025, 2025, after=account_created)))
    first_start = None
    for _ in range(s.between(1, 3) + (1 if cid == 1 else 0)):
        # A service starts after the customer signed up (and ends after it started).
        plan, hostname = s.pick(PLANS), f"{ascii_slug(last)}-{s.hex(4)}.jetstax.example"
        server, datacenter = s.ipv4(), s.pick(["Rumst-1", "Antwerpen-2", "Frankfurt-1"])
        started = s.date(2019, 2024, after=created)
        first_start = earliest(first_start, started)
        services.append((len(services) + 1, cid, plan, hostname, server, datacenter, started,
                         s.date(2025, 2025, after=started) if s.chance(0.2) else None, s.amount(9, 320)))
    for _ in range(s.between(1, 4) + (2 if cid == 1 else 0)):
        # Issued once the first service runs, numbered in its year; paid (from the IBAN, if one is known)
        # within 30 days, or not yet.
        total = s.amount(9, 900)
        issued = s.date(2020, 2025, after=first_start)
        paid = s.date(2020, 2025, after=issued, before=shift(issued, days=30)) if s.chance(0.9) else None
        iban = s.iban() if s.chance(0.5) else None
        invoices.append((len(invoices) + 1, cid, f"JX{issued[:4]}-{len(invoices) + 1:05d}", issued,
                         round(total / 1.21, 2), round(total - total / 1.21, 2), total, paid, iban if paid else None))
customer_created = {row[0]: row[12] for row in customers}
account_times = {row[0]: (row[6], row[7]) for row in accounts}  # id: (created_at, last_login_at)

write_sqlite(os.path.join(HERE, "platform.sqlite"), """
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, customer_number TEXT NOT NULL UNIQUE, first_name TEXT, last_name TEXT, company_name TEXT,
    street TEXT, postal_code TEXT, city TEXT, country TEXT, phone TEXT, email TEXT NOT NULL, vat_number TEXT,
    created_at TEXT, marketing_opt_out INTEGER NOT NULL);
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL, totp_secret TEXT, api_token TEXT, created_at TEXT, last_login_at TEXT);
CREATE TABLE services (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), plan TEXT, hostname TEXT,
    server_ip TEXT, datacenter TEXT, started_on TEXT, ended_on TEXT, monthly_fee_eur REAL);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), invoice_number TEXT,
    issued_on TEXT, amount_excl_vat REAL, vat_eur REAL, total_eur REAL, paid_on TEXT, paid_from_iban TEXT);
""", {"customers": customers, "accounts": accounts, "services": services, "invoices": invoices})

tickets = []
for cid, number, first, last, email in people:
    for index in range(s.between(0, 2) + (2 if cid <= 2 else 0)):
        by_phone = cid == 1 and index == 1 or cid > 2 and s.chance(0.25)
        colleague = people[(cid * 11) % len(people)]
        tickets.append({
            "id": 7000 + len(tickets) + 1,
            # After the customer signed up.
            "opened_at": s.moment(2022, 2025, iso=True, after=customer_created[cid]),
            "customer_number": number if not by_phone else None,
            "email": s.email_as_typed(email) if not by_phone else None,
            "phone": s.phone_as_typed(phones[cid]) if by_phone else None,
            "subject": s.pick(SUBJECTS), "body": "Bună ziua, vă rog să verificați. Mulțumesc.",
            "cc": colleague[4] if cid == 1 and index == 0 or s.chance(0.1) else None,
            "satisfaction": s.pick([None, 3, 4, 5]), "agent": f"ops-{s.between(1, 12)}"})
write_jsonl(os.path.join(HERE, "tickets.jsonl"), tickets)

# Feedback, fraud signals and log lines come after the customer or login they are about.
feedback = []
for cid, number, *_ in people:
    if cid <= 2 or s.chance(0.4):
        feedback.append({"id": len(feedback) + 1, "customer_number": number,
                         "answered_at": s.moment(2023, 2025, iso=True, after=customer_created[cid]),
                         "nps": s.between(0, 10),
                         "comment": s.pick(["", "Support rapid", "Prețuri mari", "Migrare fără probleme"]),
                         "profile": s.pick(["agenție web", "IMM", "dezvoltator independent", "comerț online"])})
write_jsonl(os.path.join(HERE, "feedback.jsonl"), feedback)

signals = []
for account in accounts:
    if account[0] <= 2 or s.chance(0.15):
        signals.append({"id": len(signals) + 1, "account_id": account[0],
                        "detected_at": s.moment(2024, 2025, iso=True, after=account_times[account[0]][0]),
                        "signal": s.pick(["login from new country", "card declined three times", "many failed logins"]),
                        "ip_address": s.ipv4(), "risk_score": round(s.amount(0, 1), 2)})
write_jsonl(os.path.join(HERE, "fraud_signals.jsonl"), signals)

log = []
for account in accounts:
    created, last_login = account_times[account[0]]
    for _ in range(s.between(0, 4) + (3 if account[0] <= 2 else 0)):
        # Between the login's creation and its last use.
        log.append([s.moment(2025, 2025, iso=True, after=created, before=last_login), account[2],
                    s.ipv4() if s.chance(0.7) else s.ipv6(),
                    s.pick(["login", "login_failed", "password_change", "api_call", "logout"]), s.hex(40),
                    s.pick(["Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", "Mozilla/5.0 (Macintosh) Safari/17.5",
                            "jetstax-cli/2.3"])])
log.sort()
write_csv(os.path.join(HERE, "access_log.csv"), ["timestamp", "username", "ip", "action", "session_id", "user_agent"],
          log)

# Marketing goes to customers after they signed up; the opt-out date is there exactly when the customer
# record says the customer opted out, and comes after the last campaign.
marketing = []
for cid, _n, first, _l, email in people:
    if cid <= 2 or s.chance(0.5):
        typed, channel = s.email_as_typed(email), s.pick(["e-mail", "post", "telefon"])
        campaign = s.pick(["Black Friday VPS", "Noul centru de date", "Webinar Kubernetes"])
        sent = s.moment(2024, 2025, after=customer_created[cid])
        opted_out = "" if cid == 1 or s.chance(0.85) else s.date(2024, 2025, after=sent)
        if customers[cid - 1][13]:
            opted_out = opted_out or more.date(2024, 2025, after=sent)
        else:
            opted_out = ""
        marketing.append([typed, first, channel, campaign, sent, opted_out])
write_csv(os.path.join(HERE, "direct_marketing.csv"),
          ["email", "first_name", "channel", "last_campaign", "sent_at", "opted_out_on"], marketing)

# Oana asked for an offer before she became a customer.
requests = [[" Oana.Marin@webstudio.example", "Oana Marin", "Webstudio",
             s.moment(2018, 2018, before=customer_created[1]),
             "Oferta pentru Managed VPS", "da"]]
for _ in range(90):
    first, last = s.name()
    requests.append([f"{ascii_slug(first)}.{ascii_slug(last)}{s.between(100, 999)}@example.org", f"{first} {last}",
                     s.pick(COMPANIES) or "", s.moment(2021, 2025),
                     s.pick(["Oferta pentru Managed VPS", "Informații despre găzduire e-mail", "Abonare buletin"]),
                     s.pick(["da", "nu"])])
write_csv(os.path.join(HERE, "info_requests.csv"),
          ["email", "name", "company", "requested_at", "topic", "newsletter"], requests)
