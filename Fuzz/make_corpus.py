#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora, Fuzz/Corpus/<harness>/, from the examples.

    python3 Fuzz/make_corpus.py

Every seed is cut from a file under Examples/ (or is a small case written here), so the corpora can be
rebuilt after the examples change. Scripts/fuzz.sh adds the external suites of ../shared/testdata/ at
run time; they are never copied into the repository.

The CSV and JSON Lines harnesses read their first byte as a control byte (delimiter and buffer size),
so their seeds start with one.
"""
import hashlib
import io
import pathlib
import shutil
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "Examples"
CORPUS = ROOT / "Fuzz" / "Corpus"


def head(path, limit):
    """The file's first lines, at most `limit` bytes, cut at a line end."""
    data = path.read_bytes()
    if len(data) <= limit:
        return data
    cut = data.rfind(b"\n", 0, limit)
    return data[: cut + 1] if cut > 0 else data[:limit]


def bundle_zip():
    """Examples/bundle-v1 zipped as an export zips it: deflated entries, manifest first."""
    folder = EXAMPLES / "bundle-v1"
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ["manifest.json", "data.json", "data.xml", "index.html"]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, (folder / name).read_bytes())
    return output.getvalue()


def small_zip(entries, method=zipfile.ZIP_STORED):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", method) as archive:
        for name, content in entries:
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), content)
    return output.getvalue()


def seeds():
    csv_control = [b"\x00", b"\x41"]  # ',' with a 4-byte buffer; ';'... with a 20-byte one
    for path in sorted(EXAMPLES.rglob("*.csv")):
        yield "csv", csv_control[0] + head(path, 1500)
    yield "csv", b"\x00" + b'id,note\r\n1,"two\nlines"\r\n2,"say ""hi"""\r\n3,\xc3\xa9t\xc3\xa9\r\n'
    yield "csv", b"\x01" + b'\xef\xbb\xbfa;b\n"x;y";z\r"\n";\n'
    yield "csv", b"\x02" + b"a\tb\tc\n1\t\t3\n4\n"
    yield "csv", b"\x43" + b'a|b\n"unterminated|x\n'

    for path in sorted(EXAMPLES.rglob("*.json")):
        if path.stat().st_size <= 8192:
            yield "json", path.read_bytes()
    for path in sorted(EXAMPLES.rglob("*.jsonl"))[:6]:
        yield "json", head(path, 800).split(b"\n")[0]
        yield "jsonl", b"\x03" + head(path, 1500)
    yield "json", b'[1e400, -0, 12345678901234567890123, "\\ud83d\\ude00", "\\u0000", {"a": {"b": [[]]}}]'
    yield "jsonl", b"\x07" + b'{"a":1}\r\n\n{"b":"\xc3\xa9"}\n[1]\n'
    yield "jsonl", b"\x00" + b'\xef\xbb\xbf{"a":1}\n{"a":'

    for path in sorted(EXAMPLES.rglob("handover.yaml")):
        yield "configuration", path.read_bytes()

    bundle = bundle_zip()
    yield "bundle", bundle
    yield "zip", bundle
    yield "zip", small_zip([("a.txt", b"hello"), ("dir/b.txt", b"")])
    yield "zip", small_zip([("manifest.json", b"{}" * 200)], zipfile.ZIP_DEFLATED)

    yield "data-xml", (EXAMPLES / "bundle-v1" / "data.xml").read_bytes()
    for golden in sorted((ROOT / "Tests" / "HandoverTests" / "Golden" / "Bundles").glob("*/data.xml")):
        if golden.stat().st_size <= 16384:
            yield "data-xml", golden.read_bytes()


def main():
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    counts = {}
    for harness, data in seeds():
        folder = CORPUS / harness
        folder.mkdir(parents=True, exist_ok=True)
        (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
        counts[harness] = counts.get(harness, 0) + 1
    for harness, count in sorted(counts.items()):
        print(f"{harness}: {count} seeds")


if __name__ == "__main__":
    main()
