#!/usr/bin/env python3
"""Regenerates the JSM example: a Belgian telecom-services company (fibre, mobile, telephony for
homes and businesses) whose privacy policy is written in Dutch.

    python3 Examples/jsm/generate.py

Writes, deterministically (fixed seed):
- crm.sqlite: customers, contracts, invoices, credit_checks (scores from an external credit bureau),
  job_applications
- support_contacts.jsonl (installation, support and follow-up by phone or e-mail)
- website_visits.jsonl and interest_profiles.jsonl (website visits; profiles for advertising)
- newsletter_customers.csv (customers, legitimate interest) and newsletter_optin.csv (prospects who
  opted in)

About 300 customers and 100 prospects, all invented. The chosen subject is Lien Maes
(lien.maes@example.be). Celien Maes (celien.maes@example.be) holds her address as a substring and
must never appear in her export.

The records agree with one another in time and amount, as of the snapshot (synthetic.SNAPSHOT): a
contract starts after its customer signed up, carries its start year in its number and, if ended,
ends at least a year later; each of its invoices bills a different month within it, at least the
monthly fee, falls due 14 to 30 days after the month began and is paid after it began (with a
mandate reference only when paid by direct debit); a credit check follows the customer's sign-up
(within 30 days for a new customer, in the 30 days before a contract starts for a new contract);
support contacts and newsletter sign-ups follow the sign-up and precede the last activity on file;
an interest profile is updated after the visitor's latest visit; clicks never exceed opens. Every
value is drawn in the same order as before these rules were added, so that people, identifiers and
record counts stay the same (see `fit` in synthetic.py).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from synthetic import (SNAPSHOT, Synth, ascii_slug, earliest, fit, here, latest, shift, write_csv,  # noqa: E402
                       write_jsonl, write_sqlite)

HERE = here(__file__)
s = Synth(20260404, "BE")

PRODUCTS = ["Fiber 1 Gbit/s", "Fiber 500 Mbit/s", "Mobiel 20 GB", "Vaste telefonie", "Zakelijk internet + VoIP",
            "Glasvezel + tv"]
JOBS = ["Bediende", "Zelfstandige", "Zaakvoerder", "Boekhouder", "IT-verantwoordelijke", "Leerkracht", None]
REASONS = ["Installatie glasvezel", "Storing internet", "Vraag over factuur", "Opvolging offerte",
           "Nummeroverdracht", "Wifi-bereik"]

people = [(1, "Lien", "Maes", "F", "lien.maes@example.be", "+32478123456"),
          (2, "Celien", "Maes", "F", "celien.maes@example.be", "+32478654321")]


def invent(cid):
    first, last = s.name()
    email = f"{ascii_slug(first)}.{ascii_slug(last)}{s.between(1, 99)}@{s.pick(['example.be', 'example.com'])}"
    return cid, first, last, s.pick(["F", "M", "X"]), email, s.mobile()


people = s.invent(people, 300, invent, key=lambda person: person[4])

def billing_period(year, month, first, last, taken):
    """The drawn month (2023-01 to 2025-12) placed proportionally between the months `first` and `last`
    (`YYYY-MM`), or the next one not `taken` (a contract is billed once a month)."""
    def index(text):
        return int(text[:4]) * 12 + int(text[5:7]) - 1
    low, high = index(first), index(last)
    target = low + round(((year - 2023) * 12 + month - 1) / 35 * (high - low))
    while f"{target // 12}-{target % 12 + 1:02d}" in taken:
        target = low if target >= high else target + 1
    return f"{target // 12}-{target % 12 + 1:02d}"


customers, contracts, invoices, credit_checks = [], [], [], []
for cid, first, last, gender, email, phone in people:
    street, postal_code, city = s.address()
    job = "IT-verantwoordelijke" if cid == 1 else s.pick(JOBS)
    language = s.pick(["nl", "fr", "en"])
    company = "Maes Webdesign" if cid == 1 else (s.pick(["", "BVBA Peeters", "Bakkerij Desmet"]) if job else "")
    iban, password = s.iban(), s.password_hash()
    created = s.moment(2018, 2023)
    customers.append((cid, f"K-{20000 + cid}", first, last, gender, language, email, phone, street, postal_code,
                      city, company, job, int(job in ("Zaakvoerder", "IT-verantwoordelijke")), iban,
                      f"{ascii_slug(first)}.{ascii_slug(last)}.{cid}", password, created, s.moment(2024, 2025)))
    starts = []
    for number in range(s.between(1, 2) + (1 if cid == 1 else 0)):
        kid = len(contracts) + 1
        ended = s.chance(0.2) and not (cid == 1 and number == 0)
        # A contract starts after the customer signed up, is numbered in the year it starts, and runs for at
        # least a year before it ends.
        product = s.pick(PRODUCTS)
        start = s.date(2018, 2023, after=created)
        end = s.date(2024, 2025, after=shift(start, days=365)) if ended else None
        fee = s.amount(15, 120)
        starts.append(start)
        contracts.append((kid, cid, f"C{start[:4]}-{kid:05d}", product, f"{street}, {postal_code} {city}", start, end,
                          fee, "beëindigd" if ended else "actief"))
        periods = set()
        for _ in range(s.between(1, 3) + (2 if cid == 1 else 0)):
            # One invoice per month the contract ran (from 2023 on): the fee plus usage, due 14 to 30 days
            # after the month began, paid after it began (at most 15 days late) or not yet.
            iid = len(invoices) + 1
            year, month = s.between(2023, 2025), s.between(1, 12)
            period = billing_period(year, month, max(start[:7], "2023-01"), (end or SNAPSHOT)[:7], periods)
            periods.add(period)
            billed = f"{period}-01"
            amount = round(fee + (s.amount(15, 140) - 15) / 5, 2)
            due = s.date(2023, 2025, after=shift(billed, days=14), before=shift(billed, days=30))
            paid = s.date(2023, 2025, after=billed, before=earliest(shift(due, days=15), SNAPSHOT)) \
                if s.chance(0.9) else None
            method = s.pick(["domiciliëring", "overschrijving"])
            # A direct-debit mandate only where the invoice is paid by direct debit.
            invoices.append((iid, kid, f"F{iid:06d}", period, amount, due, paid, method,
                             f"JSM-DOM-{cid:05d}" if method == "domiciliëring" else None))
    if cid <= 2 or s.chance(0.6):
        # A new customer is checked when signing up, a new contract in the 30 days before it starts.
        checked, reference = s.moment(2018, 2024), f"KB-{s.hex(10)}"
        score, risk, reason = s.between(300, 850), s.pick(["A", "B", "C", "D"]), \
            s.pick(["nieuwe klant", "nieuw contract", "partnerschap"])
        if reason == "nieuwe klant":
            checked = fit(checked, 2018, 2024, after=created, before=shift(created, days=30))
        elif reason == "nieuw contract":
            start = max(starts)
            checked = fit(checked, 2018, 2024, after=latest(created, shift(start, days=-30)), before=start)
        else:
            checked = fit(checked, 2018, 2024, after=created)
        credit_checks.append((len(credit_checks) + 1, cid, checked, "Extern kredietbureau", reference, score, risk,
                              reason))
created_at = {row[0]: row[17] for row in customers}

applications = [(1, "Lien", "Maes", " lien.maes@example.be", s.phone_as_typed("+32478123456"), "Netwerktechnicus",
                 "cv-lien-maes.pdf", s.moment(2023, 2023), "afgewezen")]
for _ in range(40):
    first, last = s.name()
    applications.append((len(applications) + 1, first, last, f"{ascii_slug(first)}{s.between(10, 99)}@example.com",
                         s.phone_as_typed(s.mobile()), s.pick(["Netwerktechnicus", "Verkoper", "Helpdesk"]),
                         f"cv-{s.hex(6)}.pdf", s.moment(2022, 2025), s.pick(["ontvangen", "gesprek", "afgewezen"])))

contacts, contact_customers = [], []
for cid, first, last, gender, email, phone in people:
    for index in range(s.between(0, 2) + (2 if cid <= 2 else 0)):
        by_phone = index == 0 if cid <= 2 else s.chance(0.5)
        # After the customer signed up.
        contact_customers.append(cid)
        contacts.append({"id": len(contacts) + 1, "at": s.moment(2022, 2025, iso=True, after=created_at[cid]),
                         "channel": "telefoon" if by_phone else "e-mail",
                         "email": None if by_phone else s.email_as_typed(email),
                         "phone": s.phone_as_typed(phone) if by_phone else None, "reason": s.pick(REASONS),
                         "notes": s.pick(["Technieker ingepland", "Opgelost", "Teruggebeld", "Doorgestuurd naar boekhouding"]),
                         "technician": f"tech-{s.between(1, 15)}"})
write_jsonl(os.path.join(HERE, "support_contacts.jsonl"), contacts)

visits, profiles = [], []
for cid, *_ in people:
    visitor = f"v-{s.hex(12)}"
    count = s.between(0, 3) + (3 if cid <= 2 else 0)
    for index in range(count):
        visits.append({"visit_id": len(visits) + 1, "visitor_id": visitor,
                       "customer_id": None if index == 0 and cid <= 2 or s.chance(0.3) else cid,
                       "at": s.moment(2024, 2025, iso=True), "ip_address": s.ipv4(),
                       "device_type": s.pick(["desktop", "smartphone", "tablet"]),
                       "operating_system": s.pick(["Windows 11", "macOS 14", "Android 14", "iOS 17"]),
                       "browser": s.pick(["Chrome", "Firefox", "Safari", "Edge"]),
                       "page": s.pick(["/glasvezel", "/mobiel", "/zakelijk", "/mijn-jsm/facturen", "/contact"]),
                       "referrer": s.pick([None, "zoekmachine", "nieuwsbrief", "sociale media"]),
                       "approximate_location": s.pick(["Kortrijk", "Gent", "Brugge", "Roeselare", None])})
    if count and (cid <= 2 or s.chance(0.5)):
        # Updated with the visitor's latest visit.
        last_visit = latest(*[visit["at"] for visit in visits if visit["visitor_id"] == visitor])
        profiles.append({"visitor_id": visitor, "updated_at": s.moment(2025, 2025, iso=True, after=last_visit),
                         "interests": s.pick(["glasvezel;tv", "mobiel", "zakelijk internet", "gaming"]),
                         "advertising_segment": s.pick(["gezin", "kmo", "student", "senior"])})
for _ in range(150):
    visits.append({"visit_id": len(visits) + 1, "visitor_id": f"v-{s.hex(12)}", "customer_id": None,
                   "at": s.moment(2024, 2025, iso=True), "ip_address": s.ipv4(), "device_type": "smartphone",
                   "operating_system": "Android 14", "browser": "Chrome", "page": "/glasvezel", "referrer": None,
                   "approximate_location": None})
write_jsonl(os.path.join(HERE, "website_visits.jsonl"), visits)
write_jsonl(os.path.join(HERE, "interest_profiles.jsonl"), profiles)

# The last activity on file is no earlier than the customer's latest support contact or logged-in visit.
activity = {}
for contact, cid in zip(contacts, contact_customers):
    activity[cid] = latest(activity.get(cid), contact["at"])
for visit in visits:
    if visit["customer_id"]:
        activity[visit["customer_id"]] = latest(activity.get(visit["customer_id"]), visit["at"])
customers = [row[:18] + (fit(row[18], 2024, 2025, after=activity.get(row[0])),) for row in customers]

write_sqlite(os.path.join(HERE, "crm.sqlite"), """
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, customer_number TEXT NOT NULL UNIQUE, first_name TEXT, last_name TEXT, gender TEXT,
    language TEXT, email TEXT NOT NULL, phone TEXT, street TEXT, postal_code TEXT, city TEXT, company_name TEXT,
    job_title TEXT, decision_maker INTEGER, iban TEXT, username TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,
    created_at TEXT, last_activity_at TEXT);
