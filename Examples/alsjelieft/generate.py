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

The records agree with one another in time and amount, as of the snapshot (synthetic.SNAPSHOT): an
order, quote, log line or offer falls while its account exists (after its creation, before its
deletion, which follows the last order); an order in production is recent, its invoice is paid when
ordered unless it was cancelled, and its mails follow it (a shipping notice only for what was
delivered); a quote still open is younger than its 30 days of validity and an expired one older;
newsletter sign-ups are confirmed within two days, objections come after what they object to. Every
value is drawn in the same order as before these rules were added, so that people, identifiers and
record counts stay the same (see `fit` in synthetic.py).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from synthetic import (SNAPSHOT, SNAPSHOT_END, Synth, ascii_slug, earliest, fit, here, latest,  # noqa: E402
                       shift, write_csv, write_json, write_jsonl, write_sqlite)

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

# A quote is valid for 30 days: one still "verstuurd" (sent) was requested in the last 30 days before
# the snapshot, a "verlopen" (expired) one earlier.
QUOTE_DAYS = 30


def quote_requested(drawn, status, after=None, before=None):
    """The drawn request moment (2022–2025) placed where `status` says it must be."""
    if status == "verstuurd":
        after = latest(after, shift(SNAPSHOT, days=-QUOTE_DAYS))
    elif status == "verlopen":
        before = earliest(before, shift(SNAPSHOT, days=-QUOTE_DAYS - 1))
    return fit(drawn, 2022, 2025, after=after, before=before)


accounts, quotes, orders, invoices = [], [], [], []
for aid, first, last, email, phone in people:
    street, postal_code, city = s.address()
    username = f"{ascii_slug(first)}{ascii_slug(last)}" if aid <= 2 else f"{ascii_slug(first)}{aid}"
    typed_phone, password, created = s.phone_as_typed(phone), s.password_hash(), s.moment(2018, 2024)
    deleted = s.date(2025, 2025) if aid > 2 and s.chance(0.05) else None
    last_order = created
    for number in range(s.between(0, 3) + (3 if aid <= 2 else 0)):
        oid = len(orders) + 1
        ordered = s.moment(2019, 2025)
        total = s.amount(12, 650)
        product, status = s.pick(PRODUCTS), s.pick(["geleverd", "geleverd", "in productie", "geannuleerd"])
        # Ordered once the account exists. An order still in production was placed in the last 30 days
        # before the snapshot; one delivered or cancelled at least two weeks before it, so that its mails
        # went out before it.
        if status == "in productie":
            ordered = fit(ordered, 2019, 2025, after=latest(created, shift(SNAPSHOT, days=-30)),
                          before=shift(SNAPSHOT, days=-3))
        else:
            ordered = fit(ordered, 2019, 2025, after=created, before=shift(SNAPSHOT, days=-14))
        last_order = latest(last_order, ordered)
        orders.append((oid, aid, f"AJL-{oid + 10000}", ordered, product, f"{street}, {postal_code} {city}",
                       total, status, ordered[:10]))
        vat = round(total * 21 / 121, 2)
        # Invoiced and paid when ordered, unless the order was cancelled before it was paid.
        invoices.append((len(invoices) + 1, oid, f"{ordered[:4]}-{oid:05d}", ordered[:10], int(ordered[:4]),
                         round(total - vat, 2), vat, total, f"{first} {last}", f"{street}, {postal_code} {city}",
                         f"PAY-{s.hex(8)}", None if status == "geannuleerd" else ordered[:10]))
    # An account is deleted after its last order.
    deleted = fit(deleted, 2025, 2025, after=last_order) if deleted else None
    accounts.append((aid, username, email, first, last, typed_phone, street, postal_code, city, password, created,
                     deleted))
    if aid <= 2 or s.chance(0.2):
        typed_email = s.email_as_typed(email if aid > 1 else "sannedejong@gmail.com")
        typed_phone, requested = s.phone_as_typed(phone), s.moment(2022, 2025)
        request = s.pick(["150 relatiegeschenken met logo", "Trouwkaarten in twee talen", "Kerstkaarten voor personeel"])
        amount, status = s.amount(200, 4000), s.pick(["verstuurd", "geaccepteerd", "verlopen"])
        # Asked for while the account exists; the last contact about it came after the request.
        requested = quote_requested(requested, status, after=created, before=deleted)
        quotes.append((len(quotes) + 1, aid, typed_email, f"{first} {last}", typed_phone, requested, request, amount,
                       status, s.date(2023, 2025, after=requested)))
for _ in range(60):  # people who asked for a quote without an account
    first, last = s.name()
    typed_email = f"{ascii_slug(first)}.{ascii_slug(last)}{s.between(100, 999)}@example.nl"
    typed_phone, requested = s.phone_as_typed(s.mobile()), s.moment(2022, 2025)
    amount, status = s.amount(200, 4000), s.pick(["verstuurd", "verlopen"])
    requested = quote_requested(requested, status)
    quotes.append((len(quotes) + 1, None, typed_email, f"{first} {last}", typed_phone, requested,
                   "Offerte voor bedrukte tassen", amount, status, s.date(2023, 2025, after=requested)))
