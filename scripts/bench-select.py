#!/usr/bin/env python3
"""Chooses the inputs of scripts/bench.sh: the scripts of CORPUS_DIR that every compared tool
reads without error, copied to OUTPUT_DIR; the others are named on standard output with the
reason. Comparing times on a file one tool fails on measures its failure, not its work (a crash
may take seconds and gigabytes), so such files are found by running each tool, never listed.

Usage: bench-select.py CORPUS_DIR OUTPUT_DIR SQUAWK EVTLINT_JAR

- squawk reads each file alone, as the benchmark runs it (output discarded): a file fails when
  squawk exits with other than 0 or 1 (1: findings), is killed, writes to standard error (its
  panics and its refusal of a file that is not UTF-8 do), or passes 2 GiB or 60 seconds.
- evtlint reads the whole folder once (--format json): a file fails when evtlint reports it as a
  tool error (a notification: unreadable, not UTF-8, skipped after --file-timeout, internal error).
Syntax errors either tool reports as findings do not count: both tools read such a file to its end.
"""
import json
import os
import resource
import shutil
import subprocess
import sys

MEMORY_LIMIT = 2 << 30
TIME_LIMIT = 60


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def squawk_failure(squawk, path):
    try:
        run = subprocess.run([squawk, path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             timeout=TIME_LIMIT, preexec_fn=limit_memory)
    except subprocess.TimeoutExpired:
        return f"more than {TIME_LIMIT} s"
    error = run.stderr.decode("utf-8", "replace").strip().splitlines()
    if run.returncode < 0:
        return f"killed by signal {-run.returncode}"
    if run.returncode not in (0, 1) or error:
        return f"exit {run.returncode}: {error[0] if error else 'no message'}"
    return None


def evtlint_failures(jar, corpus):
    run = subprocess.run(["java", "-jar", jar, "check", "--fail-on", "never", "--format", "json", corpus],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
    report = json.loads(run.stdout)
    return {os.path.realpath(n["path"]): n["message"] for n in report["notifications"]}


def main(corpus, output, squawk, jar):
    scripts = sorted(os.path.join(corpus, name) for name in os.listdir(corpus) if name.endswith(".sql"))
    evtlint = evtlint_failures(jar, corpus)
    os.makedirs(output, exist_ok=True)
    left_out = []
    for script in scripts:
        reasons = []
        squawk_reason = squawk_failure(squawk, script)
        if squawk_reason:
            reasons.append(f"squawk: {squawk_reason}")
        if os.path.realpath(script) in evtlint:
            reasons.append(f"evtlint: {evtlint[os.path.realpath(script)]}")
        if reasons:
            left_out.append((os.path.basename(script), reasons))
        else:
            shutil.copy(script, output)
    print(f"{len(scripts) - len(left_out)} of {len(scripts)} files read without error by every tool; left out:")
    for name, reasons in left_out:
        print(f"  {name}: {'; '.join(reasons)}")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
