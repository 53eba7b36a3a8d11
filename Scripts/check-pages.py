#!/usr/bin/env python3
"""Renders every example's index.html in headless Chromium, in all four languages.

    python3 Scripts/check-pages.py [--handover PATH] [--out DIR]

For each example (the quickstart and the five controllers) and each language (en, nl, ro, da) it
exports the example's chosen subject with `handover export --language L`, opens the
bundle's index.html in headless Chromium, saves a screenshot to DIR (default
.build/page-screenshots), and fails when the page logs anything to the console (it has no scripts,
so any message is an error, such as a blocked load) or requests anything but its own file.

Chromium runs with its background services off, name resolution mapped to nothing and a proxy on
a closed loopback port, so no traffic leaves the machine; page requests are read from Chromium's
net log (requests whose network isolation key is the file:// page).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

EXAMPLES = {
    "quickstart": "email=alice@example.com",
    "ajusto": "email=an.claes@example.net",
    "ajos": "email=ida.holm@nordbyg.example",
    "jetstax": "email=oana.marin@webstudio.example",
    "jsm": "email=lien.maes@example.be",
    "alsjelieft": "email=sanne.dejong@gmail.com",
}
LANGUAGES = ["en", "nl", "ro", "da"]
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1600",
    "--enable-logging=stderr", "--v=0", "--no-first-run", "--no-default-browser-check", "--no-pings",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
    "--disable-extensions", "--disable-client-side-phishing-detection", "--disable-domain-reliability",
    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
]


def page_requests(net_log):
    """URLs the page itself asked for, other than file:// ones, from a Chromium net log."""
    with open(net_log, encoding="utf-8") as handle:
        log = json.load(handle)
    requests = set()
    for event in log.get("events", []):
        params = event.get("params", {})
        url = params.get("url", "")
        if url and not url.startswith("file://") and "file://" in params.get("network_isolation_key", ""):
            requests.add(url)
    return sorted(requests)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--handover", help="the handover binary (default: the debug build)")
    parser.add_argument("--out", default=".build/page-screenshots", help="where screenshots go")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("check-pages: chromium is not installed (Debian: apt-get install chromium)")
        return 2
    handover = args.handover or os.path.join(
        subprocess.run(["swift", "build", "--show-bin-path"], capture_output=True, text=True, check=True)
        .stdout.strip(), "handover")
    os.makedirs(args.out, exist_ok=True)
    failures = []
    with tempfile.TemporaryDirectory() as work:
        for example, subject in EXAMPLES.items():
            config = os.path.join("Examples", example, "handover.yaml")
            for language in LANGUAGES:
                name = f"{example}-{language}"
                bundle = os.path.join(work, f"{name}.zip")
                export = subprocess.run(
                    [handover, "export", "--quiet", "--config", config, "--subject", subject,
                     "--language", language, "--output", bundle], capture_output=True, text=True)
                if export.returncode != 0:
                    failures.append(f"{name}: export failed: {export.stderr.strip()}")
                    continue
                page = os.path.join(work, name, "index.html")
                os.makedirs(os.path.dirname(page))
                with zipfile.ZipFile(bundle) as archive, open(page, "wb") as handle:
                    handle.write(archive.read("index.html"))
                screenshot = os.path.abspath(os.path.join(args.out, f"{name}.png"))
                net_log = os.path.join(work, f"{name}.netlog.json")
                run = subprocess.run(
                    [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={os.path.join(work, 'profile-' + name)}",
                     f"--log-net-log={net_log}", f"--screenshot={screenshot}", "file://" + page],
                    capture_output=True, text=True, timeout=120)
                console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
                requests = page_requests(net_log) if os.path.exists(net_log) else ["(no net log written)"]
                problems = []
                if not os.path.exists(screenshot):
                    problems.append(f"no screenshot (chromium exit {run.returncode})")
                problems += [f"console: {line.split(']', 1)[-1].strip()}" for line in console]
                problems += [f"requested {url}" for url in requests]
                status = "ok" if not problems else "FAILED"
                print(f"{name}: {status}" + "".join(f"\n  - {p}" for p in problems))
                failures += [f"{name}: {p}" for p in problems]
    print(f"{len(EXAMPLES) * len(LANGUAGES) - len({f.split(':')[0] for f in failures})} passed, "
          f"{len({f.split(':')[0] for f in failures})} failed (screenshots in {args.out})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
