#!/usr/bin/env python3
"""The original script's loop: one request at a time, GET the CRM contact, PUT the ERP customer.

usage: sync_requests.py CRM_URL CRM_TOKEN ERP_URL ERP_USER ERP_PASSWORD PAIRS_FILE
PAIRS_FILE has one "crm_id erp_id" per line. Prints the number of records written.
"""
import datetime
import sys

import requests

crm, token, erp, user, password, pairs_file = sys.argv[1:7]
STATUS = {"active": "A", "inactive": "I", "blocked": "B"}
crm_session = requests.Session()
crm_session.headers["Authorization"] = "Bearer " + token
erp_session = requests.Session()
erp_session.auth = (user, password)
stamp = datetime.datetime.now(datetime.timezone.utc).isoformat()
props = "email,firstname,lastname,phone,company,address,city,country,customer_status"
written = 0
with open(pairs_file) as f:
    for line in f:
        crm_id, erp_id = line.split()
        r = crm_session.get(f"{crm}/crm/v3/objects/contacts/{crm_id}", params={"properties": props})
        r.raise_for_status()
        p = r.json()["properties"]
        body = {
            "name": (p.get("firstname", "") + " " + p.get("lastname", "")).strip(),
            "email": p.get("email", "").strip().lower(),
            "phone": p.get("phone"),
            "company": p.get("company"),
            "street": p.get("address"),
            "city": p.get("city"),
            "country": p.get("country"),
            "status": STATUS.get((p.get("customer_status") or "").strip().lower(), "A"),
            "synced_at": stamp,
        }
        w = erp_session.put(f"{erp}/customers/{erp_id}", json=body)
        w.raise_for_status()
        written += 1
print(written)
