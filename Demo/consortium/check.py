#!/usr/bin/env python3
"""Checks the demo consortium data in this directory against Concord's domain rules.

Run from anywhere: `python3 Demo/consortium/check.py [--shared PATH]`. Standard library only.

Checks every file for exactly the keys the Swift types decode, id syntax and uniqueness, and
that referenced ids exist; then the rules of each kind (shares summing to 100 over current
parties, station contributions from their owners, one lead contribution from the lead, valid
TLE checksums, NORAD and COSPAR ids matching TLE line 1, ...). When the shared data directory
is present (default: ../shared/data beside the repository), it also checks that every TLE is
byte-identical to three consecutive lines of the 2026-03-19 catalog and that every station
position is an NDOSL row. Exits 1 and lists the problems when any rule is broken.
"""

import argparse
import csv
import datetime
import gzip
import json
import math
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "data"))
CATALOG = os.path.join("catalog", "active_tle_2026-03-19.txt.gz")
NDOSL = os.path.join("stations", "nasa_ndosl_2019-07-16.csv")

ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
COSPAR = re.compile(r"^\d{4}-\d{3}[A-Z]{1,3}$")
EMAIL = re.compile(r"^[^@\s<>]+@(example\.org|example\.com)$")
SHARE_TOLERANCE = 1e-6
MAX_SPACECRAFT_BYTES = 40 * 1024

# ISO 3166-1 alpha-2 codes (the same list as Sources/Consortium/Core/CountryCode.swift).
COUNTRIES = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

PARTNER_KINDS = {"agency", "company", "university", "networkOperator"}
AGREEMENT_KINDS = {"intergovernmentalAgreement", "memorandumOfUnderstanding", "bilateralArrangement",
                   "principles", "serviceAgreement"}
AGREEMENT_STATUSES = {"draft", "inForce", "suspended", "withdrawn"}
ACCESS = {"public", "consortium", "namedParties"}
MISSION_STATUSES = {"planned", "active", "completed"}
CONTRIBUTION_KINDS = {"instrument", "module", "launch", "stationTime", "funds", "crew", "operations"}
ROLES_IN_MISSION = {"lead", "contributor"}
SPACECRAFT_STATUSES = {"planned", "operational", "degraded", "decommissioned"}
BANDS = {"VHF", "UHF", "L", "S", "C", "X", "Ku", "K", "Ka"}
WINDOW_STATES = {"available", "maintenance", "reserved"}
USER_ROLES = {"consortiumAdmin", "partnerAdmin", "operator", "viewer"}

# The exact key sets the Swift types decode (optional fields are present, possibly null).
KEYS = {
    "partner": {"id", "name", "shortName", "kind", "country", "contacts"},
    "contact": {"name", "role", "email"},
    "agreement": {"id", "title", "kind", "status", "signed", "effective", "expires", "parties", "clauses", "notes"},
    "party": {"partner", "withdrawn"},
    "clauses": {"networkShares", "stationContributions", "dataPolicy", "costShares"},
    "share": {"partner", "percent"},
    "stationContribution": {"partner", "station"},
    "dataPolicy": {"access", "namedParties", "proprietaryPeriodDays"},
    "mission": {"id", "name", "lead", "status", "description", "spacecraft", "contributions"},
    "contribution": {"partner", "kind", "role", "description"},
    "spacecraft": {"id", "name", "owner", "noradID", "cosparID", "status", "orbit"},
    "orbit": {"format", "text"},
    "station": {"id", "name", "owner", "network", "latitude", "longitude", "heightMeters", "antennas",
                "horizonMask", "availability"},
    "antenna": {"name", "diameterMeters", "bands"},
    "mask": {"minimumElevation", "points"},
    "point": {"azimuth", "elevation"},
    "window": {"start", "end", "state", "note"},
    "user": {"id", "name", "partner", "role"},
}


