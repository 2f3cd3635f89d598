#!/usr/bin/env python3
"""The peer of `crmbridge-cli fetch`: a requests.Session loop over the same pages (HubSpot cursor
paging), writing JSON Lines. Usage: fetch_requests.py BASE_URL TOKEN OUTPUT"""
import json
import sys

import requests

base, token, output = sys.argv[1], sys.argv[2], sys.argv[3]
session = requests.Session()
session.headers["Authorization"] = "Bearer " + token
after = None
count = 0
with open(output, "w", encoding="utf-8") as out:
    while True:
        params = {"limit": 100}
        if after:
            params["after"] = after
        response = session.get(base + "/crm/v3/objects/contacts", params=params, timeout=30)
        response.raise_for_status()
        body = response.json()
        for record in body["results"]:
            out.write(json.dumps(record, separators=(",", ":"), ensure_ascii=False) + "\n")
            count += 1
        after = body.get("paging", {}).get("next", {}).get("after")
        if not after:
            break
print(count)
