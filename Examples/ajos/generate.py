#!/usr/bin/env python3
"""Regenerates the Ajos example: a Danish supplier of building services with business customers
(whose representatives it keeps in its CRM), private customers, the smartBYG customer portal, a
newsletter, enquiries and customer-satisfaction surveys.

    python3 Examples/ajos/generate.py

Writes, deterministically (fixed seed):
- crm.sqlite: representatives, leads (received from employers and colleagues), private_customers,
  orders, portal_users (with the views portal_company_users and portal_private_users, since the
  legal basis differs between the two kinds of account), customer_statistics
- enquiries.jsonl, smartbyg_activity.jsonl, cookie_consents.jsonl, newsletter.csv, surveys.csv

About 250 representatives, 60 leads and 150 private customers, all invented. The chosen subject is
Ida Holm: a representative of Nordbyg ApS (ida.holm@nordbyg.example) who is also a private customer
(idaholm@post.example, same mobile number). Her colleague Frida Holm (frida.holm@nordbyg.example)
holds her work address as a substring, referred her as a lead, and must never appear in her export.

The records agree with one another in time and amount: an order follows its customer's creation and
is paid within 30 days; a portal account follows its representative or customer, and its activity
and cookie consents fall between its creation and its last login; an enquiry follows the record of
whoever sent it; a "Satisfaction <year>" survey is answered in that year; the statistics count the
enquiries and add up the orders of the 12 months before they were computed. Every value is drawn in
the same order as before these rules were added, so that people, identifiers and record counts stay
the same (see `fit` in synthetic.py).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from synthetic import (Synth, ascii_slug, fit, here, latest, parse_time, shift, write_csv, write_json,  # noqa: E402
                       write_jsonl, write_sqlite)

HERE = here(__file__)
s = Synth(20260202, "DK")

COMPANIES = ["Nordbyg ApS", "Fjordhus A/S", "Tømrer Jensen ApS", "Vestjysk Murer", "Kobber & Kalk ApS",
             "Byggefirma Holm", "Aarhus Tag A/S", "Grøn Renovering ApS", "Sjællands VVS", "Odense Entreprise"]
TITLES = ["Purchasing manager", "Site manager", "Project manager", "Owner", "Bookkeeper", "Carpenter", "Architect"]
PRODUCTS = ["Roof inspection", "Facade cleaning", "Scaffolding rental (2 weeks)", "Drainage survey",
            "Moisture measurement", "Window replacement", "Insulation check"]
TOPICS = ["Price for scaffolding in May", "Invoice address has changed", "Access to smartBYG",
          "Delivery time for windows", "Complaint about the drainage survey", "Certificate for the roof inspection"]


def company_email(first, last, company):
    return f"{ascii_slug(first)}.{ascii_slug(last)}@{ascii_slug(company.split()[0])}.example"


# Representatives: (id, first, last, title, company, work_email, work_phone, mobile)
reps = [(1, "Ida", "Holm", "Purchasing manager", "Nordbyg ApS", "ida.holm@nordbyg.example", "+4586123456",
         "+4520123456"),
        (2, "Frida", "Holm", "Site manager", "Nordbyg ApS", "frida.holm@nordbyg.example", "+4586123456",
         "+4520654321")]


def invent(rid):
    first, last = s.name()
    company = s.pick(COMPANIES)
    return rid, first, last, s.pick(TITLES), company, company_email(first, last, company), s.landline(), s.mobile()


reps = s.invent(reps, 250, invent, key=lambda rep: rep[5])

representatives = []
for rid, first, last, title, company, email, work, mobile in reps:
    source = "provided" if rid == 1 else s.pick(["provided", "provided", "employer", "colleague"])
    referred = "Frida Holm" if rid == 1 else (f"{s.pick(reps)[1]} {s.pick(reps)[2]}" if source == "colleague" else None)
    representatives.append((rid, first, last, title, company, f"{s.between(10000000, 99999999)}", email,
                            s.phone_as_typed(work), s.phone_as_typed(mobile), s.moment(2018, 2024), source,
                            referred))
rep_created = {row[0]: row[9] for row in representatives}

# Frida passed on Ida's details before Ida's own record was made.
leads = [(1, "Ida", "Holm", "ida.holm@nordbyg.example", "Nordbyg ApS", "Purchasing manager", "colleague",
          "Frida Holm", s.moment(2018, 2018, before=rep_created[1]),
          "Asked for a scaffolding price; colleague passed on her details")]
for _ in range(60):
    first, last = s.name()
    company = s.pick(COMPANIES)
    source = s.pick(["employer", "colleague"])
    leads.append((len(leads) + 1, first, last, company_email(first, last, company) if s.chance(0.9) else None,
                  company, s.pick(TITLES), source, f"{s.name()[0]} {s.name()[1]}" if source == "colleague" else None,
                  s.moment(2020, 2025), s.pick(["Met at the building fair", "Employer asked us to call", None])))

# Private customers: Ida with her private address; a few other representatives are private customers too.
privates = [(1, "Ida", "Holm", "idaholm@post.example", "+4520123456")]
for rid, first, last, *_rest, mobile in reps[2:]:
    if s.chance(0.1):
        privates.append((len(privates) + 1, first, last, f"{ascii_slug(first)}{s.between(10, 99)}@post.example",
                         mobile))
while len(privates) < 150:
    first, last = s.name()
    privates.append((len(privates) + 1, first, last, f"{ascii_slug(first)}.{ascii_slug(last)}{len(privates)}@mail.example",
                     s.mobile()))

private_customers, orders = [], []
for pid, first, last, email, mobile in privates:
    street, postal_code, city = s.address()
    phone = s.phone_as_typed(mobile)
    created = s.moment(2019, 2024)
    private_customers.append((pid, first, last, email, phone, street, postal_code, city, created))
    for _ in range(s.between(0, 2) + (2 if pid == 1 else 0)):
        method = s.pick(["card", "bank_transfer", "mobilepay"])
        # Ordered once the customer is on file; paid within 30 days.
        ordered = s.moment(2020, 2025, after=created)
        product, amount = s.pick(PRODUCTS), s.amount(800, 45000)
        card = f"{s.between(0, 9999):04d}" if method == "card" else None
        iban = s.iban() if method == "bank_transfer" else None
        orders.append((len(orders) + 1, pid, f"AJ-{40000 + len(orders)}", ordered, product, amount, method, card,
                       iban, s.moment(2020, 2025, after=ordered, before=shift(ordered, days=30))))
private_created = {row[0]: row[8] for row in private_customers}

# A portal account is made after the representative or customer it belongs to, and last used after that.
# (The last login is drawn before the creation, as it always was, and placed after it.)
password, api_key, last_login = s.password_hash(), "sb_" + s.token(32), s.moment(2025, 2025)
created = s.moment(2019, 2019, after=rep_created[1])
portal_users = [(1, "company", 1, None, "ida.holm@nordbyg.example", password, api_key,
                 fit(last_login, 2025, 2025, after=created), created)]
password, last_login = s.password_hash(), s.moment(2025, 2025)
created = s.moment(2021, 2021, after=private_created[1])
portal_users.append((2, "private", None, 1, "idaholm@post.example", password, None,
                     fit(last_login, 2025, 2025, after=created), created))
for rid, *_r, email, _w, _m in reps[1:]:
    if s.chance(0.5):
        password = s.password_hash()
        api_key = "sb_" + s.token(32) if s.chance(0.3) else None
        last_login = s.moment(2024, 2025)
        created = s.moment(2019, 2024, after=rep_created[rid])
        portal_users.append((len(portal_users) + 1, "company", rid, None, email, password, api_key,
                             fit(last_login, 2024, 2025, after=created), created))
for pid, _f, _l, email, _m in privates[1:]:
    if s.chance(0.4):
        password, last_login = s.password_hash(), s.moment(2024, 2025)
        created = s.moment(2019, 2024, after=private_created[pid])
        portal_users.append((len(portal_users) + 1, "private", None, pid, email, password, None,
                             fit(last_login, 2024, 2025, after=created), created))
portal_times = {row[0]: (row[8], row[7]) for row in portal_users}  # id: (created_at, last_login_at)

statistics = []
for rid, *_ in reps:
    statistics.append((len(statistics) + 1, rid, None, s.pick(["small contractor", "large contractor", "architect"]),
                       s.pick(["< 50k DKK", "50k-250k DKK", "> 250k DKK"]), s.between(0, 12), s.date(2025, 2025)))
for pid, *_ in privates:
    statistics.append((len(statistics) + 1, None, pid, s.pick(["renovating homeowner", "one-off buyer"]),
                       s.pick(["< 50k DKK", "50k-250k DKK"]), s.between(0, 4), s.date(2025, 2025)))

enquiries, senders = [], []
for index in range(420):
    if index < 3:  # Ida: from work, by phone, and privately
        rep, private = reps[0], privates[0]
        email = [s.email_as_typed(rep[5]), None, s.email_as_typed(private[3])][index]
        phone = [None, s.phone_as_typed(rep[7]), None][index]
        company, relation, colleague = [("Nordbyg ApS", "company", "Frida Holm"), ("Nordbyg ApS", "company", None),
                                        (None, "private customer", None)][index]
    else:
        rep = s.pick(reps)
        email, phone = (s.email_as_typed(rep[5]), None) if s.chance(0.7) else (None, s.phone_as_typed(rep[7]))
        company, relation = rep[4], "company"
        colleague = f"{s.pick(reps)[1]} {s.pick(reps)[2]}" if s.chance(0.2) else None
    # Sent by a representative, or by a private customer about her own orders: after their record was made.
    sender = ("private", 1) if relation == "private customer" else ("representative", rep[0])
    senders.append(sender)
    sender_created = private_created[1] if sender[0] == "private" else rep_created[rep[0]]
    enquiries.append({"id": index + 1, "received_at": s.moment(2022, 2025, iso=True, after=sender_created),
                      "from_email": email, "from_phone": phone, "company": company, "relationship": relation,
                      "subject": s.pick(TOPICS), "message": "Please get back to me about this.",
                      "colleague_mentioned": colleague, "handled_by": f"staff-{s.between(1, 9)}"})
write_jsonl(os.path.join(HERE, "enquiries.jsonl"), enquiries)


def in_year_before(moment, day):
    """Whether `moment` is in the 365 days up to and including `day`."""
    return 0 <= (parse_time(day) - parse_time(moment[:10])).days < 365


def spend_band(total):
    return "< 50k DKK" if total < 50000 else "50k-250k DKK" if total <= 250000 else "> 250k DKK"


# The statistics count the enquiries of the 12 months before they were computed and, for a private
# customer, add up the orders of those months (a company's spend is not in these files).
derived = []
for sid, rid, pid, segment, band, _drawn, computed_on in statistics:
    sender = ("representative", rid) if rid else ("private", pid)
    count = sum(1 for who, enquiry in zip(senders, enquiries)
                if who == sender and in_year_before(enquiry["received_at"], computed_on))
    if pid:
        band = spend_band(sum(order[5] for order in orders
                              if order[1] == pid and in_year_before(order[3], computed_on)))
    derived.append((sid, rid, pid, segment, band, count, computed_on))
statistics = derived

write_sqlite(os.path.join(HERE, "crm.sqlite"), """
CREATE TABLE representatives (
    id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, job_title TEXT, company_name TEXT, company_cvr TEXT,
    work_email TEXT NOT NULL, work_phone TEXT, mobile TEXT, created_at TEXT, source TEXT, referred_by TEXT);