lifetime = {account[1]: (account[10], account[11]) for account in accounts}  # username: (created, deleted)

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
        # Only while the account exists.
        created, deleted = lifetime[account[1]]
        log.append({"at": s.moment(2025, 2025, iso=True, after=created, before=deleted),
                    "ip_address": s.ipv4() if s.chance(0.8) else s.ipv6(),
                    "event": s.pick(["login", "login", "login_failed", "password_reset", "blocked_after_attempts"]),
                    "username": account[1], "session_id": s.hex(32),
                    "user_agent": s.pick(["Firefox/128.0", "Safari/17.5", "Chrome/126.0"])})
for _ in range(80):  # attacks on accounts that do not exist
    log.append({"at": s.moment(2025, 2025, iso=True), "ip_address": s.ipv4(), "event": "login_failed",
                "username": s.pick(["admin", "test", "info", "root"]), "session_id": None, "user_agent": "curl/8.5"})
log.sort(key=lambda line: line["at"])
write_jsonl(os.path.join(HERE, "security_log.jsonl"), log)

# The order confirmation goes out within the hour; the second mail follows what became of the order:
# shipped (delivered), cancelled, or a proof to approve (still in production). None after the snapshot.
SECOND_MAIL = {"geleverd": ("verzonden", 2, 7), "geannuleerd": ("annulering", 0, 5), "in productie": ("drukproef", 1, 3)}
mails = []
for oid, aid, number, ordered, _product, _address, _total, status, _date in orders:
    second, first_day, last_day = SECOND_MAIL[status]
    windows = {"orderbevestiging": (ordered, shift(ordered, hours=1)),
               second: (shift(ordered, days=first_day, hours=1), shift(ordered, days=last_day))}
    for template in ["orderbevestiging", second] if aid <= 2 or s.chance(0.5) else ["orderbevestiging"]:
        after, before = windows[template]
        mails.append({"message_id": f"<{s.hex(16)}@mail.alsjelieft.example>", "to": s.email_as_typed(people[aid - 1][3]),
                      "sent_at": s.moment(2024, 2025, iso=True, after=after, before=earliest(before, SNAPSHOT_END)),
                      "template": template, "order_number": number,
                      "delivery_status": s.pick(["delivered", "delivered", "opened", "bounced"])})
write_jsonl(os.path.join(HERE, "service_mails.jsonl"), mails)

contacts = []
for aid, first, last, email, phone in people:
    created = accounts[aid - 1][10]
    for index in range(s.between(0, 2) + (2 if aid <= 2 else 0)):
        by_phone = aid <= 2 and index == 1 or aid > 2 and s.chance(0.3)
        other = people[(aid * 13) % len(people)]
        contacts.append({"id": len(contacts) + 1, "at": s.moment(2023, 2025, iso=True, after=created),
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
                          "published_on": s.date(2022, 2025, after=accounts[aid - 1][10]),
                          "channels": s.pick(["website", "website, Instagram"]),
                          "testimonial": s.pick(["Prachtig geworden!", "Snel en netjes geleverd.", None])})
write_json(os.path.join(HERE, "portfolio.json"), portfolio)

# Double opt-in: confirmed within two days of signing up; unsubscribed after that.
subscribed = s.moment(2020, 2020)
newsletter = [["Sanne.DeJong+nieuwsbrief@gmail.com", "Sanne", subscribed,
               s.moment(2020, 2020, after=subscribed, before=shift(subscribed, days=2)), "", s.token(26)]]
for aid, first, _l, email, _p in people[1:]:
    if s.chance(0.45):
        subscribed = s.moment(2019, 2025)
        confirmed = s.moment(2019, 2025, after=subscribed, before=shift(subscribed, days=2))
        unsubscribed = s.date(2025, 2025, after=confirmed) if s.chance(0.08) else ""
        newsletter.append([email, first, subscribed, confirmed, unsubscribed, s.token(26)])
write_csv(os.path.join(HERE, "newsletter.csv"),
          ["email", "first_name", "subscribed_at", "confirmed_at", "unsubscribed_on", "unsubscribe_token"], newsletter)

# Offers go to account holders while the account exists; an objection comes after the last one.
marketing = []
for aid, _f, _l, email, _p in people:
    if aid <= 2 or s.chance(0.5):
        typed = s.email_as_typed(email)
        campaign = s.pick(["voorjaarsactie", "kerstkaarten-vroegboek", "gratis verzending"])
        offer = s.pick(["10% korting", "gratis verzending", "2e set halve prijs"])
        created, deleted = accounts[aid - 1][10], accounts[aid - 1][11]
        sent = s.moment(2023, 2025, after=created, before=deleted)
        objected = "" if aid <= 2 or s.chance(0.9) else s.date(2024, 2025, after=sent)
        marketing.append([typed, campaign, offer, sent, objected])
write_csv(os.path.join(HERE, "direct_marketing.csv"), ["email", "campaign", "offer", "sent_at", "objected_on"],
          marketing)
