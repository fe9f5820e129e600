#!/usr/bin/env python3
"""Save-to-page latency of `nnbook watch`: edits the last cell of a copy of a lesson and
times how long the served page takes to announce a new version (the long poll that makes
the page reload), several times, and prints the median and the watcher's own line.

    scripts/watch-latency.py .build/release/nnbook notebooks/04-regularization.md [runs]
"""
import os, re, shutil, statistics, subprocess, sys, tempfile, time, urllib.request

binary, lesson = os.path.abspath(sys.argv[1]), sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
folder = tempfile.mkdtemp(prefix="nnbook-latency-")
name = os.path.basename(lesson)
shutil.copy(lesson, os.path.join(folder, name))
files = lesson[:-3] + "_files"
if os.path.isdir(files):
    shutil.copytree(files, os.path.join(folder, os.path.basename(files)))
path = os.path.join(folder, name)
text = open(path).read()
# The last cell's closing fence: an edit there changes only the last cell's key.
last = text.rfind("```swift")
end = text.find("\n```", last + 8)
watcher = subprocess.Popen([binary, "watch", "--port", "0"] + sys.argv[4:] + [name], cwd=folder,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
port = None
lines = []
while port is None:
    line = watcher.stdout.readline()
    if not line:
        sys.exit("watch ended early")
    lines.append(line)
    found = re.search(r"127\.0\.0\.1:(\d+)", line)
    if found:
        port = int(found.group(1))
first_run = [l for l in lines if l.startswith("ran ")]
version = int(urllib.request.urlopen(f"http://127.0.0.1:{port}/version").read())
latencies = []
for run in range(runs):
    edited = text[:end] + f"\nprint(\"edit {run}\")" + text[end:]
    time.sleep(0.3)
    start = time.perf_counter()
    with open(path, "w") as f:
        f.write(edited)
    version = int(urllib.request.urlopen(f"http://127.0.0.1:{port}/version?since={version}").read())
    urllib.request.urlopen(f"http://127.0.0.1:{port}/").read()
    latencies.append(time.perf_counter() - start)
    lines.append(watcher.stdout.readline())
watcher.terminate()
watcher.wait()
shutil.rmtree(folder)
print(f"{name}: first run: {first_run[0].strip() if first_run else '?'}")
print(f"{name}: last edit: {lines[-1].strip()}")
print(f"{name}: save-to-page median {statistics.median(latencies) * 1000:.0f} ms "
      f"(min {min(latencies) * 1000:.0f}, max {max(latencies) * 1000:.0f}, {runs} edits)")
