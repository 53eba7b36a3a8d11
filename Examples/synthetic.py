"""Building blocks for the examples' generators (Python standard library only).

Each Examples/<controller>/generate.py imports this module, seeds one `Synth` and writes its own
files. Everything here is deterministic for a given seed, so the committed files can be rebuilt byte
for byte. Names, streets and companies are invented; IP addresses come from the documentation ranges
(RFC 5737, RFC 3849); card numbers, IBANs and VAT numbers are made up and fail their checksums.
"""
import csv
import json
import os
import random
import sqlite3
import unicodedata
from datetime import datetime, time, timedelta

SNAPSHOT = "2025-12-31"
"""The day the examples' data were taken. Nothing in them happened later; only what is planned (an
intervention, a due date) may lie after it."""
SNAPSHOT_END = f"{SNAPSHOT} 23:59:59"

FIRST_NAMES = {
    "BE": ["Lotte", "Wout", "Sofie", "Pieter", "An", "Jan", "Els", "Koen", "Lien", "Bram", "Nathalie", "Thomas",
           "Marie", "Lucas", "Camille", "Hugo", "Inès", "Arthur", "Fatima", "Youssef", "Ioana", "Andrei", "Elena",
           "Mihai", "Oana", "Radu", "Julie", "Maxime", "Emma", "Louis"],
    "DK": ["Mette", "Lars", "Ida", "Frida", "Søren", "Anders", "Camilla", "Mikkel", "Signe", "Rasmus", "Louise",
           "Jesper", "Maja", "Henrik", "Freja", "Niels", "Karen", "Emil", "Sofie", "Jonas"],
    "NL": ["Sanne", "Susanne", "Daan", "Noor", "Sem", "Julia", "Lucas", "Mila", "Finn", "Saar", "Levi", "Tess",
           "Milan", "Zoë", "Luuk", "Nina", "Ruben", "Eva", "Thijs", "Lotte", "Jesse", "Fleur"],
}
LAST_NAMES = {
    "BE": ["Peeters", "Janssens", "Maes", "Jacobs", "Claes", "Wouters", "Goossens", "Desmet", "Dubois", "Lambert",
           "Vandenberghe", "Mertens", "Willems", "Popescu", "Ionescu", "Marin", "Dumitru", "El Amrani", "Verstraete",
           "De Smet"],
    "DK": ["Hansen", "Jensen", "Nielsen", "Pedersen", "Holm", "Andersen", "Christensen", "Larsen", "Sørensen",
           "Rasmussen", "Mortensen", "Kristensen", "Madsen", "Olsen"],
    "NL": ["de Jong", "Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
           "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker"],
}
CITIES = {
    "BE": [("1000", "Brussel"), ("2000", "Antwerpen"), ("9000", "Gent"), ("8500", "Kortrijk"), ("3000", "Leuven"),
           ("2840", "Rumst"), ("8000", "Brugge"), ("1210", "Sint-Joost-ten-Node"), ("4000", "Liège")],
    "DK": [("1300", "København K"), ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"),
           ("6700", "Esbjerg"), ("7100", "Vejle"), ("4000", "Roskilde")],
    "NL": [("3864 HD", "Nijkerkerveen"), ("3811 AB", "Amersfoort"), ("1011 AA", "Amsterdam"), ("3511 AA", "Utrecht"),
           ("6811 AA", "Arnhem"), ("3861 AA", "Nijkerk"), ("8011 AA", "Zwolle")],
}
STREETS = {
    "BE": ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat", "Schoolstraat", "Rue de la Station"],
    "DK": ["Vestergade", "Østergade", "Nørregade", "Søndergade", "Algade", "Kirkevej"],
    "NL": ["Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsweg", "Schoolstraat", "Julianalaan"],
}
CALLING_CODES = {"BE": "32", "DK": "45", "NL": "31"}


def ascii_slug(text):
    """`Søren Sørensen` → `sorensorensen`: lowercase ASCII letters and digits only."""
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in text.lower() if c.isalnum())