class Checker:
    def __init__(self):
        self.problems = []

    def fail(self, where, message):
        self.problems.append(f"{where}: {message}")

    def keys(self, obj, kind, where):
        if not isinstance(obj, dict):
            self.fail(where, f"is not an object ({kind})")
            return False
        got, want = set(obj), KEYS[kind]
        if got != want:
            if got - want:
                self.fail(where, f"unknown keys {sorted(got - want)}")
            if want - got:
                self.fail(where, f"missing keys {sorted(want - got)}")
            return False
        return True

    def text(self, value, where, maximum=200, allow_empty=False):
        if not isinstance(value, str):
            self.fail(where, "is not a string")
        elif not allow_empty and not value.strip():
            self.fail(where, "is empty")
        elif len(value) > maximum:
            self.fail(where, f"is {len(value)} characters; at most {maximum}")
        elif not allow_empty and any(unicodedata.category(ch) == "Cc" for ch in value):
            self.fail(where, "contains control characters")

    def enum(self, value, allowed, where):
        if value not in allowed:
            self.fail(where, f"'{value}' is not one of {sorted(allowed)}")

    def number(self, value, where, low, high, high_open=False):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.fail(where, f"{value!r} is not a finite number")
        elif value < low or value > high or (high_open and value == high):
            self.fail(where, f"{value} is not in {low}...{high}")

    def day(self, value, where):
        if not isinstance(value, str) or not DAY.match(value):
            self.fail(where, f"{value!r} is not a day YYYY-MM-DD")
            return None
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            self.fail(where, f"{value} is not a calendar day")
            return None

    def instant(self, value, where):
        if not isinstance(value, str) or not INSTANT.match(value):
            self.fail(where, f"{value!r} is not an ISO-8601 UTC instant with Z")
            return None
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))

    def ids(self, records, kind):
        seen = set()
        for index, record in enumerate(records):
            value = record.get("id") if isinstance(record, dict) else None
            if not isinstance(value, str) or not ID.match(value):
                self.fail(f"{kind}[{index}].id", f"{value!r} is not an id (1-64 of a-z, 0-9, '-', not first)")
            elif value in seen:
                self.fail(f"{kind}[{index}].id", f"'{value}' is listed twice")
            seen.add(value)
        return seen

    def ref(self, value, known, where, what):
        if value not in known:
            self.fail(where, f"'{value}' is not a known {what}")


def tle_checksum_ok(line):
    total = sum(int(c) if c.isdigit() else (1 if c == "-" else 0) for c in line[:68])
    return line[68].isdigit() and total % 10 == int(line[68])


def cospar_of(line1):
    designator = line1[9:17].strip()
    year = int(designator[:2])
    return f"{1900 + year if year >= 57 else 2000 + year}-{designator[2:5]}{designator[5:]}"


def load(name, checker):
    path = os.path.join(HERE, name)
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as error:
        checker.fail(name, f"cannot be read as JSON: {error}")
        return []
    if not isinstance(data, list):
        checker.fail(name, "is not a JSON array")
        return []
    return data


def check_partners(c, partners):
    for i, p in enumerate(partners):
        w = f"partners[{i}]"
        if not c.keys(p, "partner", w):
            continue
        c.text(p["name"], f"{w}.name")
        c.text(p["shortName"], f"{w}.shortName", maximum=32)
        c.enum(p["kind"], PARTNER_KINDS, f"{w}.kind")
        if p["country"] not in COUNTRIES:
            c.fail(f"{w}.country", f"'{p['country']}' is not an ISO 3166-1 alpha-2 code")
        for j, contact in enumerate(p["contacts"]):
            cw = f"{w}.contacts[{j}]"
            if c.keys(contact, "contact", cw):
                c.text(contact["name"], f"{cw}.name")
                c.text(contact["role"], f"{cw}.role", allow_empty=True)
                if not isinstance(contact["email"], str) or not EMAIL.match(contact["email"]):
                    c.fail(f"{cw}.email", f"{contact['email']!r} is not an address at example.org/example.com")


