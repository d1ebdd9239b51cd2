#!/usr/bin/env python3
"""Sums async-profiler's collapsed stacks (one line per stack: frames separated by ';', then a
count) by thread and by phase of evtlint's pipeline. A sample counts for the innermost phase its
stack is in, so a PL/pgSQL body parsed while an AST is built counts as parsing, not building.
Usage: profile-summary.py FILE.collapsed"""
import collections
import re
import sys

# (phase, frame substring), innermost match wins; order breaks ties within one frame only.
PHASES = [
    ("DFA building (ANTLR prediction)", "ParserATNSimulator.computeTargetState"),
    ("lexing", "SqlParsing.tokens"),
    ("parsing to trees", "TwoStageParse.run"),
    ("AST building", "AstBuilder"),
    ("statement splitting", "ScriptSplitter"),
    ("reading and decoding files", "SourceReader"),
    ("finding files", "SourceDiscovery"),
    ("project model", "ProjectModel.build"),
    ("rules and flow analysis", "RuleRunner"),
    ("suppressions and report", "Analysis.result"),
    ("grammar start-up (ATN deserialisation)", "GrammarWarmUp"),
]


def thread_of(frame):
    name = re.sub(r" tid=\d+\]$", "]", frame)
    name = re.sub(r"\d+", "N", name)
    if "Compiler" in name:
        return "JIT compiler"
    if name.startswith("[GC Thread") or name.startswith("[VM Thread"):
        return "garbage collector"
    return name.strip("[]")


def phase_of(frames):
    for frame in reversed(frames):
        for phase, marker in PHASES:
            if marker in frame:
                return phase
    return None


def main(path):
    threads = collections.Counter()
    phases = collections.Counter()
    total = 0
    with open(path) as stacks:
        for line in stacks:
            stack, count = line.rstrip("\n").rsplit(" ", 1)
            frames = stack.split(";")
            count = int(count)
            total += count
            thread = thread_of(frames[0])
            threads[thread] += count
            if thread in ("JIT compiler", "garbage collector"):
                phases[thread] += count
            else:
                phases[phase_of(frames[1:]) or f"other, on thread {thread}"] += count
    print(f"{total} samples")
    print("\n| thread | samples | share |\n|---|---|---|")
    for thread, count in threads.most_common():
        print(f"| {thread} | {count} | {100 * count / total:.1f}% |")
    print("\n| phase | samples | share |\n|---|---|---|")
    for phase, count in phases.most_common():
        print(f"| {phase} | {count} | {100 * count / total:.1f}% |")


if __name__ == "__main__":
    main(sys.argv[1])
