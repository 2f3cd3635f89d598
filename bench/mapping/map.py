#!/usr/bin/env python3
"""bench/mapping/map.py FORMAT INPUT — the benchmark mapping in plain Python 3 (csv and json from
the standard library, one process): reads CSV or JSON Lines, writes JSON Lines to stdout. The value
map is read from mapping.json next to this script, so it is the same 15 entries."""
import csv
import json
import os
import sys
from datetime import datetime

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "mapping.json"), encoding="utf-8") as f:
    COUNTRIES = {e["source"]: e["target"] for e in json.load(f)["value_maps"][0]["entries"]}


def convert(r):
    first = r["first_name"].strip()
    last = r["last_name"].strip()
    return {
        "customer_id": int(r["id"]),
        "first_name": first,
        "last_name": last.upper(),
        "full_name": first + " " + last,
        "email": r["email"].strip().lower(),
        "phone": r.get("phone") or "n/a",
        "country": COUNTRIES.get(r["country"].upper(), "Unknown"),
        "signup_date": datetime.fromisoformat(r["created_at"]).strftime("%d.%m.%Y"),
        "status": r.get("status") or "active",
        "revenue": float(r["revenue"]),
    }


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    out = sys.stdout
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with open(path, newline="" if fmt == "csv" else None, encoding="utf-8") as f:
        rows = csv.DictReader(f) if fmt == "csv" else map(json.loads, f)
        for r in rows:
            out.write(dumps(convert(r)))
            out.write("\n")


if __name__ == "__main__":
    main()