CREATE TABLE leads (
    id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, work_email TEXT, company_name TEXT, job_title TEXT,
    received_from TEXT, referred_by TEXT, received_at TEXT, note TEXT);
CREATE TABLE private_customers (
    id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT NOT NULL, phone TEXT, street TEXT,
    postal_code TEXT, city TEXT, created_at TEXT);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY, private_customer_id INTEGER NOT NULL REFERENCES private_customers(id), order_number TEXT,
    ordered_at TEXT, product TEXT, amount_dkk REAL, payment_method TEXT, card_last4 TEXT, iban TEXT, paid_at TEXT);
CREATE TABLE portal_users (
    id INTEGER PRIMARY KEY, account_type TEXT NOT NULL CHECK (account_type IN ('company', 'private')),
    representative_id INTEGER REFERENCES representatives(id),
    private_customer_id INTEGER REFERENCES private_customers(id), login_email TEXT NOT NULL, password_hash TEXT,
    api_key TEXT, last_login_at TEXT, created_at TEXT);
CREATE VIEW portal_company_users AS
    SELECT id, representative_id, login_email, password_hash, api_key, last_login_at, created_at
    FROM portal_users WHERE account_type = 'company';
CREATE VIEW portal_private_users AS
    SELECT id, private_customer_id, login_email, password_hash, last_login_at, created_at
    FROM portal_users WHERE account_type = 'private';