def check_shares(c, shares, field, current):
    if not shares:
        return
    total, seen = 0.0, set()
    for k, share in enumerate(shares):
        sw = f"{field}[{k}]"
        if not c.keys(share, "share", sw):
            continue
        if share["partner"] in seen:
            c.fail(sw, f"'{share['partner']}' has two shares")
        seen.add(share["partner"])
        if share["partner"] not in current:
            c.fail(f"{sw}.partner", f"'{share['partner']}' is not a current party")
        c.number(share["percent"], f"{sw}.percent", 0, 100)
        if isinstance(share["percent"], (int, float)) and share["percent"] <= 0:
            c.fail(f"{sw}.percent", "must be greater than 0")
        total += share["percent"] if isinstance(share["percent"], (int, float)) else 0
    if abs(total - 100) > SHARE_TOLERANCE:
        c.fail(field, f"the shares add up to {total} %, not 100 %")


def check_agreements(c, agreements, partner_ids, station_owner):
    for i, a in enumerate(agreements):
        w = f"agreements[{i}] ({a.get('id') if isinstance(a, dict) else '?'})"
        if not c.keys(a, "agreement", w):
            continue
        c.text(a["title"], f"{w}.title", maximum=300)
        if a["notes"] is not None:
            c.text(a["notes"], f"{w}.notes", maximum=4000, allow_empty=True)
        c.enum(a["kind"], AGREEMENT_KINDS, f"{w}.kind")
        c.enum(a["status"], AGREEMENT_STATUSES, f"{w}.status")
        signed = c.day(a["signed"], f"{w}.signed")
        effective = c.day(a["effective"], f"{w}.effective")
        expires = c.day(a["expires"], f"{w}.expires") if a["expires"] is not None else None
        if signed and effective and signed > effective:
            c.fail(f"{w}.effective", f"{effective} is before the signature {signed}")
        if effective and expires and expires <= effective:
            c.fail(f"{w}.expires", f"{expires} is not after {effective}")
        parties = a["parties"]
        if len(parties) < 2:
            c.fail(f"{w}.parties", "an agreement needs at least two parties")
        if a["kind"] == "bilateralArrangement" and len(parties) != 2:
            c.fail(f"{w}.parties", f"a bilateral arrangement has exactly two parties, not {len(parties)}")
        all_parties, current = set(), set()
        for k, party in enumerate(parties):
            pw = f"{w}.parties[{k}]"
            if not c.keys(party, "party", pw):
                continue
            c.ref(party["partner"], partner_ids, f"{pw}.partner", "partner")
            if party["partner"] in all_parties:
                c.fail(pw, f"'{party['partner']}' is listed twice")
            all_parties.add(party["partner"])
            if party["withdrawn"] is None:
                current.add(party["partner"])
            else:
                day = c.day(party["withdrawn"], f"{pw}.withdrawn")
                if day and signed and day < signed:
                    c.fail(f"{pw}.withdrawn", f"{day} is before the signature {signed}")
        if a["status"] != "withdrawn" and len(current) < 2:
            c.fail(f"{w}.status", "fewer than two current parties: the status should be withdrawn")
        clauses = a["clauses"]
        if not c.keys(clauses, "clauses", f"{w}.clauses"):
            continue
        check_shares(c, clauses["networkShares"], f"{w}.clauses.networkShares", current)
        check_shares(c, clauses["costShares"], f"{w}.clauses.costShares", current)
        seen = set()
        for k, contribution in enumerate(clauses["stationContributions"]):
            cw = f"{w}.clauses.stationContributions[{k}]"
            if not c.keys(contribution, "stationContribution", cw):
                continue
            station, partner = contribution["station"], contribution["partner"]
            c.ref(station, station_owner, f"{cw}.station", "station")
            if station in seen:
                c.fail(cw, f"station '{station}' is contributed twice")
            seen.add(station)
            if partner not in current:
                c.fail(f"{cw}.partner", f"'{partner}' is not a current party")
            if station in station_owner and station_owner[station] != partner:
                c.fail(cw, f"station '{station}' is owned by '{station_owner[station]}', not '{partner}'")
        policy = clauses["dataPolicy"]
        pw = f"{w}.clauses.dataPolicy"
        if c.keys(policy, "dataPolicy", pw):
            c.enum(policy["access"], ACCESS, f"{pw}.access")
            days = policy["proprietaryPeriodDays"]
            if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= 3650:
                c.fail(f"{pw}.proprietaryPeriodDays", f"{days!r} is not an integer in 0...3650")
            named = policy["namedParties"]
            if policy["access"] == "namedParties" and not named:
                c.fail(f"{pw}.namedParties", "namedParties access needs at least one party")
            if policy["access"] != "namedParties" and named:
                c.fail(f"{pw}.namedParties", "named parties are listed only with access 'namedParties'")
            for k, partner in enumerate(named):
                if partner not in all_parties:
                    c.fail(f"{pw}.namedParties[{k}]", f"'{partner}' is not a party")


