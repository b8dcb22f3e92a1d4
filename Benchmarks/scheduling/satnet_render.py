#!/usr/bin/env python3
"""Rebuilds SatNet's data/problems.json, byte for byte, from a compact transcription.

The machine has no network: the SatNet weeks (github.com/edwinytgoh/satnet, commit 0c3f63c,
data/problems.json, 3 569 038 characters; see docs/scheduling-log.md, session 6) can only be read
through the library, 16 000 characters at a time. They are transcribed into this compact form,
twice and independently, and the two transcriptions compared; this script renders one back
into the file's exact text (json.dump with indent=2), so that its length must equal the
source's and satnet_convert.py can read it unchanged. The repository has no licence file, so
neither the transcription nor the rendered file is committed.

The compact form, one line per request in file order, and `WEEK W10_2018` before each week:

    subject|user|week|year|duration|duration_min|RESOURCES|track_id|setup_time|teardown_time|
    time_window_start|time_window_end|VPS

every value copied literally (`1.0` stays `1.0`); RESOURCES the inner lists separated by `;`,
members joined by `+`; VPS the resource_vp_dict keys in order, `KEY=` then its view periods
separated by `/`, each `RISE,SET` when TRX ON = RISE and TRX OFF = SET (every period in the
2018 weeks), else `RISE,SET,TRXON,TRXOFF`, `t:TRXON,TRXOFF` or `k:KEY=VALUE,...`.

Usage: satnet_render.py COMPACT.txt [COMPACT.txt ...] --out problems.json
"""
import argparse


def view_period(entry, indent):
    pad = " " * indent
    if entry.startswith("t:"):
        on, off = entry[2:].split(",")
        pairs = [("TRX ON", on), ("TRX OFF", off)]
    elif entry.startswith("k:"):
        pairs = [tuple(item.split("=", 1)) for item in entry[2:].split(",")]
    else:
        values = entry.split(",")
        if len(values) == 2:
            values = values * 2
        if len(values) != 4:
            raise SystemExit(f"view period {entry!r}: 2 or 4 values expected")
        pairs = list(zip(["RISE", "SET", "TRX ON", "TRX OFF"], values))
    body = ",\n".join(f'{pad}  "{key}": {value}' for key, value in pairs)
    return f"{pad}{{\n{body}\n{pad}}}"


def request(line, number):
    fields = line.split("|")
    if len(fields) != 13:
        raise SystemExit(f"line {number}: 13 fields expected, found {len(fields)}")
    subject, user, week, year, duration, minimum, resources, track, setup, teardown, start, end, vps = fields
    lines = ["    {", f'      "subject": {subject},', f'      "user": "{user}",', f'      "week": {week},',
             f'      "year": {year},', f'      "duration": {duration},', f'      "duration_min": {minimum},']
    groups = [group.split("+") for group in resources.split(";")] if resources else []
    if groups:
        inner = ",\n".join(
            "        [\n" + ",\n".join(f'          "{m}"' for m in group) + "\n        ]" for group in groups)
        lines.append(f'      "resources": [\n{inner}\n      ],')
    else:
        lines.append('      "resources": [],')
    lines += [f'      "track_id": "{track}",', f'      "setup_time": {setup},', f'      "teardown_time": {teardown},',
              f'      "time_window_start": {start},', f'      "time_window_end": {end},']
    keys = []
    for item in vps.split(";") if vps else []:
        key, periods = item.split("=", 1)
        if not periods:
            keys.append(f'        "{key}": []')
        else:
            body = ",\n".join(view_period(p, 10) for p in periods.split("/"))
            keys.append(f'        "{key}": [\n{body}\n        ]')
    lines.append('      "resource_vp_dict": {\n' + ",\n".join(keys) + "\n      }" if keys else
                 '      "resource_vp_dict": {}')
    lines.append("    }")
    return "\n".join(lines)


def render(lines):
    weeks = []
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        if line.startswith("WEEK "):
            weeks.append((line[5:].strip(), []))
        elif not weeks:
            raise SystemExit(f"line {number}: a request before the first WEEK line")
        else:
            weeks[-1][1].append(request(line, number))
    return "{\n" + ",\n".join(f'  "{name}": [\n' + ",\n".join(requests) + "\n  ]" for name, requests in weeks) + "\n}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("compact", nargs="+")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    lines = []
    for path in args.compact:
        with open(path) as handle:
            lines += handle.read().splitlines()
    text = render(lines)
    with open(args.out, "w") as handle:
        handle.write(text)
    print(f"{len(text)} characters (SatNet's problems.json at 0c3f63c: 3569038)")


if __name__ == "__main__":
    main()
