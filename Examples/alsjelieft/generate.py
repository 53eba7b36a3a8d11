#!/usr/bin/env python3
"""Regenerates the Alsjelieft example: a Dutch web shop for personalised gifts and stationery that
also makes quotes for business orders and shows finished projects in its portfolio.

    python3 Examples/alsjelieft/generate.py

Writes, deterministically (fixed seed):
- shop.sqlite: accounts, quotes, orders (the contracts), invoices
- security_log.jsonl (logins, failed logins, blocks, with IP addresses), service_mails.jsonl,
  contact.jsonl (contact moments), portfolio.json
- newsletter.csv (consent) and direct_marketing.csv (offers on legitimate interest)

About 300 account holders and 60 people who only asked for a quote, all invented. The chosen subject
is Sanne de Jong (sanne.dejong@gmail.com), who also typed her address as sannedejong@gmail.com and
Sanne.DeJong+nieuwsbrief@gmail.com (Gmail ignores dots and +tags). Susanne de Jong
(susanne.dejong@gmail.com) holds her address as a substring, even with the dots removed, and must
never appear in her export.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from synthetic import Synth, ascii_slug, here, write_csv, write_json, write_jsonl, write_sqlite  # noqa: E402

HERE = here(__file__)
s = Synth(20260505, "NL")

PRODUCTS = ["Geboortekaartjes (100 st.)", "Trouwkaarten (80 st.)", "Gepersonaliseerde mok", "Fotoboek A4",
            "Relatiegeschenken (50 st.)", "Naamsticker set", "Poster op maat"]
SUBJECTS = ["Vraag over levertijd", "Drukproef aanpassen", "Factuur op bedrijfsnaam", "Pakket niet ontvangen",
            "Kleur wijkt af", "Retour aanvragen"]

people = [(1, "Sanne", "de Jong", "sanne.dejong@gmail.com", "+31612345678"),
          (2, "Susanne", "de Jong", "susanne.dejong@gmail.com", "+31687654321")]


def invent(aid):
    first, last = s.name()
    domain = s.pick(["example.nl", "example.com", "gmail.com"])
    return aid, first, last, f"{ascii_slug(first)}.{ascii_slug(last)}{s.between(1, 99)}@{domain}", s.mobile()


people = s.invent(people, 300, invent, key=lambda person: person[3])

accounts, quotes, orders, invoices = [], [], [], []
for aid, first, last, email, phone in people:
    street, postal_code, city = s.address()
    username = f"{ascii_slug(first)}{ascii_slug(last)}" if aid <= 2 else f"{ascii_slug(first)}{aid}"
    accounts.append((aid, username, email, first, last, s.phone_as_typed(phone), street, postal_code, city,
                     s.password_hash(), s.moment(2018, 2024), s.date(2025, 2025) if aid > 2 and s.chance(0.05) else None))
    for number in range(s.between(0, 3) + (3 if aid <= 2 else 0)):
        oid = len(orders) + 1
        ordered = s.moment(2019, 2025)
        total = s.amount(12, 650)
        orders.append((oid, aid, f"AJL-{oid + 10000}", ordered, s.pick(PRODUCTS), f"{street}, {postal_code} {city}",
                       total, s.pick(["geleverd", "geleverd", "in productie", "geannuleerd"]), ordered[:10]))
        vat = round(total * 21 / 121, 2)
        invoices.append((len(invoices) + 1, oid, f"{ordered[:4]}-{oid:05d}", ordered[:10], int(ordered[:4]),
                         round(total - vat, 2), vat, total, f"{first} {last}", f"{street}, {postal_code} {city}",
                         f"PAY-{s.hex(8)}", ordered[:10]))
    if aid <= 2 or s.chance(0.2):
        quotes.append((len(quotes) + 1, aid, s.email_as_typed(email if aid > 1 else "sannedejong@gmail.com"),
                       f"{first} {last}", s.phone_as_typed(phone), s.moment(2022, 2025),
                       s.pick(["150 relatiegeschenken met logo", "Trouwkaarten in twee talen", "Kerstkaarten voor personeel"]),
                       s.amount(200, 4000), s.pick(["verstuurd", "geaccepteerd", "verlopen"]), s.date(2023, 2025)))
for _ in range(60):  # people who asked for a quote without an account
    first, last = s.name()
    quotes.append((len(quotes) + 1, None, f"{ascii_slug(first)}.{ascii_slug(last)}{s.between(100, 999)}@example.nl",
                   f"{first} {last}", s.phone_as_typed(s.mobile()), s.moment(2022, 2025), "Offerte voor bedrukte tassen",
                   s.amount(200, 4000), s.pick(["verstuurd", "verlopen"]), s.date(2023, 2025)))

write_sqlite(os.path.join(HERE, "shop.sqlite"), """
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, email TEXT NOT NULL UNIQUE, first_name TEXT,
    last_name TEXT, phone TEXT, street TEXT, postal_code TEXT, city TEXT, password_hash TEXT NOT NULL,
    created_at TEXT, deleted_on TEXT);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(id), email TEXT, name TEXT, phone TEXT,
    requested_at TEXT, request TEXT, amount_eur REAL, status TEXT, last_contact_on TEXT);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id), order_number TEXT, ordered_at TEXT,
    product TEXT, delivery_address TEXT, total_eur REAL, status TEXT, contract_date TEXT);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), invoice_number TEXT, issued_on TEXT,
    fiscal_year INTEGER, amount_excl_vat REAL, vat_eur REAL, amount_incl_vat REAL, billing_name TEXT,
    billing_address TEXT, payment_reference TEXT, paid_on TEXT);
