"""The fuzz campaign (`make fuzz`): mutated real inputs through `akn convert`, each in its own
process under a memory limit and a timeout, and a report of everything that breaks a promise.

Promises checked per case: no traceback, an exit code from the README's table (and not 1,
an internal error), an output written with exit 0 that `akn validate` accepts, and time and
memory within the limits.  Seeds are the DEV corpus's PDFs, markdown and plain text when
`../shared/corpus` is there, else `samples/`.  Everything is derived from `--seed`: a run is
repeatable.  The parent imports the converter and compiles the schemas once, then forks one
child per case (fast, and a child that blows up takes nothing else with it).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import resource
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
README_CODES = frozenset(range(12))   # the README's exit code table: 0-11
INTERNAL = 1
KINDS = ("pdf", "md", "plain")


# --- seeds ------------------------------------------------------------------------------------

def seeds(rng: random.Random, per_kind: int, corpus: Path | None = CORPUS) -> dict[str, list[Path]]:
    """Up to `per_kind` seed files per input kind: the corpus when present, else samples/."""
    found: dict[str, list[Path]] = {}
    if corpus is not None and (corpus / "pdf").is_dir():
        found = {"pdf": sorted((corpus / "pdf").glob("*.pdf")),
                 "md": sorted((corpus / "text" / "md").glob("*.md")),
                 "plain": sorted((corpus / "text" / "plain").glob("*.txt"))}
    else:
        samples = REPO / "samples"
        found = {"pdf": sorted(samples.glob("*.pdf")), "md": sorted(samples.glob("*.md")),
                 "plain": sorted(samples.glob("*.txt"))}
    return {kind: sorted(rng.sample(paths, min(per_kind, len(paths))))
            for kind, paths in found.items() if paths}


# --- mutations of text ------------------------------------------------------------------------

def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True) or [text]


def _pick(rng: random.Random, n: int) -> int:
    return rng.randrange(max(1, n))


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 24)):
        if out:
            out[_pick(rng, len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: _pick(rng, len(data))]


def delete_lines(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    for _ in range(rng.randint(1, 12)):
        if len(lines) > 1:
            del lines[_pick(rng, len(lines))]
    return "".join(lines)


def duplicate_lines(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    start = _pick(rng, len(lines))
    block = lines[start: start + rng.randint(1, 15)]
    at = _pick(rng, len(lines))
    return "".join(lines[:at] + block + lines[at:])


def shuffle_paragraphs(rng: random.Random, text: str) -> str:
    paragraphs = re.split(r"(?<=\n)\n+", text)
    rng.shuffle(paragraphs)
    return "\n".join(paragraphs)


def swap_lines(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    for _ in range(rng.randint(1, 8)):
        i, j = _pick(rng, len(lines)), _pick(rng, len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return "".join(lines)


def reverse_pages(rng: random.Random, text: str) -> str:
    pages = text.split("\f")
    if len(pages) > 1:
        return "\f".join(reversed(pages))
    blocks = text.split("\n\n")
    return "\n\n".join(reversed(blocks))


def huge_line(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    size = rng.choice([30_000, 200_000, 1_000_000, 5_000_000])
    unit = rng.choice(["word ", "x", "1. (a) ", "A/RES/70/1 ", "—"])
    line = (unit * (size // len(unit) + 1))[:size] + "\n"
    at = _pick(rng, len(lines))
    return "".join([*lines[:at], line, *lines[at:]])


_CONTROLS = [chr(c) for c in (*range(0, 9), 11, 12, 14, 15, 27, 31, 127)] + [
    "\ufffe", "\uffff", "\u200b", "\u202e", "\x85", "\u2028", "\ufeff"]


def control_chars(rng: random.Random, text: str) -> str:
    out = list(text)
    for _ in range(rng.randint(1, 40)):
        out.insert(_pick(rng, len(out)), rng.choice(_CONTROLS))
    return "".join(out)


def change_digits(rng: random.Random, text: str) -> str:
    out = list(text)
    digits = [i for i, c in enumerate(out) if c.isdigit()]
    for i in rng.sample(digits, min(len(digits), rng.randint(1, 30))):
        out[i] = rng.choice("0123456789")
    return "".join(out)


def join_lines(rng: random.Random, text: str) -> str:
    return text.replace("\n\n", "\n") if rng.random() < 0.5 else text.replace("\n", " ")


TEXT_MUTATIONS: dict[str, Callable[[random.Random, str], str]] = {
    "delete_lines": delete_lines, "duplicate_lines": duplicate_lines,
    "shuffle_paragraphs": shuffle_paragraphs, "swap_lines": swap_lines,
    "reverse_pages": reverse_pages, "huge_line": huge_line, "control_chars": control_chars,
    "change_digits": change_digits, "join_lines": join_lines,
}
ENCODINGS = ("utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1", "utf-8-sig", "mojibake")


def encode(rng: random.Random, text: str) -> tuple[str, bytes]:
    """UTF-8 mostly; sometimes another encoding, or UTF-8 read as cp1252 and saved again."""
    if rng.random() < 0.8:
        return "utf-8", text.encode("utf-8", "surrogatepass")
    codec = rng.choice(ENCODINGS)
    if codec == "mojibake":
        return codec, text.encode("utf-8").decode("cp1252", "replace").encode("utf-8")
    return codec, text.encode(codec, "replace")


def mutate_text(rng: random.Random, data: bytes) -> tuple[list[str], bytes]:
    """1-3 mutations of the text, or of its bytes (flips, truncation)."""
    text = data.decode("utf-8", "replace")
    names: list[str] = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        name = rng.choice([*TEXT_MUTATIONS, "flip_bytes", "truncate"])
        names.append(name)
        if name in TEXT_MUTATIONS:
            text = TEXT_MUTATIONS[name](rng, text)
    codec, out = encode(rng, text)
    if codec != "utf-8":
        names.append(f"encode:{codec}")
    for name in names:
        if name == "flip_bytes":
            out = flip_bytes(rng, out)
        elif name == "truncate":
            out = truncate(rng, out)
    return names, out


# --- mutations of PDF -------------------------------------------------------------------------

def _pages(data: bytes, order: Callable[[int], list[int]]) -> bytes | None:
    import pypdfium2

    try:
        source = pypdfium2.PdfDocument(data)
        indices = order(len(source))
        if not indices:
            return None
        target = pypdfium2.PdfDocument.new()
        target.import_pages(source, indices)
        buffer = io.BytesIO()
        target.save(buffer)
        return buffer.getvalue()
    except Exception:
        return None


def mutate_pdf(rng: random.Random, data: bytes) -> tuple[list[str], bytes]:
    """Page deletion, duplication, shuffles and reversal; byte flips; truncation."""
    names: list[str] = []
    out = data
    if rng.random() < 0.55:
        kind = rng.choice(["delete_page", "duplicate_page", "shuffle_pages", "reverse_pages"])

        def order(n: int) -> list[int]:
            pages = list(range(n))
            if kind == "delete_page" and n > 1:
                del pages[rng.randrange(n)]
            elif kind == "duplicate_page":
                i = rng.randrange(n)
                pages.insert(i, i)
            elif kind == "shuffle_pages":
                rng.shuffle(pages)
            else:
                pages.reverse()
            return pages

        paged = _pages(out, order)
        if paged is not None:
            names.append(kind)
            out = paged
    if not names or rng.random() < 0.5:
        action = rng.choice(["flip_bytes", "flip_bytes", "truncate", "truncate_keep_eof", "append"])
        names.append(action)
        if action == "flip_bytes":
            out = flip_bytes(rng, out)
        elif action == "truncate":
            out = truncate(rng, out)
        elif action == "truncate_keep_eof":
            out = truncate(rng, out) + b"\n%%EOF\n"
        else:
            out = out + rng.randbytes(rng.randint(1, 4000))
    return names, out


# --- running ----------------------------------------------------------------------------------

@dataclass
class Case:
    index: int
    kind: str
    seed: str
    mutations: list[str]
    input: str
    exit: int | None = None
    seconds: float = 0.0
    max_rss_mb: float = 0.0
    message: str = ""
    problems: list[str] = field(default_factory=list)
    timed_out: bool = False


@dataclass
class Settings:
    memory_mb: int = 2048
    timeout: float = 60.0


def _child(case: Case, output: Path, settings: Settings) -> None:
    """In the forked child: limits, stderr to a file, then the real command line."""
    cap = settings.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    err = os.open(output.with_suffix(".stderr"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(err, 2)
    code = 1
    try:
        from converter.cli import app

        sys.argv = ["akn", "convert", case.input, "-o", str(output)]
        app()
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 70
    finally:
        sys.stderr.flush()
        os._exit(code)


def _judge(case: Case, output: Path, settings: Settings) -> None:
    from converter.validator import validate_file

    stderr_path = output.with_suffix(".stderr")
    stderr = stderr_path.read_text(errors="replace") if stderr_path.exists() else ""
    errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
    case.message = errors[0][:300] if errors else ""
    if "Traceback" in stderr:
        case.problems.append("traceback")
    if case.exit is None:
        case.problems.append(f"timeout after {settings.timeout:g} s")
    elif case.exit < 0:
        case.problems.append(f"killed by signal {-case.exit}")
    elif case.exit not in README_CODES:
        case.problems.append(f"exit code {case.exit} not in the README's table")
    elif case.exit == INTERNAL:
        case.problems.append("internal error")
    if case.exit == 0:
        if not output.is_file():
            case.problems.append("exit 0 without an output")
        else:
            verdict = validate_file(output)
            if not verdict.valid:
                first = (verdict.errors or verdict.findings)[0]
                case.problems.append(f"exit 0 but akn validate rejects it: {first.message[:200]}")
    elif output.exists():
        case.problems.append(f"exit {case.exit} but {output.name} written")


def _reap(running: dict[int, tuple[Case, Path, float]], settings: Settings, block: bool) -> list[Case]:
    """Finished (or timed-out, then killed) children."""
    done: list[Case] = []
    while running:
        pid, status, usage = os.wait4(-1, 0 if block and not done else os.WNOHANG)
        if pid == 0:
            break
        case, output, started = running.pop(pid)
        case.seconds = round(time.monotonic() - started, 3)
        case.max_rss_mb = round(usage.ru_maxrss / 1024, 1)
        if not case.timed_out:
            case.exit = os.waitstatus_to_exitcode(status)
        _judge(case, output, settings)
        done.append(case)
        block = False
    now = time.monotonic()
    for pid, (case, _, started) in running.items():
        if now - started > settings.timeout and not case.timed_out:
            case.timed_out = True
            os.kill(pid, signal.SIGKILL)
    return done


def build_cases(rng: random.Random, count: int, chosen: dict[str, list[Path]],
                folder: Path) -> list[Case]:
    kinds = [k for k in KINDS if chosen.get(k)]
    cases = []
    for index in range(count):
        kind = kinds[index % len(kinds)]
        seed = rng.choice(chosen[kind])
        names, data = (mutate_pdf if kind == "pdf" else mutate_text)(rng, seed.read_bytes())
        where = folder / f"{index:05d}"
        where.mkdir(parents=True)
        path = where / seed.name   # the seed's name: a symbol in it still counts
        path.write_bytes(data)
        cases.append(Case(index, kind, seed.name, names, str(path)))
    return cases


def run_cases(cases: list[Case], jobs: int, settings: Settings,
              progress: Callable[[Case], None] | None = None) -> list[Case]:
    import converter.cli
    import converter.pipeline  # noqa: F401  (the CLI imports it only when converting)
    from converter.validator.schema import _xmlschema_schema, libxml2_schema, xsd_path

    libxml2_schema()
    _xmlschema_schema(xsd_path())
    pending = list(reversed(cases))
    running: dict[int, tuple[Case, Path, float]] = {}
    finished: list[Case] = []
    while pending or running:
        while pending and len(running) < jobs:
            case = pending.pop()
            output = Path(case.input).with_name("out.xml")
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                _child(case, output, settings)
            running[pid] = (case, output, time.monotonic())
        for case in _reap(running, settings, block=False):
            finished.append(case)
            if progress:
                progress(case)
        if running:
            time.sleep(0.01)
    return sorted(finished, key=lambda c: c.index)


def report(cases: list[Case], settings: Settings, seconds: float) -> dict:
    problems = [c for c in cases if c.problems]
    kinds = Counter(p.split(":")[0] for c in problems for p in c.problems)
    return {
        "cases": len(cases),
        "by_kind": dict(Counter(c.kind for c in cases)),
        "exit_codes": {str(k): v for k, v in sorted(Counter(c.exit for c in cases
                                                            if c.exit is not None).items())},
        "tracebacks": kinds.get("traceback", 0),
        "internal_errors": kinds.get("internal error", 0),
        "exit_codes_outside_readme": sum(1 for c in cases if c.exit is not None and c.exit >= 0
                                         and c.exit not in README_CODES),
        "written_exit0_rejected_by_validate": kinds.get("exit 0 but akn validate rejects it", 0),
        "timeouts": sum(1 for c in cases if c.exit is None),
        "killed": sum(1 for c in cases if c.exit is not None and c.exit < 0),
        "max_seconds": max((c.seconds for c in cases), default=0.0),
        "max_rss_mb": max((c.max_rss_mb for c in cases), default=0.0),
        "limits": asdict(settings),
        "wall_seconds": round(seconds, 1),
        "problems": [asdict(c) for c in problems],
        "slowest": [asdict(c) for c in sorted(cases, key=lambda c: -c.seconds)[:5]],
    }


def campaign(count: int, *, jobs: int = 2, seed: int = 12, per_kind: int = 24,
             settings: Settings | None = None, corpus: Path | None = CORPUS,
             chosen: dict[str, list[Path]] | None = None, workdir: Path | None = None,
             progress: Callable[[Case], None] | None = None) -> dict:
    """Build `count` cases from the seeds (`chosen`, else picked from the corpus or samples/),
    run them, and return the report."""
    settings = settings or Settings()
    rng = random.Random(seed)
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="akn-fuzz-", dir=workdir) as tmp:
        cases = build_cases(rng, count, chosen or seeds(rng, per_kind, corpus), Path(tmp))
        done = run_cases(cases, jobs, settings, progress)
    return report(done, settings, time.monotonic() - start)


def summary_lines(data: dict) -> list[str]:
    lines = [f"fuzz: {data['cases']} cases {data['by_kind']} in {data['wall_seconds']} s",
             f"exit codes: {data['exit_codes']}"]
    for key in ("tracebacks", "internal_errors", "exit_codes_outside_readme",
                "written_exit0_rejected_by_validate", "timeouts", "killed"):
        lines.append(f"{key}: {data[key]}")
    lines.append(f"max seconds: {data['max_seconds']}; max RSS: {data['max_rss_mb']} MB "
                 f"(limits: {data['limits']['timeout']:g} s, {data['limits']['memory_mb']} MB)")
    lines += [f"  #{p['index']} {p['kind']} {p['seed']} {p['mutations']}: {p['problems']} "
              f"{p['message']}" for p in data["problems"][:30]]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2400)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--per-kind", type=int, default=24, help="seed files per input kind")
    parser.add_argument("--memory", type=int, default=2048, help="MB of address space per case")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case")
    parser.add_argument("--samples-only", action="store_true", help="seeds from samples/ only")
    parser.add_argument("--report", type=Path, default=None, help="write the JSON report here")
    args = parser.parse_args(argv)
    done = [0]

    def tick(case: Case) -> None:
        done[0] += 1
        if case.problems:
            print(f"problem #{case.index} {case.kind} {case.seed} {case.mutations}: "
                  f"{case.problems} {case.message}", flush=True)
        elif done[0] % 100 == 0:
            print(f"... {done[0]} of {args.count}", flush=True)

    data = campaign(args.count, jobs=args.jobs, seed=args.seed, per_kind=args.per_kind,
                    settings=Settings(args.memory, args.timeout),
                    corpus=None if args.samples_only else CORPUS, progress=tick)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    print("\n".join(summary_lines(data)))
    return 0 if not data["problems"] else 1


if __name__ == "__main__":
    sys.exit(main())
