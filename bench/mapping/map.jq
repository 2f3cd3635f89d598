# bench/mapping/map.jq — the benchmark mapping in jq 1.6 (JSON Lines in, JSON Lines out):
#   jq -c --argjson countries "$COUNTRIES" -f map.jq customers.jsonl
# $countries is the value map of mapping.json as one object, so all tools share its 15 entries.
# jq 1.6 has no trim, so trimming is two anchored regex substitutions; its case functions are
# ASCII-only (the generated last names and e-mails are ASCII).
def trim: sub("^\\s+"; "") | sub("\\s+$"; "");
def blank: . == null or . == "";
{
  customer_id: (.id | tonumber),
  first_name: (.first_name | trim),
  last_name: (.last_name | trim | ascii_upcase),
  full_name: ((.first_name | trim) + " " + (.last_name | trim)),
  email: (.email | trim | ascii_downcase),
  phone: (if .phone | blank then "n/a" else .phone end),
  country: ($countries[.country | ascii_upcase] // "Unknown"),
  signup_date: (.created_at | strptime("%Y-%m-%dT%H:%M:%SZ") | strftime("%d.%m.%Y")),
  status: (if .status | blank then "active" else .status end),
  revenue: (.revenue | tonumber)
}
