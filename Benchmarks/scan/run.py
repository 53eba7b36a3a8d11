#!/usr/bin/env python3
"""Runs the scan benchmark's measurements on generated data and prints one Markdown table.

    python3 Benchmarks/scan/run.py --scale S --data DIR --handover BIN

Called by Benchmarks/scan.sh, which installs the tools, generates DIR and builds BIN. One tool runs
at a time, on the same files, with the page cache warmed first. Peak RSS comes from
`/usr/bin/time -v`; seconds are wall time of the process, except where the note says "in-process"
(DuckDB's query, zlib's loop) and Handover's per-collection and packaging figures, which come from
the progress lines it prints on standard error. Writes the report to DIR/results.md as well.
Exits 1 when a check fails (a bundle or reference export with the wrong records, a tool that
failed); targets that are missed are reported, not failed.
"""
import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import generate  # noqa: E402  (the configuration is rewritten on every run)

SUBJECT = generate.SUBJECT
ID_FIELDS = {"shop/customers": "id", "shop/orders": "id", "events/events": "event_id", "messages/messages": "id"}
LOWER_TRIM = f"lower(trim(email)) = '{SUBJECT}'"

DUCKDB_QUERY = """
import sys, time, duckdb
connection = duckdb.connect()
# DuckDB draws a progress bar on standard output for queries longer than 2 s (on a busy machine).
connection.execute("SET enable_progress_bar = false")
started = time.perf_counter()
count = connection.execute(sys.argv[1]).fetchone()[0]
print(count, time.perf_counter() - started)
"""
ZLIB_LOOP = """
import os, sys, time, zlib
started = time.perf_counter()
compressed = 0
for path in sys.argv[1:]:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    with open(path, "rb") as source:
        while chunk := source.read(1 << 20):
            compressed += len(packer.compress(chunk))
    compressed += len(packer.flush())
print(compressed, time.perf_counter() - started)
"""
JSONSCHEMA_CHECK = """
import json, sys, time
import jsonschema
started = time.perf_counter()
with open(sys.argv[1], encoding="utf-8") as file:
    schema = json.load(file)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
with open(sys.argv[2], encoding="utf-8") as file:
    document = json.load(file)
errors = [error for error in validator.iter_errors(document)]
for error in errors[:5]:
    print("/".join(map(str, error.absolute_path)), error.message[:200], file=sys.stderr)
print(len(errors), time.perf_counter() - started)
"""


class Row:
    def __init__(self, work, tool, seconds=None, size=None, rss=None, note="", handover=False):
        self.work, self.tool, self.seconds, self.size, self.rss = work, tool, seconds, size, rss
        self.note, self.handover, self.ratio = note, handover, None


