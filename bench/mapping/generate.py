#!/usr/bin/env python3
"""bench/mapping/generate.py ROWS DIR — writes DIR/customers.csv and DIR/customers.jsonl: the same
ROWS customer records, deterministic (fixed seed), as the mapping benchmark's input.

Per record: id, first_name, last_name, email, phone, country, created_at (2016-07-03T07:05:35Z),
status, revenue (a string such as "1234.50"), tags. About 10 % of names and e-mails are padded with
spaces, e-mails and country codes are in mixed case, ~5 % have no phone, ~5 % no status, ~1 % a
country code outside the value map. In JSON Lines a missing phone is an absent key and a missing
status is null; in CSV both are empty cells. Tags are a JSON array, or one quoted CSV cell
("vip,newsletter"), so the CSV reader meets quoted fields. Last names and e-mails are ASCII so that
jq (whose case functions are ASCII-only) can give the same answer; some first names are not.
"""
import csv
import json
import random
import sys

FIRST = ["Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hugo", "Ida", "Jonas", "Klara", "Lukas",
         "Mia", "Noah", "Olivia", "Paul", "Ruth", "Simon", "Tilda", "Uwe", "Vera", "Wim", "Xenia", "Yusuf",
         "Zoë", "José", "Søren", "Łukasz", "Chloé", "Björn", "伟", "Ana María"]
LAST = ["Schmidt", "Muller", "Dupont", "Rossi", "Garcia", "Kowalski", "Novak", "Jensen", "Andersson", "Smith",
        "Johnson", "Brown", "Tremblay", "Martin", "Bernard", "de Vries", "Peeters", "Bianchi", "Lopez", "Nowak",
        "Dvorak", "Nielsen", "Lindqvist", "Taylor", "Wilson", "Roy", "Gagnon", "Wagner", "Huber", "Meier"]
DOMAINS = ["example.com", "mail.example.org", "example.de", "firma.example", "example.co.uk"]
COUNTRIES = ["DE", "AT", "CH", "FR", "NL", "BE", "IT", "ES", "PL", "CZ", "DK", "SE", "GB", "US", "CA"]
UNKNOWN = ["BR", "JP", "XX", "NO", "IN"]
STATUSES = ["active", "inactive", "lead", "churned"]
TAGS = ["vip", "newsletter", "b2b", "partner", "trial"]


def mixed_case(rng, text):
    choice = rng.random()
    if choice < 0.5:
        return text
    if choice < 0.75:
        return text.lower() if text.isupper() else text.upper()
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in text)


def pad(rng, text):
    if rng.random() < 0.10:
        return " " * rng.randint(1, 3) + text + " " * rng.randint(0, 3)
    return text


def records(rows):
    rng = random.Random(20161103)
    for i in range(1, rows + 1):
        first = rng.choice(FIRST)
        last = rng.choice(LAST)
        local = (first.split()[0].encode("ascii", "ignore").decode() or "user").lower() + "." + last.replace(" ", "").lower()
        email = mixed_case(rng, "%s%d@%s" % (local, i, rng.choice(DOMAINS)))
        country = rng.choice(UNKNOWN) if rng.random() < 0.01 else rng.choice(COUNTRIES)
        ts = 1451606400 + rng.randrange(0, 9 * 365 * 86400)  # 2016-01-01 .. 2024
        day, rem = divmod(ts, 86400)
        # civil date from days since 1970-01-01 (no datetime: keeps the generator quick)
        z = day + 719468
        era = z // 146097
        doe = z - era * 146097
        yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
        doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
        mp = (5 * doy + 2) // 153
        d = doy - (153 * mp + 2) // 5 + 1
        m = mp + 3 if mp < 10 else mp - 9
        y = yoe + era * 400 + (1 if m <= 2 else 0)
        created = "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, rem // 3600, rem // 60 % 60, rem % 60)
        yield {
            "id": i,
            "first_name": pad(rng, first),
            "last_name": pad(rng, last),
            "email": pad(rng, email),
            "phone": None if rng.random() < 0.05 else "+%d %d %07d" % (rng.choice([49, 43, 41, 33, 31, 1, 44]),
                                                                        rng.randint(20, 999), rng.randrange(10**7)),
            "country": mixed_case(rng, country),
            "created_at": created,
            "status": None if rng.random() < 0.05 else rng.choice(STATUSES),
            "revenue": "%d.%02d" % (rng.randrange(0, 100000), rng.randrange(100)),
            "tags": rng.sample(TAGS, rng.randint(0, 3)),
        }


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    folder = sys.argv[2] if len(sys.argv) > 2 else "."
    fields = ["id", "first_name", "last_name", "email", "phone", "country", "created_at", "status", "revenue", "tags"]
    with open(folder + "/customers.csv", "w", newline="", encoding="utf-8") as c, \
            open(folder + "/customers.jsonl", "w", encoding="utf-8") as j:
        out = csv.writer(c, lineterminator="\n")
        out.writerow(fields)
        for r in records(rows):
            out.writerow([r["id"], r["first_name"], r["last_name"], r["email"], r["phone"] or "", r["country"],
                          r["created_at"], r["status"] or "", r["revenue"], ",".join(r["tags"])])
            if r["phone"] is None:
                del r["phone"]
            j.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")))
            j.write("\n")


if __name__ == "__main__":
    main()