def check_missions(c, missions, partner_ids, spacecraft_ids):
    for i, m in enumerate(missions):
        w = f"missions[{i}] ({m.get('id') if isinstance(m, dict) else '?'})"
        if not c.keys(m, "mission", w):
            continue
        c.text(m["name"], f"{w}.name")
        c.text(m["description"], f"{w}.description", maximum=4000, allow_empty=True)
        c.ref(m["lead"], partner_ids, f"{w}.lead", "partner")
        c.enum(m["status"], MISSION_STATUSES, f"{w}.status")
        if len(set(m["spacecraft"])) != len(m["spacecraft"]):
            c.fail(f"{w}.spacecraft", "lists a spacecraft twice")
        for k, sc in enumerate(m["spacecraft"]):
            c.ref(sc, spacecraft_ids, f"{w}.spacecraft[{k}]", "spacecraft")
        leads = []
        for k, contribution in enumerate(m["contributions"]):
            cw = f"{w}.contributions[{k}]"
            if not c.keys(contribution, "contribution", cw):
                continue
            c.ref(contribution["partner"], partner_ids, f"{cw}.partner", "partner")
            c.enum(contribution["kind"], CONTRIBUTION_KINDS, f"{cw}.kind")
            c.enum(contribution["role"], ROLES_IN_MISSION, f"{cw}.role")
            c.text(contribution["description"], f"{cw}.description", maximum=1000)
            if contribution["role"] == "lead":
                leads.append((k, contribution["partner"]))
        if len(leads) != 1:
            c.fail(f"{w}.contributions", f"exactly one contribution has role 'lead', not {len(leads)}")
        elif leads[0][1] != m["lead"]:
            c.fail(f"{w}.contributions[{leads[0][0]}]", f"the lead contribution is from '{leads[0][1]}', not '{m['lead']}'")


