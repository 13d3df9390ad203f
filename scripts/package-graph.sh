#!/usr/bin/env bash
# Draws Quire's package dependencies from the compiled classes (the JDK's jdeps), as Graphviz.
# Usage: mvn -B -q compile && scripts/package-graph.sh   (needs jdeps from a JDK 21+, python3, dot)
# Writes docs/images/packages.svg and docs/images/packages.png: service capabilities and ui features
# as boxes inside their layer, an arrow for each "uses"; arrows implied by a longer path are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
jdeps="${JDEPS:-$(ls /usr/lib/jvm/*/bin/jdeps 2>/dev/null | sort -V | tail -n 1)}"
[ -x "$jdeps" ] || { echo "package-graph: no jdeps found (set JDEPS)" >&2; exit 1; }
[ -d target/classes/org/quire ] || { echo "package-graph: build first (mvn -B -q compile)" >&2; exit 1; }
"$jdeps" -verbose:package -filter:none -e 'org\.quire\..*' target/classes | python3 -c '
import re, sys
edges = set()
for line in sys.stdin:
    m = re.match(r"\s+org\.quire\.?([\w.]*)\s+->\s+org\.quire\.?([\w.]*)\s", line)
    if m and m.group(1) != m.group(2):
        edges.add((m.group(1) or "Main", m.group(2) or "Main"))
def group(p):
    top = p.split(".")[0]
    if top in ("launcher", "tools"):
        return top
    return {"model": "model", "store": "store", "index": "index", "imports": "imports", "analysis": "analysis",
            "exports": "exports", "service": "service", "ui": "ui", "cli": "cli", "bench": "tools",
            "generate": "tools", "Main": "launcher"}[top]
# Sub-packages of the lower layers are drawn as their layer; service and ui keep their rooms.
def node(p):
    g = group(p)
    return p if g in ("service", "ui", "tools") else g
graph = {}
for a, b in edges:
    a, b = node(a), node(b)
    if a != b:
        graph.setdefault(a, set()).add(b)
nodes = sorted(set(graph) | {b for bs in graph.values() for b in bs})
def reach(a, skip):
    seen, todo = set(), [x for x in graph.get(a, ()) if x != skip]
    while todo:
        x = todo.pop()
        if x not in seen:
            seen.add(x)
            todo.extend(graph.get(x, ()))
    return seen
kept = [(a, b) for a in graph for b in graph[a] if b not in reach(a, b)]
colours = {"service": "#E8F0FA", "ui": "#FBEFE3", "tools": "#EEEEEE"}
print("digraph quire {")
print("  rankdir=TB; newrank=true; node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=\"Helvetica\", fontsize=11];")
print("  edge [color=\"#555555\", arrowsize=0.6];")
for g in ("service", "ui", "tools"):
    members = [n for n in nodes if group(n) == g]
    print("  subgraph cluster_%s { label=\"%s\"; style=filled; color=\"%s\"; fontname=\"Helvetica\";" % (g, g, colours[g]))
    for n in members:
        label = n.split(".", 1)[1] if "." in n else {"service": "Project (facade)", "ui": "application"}.get(n, n)
        print("    \"%s\" [label=\"%s\"];" % (n, label))
    print("  }")
for a, b in sorted(kept):
    print("  \"%s\" -> \"%s\";" % (a, b))
print("}")
' > target/packages.dot
dot -Tsvg target/packages.dot -o docs/images/packages.svg
dot -Tpng -Gdpi=80 target/packages.dot -o docs/images/packages.png
echo "wrote docs/images/packages.svg and docs/images/packages.png"