class Synth:
    """A seeded source of invented but plausible values."""

    def __init__(self, seed, country):
        self.rng = random.Random(seed)
        self.country = country

    def pick(self, items):
        return self.rng.choice(items)

    def chance(self, probability):
        return self.rng.random() < probability

    def between(self, low, high):
        """An integer in [low, high]."""
        return self.rng.randint(low, high)

    def amount(self, low, high):
        return round(self.rng.uniform(low, high), 2)

    def invent(self, fixed, count, make, key):
        """`fixed` rows, then rows from `make(next id)` until there are `count`, skipping any row whose
        `key(row)` (an e-mail address) is already taken."""
        rows = list(fixed)
        taken = {key(row) for row in rows}
        while len(rows) < count:
            row = make(len(rows) + 1)
            if key(row) not in taken:
                taken.add(key(row))
                rows.append(row)
        return rows

    def name(self):
        return self.pick(FIRST_NAMES[self.country]), self.pick(LAST_NAMES[self.country])

    def address(self):
        postal_code, city = self.pick(CITIES[self.country])
        return f"{self.pick(STREETS[self.country])} {self.between(1, 180)}", postal_code, city

    def date(self, first_year, last_year, after=None, before=None):
        """A day in `first_year`–`last_year`, on or after `after` and on or before `before` (see `fit`)."""
        day = f"{self.between(first_year, last_year)}-{self.between(1, 12):02d}-{self.between(1, 28):02d}"
        return fit(day, first_year, last_year, after, before)

    def moment(self, first_year, last_year, iso=False, after=None, before=None):
        """`2024-03-05 14:22:09` as SQLite writes it, or `2024-03-05T14:22:09Z` with `iso`; on or after
        `after` and on or before `before` (see `fit`)."""
        time_of_day = f"{self.between(7, 22):02d}:{self.between(0, 59):02d}:{self.between(0, 59):02d}"
        day = self.date(first_year, last_year)
        return fit(f"{day}T{time_of_day}Z" if iso else f"{day} {time_of_day}", first_year, last_year, after, before)

    def token(self, length, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"):
        return "".join(self.pick(alphabet) for _ in range(length))

    def hex(self, length):
        return self.token(length, "0123456789abcdef")

    def password_hash(self):
        return f"$argon2id$v=19$m=65536,t=3,p=4${self.token(22)}${self.token(43)}"

    def ipv4(self):
        return f"{self.pick(['192.0.2', '198.51.100', '203.0.113'])}.{self.between(1, 254)}"

    def ipv6(self):
        return f"2001:db8:{self.hex(4)}::{self.hex(3)}"

    def iban(self):
        prefix = {"BE": ("BE", 12), "DK": ("DK", 14), "NL": ("NL", 10)}[self.country]
        bank = {"BE": "", "DK": "", "NL": self.pick(["INGB", "RABO", "ABNA", "TRIO"])}[self.country]
        return f"{prefix[0]}00{bank}{self.between(10 ** (prefix[1] - 1), 10 ** prefix[1] - 1)}"

    def mobile(self):
        """A mobile number in E.164."""
        if self.country == "BE":
            return f"+324{self.pick(['70', '75', '78', '85', '94'])}{self.between(100000, 999999)}"
        if self.country == "DK":
            return f"+45{self.pick(['2', '3', '4', '5', '6'])}{self.between(1000000, 9999999)}"
        return f"+316{self.between(10000000, 99999999)}"

    def landline(self):
        if self.country == "BE":
            area = self.pick(["2", "3", "9", "56", "16"])
            return f"+32{area}{self.between(10 ** (7 - len(area)), 10 ** (8 - len(area)) - 1)}"
        if self.country == "DK":
            return f"+45{self.pick(['33', '86', '66', '98'])}{self.between(100000, 999999)}"
        return f"+3133{self.between(1000000, 9999999)}"

    def phone_as_typed(self, e164):
        """The number as a person or an agent might have written it: national or international, with
        the spaces, dots, dashes, slashes or `(0)` people use in this country."""
        code = CALLING_CODES[self.country]
        national = e164[1 + len(code):]
        pairs = " ".join(_chunks(national, 2))
        if self.country == "DK":
            forms = [pairs, national[:4] + " " + national[4:], "+45 " + national, "0045 " + pairs]
        elif self.country == "BE":
            trunk = "0" + national
            rest = trunk[4:] if trunk.startswith("04") else trunk[3:]
            head = trunk[:len(trunk) - len(rest)]
            forms = [head + " " + " ".join(_chunks(rest, 2)), head + "/" + ".".join(_chunks(rest, 2)),
                     "+32 (0)" + national, "0032 " + national]
        else:
            trunk = "0" + national
            forms = [trunk[:2] + "-" + trunk[2:], trunk[:2] + " " + " ".join(_chunks(trunk[2:], 4)),
                     "+31 (0)" + national, "0031" + national]
        return self.pick([e164] + forms)

    def email_as_typed(self, email):
        """The address as it was typed into another system: case and surrounding spaces vary."""
        style = self.between(0, 3)
        if style == 1:
            return email.upper()
        if style == 2:
            return " " + email[0].upper() + email[1:] + " "
        return email


def parse_time(text):
    """A day (`2024-03-05`), a moment as SQLite writes it or an ISO 8601 moment in UTC, as a `datetime`."""
    if len(text) == 10:
        return datetime.strptime(text, "%Y-%m-%d")
    return datetime.strptime(text.replace("T", " ").rstrip("Z"), "%Y-%m-%d %H:%M:%S")


def _written_like(value, like):
    if len(like) == 10:
        return value.strftime("%Y-%m-%d")
    return value.strftime("%Y-%m-%dT%H:%M:%SZ" if like.endswith("Z") else "%Y-%m-%d %H:%M:%S")


def shift(text, days=0, hours=0):
    """`text` (a day or a moment) moved by `days` and `hours`, written the same way."""
    return _written_like(parse_time(text) + timedelta(days=days, hours=hours), text)


def latest(*texts):
    """The latest of the days and moments given (`None`s ignored), as given."""
    return max((text for text in texts if text), key=parse_time)


def earliest(*texts):
    """The earliest of the days and moments given (`None`s ignored), as given."""
    return min((text for text in texts if text), key=parse_time)


def fit(drawn, first_year, last_year, after=None, before=None):
    """`drawn`, a day or moment drawn from `first_year`–`last_year`, moved into the window from `after`
    to `before` (days or moments; a day as `before` includes all of it), so that a record can be dated
    after the one it belongs to while the random values drawn stay the same.

    The window is narrowed to the years where it overlaps them; a window outside them is used as it
    is (with the snapshot as its end when `before` is not given). The day keeps its place in the
    years' range proportionally within the window, and a moment keeps its time of day unless that
    would put it before `after`. Without `after` and `before`, `drawn` is returned unchanged."""
    if after is None and before is None:
        return drawn
    start, end = datetime(first_year, 1, 1), datetime(last_year, 12, 28, 23, 59, 59)
    low = parse_time(after) if after else None
    high = parse_time(before) if before else None
    if high is not None and len(before) == 10:
        high = datetime.combine(high.date(), time(23, 59, 59))
    window_low = max(start, low) if low else start
    window_high = min(end, high) if high else end
    if window_low > window_high:
        if low is None:
            raise ValueError(f"no day before {before} in {first_year}-{last_year}")
        window_low = low
        window_high = high if high else parse_time(SNAPSHOT_END)
        if window_low > window_high:
            raise ValueError(f"nothing is after {after} and before {before}")
    value = parse_time(drawn)
    share = (value.date() - start.date()).days / (end.date() - start.date()).days
    day = window_low.date() + timedelta(days=round(share * (window_high.date() - window_low.date()).days))
    result = datetime.combine(day, value.time())
    if result < window_low:  # on the window's first day, earlier than its start
        result = window_low + timedelta(minutes=1 + value.minute)
    return _written_like(min(result, window_high), drawn)


def _chunks(text, size):
    return [text[i:i + size] for i in range(0, len(text), size)]


def here(script):
    """The directory of the generator that calls this."""
    return os.path.dirname(os.path.abspath(script))


def write_sqlite(path, schema, tables):
    """Creates the database at `path` afresh from `schema` (SQL) and `tables` ({table: [row tuples]})."""
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.executescript(schema)
    for table, rows in tables.items():
        if rows:
            placeholders = ",".join("?" * len(rows[0]))
            db.executemany(f"INSERT INTO {table} VALUES ({placeholders})", rows)
    db.commit()
    db.execute("VACUUM")
    db.close()


def write_csv(path, header, rows, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


def write_jsonl(path, objects):
    with open(path, "w", encoding="utf-8") as handle:
        for item in objects:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")


def write_json(path, objects):
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(objects, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