CREATE TABLE customer_statistics (
    id INTEGER PRIMARY KEY, representative_id INTEGER, private_customer_id INTEGER, segment TEXT,
    yearly_spend_band TEXT, enquiries_last_12_months INTEGER, computed_on TEXT);
""", {"representatives": representatives, "leads": leads, "private_customers": private_customers,
      "orders": orders, "portal_users": portal_users, "customer_statistics": statistics})

# Portal use and cookie consents fall between the account's creation and its last login.
activity = []
for uid, *_ in portal_users:
    created, last_login = portal_times[uid]
    for _ in range(s.between(0, 3) + (2 if uid <= 2 else 0)):
        activity.append({"id": len(activity) + 1, "portal_user_id": uid,
                         "at": s.moment(2024, 2025, iso=True, after=created, before=last_login),
                         "action": s.pick(["login", "view_invoice", "order_status", "download_certificate"]),
                         "ip_address": s.ipv4(), "session_id": s.hex(32)})
write_jsonl(os.path.join(HERE, "smartbyg_activity.jsonl"), activity)

consents = []
for uid, *_ in portal_users:
    if uid <= 2 or s.chance(0.5):
        created, last_login = portal_times[uid]
        consents.append({"consent_id": f"ck-{s.hex(10)}", "portal_user_id": uid,
                         "given_at": s.moment(2024, 2025, iso=True, after=created, before=last_login),
                         "categories": s.pick(["necessary", "necessary,statistics", "necessary,statistics,marketing"]),
                         "ip_address": s.ipv4(), "user_agent": s.pick(["Firefox/128.0", "Safari/17.5", "Edge/126.0"])})
write_json(os.path.join(HERE, "cookie_consents.json"), consents)

newsletter = [[s.email_as_typed("idaholm@post.example"), "Ida", "roofing;windows", s.moment(2021, 2021), "", s.token(24)]]
for pid, first, _l, email, _m in privates[1:]:
    if s.chance(0.4):
        preferences, subscribed = s.pick(["roofing", "windows", "insulation;roofing", ""]), s.moment(2020, 2025)
        unsubscribed = s.date(2025, 2025, after=subscribed) if s.chance(0.1) else ""
        newsletter.append([email, first, preferences, subscribed, unsubscribed, s.token(24)])
for rid, first, _l, _t, _c, email, *_ in reps[1:]:
    if s.chance(0.2):
        newsletter.append([email, first, "", s.moment(2020, 2025), "", s.token(24)])
write_csv(os.path.join(HERE, "newsletter.csv"),
          ["email", "first_name", "preferences", "subscribed_at", "unsubscribed_on", "unsubscribe_token"], newsletter)

# A "Satisfaction <year>" survey is answered in that year, by a representative already on file.
surveys = [["R-0001", "ida.holm@nordbyg.example", "Satisfaction 2024",
            s.moment(2024, 2024, after=rep_created[1]), "9", "Quick delivery of the scaffolding", s.token(16)]]
for rid, *_r, email, _w, _m in reps[1:]:
    if s.chance(0.35):
        typed, survey = s.email_as_typed(email), s.pick(["Satisfaction 2024", "Satisfaction 2025"])
        year = survey[-4:]
        answered = s.moment(2024, 2025, after=latest(f"{year}-01-01", rep_created[rid]), before=f"{year}-12-31")
        surveys.append([f"R-{len(surveys) + 1:04d}", typed, survey, answered, str(s.between(0, 10)),
                        s.pick(["", "Invoices are hard to read", "Friendly staff"]), s.token(16)])
write_csv(os.path.join(HERE, "surveys.csv"),
          ["response_id", "respondent_email", "survey", "answered_at", "score", "comment", "response_token"], surveys)