CREATE TABLE contracts (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), contract_number TEXT, product TEXT,
    installation_address TEXT, start_date TEXT, end_date TEXT, monthly_fee_eur REAL, status TEXT);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY, contract_id INTEGER NOT NULL REFERENCES contracts(id), invoice_number TEXT,
    billing_period TEXT, amount_eur REAL, due_on TEXT, paid_on TEXT, payment_method TEXT, mandate_reference TEXT);
CREATE TABLE credit_checks (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), checked_at TEXT, bureau TEXT,
    bureau_reference TEXT, score INTEGER, risk_class TEXT, requested_for TEXT);
CREATE TABLE job_applications (
    id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT, phone TEXT, position TEXT, cv_file TEXT,
    received_at TEXT, status TEXT);
""", {"customers": customers, "contracts": contracts, "invoices": invoices, "credit_checks": credit_checks,
      "job_applications": applications})

# Customers get the newsletter after they signed up; a click needs an opened mail.
newsletter = []
for cid, first, last, gender, email, _p in people:
    if cid <= 2 or s.chance(0.55):
        typed, language = s.email_as_typed(email), s.pick(["nl", "fr"])
        subscribed, opens, clicks = s.moment(2019, 2024, after=created_at[cid]), s.between(0, 12), s.between(0, 5)
        newsletter.append([typed, first, last, language, gender, subscribed, opens, min(clicks, opens), s.token(28)])
write_csv(os.path.join(HERE, "newsletter_customers.csv"),
          ["email", "first_name", "last_name", "language", "gender", "subscribed_at", "opens_90_days",
           "clicks_90_days", "unsubscribe_token"], newsletter)

optin = [["LIEN.MAES@EXAMPLE.BE", "Lien", "nl", s.moment(2017, 2017), "beurs", s.token(28)]]
for _ in range(100):
    first, last = s.name()
    optin.append([f"{ascii_slug(first)}.{ascii_slug(last)}{s.between(100, 999)}@example.net", first,
                  s.pick(["nl", "fr"]), s.moment(2020, 2025), s.pick(["website", "beurs", "actie"]), s.token(28)])
write_csv(os.path.join(HERE, "newsletter_optin.csv"),
          ["email", "first_name", "language", "opted_in_at", "source", "unsubscribe_token"], optin)
