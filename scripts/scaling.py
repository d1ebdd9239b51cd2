#!/usr/bin/env python3
"""Scaling benchmark (issue 16): how evtlint's time and peak memory grow with the size of one
dimension of a project, one curve per dimension, each measured as a whole `evtlint check` process
with /usr/bin/time. Prints a table per curve and its fitted growth exponent: the slope of
log(time - start-up) against log(N), where start-up is the time of a run on an empty file
(1 is linear, 2 quadratic), over all sizes and between the two largest. A benchmark, not a test: it asserts nothing.

Usage: scripts/scaling.py [--quick] [--jar JAR] [--work DIR] [CURVE...]
Curves: triggers readers chain installers diamonds guarded-installers shared-chain blocked-drops includes same-name tags files folder findings statements replay
(default: all).
Inputs go to --work (default /tmp/evtlint-scaling), never into the project.
"""
import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FUNCTION = "CREATE FUNCTION {name}() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN {body} END $$;\n"


def triggers(n):
    """N triggers on one event, all executing one function (EVT301 pairs, EVT302 lists, EVT601 replay)."""
    return {"t.sql": FUNCTION.format(name="f", body="RAISE NOTICE 'ddl';") + "".join(
        f"CREATE EVENT TRIGGER t_{i} ON ddl_command_start EXECUTE FUNCTION f();\n" for i in range(n))}


def readers(n):
    """N triggers on one event, all executing one function that reads and writes one table (EVT301's pairs of
    triggers of one function, which give no finding)."""
    body = "INSERT INTO audit SELECT count(*) FROM audit;"
    return {"readers.sql": "CREATE TABLE audit (n bigint);\n" + FUNCTION.format(name="f", body=body) + "".join(
        f"CREATE EVENT TRIGGER t_{i} ON ddl_command_end EXECUTE FUNCTION f();\n" for i in range(n))}


