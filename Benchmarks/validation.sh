#!/usr/bin/env bash
# Validation benchmark: Handover's JSON Schema and XSD validation of a ~100 MB bundle, next to
# python-jsonschema and xmllint on the same files and schemas.
#
#   bash Benchmarks/validation.sh [RECORDS]
#
# Generates (once, under Benchmarks/data/, git-ignored) a JSON Lines source holding RECORDS events of
# one subject (default 193,000, which makes data.json about 100 MB), exports that subject with the
# release build, and times:
#   - Swift: parse data.json + validate it against Schemas/v1/data.schema.json (validation-benchmark);
#   - python-jsonschema (Draft202012Validator) on the same file and schema;
#   - Swift: streaming XSD validation of data.xml against Schemas/v1/data.xsd;
#   - xmllint --stream --schema, and xmllint --schema, on the same file.
# Targets (issue 3): JSON at least 10x python-jsonschema; XML within 1.5x of xmllint.
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-193000}
data="Benchmarks/data/validation-$records"
mkdir -p "$data"
source Benchmarks/common.sh
command -v xmllint >/dev/null || { apt-get update -qq && apt-get install -y -qq libxml2-utils; }
python3 -c "import jsonschema" 2>/dev/null || pip install -q jsonschema

if [ ! -f "$data/events.jsonl" ]; then
    echo "generating $records events…" >&2
    python3 - "$data" "$records" <<'PY'
import json, sys
folder, count = sys.argv[1], int(sys.argv[2])
with open(f"{folder}/events.jsonl", "w") as handle:
    for i in range(count):
        handle.write(json.dumps({"id": i, "email": "subject@example.com",
                                 "at": f"2024-03-{1 + i % 28:02d}T10:{i % 60:02d}:00Z",
                                 "page": f"/products/{i % 997}", "amount": round(i % 5000 / 7, 2)}) + "\n")
PY
fi
{ benchmark_controller_yaml; cat <<'YAML'
sources:
  - id: web
    kind: jsonl
    path: events.jsonl
    collections:
      - name: events
        identities: { email: email }
        purposes: [analytics.reporting]
        legal_basis: consent
        retention: 1 year
        fields:
          id: { category: user.behavior, provenance: observed }
          email: { category: user.contact.email, provenance: provided }
          at: { category: user.behavior.browsing_history, provenance: observed, type: date-time }
          page: { category: user.behavior.browsing_history, provenance: observed }
          amount: { category: user.behavior.purchase_history, provenance: observed }
YAML
} >"$data/handover.yaml"

bin="$(release_build handover validation-benchmark)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin/handover" export --quiet --config "$data/handover.yaml" --subject email=subject@example.com \
    --output "$out/bundle.zip"
(cd "$out" && python3 -c "import zipfile; zipfile.ZipFile('bundle.zip').extractall('.')")
echo
/usr/bin/time -v "$bin/validation-benchmark" "$out/data.json" "$out/data.xml" 2>"$out/time.txt"
echo "  (peak RSS of both Swift runs: $(peak_rss_mib "$out/time.txt") MiB)"
python3 - "$out/data.json" <<'PY'
import json, os, sys, time
import jsonschema
path = sys.argv[1]
size = os.path.getsize(path) / 1e6
schema = json.load(open("Schemas/v1/data.schema.json"))
start = time.perf_counter()
data = json.load(open(path))
parsed = time.perf_counter()
errors = sum(1 for _ in jsonschema.Draft202012Validator(schema).iter_errors(data))
done = time.perf_counter()
print(f"python-jsonschema: {size:.1f} MB, parse {parsed - start:.2f} s, validate {done - parsed:.2f} s, "
      f"total {done - start:.2f} s = {size / (done - start):.1f} MB/s, errors {errors}")
PY
for mode in "--stream" ""; do
    start=$(date +%s.%N)
    xmllint --noout --nonet $mode --schema Schemas/v1/data.xsd "$out/data.xml" 2>/dev/null || true
    end=$(date +%s.%N)
    python3 -c "import sys; s = float(sys.argv[2]) - float(sys.argv[1]); mb = __import__('os').path.getsize(sys.argv[3]) / 1e6; print(f'xmllint {sys.argv[4] or \"(tree)\"}: {mb:.1f} MB, {s:.2f} s = {mb / s:.1f} MB/s')" \
        "$start" "$end" "$out/data.xml" "$mode"
done
