#!/usr/bin/env python3
"""bench/mapping/compare.py REFERENCE OTHER — checks that two JSON Lines outputs say the same thing:
each line parsed, numbers compared by value (1200.50 = 1200.5, 100.00 = 100), keys sorted, then
hashed. Prints "identical (N records)" or where they first differ; exits 1 on a difference. The
reference's digest is kept next to it (REFERENCE.sha256), so checking many outputs reads it once."""
import hashlib
import json
import os
import sys


def normal(line):
    record = json.loads(line)
    for key, value in record.items():
        if isinstance(value, float) and value.is_integer():
            record[key] = int(value)
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


def digest(path):
    h = hashlib.sha256()
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            h.update(normal(line).encode())
            h.update(b"\n")
            n += 1
    return "%s %d" % (h.hexdigest(), n)


def cached_digest(path):
    cache = path + ".sha256"
    if os.path.exists(cache) and os.path.getmtime(cache) >= os.path.getmtime(path):
        with open(cache) as f:
            return f.read()
    value = digest(path)
    with open(cache, "w") as f:
        f.write(value)
    return value


def first_difference(reference, other):
    with open(reference, encoding="utf-8") as a, open(other, encoding="utf-8") as b:
        n = 0
        for n, (x, y) in enumerate(zip(a, b), start=1):
            if normal(x) != normal(y):
                return "differs at record %d:\n    %s\n    %s" % (n, normal(x), normal(y))
        return "has a different number of records (the first %d agree)" % n


def main():
    reference, other = sys.argv[1], sys.argv[2]
    mine, theirs = cached_digest(reference), digest(other)
    if mine == theirs:
        print("identical (%s records)" % format(int(mine.split()[1]), ","))
        return 0
    print(first_difference(reference, other))
    return 1


if __name__ == "__main__":
    sys.exit(main())