def check_spacecraft(c, spacecraft, partner_ids, catalog):
    norads = set()
    for i, s in enumerate(spacecraft):
        w = f"spacecraft[{i}] ({s.get('id') if isinstance(s, dict) else '?'})"
        if not c.keys(s, "spacecraft", w):
            continue
        c.text(s["name"], f"{w}.name")
        c.ref(s["owner"], partner_ids, f"{w}.owner", "partner")
        c.enum(s["status"], SPACECRAFT_STATUSES, f"{w}.status")
        norad, cospar, orbit = s["noradID"], s["cosparID"], s["orbit"]
        if norad is not None:
            if not isinstance(norad, int) or not 1 <= norad <= 339_999:
                c.fail(f"{w}.noradID", f"{norad!r} is not a catalog number 1...339999")
            elif norad in norads:
                c.fail(f"{w}.noradID", f"{norad} is used by two spacecraft")
            norads.add(norad)
        if cospar is not None and (not isinstance(cospar, str) or not COSPAR.match(cospar)):
            c.fail(f"{w}.cosparID", f"{cospar!r} is not a COSPAR id like 1998-067A")
        if orbit is None:
            continue
        if not c.keys(orbit, "orbit", f"{w}.orbit"):
            continue
        if orbit["format"] != "tle":
            c.fail(f"{w}.orbit.format", "the demo orbits are TLEs")
            continue
        lines = orbit["text"].split("\n")
        if len(lines) != 3:
            c.fail(f"{w}.orbit.text", f"has {len(lines)} lines, not 3 (name, line 1, line 2; no trailing newline)")
            continue
        name, line1, line2 = lines
        for number, line in ((1, line1), (2, line2)):
            if len(line) != 69 or not line.startswith(f"{number} "):
                c.fail(f"{w}.orbit.text", f"line {number} is not a 69-character TLE line {number}")
            elif not tle_checksum_ok(line):
                c.fail(f"{w}.orbit.text", f"line {number} fails the mod-10 checksum")
        if len(line1) == 69 and len(line2) == 69:
            if line1[2:7] != line2[2:7]:
                c.fail(f"{w}.orbit.text", "lines 1 and 2 have different catalog numbers")
            if line1[2:7].strip().isdigit() and norad != int(line1[2:7]):
                c.fail(f"{w}.noradID", f"{norad} is not the TLE's catalog number {int(line1[2:7])}")
            if cospar != cospar_of(line1):
                c.fail(f"{w}.cosparID", f"{cospar} does not match TLE line 1 ({line1[9:17].strip()} -> {cospar_of(line1)})")
        if catalog is not None and (name, line1, line2) not in catalog:
            c.fail(f"{w}.orbit.text", "is not three consecutive lines of the 2026-03-19 catalog, byte for byte")


def check_stations(c, stations, partner_ids, ndosl):
    for i, s in enumerate(stations):
        w = f"stations[{i}] ({s.get('id') if isinstance(s, dict) else '?'})"
        if not c.keys(s, "station", w):
            continue
        c.text(s["name"], f"{w}.name")
        c.ref(s["owner"], partner_ids, f"{w}.owner", "partner")
        if s["network"] is not None:
            c.text(s["network"], f"{w}.network", maximum=64, allow_empty=True)
        c.number(s["latitude"], f"{w}.latitude", -90, 90)
        c.number(s["longitude"], f"{w}.longitude", -180, 180)
        c.number(s["heightMeters"], f"{w}.heightMeters", -1000, 9000)
        if ndosl is not None and (s["latitude"], s["longitude"], s["heightMeters"]) not in ndosl:
            c.fail(w, "latitude, longitude and height are not those of an NDOSL row")
        names = set()
        for k, antenna in enumerate(s["antennas"]):
            aw = f"{w}.antennas[{k}]"
            if not c.keys(antenna, "antenna", aw):
                continue
            c.text(antenna["name"], f"{aw}.name", maximum=64)
            if antenna["name"] in names:
                c.fail(f"{aw}.name", f"'{antenna['name']}' is listed twice")
            names.add(antenna["name"])
            c.number(antenna["diameterMeters"], f"{aw}.diameterMeters", 0, 100)
            if len(set(antenna["bands"])) != len(antenna["bands"]):
                c.fail(f"{aw}.bands", "lists a band twice")
            for band in antenna["bands"]:
                c.enum(band, BANDS, f"{aw}.bands")
        mask = s["horizonMask"]
        if c.keys(mask, "mask", f"{w}.horizonMask"):
            c.number(mask["minimumElevation"], f"{w}.horizonMask.minimumElevation", -90, 90)
            azimuths = []
            for k, point in enumerate(mask["points"]):
                pw = f"{w}.horizonMask.points[{k}]"
                if c.keys(point, "point", pw):
                    c.number(point["azimuth"], f"{pw}.azimuth", 0, 360, high_open=True)
                    c.number(point["elevation"], f"{pw}.elevation", -90, 90)
                    azimuths.append(point["azimuth"])
            if azimuths != sorted(set(azimuths)):
                c.fail(f"{w}.horizonMask.points", "azimuths are not strictly increasing")
        for k, window in enumerate(s["availability"]):
            ww = f"{w}.availability[{k}]"
            if not c.keys(window, "window", ww):
                continue
            start, end = c.instant(window["start"], f"{ww}.start"), c.instant(window["end"], f"{ww}.end")
            if start and end and not start < end:
                c.fail(f"{ww}.end", "the window ends before it starts")
            c.enum(window["state"], WINDOW_STATES, f"{ww}.state")
            if window["note"] is not None:
                c.text(window["note"], f"{ww}.note", maximum=1000, allow_empty=True)


