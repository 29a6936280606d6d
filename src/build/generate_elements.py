#!/usr/bin/env python3
"""Generates src/main/resources/io/claimgate/syntax/837p-005010X222A1.elements from pyx12's 005010X222A1 map.

Usage: python3 src/build/generate_elements.py ../shared/reference/pyx12-map > \
           src/main/resources/io/claimgate/syntax/837p-005010X222A1.elements

pyx12 (azoner/pyx12, BSD-3-Clause, notice in src/main/resources/io/claimgate/syntax/NOTICE-pyx12.txt) is a source
of facts, not the authority: where it disagrees with the TR3 (checked against stupidedi's X222A1 definitions and the
guide's examples) the CORRECTIONS below win, each with its reason. pyx12 defines loop 2300 twice (under 2000B and
under 2000C) and the two copies differ in places (pyx12 issues 28, 29: the 2000C copy kept 4010 codes); the 2000B
copy is taken and the differences are listed in the output's header.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

OVERLAPS = []  # qualifiers shared by two variants: the checker takes the first variant the segment satisfies
ENVELOPE = {"ISA", "IEA", "GS", "GE", "ST", "SE"}
LOOP_NAMES = {"HEADER": "837"}          # the map's root loop holds BHT
EXTERNAL = {"states", "country", "currency"}  # lists shipped in codes.xml that are stable enough to check

# External list entries pyx12's codes.xml lacks: the current Canada Post abbreviations for Quebec (QC, formerly PQ),
# Newfoundland and Labrador (NL, formerly NF) and Nunavut (NU, since 1999), all in code source 22.
LIST_ADDITIONS = {"states": ["NL", "NU", "QC"]}

# (loop or "*", element ref) -> field overrides, each a TR3 rule pyx12 does not carry.
CORRECTIONS = {
    ("2300", "CLM01"): ({"max": 20}, "TR3 CLM01 note: at most 20 characters are submitted (stupidedi MaxLength(20))"),
    ("2300", "CLM05-03"): ({"codes": "1,6,7,8"},
                           "TR3 CLM05-3, code source 235 as used on professional claims: 1 original, 6 corrected, "
                           "7 replacement, 8 void"),
    ("837", "BHT06"): ({"codes": "31,CH,RP"}, "X222A1 addenda add BHT06 31 Subrogation Demand"),
    ("2300", "PWK06"): ({"max": 50}, "TR3 PWK06 Attachment Control Number 2/50 (stupidedi MaxLength(50))"),
    ("2400", "PWK06"): ({"max": 50}, "TR3 PWK06 Attachment Control Number 2/50 (stupidedi MaxLength(50))"),
}


def text(node, tag, default=""):
    child = node.find(tag)
    return child.text.strip() if child is not None and child.text else default


# Elements whose code list lives outside the guide, by data element: 156 State or Province Code (code source 22),
# 26 Country Code (code source 5, ISO 3166). pyx12 names the list on some occurrences and not on others.
BY_DATA_ELEMENT = {"156": "@states", "26": "@country"}


def codes_of(el, external_lists):
    vc = el.find("valid_codes")
    de = text(el, "data_ele")
    if (vc is None or not vc.findall("code")) and de in BY_DATA_ELEMENT:
        return BY_DATA_ELEMENT[de]
    if vc is None:
        return "-"
    ext = vc.get("external")
    if ext:
        return "@" + ext if ext in EXTERNAL and ext in external_lists else "-"
    codes = [c.text.strip() for c in vc.findall("code") if c.text]
    return ",".join(codes) if codes else "-"


def element_rows(seg, dataele, external_lists):
    rows = []
    for child in seg:
        if child.tag == "element":
            rows.append(simple(child, child.get("xid"), dataele, external_lists))
        elif child.tag == "composite":
            rows.append({"ref": child.get("xid"), "de": text(child, "data_ele"), "usage": text(child, "usage"),
                         "type": "C", "min": 0, "max": 0, "codes": "-", "name": text(child, "name")})
            for comp in child.findall("element"):
                rows.append(simple(comp, comp.get("xid"), dataele, external_lists))
    return rows


def simple(el, ref, dataele, external_lists):
    de = text(el, "data_ele")
    d = dataele[de]
    return {"ref": ref, "de": de, "usage": text(el, "usage"), "type": d["data_type"], "min": int(d["min_len"]),
            "max": int(d["max_len"]), "codes": codes_of(el, external_lists), "name": text(el, "name")}


def variant_key(rows):
    """The codes of element 1 (or of its first component when it is a composite) tell same-id segments apart."""
    first = rows[0]
    if first["type"] == "C" and len(rows) > 1:
        first = rows[1]
    return first["codes"] if first["codes"] not in ("-",) and not first["codes"].startswith("@") else "*"


def main(src):
    src = Path(src)
    dataele = {d.get("ele_num"): d.attrib for d in ET.parse(src / "dataele.xml").getroot()}
    external_lists = {}
    for cs in ET.parse(src / "codes.xml").getroot().findall("codeset"):
        ident = text(cs, "id")
        if ident in EXTERNAL:
            codes = {c.text.strip() for c in cs.iter("code") if c.text} | set(LIST_ADDITIONS.get(ident, []))
            external_lists[ident] = sorted(codes)
    root = ET.parse(src / "837.5010.X222.A1.xml").getroot()

    segments = {}   # (loop, seg id, variant) -> (name, syntax, rows)
    order = []
    differences = []

    def walk(loop, loop_id):
        for child in loop:
            if child.tag == "loop":
                walk(child, LOOP_NAMES.get(child.get("xid"), child.get("xid")))
            elif child.tag == "segment" and child.get("xid") not in ENVELOPE:
                rows = element_rows(child, dataele, external_lists)
                syntax = [s.text.strip() for s in child.findall("syntax")]
                key = (loop_id, child.get("xid"), variant_key(rows))
                value = (text(child, "name"), syntax, rows)
                if key in segments:
                    if segments[key] != value:
                        differences.append(describe(key, segments[key], value))
                    continue
                segments[key] = value
                order.append(key)

    walk(root, "837")
    for (loop, ref), (fields, _) in CORRECTIONS.items():
        hits = [r for (l, s, v) in order if l == loop for r in segments[(l, s, v)][2] if r["ref"] == ref]
        if not hits:
            sys.exit(f"correction {loop} {ref} matches nothing")
        for r in hits:
            r.update(fields)
    check_variants(order, segments)
    write(order, segments, external_lists, differences)


def check_variants(order, segments):
    by_seg = {}
    for key in order:
        by_seg.setdefault(key[:2], []).append(key[2])
    for (loop, seg), variants in by_seg.items():
        if len(variants) > 1 and "*" in variants:
            sys.exit(f"{loop} {seg}: same-id segments that element 1 cannot tell apart: {variants}")
        seen = set()
        for v in variants:
            for code in v.split(","):
                if code in seen:
                    OVERLAPS.append(f"{loop} {seg} {code}")
                seen.add(code)


def describe(key, first, second):
    out = []
    for a, b in zip(first[2], second[2]):
        for f in ("usage", "codes", "min", "max", "type"):
            if a[f] != b[f]:
                out.append(f"{a['ref']} {f} {a[f]} (kept) / {b[f]} (2000C copy)")
    return f"{key[0]} {key[1]}: " + "; ".join(out) if out else f"{key[0]} {key[1]}: names only"


def write(order, segments, external_lists, differences):
    p = print
    p("# 005010X222A1 (837P) element rules, one line per element and composite component, for SNIP 2 checks (IK4).")
    p("# GENERATED by src/build/generate_elements.py from pyx12's map (azoner/pyx12 commit")
    p("# 8893c59ffd95ccc213cc7661757dc4298b9f430a, files 837.5010.X222.A1.xml, dataele.xml, codes.xml), which is")
    p("# BSD-3-Clause licensed: its copyright notice, conditions and disclaimer are in NOTICE-pyx12.txt beside this")
    p("# file and must travel with it. Regenerate rather than edit; corrections belong in the script.")
    p("#")
    p("#   seg  <loop> <segment> <variant> <syntax notes or ->  <name>")
    p("#   el   <loop> <segment> <variant> <ref> <data element> <usage R|S|N> <type> <min> <max> <codes>  <name>")
    p("#   list <name> <code> ...")
    p("# variant: the codes of element 1 (or its first component) that select this segment among same-id segments")
    p("# of the loop, or * when the loop has one. codes: comma list, @list for an external list below, - for none")
    p("# (external lists that change often or live elsewhere, e.g. place of service, are checked by the claim edits).")
    p("# Syntax notes: P paired, R at least one, E at most one, C if first then all, L if first then at least one.")
    p("#")
    p("# Corrections to pyx12 (TR3 rules it does not carry):")
    for (loop, ref), (fields, why) in CORRECTIONS.items():
        p(f"#   {loop} {ref} {fields}: {why}")
    for name, added in LIST_ADDITIONS.items():
        p(f"#   list {name} + {' '.join(added)}: current Canada Post abbreviations (code source 22)")
    p("# pyx12's two copies of loop 2300 differ here; the 2000B copy is kept (pyx12 issues 28, 29):")
    for d in differences or ["(none in this pyx12 commit)"]:
        p(f"#   {d}")
    p("# Qualifiers shared by two same-id segments of a loop (the first variant the segment satisfies is taken):")
    for o in OVERLAPS:
        p(f"#   {o}")
    p("")
    for key in order:
        loop, seg, variant = key
        name, syntax, rows = segments[key]
        p(f"seg  {loop:6} {seg:3} {variant:8} {','.join(syntax) or '-':24} {name}")
        for r in rows:
            p(f"el   {loop:6} {seg:3} {variant:8} {r['ref']:8} {r['de']:5} {r['usage']} {r['type']:2} "
              f"{r['min']:3} {r['max']:3} {r['codes']:24} {r['name']}")
    p("")
    for name in sorted(external_lists):
        p(f"list {name} " + " ".join(external_lists[name]))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/pyx12-map")