def chain(n):
    """A call chain of N functions under one trigger (EVT406, reachability, the flow analysis)."""
    helper = "CREATE FUNCTION {name}() RETURNS void LANGUAGE plpgsql AS $$ BEGIN {body} END $$;\n"
    body = FUNCTION.format(name="f_0", body="PERFORM f_1();")
    body += "".join(helper.format(name=f"f_{i}", body=f"PERFORM f_{i + 1}();") for i in range(1, n))
    body += helper.format(name=f"f_{n}", body="RAISE NOTICE 'end';")
    return {"chain.sql": body + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f_0();\n"}


def installers(n):
    """A call chain of N functions that the script calls, whose last one creates an event trigger (the model runs
    the installers' bodies where they are called)."""
    helper = "CREATE FUNCTION {name}() RETURNS void LANGUAGE plpgsql AS $$ BEGIN {body} END $$;\n"
    body = FUNCTION.format(name="log_ddl", body="RAISE NOTICE 'ddl';")
    body += "".join(helper.format(name=f"f_{i}", body=f"PERFORM f_{i + 1}();") for i in range(n))
    body += helper.format(name=f"f_{n}", body="CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION log_ddl();")
    return {"installers.sql": body + "SELECT f_0();\n"}


def diamonds(n):
    """A ladder of N diamonds of callers under a login trigger that catches every error: f_i calls a_i and b_i, both
    call f_(i+1), which raises at the bottom (EVT102 follows the error up through every caller)."""
    helper = "CREATE FUNCTION {name}() RETURNS void LANGUAGE plpgsql AS $$ BEGIN {body} END $$;\n"
    text = "".join(helper.format(name=f"f_{i}", body=f"PERFORM a_{i}(); PERFORM b_{i}();")
                   + helper.format(name=f"a_{i}", body=f"PERFORM f_{i + 1}();")
                   + helper.format(name=f"b_{i}", body=f"PERFORM f_{i + 1}();") for i in range(n))
    text += helper.format(name=f"f_{n}", body="RAISE EXCEPTION 'bottom';")
    text += FUNCTION.format(name="on_login", body="BEGIN PERFORM f_0(); EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'caught'; END;")
    return {"diamonds.sql": text + "CREATE EVENT TRIGGER t ON login EXECUTE FUNCTION on_login();\n"}


def guarded_installers(n):
    """A call chain of N installers the script calls, each calling the next under an IF inside a block with an
    EXCEPTION handler (every statement of a body runs under the conditions and handlers of all the calls above it)."""
    helper = "CREATE FUNCTION {name}() RETURNS void LANGUAGE plpgsql AS $$ BEGIN {body} END $$;\n"
    guarded = ("BEGIN IF current_setting('server_version_num')::int >= 170000 THEN PERFORM f_{next}(); END IF; "
               "EXCEPTION WHEN duplicate_object THEN RAISE NOTICE 'exists'; END;")
    body = FUNCTION.format(name="log_ddl", body="RAISE NOTICE 'ddl';")
    body += "".join(helper.format(name=f"f_{i}", body=guarded.format(next=i + 1)) for i in range(n))
    body += helper.format(name=f"f_{n}", body="CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION log_ddl();")
    return {"guarded.sql": body + "SELECT f_0();\n"}


def shared_chain(n):
    """N triggers executing one function that calls a chain of N functions (each function's triggers, for
    every function they reach)."""
    helper = "CREATE FUNCTION {name}() RETURNS void LANGUAGE plpgsql AS $$ BEGIN {body} END $$;\n"
    text = FUNCTION.format(name="f_0", body="PERFORM f_1();")
    text += "".join(helper.format(name=f"f_{i}", body=f"PERFORM f_{i + 1}();") for i in range(1, n))
    text += helper.format(name=f"f_{n}", body="RAISE NOTICE 'end';")
    text += "".join(f"CREATE EVENT TRIGGER t_{i} ON ddl_command_end EXECUTE FUNCTION f_0();\n" for i in range(n))
    return {"shared.sql": text}


def blocked_drops(n):
    """N functions, each run by a trigger, then a DROP FUNCTION of each without CASCADE, which the trigger blocks
    (EVT604 asks for the search_path of each such DROP)."""
    text = "".join(FUNCTION.format(name=f"f_{i}", body="RAISE NOTICE 'x';")
                   + f"CREATE EVENT TRIGGER t_{i} ON ddl_command_end EXECUTE FUNCTION f_{i}();\n" for i in range(n))
    return {"drops.sql": text + "".join(f"DROP FUNCTION f_{i}();\n" for i in range(n))}


def includes(n):
    """A chain of N scripts, each including the next with \\ir; the last creates an event trigger (the inclusions,
    the run-once layout)."""
    scripts = {f"s_{i:06d}.sql": f"CREATE TABLE t_{i} (id int);\n\\ir s_{i + 1:06d}.sql\n" for i in range(n - 1)}
    scripts[f"s_{n - 1:06d}.sql"] = (FUNCTION.format(name="f", body="RAISE NOTICE 'x';")
                                     + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n")
    return scripts


def same_name(n):
    """One function name in N schemas (Replay.define, overload resolution)."""
    text = "".join(f"CREATE SCHEMA s_{i};\n" + FUNCTION.format(name=f"s_{i}.f", body="RAISE NOTICE 'x';") for i in range(n))
    return {"schemas.sql": text + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION s_0.f();\n"}


def tags(n):
    """One trigger with N tags (repeated) in its WHEN list."""
    listed = ", ".join("'CREATE TABLE'" if i % 2 else "'ALTER TABLE'" for i in range(n))
    return {"tags.sql": FUNCTION.format(name="f", body="IF tg_tag = 'DROP TABLE' THEN RAISE NOTICE 'x'; END IF;")
            + f"CREATE EVENT TRIGGER t ON ddl_command_end WHEN TAG IN ({listed}) EXECUTE FUNCTION f();\n"}


def files(n):
    """N files, each a function and a trigger on its own event."""
    events = ["ddl_command_start", "ddl_command_end", "sql_drop", "table_rewrite"]
    return {f"d{i // 1000}/m_{i:06d}.sql": FUNCTION.format(name=f"f_{i}", body="RAISE NOTICE 'x';")
            + f"CREATE EVENT TRIGGER t_{i:06d} ON {events[i % 4]} EXECUTE FUNCTION f_{i}();\n" for i in range(n)}


def folder(n):
    """N files in one folder, each a function and a trigger on its own event (Flyway's layout: every script asks
    about its folder and the files in it)."""
    return {name.split("/")[1]: text for name, text in files(n).items()}


def findings(n):
    """N findings in one file: CREATE EVENT TRIGGER on an event that does not exist (EVT205 and EVT601 each)."""
    return {"findings.sql": FUNCTION.format(name="f", body="RAISE NOTICE 'x';") + "".join(
        f"CREATE EVENT TRIGGER t_{i} ON no_such_event EXECUTE FUNCTION f();\n" for i in range(n // 2))}


def statements(n):
    """N ordinary statements (tables, functions, their ALTERs) and one trigger."""
    lines = []
    for i in range(n // 3):
        lines.append(f"CREATE TABLE t_{i} (id int);\n")
        lines.append(FUNCTION.format(name=f"f_{i}", body="RAISE NOTICE 'x';"))
        lines.append(f"ALTER FUNCTION f_{i}() SET search_path = pg_catalog;\n")
    return {"statements.sql": "".join(lines) + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f_0();\n"}


def replay(n):
    """N/2 CREATE EVENT TRIGGER and N/2 ALTER EVENT TRIGGER, spread over the four DDL events (EVT601's replay)."""
    events = ["ddl_command_start", "ddl_command_end", "sql_drop", "table_rewrite"]
    half = n // 2
    text = FUNCTION.format(name="f", body="RAISE NOTICE 'x';")
    text += "".join(f"CREATE EVENT TRIGGER t_{i:06d} ON {events[i % 4]} EXECUTE FUNCTION f();\n" for i in range(half))
    text += "".join(f"ALTER EVENT TRIGGER t_{i:06d} ENABLE ALWAYS;\n" for i in range(half))
    return {"replay.sql": text}


CURVES = {
    "triggers": (triggers, [1000, 2000, 5000, 10000]),
    "readers": (readers, [1000, 2000, 5000, 10000]),
    "chain": (chain, [2500, 5000, 10000, 20000]),
    "installers": (installers, [1250, 2500, 5000, 10000]),
    "diamonds": (diamonds, [1250, 2500, 5000, 10000]),
    "guarded-installers": (guarded_installers, [1250, 2500, 5000, 10000]),
    "shared-chain": (shared_chain, [1250, 2500, 5000, 10000]),
    "blocked-drops": (blocked_drops, [5000, 10000, 20000, 40000]),
    "includes": (includes, [1000, 2000, 4000, 8000]),
    "same-name": (same_name, [5000, 10000, 20000, 40000]),
    "tags": (tags, [5000, 10000, 20000, 40000]),
    "files": (files, [1000, 2000, 4000, 8000]),
    "folder": (folder, [1000, 2000, 4000, 8000]),
    "findings": (findings, [10000, 20000, 40000, 80000]),
    "statements": (statements, [15000, 30000, 60000, 120000]),
    "replay": (replay, [20000, 40000, 100000, 200000]),
}


def measure(jar, folder):
    """Wall seconds and peak RSS (MiB) of one check of `folder`."""
    with tempfile.NamedTemporaryFile("r") as timing:
        subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", timing.name, "java", "-jar", str(jar), "check",
                        "--fail-on", "never", "--file-timeout", "0", str(folder)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        seconds, kilobytes = timing.read().split()[-2:]
        return float(seconds), int(kilobytes) / 1024


def write(folder, generated):
    shutil.rmtree(folder, ignore_errors=True)
    for name, text in generated.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def exponent(points, start_up):
    """Least-squares slope of log(time - start-up) over log(N), of the points clearly above start-up."""
    usable = [(math.log(n), math.log(t - start_up)) for n, t in points if t - start_up > 0.2]
    if len(usable) < 2:
        return float("nan")
    mean_x = sum(x for x, _ in usable) / len(usable)
    mean_y = sum(y for _, y in usable) / len(usable)
    return sum((x - mean_x) * (y - mean_y) for x, y in usable) / sum((x - mean_x) ** 2 for x, _ in usable)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a quarter of each size")
    parser.add_argument("--jar", default=Path(__file__).resolve().parent.parent / "cli" / "target" / "evtlint.jar")
    parser.add_argument("--work", default=os.environ.get("EVTLINT_SCALING_DIR", "/tmp/evtlint-scaling"))
    parser.add_argument("curves", nargs="*", default=list(CURVES))
    args = parser.parse_args()
    jar, work = Path(args.jar), Path(args.work)
    if not jar.is_file():
        sys.exit(f"scaling: no {jar}; build it with `mvn -q -B -pl cli -am package -DskipTests`")
    write(work / "empty", {"empty.sql": ""})
    start_up, _ = measure(jar, work / "empty")
    print(f"start-up (an empty file): {start_up:.2f} s")
    for name in args.curves:
        generate, sizes = CURVES[name]
        print(f"\n{name}: {generate.__doc__}")
        print(f"{'N':>9} {'seconds':>8} {'MiB':>6}")
        points = []
        for n in sizes:
            n = n // 4 if args.quick else n
            write(work / name, generate(n))
            seconds, mib = measure(jar, work / name)
            points.append((n, seconds))
            print(f"{n:>9} {seconds:>8.2f} {mib:>6.0f}", flush=True)
        shutil.rmtree(work / name, ignore_errors=True)
        # The fit over all points is pulled down by fixed costs (class loading, the JIT) that the
        # empty file does not show; the slope between the two largest sizes is closer to the asymptote.
        print(f"growth exponent: {exponent(points, start_up):.2f} (fit), {exponent(points[-2:], start_up):.2f} (two largest)")


if __name__ == "__main__":
    main()
