# The pairs the original script loops over: each CRM contact id with the ERP customer of the same
# (trimmed, lower-cased) e-mail — the records the sync updates. The script has to find them
# before it can loop, so the bench times this too. usage: find_pairs.py CRM TOKEN ERP USER PASSWORD OUT
import sys, requests
crm, token, erp, user, password, out = sys.argv[1:7]
s = requests.Session(); s.headers["Authorization"] = "Bearer " + token
contacts, after = [], None
while True:
    r = s.get(f"{crm}/crm/v3/objects/contacts", params={"limit": 100, **({"after": after} if after else {})}).json()
    contacts += r["results"]
    after = r.get("paging", {}).get("next", {}).get("after")
    if not after: break
e = requests.Session(); e.auth = (user, password)
customers, page = {}, 1
while True:
    batch = e.get(f"{erp}/customers", params={"page": page, "per_page": 100}).json()
    if not batch: break
    for c in batch:
        customers.setdefault(c["email"].strip().lower(), []).append(c["id"])
    page += 1
with open(out, "w") as f:
    for c in contacts:
        ids = customers.get(c["properties"]["email"].strip().lower(), [])
        if len(ids) == 1:
            f.write(f"{c['id']} {ids[0]}\n")