""", {"accounts": accounts, "quotes": quotes, "orders": orders, "invoices": invoices})

log = []
for account in accounts:
    for _ in range(s.between(0, 4) + (3 if account[0] <= 2 else 0)):
        log.append({"at": s.moment(2025, 2025, iso=True), "ip_address": s.ipv4() if s.chance(0.8) else s.ipv6(),
                    "event": s.pick(["login", "login", "login_failed", "password_reset", "blocked_after_attempts"]),
                    "username": account[1], "session_id": s.hex(32),
                    "user_agent": s.pick(["Firefox/128.0", "Safari/17.5", "Chrome/126.0"])})
for _ in range(80):  # attacks on accounts that do not exist
    log.append({"at": s.moment(2025, 2025, iso=True), "ip_address": s.ipv4(), "event": "login_failed",
                "username": s.pick(["admin", "test", "info", "root"]), "session_id": None, "user_agent": "curl/8.5"})
log.sort(key=lambda line: line["at"])
write_jsonl(os.path.join(HERE, "security_log.jsonl"), log)

mails = []
for oid, aid, number, ordered, *_ in orders:
    for template in ["orderbevestiging", "verzonden"] if aid <= 2 or s.chance(0.5) else ["orderbevestiging"]:
        mails.append({"message_id": f"<{s.hex(16)}@mail.alsjelieft.example>", "to": s.email_as_typed(people[aid - 1][3]),
                      "sent_at": s.moment(2024, 2025, iso=True), "template": template, "order_number": number,
                      "delivery_status": s.pick(["delivered", "delivered", "opened", "bounced"])})
write_jsonl(os.path.join(HERE, "service_mails.jsonl"), mails)

contacts = []
for aid, first, last, email, phone in people:
    for index in range(s.between(0, 2) + (2 if aid <= 2 else 0)):
        by_phone = aid <= 2 and index == 1 or aid > 2 and s.chance(0.3)
        other = people[(aid * 13) % len(people)]
        contacts.append({"id": len(contacts) + 1, "at": s.moment(2023, 2025, iso=True),
                         "channel": "telefoon" if by_phone else s.pick(["e-mail", "contactformulier"]),
                         "from_email": None if by_phone else s.email_as_typed(email),
                         "phone": s.phone_as_typed(phone) if by_phone else None, "subject": s.pick(SUBJECTS),
                         "message": "Kunnen jullie mij hierover terugbellen?",
                         "mentions": f"{other[1]} {other[2]}" if aid == 1 and index == 0 or s.chance(0.1) else None,
                         "answered_by": s.pick(["Mirjam", "Kees", "Annelies"])})
write_jsonl(os.path.join(HERE, "contact.jsonl"), contacts)

portfolio = []
for aid, first, last, *_ in people:
    if aid <= 2 or s.chance(0.08):
        portfolio.append({"project_id": f"P-{len(portfolio) + 1:03d}", "account_id": aid,
                          "shown_name": f"{first} {last[0] if last[0].isupper() else last.split()[-1][0]}.",
                          "project_title": s.pick(["Geboortekaartjes met aquarel", "Huwelijkssuite in goudfolie",
                                                   "Relatiegeschenken voor een bakkerij"]),
                          "published_on": s.date(2022, 2025), "channels": s.pick(["website", "website, Instagram"]),
                          "testimonial": s.pick(["Prachtig geworden!", "Snel en netjes geleverd.", None])})
write_json(os.path.join(HERE, "portfolio.json"), portfolio)

newsletter = [["Sanne.DeJong+nieuwsbrief@gmail.com", "Sanne", s.moment(2020, 2020), s.moment(2020, 2020), "",
               s.token(26)]]
for aid, first, _l, email, _p in people[1:]:
    if s.chance(0.45):
        newsletter.append([email, first, s.moment(2019, 2025), s.moment(2019, 2025),
                           s.date(2025, 2025) if s.chance(0.08) else "", s.token(26)])
write_csv(os.path.join(HERE, "newsletter.csv"),
          ["email", "first_name", "subscribed_at", "confirmed_at", "unsubscribed_on", "unsubscribe_token"], newsletter)

marketing = [[s.email_as_typed(email), s.pick(["voorjaarsactie", "kerstkaarten-vroegboek", "gratis verzending"]),
              s.pick(["10% korting", "gratis verzending", "2e set halve prijs"]), s.moment(2023, 2025),
              "" if aid <= 2 or s.chance(0.9) else s.date(2024, 2025)]
             for aid, _f, _l, email, _p in people if aid <= 2 or s.chance(0.5)]
write_csv(os.path.join(HERE, "direct_marketing.csv"), ["email", "campaign", "offer", "sent_at", "objected_on"],
          marketing)