class Bench:
    def __init__(self, args):
        self.data = os.path.abspath(args.data)
        self.scale = args.scale
        self.handover = os.path.abspath(args.handover)
        self.rows = []
        self.failures = []
        self.notes = []
        self.progress = []
        self.work = tempfile.mkdtemp(prefix="scan-bench-")
        self.files = {name: os.path.join(self.data, name)
                      for name in ("shop.sqlite", "events.csv", "messages.jsonl")}
        self.sizes = {name: os.path.getsize(path) for name, path in self.files.items()}
        with open(os.path.join(self.data, "expected.json"), encoding="utf-8") as file:
            self.expected = json.load(file)["ids"]

    # --- running -------------------------------------------------------------------------------

    def timed(self, command, stdout=subprocess.PIPE, cwd=None):
        """Runs `command` under /usr/bin/time -v: (seconds, peak RSS MiB, completed process)."""
        report = os.path.join(self.work, "time.txt")
        started = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-v", "-o", report, *command], stdout=stdout,
                              stderr=subprocess.PIPE, cwd=cwd, text=True, errors="replace")
        seconds = time.perf_counter() - started
        return seconds, self.peak_rss(report), done

    @staticmethod
    def peak_rss(report):
        try:
            with open(report, encoding="utf-8", errors="replace") as file:
                match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", file.read())
        except OSError:
            return None
        return int(match.group(1)) / 1024 if match else None

    def add(self, *args, **kwargs):
        row = Row(*args, **kwargs)
        self.rows.append(row)
        return row

    def failed(self, work, tool, done, what=None):
        message = what or (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1][:160]
        self.failures.append(f"{work} / {tool}: {message}")
        print(f"  FAILED: {work} / {tool}: {message}", file=sys.stderr)
        if done is not None and done.stderr.strip():
            print("    " + done.stderr.strip().replace("\n", "\n    ")[-3000:], file=sys.stderr)
        return self.add(work, tool, note=f"**failed**: {message}")

    @staticmethod
    def say(text):
        print(text, file=sys.stderr, flush=True)

    # --- measurements --------------------------------------------------------------------------

    def warm_cache(self):
        self.say("warming the page cache…")
        for path in list(self.files.values()):
            subprocess.run(["cat", path], stdout=subprocess.DEVNULL, check=True)

    def grep(self, name):
        work = f"{name} scan"
        self.say(f"grep on {name}…")
        seconds, rss, done = self.timed(["grep", "-F", "-i", "-c", SUBJECT, self.files[name]])
        if done.returncode not in (0, 1):
            return self.failed(work, "grep -F -i -c", done)
        self.add(work, "grep -F -i -c", seconds, self.sizes[name], rss,
                 f"{done.stdout.strip()} lines contain the address in any case (traps included)")

    def duckdb(self, name, query, expected):
        work = f"{name} scan"
        self.say(f"DuckDB on {name}…")
        seconds, rss, done = self.timed([sys.executable, "-c", DUCKDB_QUERY, query], cwd=self.data)
        if done.returncode != 0:
            return self.failed(work, "DuckDB", done)
        count, query_seconds = done.stdout.split()
        verdict = "as expected" if int(count) == expected else f"**expected {expected}**"
        self.add(work, "DuckDB", float(query_seconds), self.sizes[name], rss,
                 f"count {count} ({verdict}); query in-process, {seconds:.2f} s with start-up")

    def sqlite_cli(self):
        work = "SQLite customers+orders"
        self.say("sqlite3 CLI…")
        script = (f"SELECT * FROM customers WHERE {LOWER_TRIM};\n"
                  f"SELECT * FROM orders WHERE customer_id IN (SELECT id FROM customers WHERE {LOWER_TRIM});\n")
        seconds, rss, done = self.timed(["sqlite3", "-readonly", self.files["shop.sqlite"], script],
                                        stdout=subprocess.DEVNULL)
        if done.returncode != 0:
            return self.failed(work, "sqlite3 CLI", done)
        self.add(work, "sqlite3 CLI", seconds, self.sizes["shop.sqlite"], rss,
                 "lower(trim(email)) full scan + index on customer_id, rows to /dev/null")

    def reference(self):
        work = "whole export"
        self.say("Python reference exporter…")
        output = os.path.join(self.work, "reference.zip")
        seconds, rss, done = self.timed([sys.executable, os.path.join(HERE, "reference_exporter.py"),
                                         "--data", self.data, "--output", output, "--subject", SUBJECT])
        if done.returncode != 0:
            return self.failed(work, "Python reference exporter", done)
        self.add(work, "Python reference exporter", seconds, sum(self.sizes.values()), rss,
                 done.stderr.strip().splitlines()[-1].replace("reference exporter: ", ""))

    def export(self):
        """Handover's export, with its progress lines stamped as they arrive."""
        self.say("Handover export…")
        out = os.path.join(self.data, "out")
        os.makedirs(out, exist_ok=True)
        bundle = os.path.join(out, "handover.zip")
        if os.path.exists(bundle):
            os.remove(bundle)
        report = os.path.join(self.work, "export-time.txt")
        command = [self.handover, "export", "--config", os.path.join(self.data, "handover.yaml"),
                   "--subject", f"email={SUBJECT}", "--output", bundle, "--deterministic"]
        started = time.perf_counter()
        process = subprocess.Popen(["/usr/bin/time", "-v", "-o", report, *command], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, errors="replace", bufsize=1)
        lines = []
        for line in process.stderr:
            lines.append((time.perf_counter() - started, line.rstrip("\n")))
            self.say(f"    [{lines[-1][0]:7.2f} s] {lines[-1][1]}")
        process.stdout.read()
        code = process.wait()
        seconds = time.perf_counter() - started
        rss = self.peak_rss(report)
        self.progress = lines
        if code != 0:
            text = "\n".join(line for _, line in lines)
            self.failed("whole export", "Handover", subprocess.CompletedProcess(command, code, "", text))
            return None

        collections, following, phases, packaging_at = {}, {}, [], None
        for index, (stamp, line) in enumerate(lines):
            if match := re.fullmatch(r"\s*(\S+?)/(\S+): (\d+) records? \(([\d.]+) s\)", line):
                collections[f"{match[1]}/{match[2]}"] = (float(match[4]), int(match[3]))
            elif match := re.fullmatch(r"\s*following (\S+?)/(\S+) \(round (\d+)\)", line):
                # Lasts until the next line; when that is a collection's result, until that collection began.
                end = lines[index + 1][0] if index + 1 < len(lines) else seconds
                if index + 1 < len(lines):
                    if result := re.fullmatch(r"\s*\S+?/\S+: \d+ records? \(([\d.]+) s\)", lines[index + 1][1]):
                        end -= float(result[1])
                following[match[1]] = following.get(match[1], 0.0) + max(0.0, end - stamp)
            elif match := re.fullmatch(r"\s*phase (.+?): ([\d.]+) s", line):
                phases.append((match[1], float(match[2])))
            elif re.fullmatch(r"\s*packaging bundle.*", line):
                packaging_at = stamp
        self.export_figures = {"seconds": seconds, "rss": rss, "collections": collections,
                               "following": following, "packaging": None if packaging_at is None
                               else seconds - packaging_at, "bundle": bundle}

        total = sum(self.sizes.values())
        self.add("whole export", "Handover", seconds, total, rss,
                 f"{sum(count for _, count in collections.values())} records, --deterministic", handover=True)
        for name, key in (("events.csv", "events/events"), ("messages.jsonl", "messages/messages")):
            if key in collections:
                self.add(f"{name} scan", f"Handover ({key})", collections[key][0], self.sizes[name], rss,
                         f"{collections[key][1]} records; seconds printed by Handover", handover=True)
            else:
                self.failures.append(f"{name} scan / Handover: no progress line for {key}")
        shop = [key for key in collections if key.startswith("shop/")]
        shop_seconds = sum(collections[key][0] for key in shop) + following.get("shop", 0.0)
        parts = [f"following {following.get('shop', 0.0):.2f} s"] + [f"{key} {collections[key][0]:.2f} s"
                                                                      for key in shop]
        self.add("SQLite customers+orders", "Handover (shop/*)", shop_seconds, self.sizes["shop.sqlite"], rss,
                 " + ".join(parts), handover=True)
        for name, phase_seconds in phases:
            self.add(f"phase {name}", "Handover", phase_seconds, None, rss, "printed by Handover", handover=True)
        return bundle

    def check_bundle(self, bundle):
        """Compares the bundle's record ids per collection with expected.json."""
        with zipfile.ZipFile(bundle) as archive:
            document = json.loads(archive.read("data.json"))
        found = {}
        for collection in document.get("collections", []):
            key = f"{collection['source']}/{collection['name']}"
            field = ID_FIELDS.get(key)
            ids = []
            for record in collection.get("records", []):
                value = record.get(field, {}).get("value") if field else None
                ids.append(int(value) if value is not None else None)
            found[key] = ids
        problems = []
        for key, want in self.expected.items():
            got = found.get(key)
            if got is None:
                problems.append(f"{key}: missing from data.json")
                continue
            if None in got:
                problems.append(f"{key}: {got.count(None)} records without '{ID_FIELDS[key]}'")
                got = [value for value in got if value is not None]
            if sorted(got) != want:
                missing, extra = sorted(set(want) - set(got)), sorted(set(got) - set(want))
                duplicates = len(got) - len(set(got))
                problems.append(f"{key}: {len(got)} records, expected {len(want)}; missing {len(missing)} "
                                f"{missing[:8]}, unexpected {len(extra)} {extra[:8]}, duplicates {duplicates}")
        for key in found.keys() - self.expected.keys():
            problems.append(f"{key}: not expected in the bundle ({len(found[key])} records)")
        if problems:
            self.failures.append("export check: " + "; ".join(problems))
            self.notes.append("Export check: **DIFFERENT** from expected.json: " + "; ".join(problems))
            print("export check: DIFFERENT\n  " + "\n  ".join(problems), file=sys.stderr)
        else:
            summary = ", ".join(f"{key} {len(ids)}" for key, ids in self.expected.items())
            self.notes.append(f"Export check: OK, the bundle's record ids equal expected.json ({summary}).")
            print("export check: OK", file=sys.stderr)

    def packaging(self, bundle):
        self.say("zlib level 6 over the bundle's entries…")
        entries = os.path.join(self.work, "entries")
        shutil.rmtree(entries, ignore_errors=True)
        os.makedirs(entries)
        with zipfile.ZipFile(bundle) as archive:
            names = sorted(archive.namelist())
            for name in names:
                if "/" in name or name.startswith("."):
                    raise SystemExit(f"unexpected entry name in the bundle: {name!r}")
                with archive.open(name) as source, open(os.path.join(entries, name), "wb") as target:
                    shutil.copyfileobj(source, target, 1 << 20)
        paths = [os.path.join(entries, name) for name in names]
        size = sum(os.path.getsize(path) for path in paths)
        self.entries = dict(zip(names, paths))
        seconds, rss, done = self.timed([sys.executable, "-c", ZLIB_LOOP, *paths])
        if done.returncode != 0:
            self.failed("packaging", "zlib level 6", done)
        else:
            compressed, loop_seconds = done.stdout.split()
            self.add("packaging", "zlib level 6 (Python zlib)", float(loop_seconds), size, rss,
                     f"{len(names)} entries, {size / 1e6:.1f} MB → {int(compressed) / 1e6:.1f} MB; loop in-process")
        packaging = self.export_figures["packaging"]
        if packaging is None:
            self.failures.append("packaging / Handover: no 'packaging bundle…' line")
        else:
            self.add("packaging", "Handover (packaging bundle… → exit)", packaging, size,
                     self.export_figures["rss"], "manifest, zip, fsync and rename; from the progress line",
                     handover=True)

    def validation(self, bundle):
        work = "validation"
        self.say("handover validate…")
        size = sum(os.path.getsize(path) for path in self.entries.values())
        seconds, rss, done = self.timed([self.handover, "validate", bundle])
        if done.returncode != 0:
            self.failed(work, "handover validate", done, (done.stdout.strip() or done.stderr.strip())[-300:])
        else:
            verdict = done.stdout.strip().splitlines()[-1].replace(bundle, "bundle")
            self.add(work, "handover validate", seconds, size, rss, verdict[:140], handover=True)
        self.say("python jsonschema…")
        data_json = self.entries["data.json"]
        schemas = os.path.join(ROOT, "Schemas", "v1")
        seconds, rss, done = self.timed([sys.executable, "-c", JSONSCHEMA_CHECK,
                                         os.path.join(schemas, "data.schema.json"), data_json])
        if done.returncode != 0:
            self.failed(work, "python jsonschema", done)
        else:
            errors, inner = done.stdout.split()
            if int(errors):
                self.failures.append(f"python jsonschema: data.json has {errors} errors")
            self.add(work, "python jsonschema (data.json)", seconds, os.path.getsize(data_json), rss,
                     f"{'valid' if errors == '0' else f'**{errors} errors**'}; Draft202012Validator, "
                     f"parse + validate {float(inner):.2f} s in-process")
        self.say("xmllint --stream…")
        data_xml = self.entries["data.xml"]
        seconds, rss, done = self.timed(["xmllint", "--stream", "--noout", "--nonet", "--schema",
                                         os.path.join(schemas, "data.xsd"), data_xml])
        if done.returncode != 0:
            self.failed(work, "xmllint --stream", done)
        else:
            self.add(work, "xmllint --stream --schema (data.xml)", seconds, os.path.getsize(data_xml), rss,
                     "validates")

    def version(self):
        self.say("handover --version ×20…")
        _, rss, done = self.timed([self.handover, "--version"])
        if done.returncode != 0:
            return self.failed("start-up", "handover --version", done)
        total = 0.0
        for _ in range(20):
            started = time.perf_counter()
            subprocess.run([self.handover, "--version"], stdout=subprocess.DEVNULL, check=True)
            total += time.perf_counter() - started
        self.version_text = done.stdout.strip()
        self.add("start-up", "handover --version", total / 20, None, rss, f"mean of 20 runs; prints "
                 f"{self.version_text!r}", handover=True)

    # --- report --------------------------------------------------------------------------------

    def find(self, work, tool_prefix):
        for row in self.rows:
            if row.work == work and row.tool.startswith(tool_prefix) and row.seconds is not None:
                return row
        return None

    def ratios(self):
        for row in self.rows:
            if row.handover or row.seconds is None:
                continue
            mine = next((other for other in self.rows if other.work == row.work and other.handover
                         and other.seconds is not None), None)
            if mine and row.seconds > 0:
                row.ratio = mine.seconds / row.seconds

    def targets(self):
        lines = []

        def verdict(ok):
            return "PASS" if ok else "MISS"

        def throughput(row):
            return row.size / 1e6 / row.seconds if row and row.seconds else None

        for name, key in (("events.csv", "events/events"), ("messages.jsonl", "messages/messages")):
            mine = throughput(self.find(f"{name} scan", "Handover"))
            for peer, factor, word in (("DuckDB", 2.0, "DuckDB"), ("grep", 0.5, "grep")):
                theirs = throughput(self.find(f"{name} scan", peer))
                if mine is None or theirs is None:
                    lines.append(f"- {name}: Handover ≥ {factor:g}× {word}'s throughput: MISS (not measured)")
                    continue
                lines.append(f"- {name}: Handover ≥ {factor:g}× {word}'s throughput: "
                             f"{mine:.0f} vs {theirs:.0f} MB/s = {mine / theirs:.2f}×: {verdict(mine >= factor * theirs)}")

        def compare(label, work, mine_prefix, peer_prefix, limit, faster=False):
            mine, peer = self.find(work, mine_prefix), self.find(work, peer_prefix)
            if not mine or not peer:
                return lines.append(f"- {label}: MISS (not measured)")
            if faster:
                factor = peer.seconds / mine.seconds
                lines.append(f"- {label}: {mine.seconds:.2f} s vs {peer.seconds:.2f} s = {factor:.1f}× faster: "
                             f"{verdict(factor >= limit)}")
            else:
                factor = mine.seconds / peer.seconds
                lines.append(f"- {label}: {mine.seconds:.2f} s vs {peer.seconds:.2f} s = {factor:.2f}×: "
                             f"{verdict(factor <= limit)}")

        compare("SQLite customers+orders ≤ 1.5× the sqlite3 CLI", "SQLite customers+orders", "Handover",
                "sqlite3", 1.5)
        compare("whole export ≥ 20× faster than the Python reference exporter", "whole export", "Handover",
                "Python reference", 20, faster=True)
        compare("packaging ≤ 1.5× zlib level 6", "packaging", "Handover", "zlib", 1.5)
        measured = {}
        for row in self.rows:
            if row.handover and row.rss is not None:
                process = row.tool if row.tool in ("handover validate", "handover --version") else "handover export"
                measured.setdefault(process, row.rss)
        if measured:
            worst = max(measured.values())
            lines.append("- peak RSS ≤ 64 MiB for Handover: " + ", ".join(
                f"{tool} {rss:.0f} MiB" for tool, rss in measured.items()) + f": {verdict(worst <= 64)}")
        else:
            lines.append("- peak RSS ≤ 64 MiB for Handover: MISS (not measured)")
        version = self.find("start-up", "handover --version")
        lines.append(f"- handover --version ≤ 20 ms: {version.seconds * 1000:.1f} ms: {verdict(version.seconds <= 0.020)}"
                     if version else "- handover --version ≤ 20 ms: MISS (not measured)")
        return lines

    def machine(self):
        model = "unknown CPU"
        try:
            with open("/proc/cpuinfo", encoding="utf-8") as file:
                model = next((line.split(":", 1)[1].strip() for line in file if line.startswith("model name")), model)
            with open("/proc/meminfo", encoding="utf-8") as file:
                memory = next(int(line.split()[1]) for line in file if line.startswith("MemTotal"))
        except (OSError, StopIteration):
            memory = 0
        return (f"Machine: {os.cpu_count()} cores (nproc {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()}), "
                f"{model}, {memory / 1024 / 1024:.1f} GiB memory, {platform.system()} {platform.release()}")

    @staticmethod
    def revision():
        done = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"], capture_output=True, text=True)
        return f"`{done.stdout.strip()}`" if done.returncode == 0 else "an unknown revision"

    def report(self):
        self.ratios()

        def cell(value, pattern):
            return pattern.format(value) if value is not None else "—"

        table = ["| work | tool | seconds | MB/s | peak RSS MiB | Handover ÷ this (time) | notes |",
                 "|---|---|---:|---:|---:|---:|---|"]
        for row in self.rows:
            rate = row.size / 1e6 / row.seconds if row.size and row.seconds else None
            pattern = "{:.0f}" if rate is None or rate >= 10 else "{:.1f}" if rate >= 1 else "{:.2f}"
            table.append(f"| {row.work} | {row.tool} | {cell(row.seconds, '{:.3f}')} | {cell(rate, pattern)} | "
                         f"{cell(row.rss, '{:.0f}')} | {cell(row.ratio, '{:.2f}×')} | {row.note} |")
        sizes = ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in self.sizes.items())
        head = [f"# Scan benchmark, scale {self.scale:g}", "",
                self.machine(),
                f"Data: {sizes} (`{os.path.relpath(self.data, ROOT)}`); subject {SUBJECT}; warm page cache.",
                f"Handover: `{os.path.relpath(self.handover, ROOT)}` "
                f"({getattr(self, 'version_text', 'version unknown')}), built from {self.revision()}.", ""]
        progress = ["Handover export progress (seconds since start):", "", "```"]
        progress += [f"[{stamp:8.2f}] {line}" for stamp, line in self.progress] or ["(none)"]
        progress += ["```", ""]
        checks = self.notes + [f"Failed: {failure}" for failure in self.failures if not failure.startswith("export check")]
        text = "\n".join(head + table + [""] + ["Targets:", ""] + self.targets() + [""] + checks + [""] + progress)
        print("\n" + text)
        with open(os.path.join(self.data, "results.md"), "w", encoding="utf-8") as file:
            file.write(text)
        self.say(f"(written to {os.path.relpath(os.path.join(self.data, 'results.md'), ROOT)})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--handover", required=True, help="the release handover binary")
    args = parser.parse_args()
    generate.write_config(args.data)
    bench = Bench(args)
    try:
        check = subprocess.run([bench.handover, "validate", "--config", os.path.join(bench.data, "handover.yaml")],
                               capture_output=True, text=True)
        if check.returncode != 0:
            print(check.stdout + check.stderr, file=sys.stderr)
            sys.exit("the benchmark configuration does not validate (see above)")
        bench.warm_cache()
        bench.grep("events.csv")
        bench.grep("messages.jsonl")
        bench.duckdb("events.csv", f"SELECT count(*) FROM read_csv('events.csv') WHERE {LOWER_TRIM}",
                     len(bench.expected["events/events"]))
        bench.duckdb("messages.jsonl", "SELECT count(*) FROM read_json('messages.jsonl', "
                     f"format='newline_delimited') WHERE lower(trim(\"from\")) = '{SUBJECT}'",
                     len(bench.expected["messages/messages"]))
        bench.sqlite_cli()
        bench.reference()
        bundle = bench.export()
        if bundle:
            bench.check_bundle(bundle)
            bench.packaging(bundle)
            bench.validation(bundle)
        bench.version()
        bench.report()
    finally:
        shutil.rmtree(bench.work, ignore_errors=True)
    sys.exit(1 if bench.failures else 0)


if __name__ == "__main__":
    main()
