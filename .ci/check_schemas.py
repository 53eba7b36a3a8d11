#!/usr/bin/env python3
"""Validates the example bundle and the quickstart configuration against Schemas/v1 with Python's
jsonschema (an independent JSON Schema 2020-12 implementation), when it is installed.

Usage: python3 .ci/check_schemas.py [BUNDLE.zip]   (from the repository root)
Skips with a message when jsonschema or PyYAML is missing: they are optional oracles.
"""
import json
import sys
import zipfile

try:
    import jsonschema
    import yaml
except ImportError as error:
    print(f"skipped: {error.name} is not installed (pip install jsonschema pyyaml)")
    sys.exit(0)


def validator(name):
    with open(f"Schemas/v1/{name}.schema.json", encoding="utf-8") as file:
        schema = json.load(file)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


documents = [
    ("manifest", "Examples/bundle-v1/manifest.json", json.load(open("Examples/bundle-v1/manifest.json"))),
    ("data", "Examples/bundle-v1/data.json", json.load(open("Examples/bundle-v1/data.json"))),
    ("config", "Examples/quickstart/handover.yaml", yaml.safe_load(open("Examples/quickstart/handover.yaml"))),
]
if len(sys.argv) > 1:
    with zipfile.ZipFile(sys.argv[1]) as bundle:
        documents.append(("manifest", f"{sys.argv[1]}:manifest.json", json.loads(bundle.read("manifest.json"))))
        documents.append(("data", f"{sys.argv[1]}:data.json", json.loads(bundle.read("data.json"))))

failed = False
for schema, name, document in documents:
    errors = list(validator(schema).iter_errors(document))
    for error in errors:
        print(f"{name}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    failed = failed or bool(errors)
    print(f"{name}: {'invalid' if errors else 'valid'} against Schemas/v1/{schema}.schema.json")
sys.exit(1 if failed else 0)
