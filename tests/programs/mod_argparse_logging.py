import os
os.environ["COLUMNS"] = "80"
import argparse, logging, io
parser = argparse.ArgumentParser(prog="tool", description="demo")
parser.add_argument("input")
parser.add_argument("-n", "--count", type=int, default=1)
parser.add_argument("--verbose", "-v", action="store_true")
parser.add_argument("--tag", action="append", default=[])
parser.add_argument("--mode", choices=["a", "b"], default="a")
parser.add_argument("rest", nargs="*")
ns = parser.parse_args(["file.txt", "r1", "r2", "-n", "3", "--tag", "x", "--tag=y", "-v"])
print(ns.input, ns.count, ns.verbose, ns.tag, ns.mode, ns.rest)
print(sorted(vars(parser.parse_args(["only"])).items()))
buf = io.StringIO()
parser.print_usage(buf)
print(buf.getvalue().strip())
try:
    import contextlib
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        parser.parse_args(["f", "--mode", "c"])
except SystemExit as e:
    print("exit", e.code, err.getvalue().strip().splitlines()[-1])
log_buf = io.StringIO()
logger = logging.getLogger("skein.test")
handler = logging.StreamHandler(log_buf)
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
logger.addHandler(handler)
logger.setLevel(logging.INFO)
logger.debug("hidden")
logger.info("info %s", "message")
logger.warning("warn %d", 5)
logger.error("error")
try:
    1 / 0
except ZeroDivisionError:
    logger.exception("with exc")
print(log_buf.getvalue().splitlines()[:5])
print("ZeroDivisionError: division by zero" in log_buf.getvalue())
print(logging.getLevelName(logging.WARNING), logging.getLevelName(10), logging.getLogger("skein.test") is logger, logger.level)
child = logging.getLogger("skein.test.child")
child.info("propagated")
print(log_buf.getvalue().splitlines()[-1], child.parent is logger, child.getEffectiveLevel())