def check_users(c, users, partner_ids):
    admins = set()
    for i, u in enumerate(users):
        w = f"users[{i}] ({u.get('id') if isinstance(u, dict) else '?'})"
        if not c.keys(u, "user", w):
            continue
        c.text(u["name"], f"{w}.name")
        c.ref(u["partner"], partner_ids, f"{w}.partner", "partner")
        c.enum(u["role"], USER_ROLES, f"{w}.role")
        if u["role"] == "partnerAdmin":
            admins.add(u["partner"])
    if sum(1 for u in users if isinstance(u, dict) and u.get("role") == "consortiumAdmin") != 1:
        c.fail("users", "there should be exactly one consortiumAdmin")
    for partner in sorted(partner_ids - admins):
        c.fail("users", f"partner '{partner}' has no partnerAdmin")


def load_catalog(shared):
    path = os.path.join(shared, CATALOG)
    if not os.path.exists(path):
        return None
    with gzip.open(path, "rb") as handle:
        lines = handle.read().decode("utf-8").split("\n")
    return {tuple(lines[k:k + 3]) for k in range(0, len(lines) - 2, 3)}


def load_ndosl(shared):
    path = os.path.join(shared, NDOSL)
    if not os.path.exists(path):
        return None
    with open(path, newline="", encoding="utf-8") as handle:
        return {(float(r["lat_deg"]), float(r["lon_deg"]), float(r["height_m"])) for r in csv.DictReader(handle)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=DEFAULT_SHARED, help="the shared data directory (default: %(default)s)")
    arguments = parser.parse_args()
    c = Checker()
    partners = load("partners.json", c)
    agreements = load("agreements.json", c)
    missions = load("missions.json", c)
    spacecraft = load("spacecraft.json", c)
    stations = load("stations.json", c)
    users = load("users.json", c)
    partner_ids = c.ids(partners, "partners")
    c.ids(agreements, "agreements")
    c.ids(missions, "missions")
    spacecraft_ids = c.ids(spacecraft, "spacecraft")
    c.ids(stations, "stations")
    c.ids(users, "users")
    station_owner = {s["id"]: s.get("owner") for s in stations if isinstance(s, dict) and "id" in s}

    catalog, ndosl = load_catalog(arguments.shared), load_ndosl(arguments.shared)
    check_partners(c, partners)
    check_agreements(c, agreements, partner_ids, station_owner)
    check_missions(c, missions, partner_ids, spacecraft_ids)
    check_spacecraft(c, spacecraft, partner_ids, catalog)
    check_stations(c, stations, partner_ids, ndosl)
    check_users(c, users, partner_ids)
    size = os.path.getsize(os.path.join(HERE, "spacecraft.json"))
    if size > MAX_SPACECRAFT_BYTES:
        c.fail("spacecraft.json", f"is {size} bytes; keep it under {MAX_SPACECRAFT_BYTES}")

    print(f"partners {len(partners)}, agreements {len(agreements)}, missions {len(missions)}, "
          f"spacecraft {len(spacecraft)}, stations {len(stations)}, users {len(users)}")
    print("catalog byte-identity: " + ("checked" if catalog is not None else f"SKIPPED ({arguments.shared} absent)"))
    print("NDOSL positions: " + ("checked" if ndosl is not None else f"SKIPPED ({arguments.shared} absent)"))
    if c.problems:
        print(f"{len(c.problems)} problem(s):")
        for problem in c.problems:
            print("  " + problem)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
