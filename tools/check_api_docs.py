#!/usr/bin/python3
"""Check that every public function of the act library documents itself fully
(namespace functions and the member functions of its structs and classes).

    check_api_docs.py DOXYGEN_XML_DIR

Reads Doxygen's XML (namespace act and its sub-namespaces, not detail) and
fails if a function lacks a brief description, a \\param for any named
parameter, or a \\return (unless it returns void). It replaces Doxygen's own
WARN_NO_PARAMDOC, which gives false positives in Doxygen 1.9.4."""
import glob
import os
import sys
import xml.etree.ElementTree as ET


def text(node):
    return "".join(node.itertext()).strip() if node is not None else ""


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    xml_dir = sys.argv[1]
    files = glob.glob(os.path.join(xml_dir, "namespaceact*.xml"))
    # The functions' descriptions (act::Softplus...) and the adaptor are
    # structs and classes: their public member functions are API too.
    files += glob.glob(os.path.join(xml_dir, "structact_1_1*.xml"))
    files += glob.glob(os.path.join(xml_dir, "classact_1_1*.xml"))
    if not files:
        print(f"check_api_docs: no namespace act in {xml_dir}", file=sys.stderr)
        return 1
    problems, checked = [], 0
    for path in files:
        compound = ET.parse(path).getroot().find("compounddef")
        if "detail" in text(compound.find("compoundname")).split("::"):
            continue
        for member in compound.iter("memberdef"):
            if member.get("kind") != "function" or member.get("prot") != "public":
                continue
            checked += 1
            name = text(member.find("qualifiedname")) or text(member.find("name"))
            where = member.find("location")
            place = f"{where.get('file')}:{where.get('line')}" if where is not None else "?"
            documented = {text(n) for n in member.iter("parametername")}
            if not text(member.find("briefdescription")):
                problems.append(f"{place}: {name}: no \\brief")
            for param in member.findall("param"):
                declname = text(param.find("declname"))
                if declname and declname not in documented:
                    problems.append(f"{place}: {name}: parameter '{declname}' has no \\param")
            # "constexpr void", "static constexpr void": the return type is void
            returns = " ".join(w for w in text(member.find("type")).split()
                               if w not in ("constexpr", "static", "inline", "ACT_INLINE"))
            has_return = any(s.get("kind") == "return" for s in member.iter("simplesect"))
            if returns not in ("void", "") and not has_return:
                problems.append(f"{place}: {name}: no \\return")
    for p in problems:
        print(p)
    print(f"check_api_docs: {checked} public functions, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
