"""The `akn` command line: convert, batch, validate."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from converter import __version__, limits
from converter.errors import ConversionError, one_line
from converter.schema_cli import schema_app

if TYPE_CHECKING:
    from converter.symbols import Symbol

# Start-up matters (`akn --help` in well under 0.15 s): only typer and small modules are
# imported here; each command imports the pipeline it needs.  `rich_markup_mode=None` keeps
# help and usage errors in plain text, without loading rich.
app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Convert UN resolutions (PDF, text) into Akoma Ntoso 3.0 XML (AKN4UN).")
app.add_typer(schema_app, name="schema")
STDIO = "-"
STDIN_NAME = "<stdin>"

EXIT_INTERNAL = 1
EXIT_USAGE = 2
_D = limits.DEFAULT
_MB = limits.MB

MaxInputMb = Annotated[float, typer.Option("--max-input-mb", min=0.001,
                                           help="refuse inputs larger than this (exit 11)")]
MaxPages = Annotated[int, typer.Option("--max-pages", min=1, help="refuse PDFs with more pages")]
MaxPageChars = Annotated[int, typer.Option("--max-page-chars", min=1,
                                           help="refuse a PDF page with more characters of text")]
MaxPageObjects = Annotated[int, typer.Option("--max-page-objects", min=1,
                                              help="refuse a PDF page with more objects")]
MaxLineChars = Annotated[int, typer.Option("--max-line-chars", min=1,
                                           help="refuse a text input with a longer line")]
MaxOutputMb = Annotated[float, typer.Option("--max-output-mb", min=0.001,
                                            help="refuse to write more XML than this")]
DocDate = Annotated[str | None, typer.Option("--date", help="date (YYYY-MM-DD) for a document "
                                             "whose text dates nothing; never used otherwise")]


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"error: {one_line(message)}", err=True)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"akn (un-akn-converter) {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="print the version and exit")] = False,
) -> None:
    """Convert UN resolutions (PDF, text) into Akoma Ntoso 3.0 XML (AKN4UN)."""


def _parse_symbol(value: str | None) -> Symbol | None:
    if value is None:
        return None
    from converter.symbols import Symbol, SymbolError

    try:
        return Symbol.parse(value)
    except SymbolError as e:
        raise typer.BadParameter(str(e)) from e


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise typer.BadParameter(f"{value!r} is not a date (expected YYYY-MM-DD)") from e


def _limits(max_input_mb: float, max_pages: int, max_page_chars: int, max_page_objects: int,
            max_line_chars: int, max_output_mb: float) -> limits.Limits:
    return limits.Limits(int(max_input_mb * _MB), max_pages, max_page_chars, max_page_objects,
                         max_line_chars, int(max_output_mb * _MB))


def internal_error(name: object, error: BaseException) -> str:
    """The one line for a converter bug: `FILE: internal error: Type: message`."""
    message = " ".join(str(error).split()) or "no message"
    if isinstance(error, MemoryError):
        return f"{name}: out of memory"
    return f"{name}: internal error: {type(error).__name__}: {message}"


def _require_schema() -> None:
    """The official XSD is there and is the official file (exit 13 otherwise)."""
    from converter import xsd
    from converter.errors import SchemaError

    try:
        xsd.xsd_path()
    except SchemaError as e:
        raise _fail(str(e), e.exit_code) from None


def _check_language(lang: str, name: object = None) -> None:
    """`--lang` is `auto` or a language with a table (exit 2 otherwise); checked by name, the
    tables are loaded only when a document needs one."""
    from converter.languages import SUPPORTED
    from converter.languages.detect import AUTO, check_choice

    if lang == AUTO or lang in SUPPORTED:
        return
    try:
        check_choice(lang)
    except ValueError as e:
        raise _fail(f"{name}: {e}" if name else str(e), EXIT_USAGE) from None


@app.command()
def convert(
    input: Annotated[Path, typer.Argument(help="PDF, plain text or markdown-dialect file; "
                                          "- for standard input")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="XML file to write "
                                                "(default, or -: standard output)")] = None,
    symbol: Annotated[str | None, typer.Option(help="document symbol when the text does "
                                               "not print it, e.g. A/C.3/79/L.23")] = None,
    doc_date: DocDate = None,
    lang: Annotated[str, typer.Option(help="language of the document (ISO 639-2: eng fra spa rus "
                                      "ara zho), or auto: read from the text")] = "auto",
    dump_model: Annotated[bool, typer.Option("--dump-model", help="write the document model "
                                             "as JSON instead of XML (its JSON Schema: "
                                             "akn schema model)")] = False,
    markup_date: Annotated[str | None, typer.Option(
        "--markup-date", help="the markup date (FRBRdate name=markup), YYYY-MM-DD, for "
        "byte-identical output on any day (default: $SOURCE_DATE_EPOCH, else today)")] = None,
    max_input_mb: MaxInputMb = _D.input_bytes / _MB,
    max_pages: MaxPages = _D.pages,
    max_page_chars: MaxPageChars = _D.page_chars,
    max_page_objects: MaxPageObjects = _D.page_objects,
    max_line_chars: MaxLineChars = _D.line_chars,
    max_output_mb: MaxOutputMb = _D.output_bytes / _MB,
) -> None:
    """Convert one document; the XML is validated (XSD and profile rules) before writing."""
    from converter import xsd

    xsd.compile_in_background()   # while the pipeline is imported and the input read
    parsed_symbol, parsed_date = _parse_symbol(symbol), _parse_date(doc_date)
    _check_language(lang, input)
    bounds = _limits(max_input_mb, max_pages, max_page_chars, max_page_objects, max_line_chars,
                     max_output_mb)
    try:
        with limits.using(bounds):
            markup = _markup_date(markup_date)
            _convert(input, output, parsed_symbol, parsed_date, lang, dump_model, markup)
    except ConversionError as e:
        raise _fail(str(e), e.exit_code) from None
    except typer.Exit:
        raise
    except MemoryError as e:
        raise _fail(internal_error(input, e), 11) from None
    except Exception as e:   # a converter bug: exit 1, never a traceback
        raise _fail(internal_error(input, e), EXIT_INTERNAL) from None


def _markup_date(value: str | None) -> date:
    from converter import clock

    return clock.markup_date(value)


def _read_stdin() -> bytes:
    """Standard input, never more than the input limit read."""
    limit = limits.current().input_bytes
    data = sys.stdin.buffer.read(limit + 1)
    limits.check(STDIN_NAME, len(data), limit, "input bytes (at least)")
    return data


def _convert(input: Path, output: Path | None, symbol: Symbol | None, doc_date: date | None,
             lang: str, dump_model: bool, markup: date) -> None:
    from converter.pipeline import convert_file, serialize, write_result

    data = _read_stdin() if str(input) == STDIO else None
    name = Path(STDIN_NAME) if data is not None else input
    result = convert_file(name, symbol=symbol, language=lang, document_date=doc_date,
                          converted=markup, data=data)
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    if dump_model:
        from converter.segmentation.model_json import dumps

        sys.stdout.write(dumps(result.model))
        return
    if output is None or str(output) == STDIO:
        if not result.valid:
            raise _fail(f"{name}: the XML produced is not valid: {result.errors[0]}", 3)
        sys.stdout.buffer.write(serialize(result.tree, str(name)))
        return
    write_result(result, output, name)


@app.command()
def batch(
    inputs: Annotated[list[str] | None, typer.Argument(
        help="files, and directories searched recursively for .pdf, .txt and .md; paths or "
        "URLs (s3://, gs://, file://)", show_default=False)] = None,
    output: Annotated[str, typer.Option("-o", "--output", help="directory (or URL) for the XML; "
                                        "a directory's files keep their relative paths")] = "",
    jobs: Annotated[int | None, typer.Option("-j", "--jobs", min=1, help="worker processes "
                                             "(default: the number of CPUs)")] = None,
    report: Annotated[Path | None, typer.Option("--report", help="write a JSON report of "
                                                "every input here")] = None,
    force: Annotated[bool, typer.Option("--force", help="convert even when the output is "
                                        "newer than its input")] = False,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="seconds per file "
                                           "before its worker is stopped")] = 120.0,
    memory: Annotated[int, typer.Option("--memory", min=0, help="MB of address space per "
                                        "worker (0: no limit)")] = 2048,
    doc_date: DocDate = None,
    lang: Annotated[str, typer.Option(help="language of the documents (ISO 639-2), or auto: "
                                      "each read from its text")] = "auto",
    files_from: Annotated[str | None, typer.Option("--files-from", help="read more inputs from "
                                                   "this file, one a line (-: standard input)")] = None,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="run on a Dask cluster: "
                                                  "tcp://HOST:PORT, or local:N for N local "
                                                  "workers (needs the dask extra)")] = None,
    max_input_mb: MaxInputMb = _D.input_bytes / _MB,
    max_pages: MaxPages = _D.pages,
    max_page_chars: MaxPageChars = _D.page_chars,
    max_page_objects: MaxPageObjects = _D.page_objects,
    max_line_chars: MaxLineChars = _D.line_chars,
    max_output_mb: MaxOutputMb = _D.output_bytes / _MB,
) -> None:
    """Convert many documents in parallel, incrementally; exit 0 only if all are ok or skipped."""
    import os

    from converter.batch import BatchOptions, progress_for, run_batch, write_report
    from converter.batch.cluster import ClusterError, check_address
    from converter.batch.storage import StorageError, check_available, location
    from converter.file_lists import FileListError, read_file_list

    parsed_date = _parse_date(doc_date)
    _check_language(lang)
    _require_schema()
    if not output:
        raise _fail("missing option -o / --output (the directory for the XML)", EXIT_USAGE)
    try:
        names = [*(inputs or []), *(read_file_list(files_from) if files_from is not None else [])]
        if not names:
            raise _fail("no inputs: give files or directories, or --files-from FILE", EXIT_USAGE)
        sources, outdir = [location(n) for n in names], location(output)
        for place in (*sources, outdir):
            check_available(place)
        if scheduler is not None:
            check_address(scheduler)
    except (FileListError, StorageError, ClusterError) as e:
        raise _fail(str(e), EXIT_USAGE) from None
    if isinstance(outdir, Path) and outdir.exists() and not outdir.is_dir():
        raise _fail(f"{outdir}: not a directory", EXIT_USAGE)
    bounds = _limits(max_input_mb, max_pages, max_page_chars, max_page_objects, max_line_chars,
                     max_output_mb)
    options = BatchOptions(jobs or os.cpu_count() or 1, force, timeout, lang, memory, parsed_date,
                           bounds, scheduler)
    try:
        done = run_batch(sources, outdir, options, progress_for(sys.stdout))
        if report is not None:
            write_report(report, done.results, done.summary)
    except ClusterError as e:
        raise _fail(str(e), EXIT_USAGE) from None
    except ConversionError as e:   # the report cannot be written
        raise _fail(str(e), e.exit_code) from None
    except Exception as e:
        raise _fail(internal_error("akn batch", e), EXIT_INTERNAL) from None
    if done.interrupted:
        raise typer.Exit(130)
    raise typer.Exit(0 if done.summary.succeeded else 1)


Patterns = Annotated[list[str] | None, typer.Option(
    metavar="RULE", help="rule ids or families (eid, ref.dangling, ALL); repeat or comma-separate")]


@app.command()
def validate(
    files: Annotated[list[str] | None, typer.Argument(
        help="XML files, directories (searched for *.xml), globs; '-' reads a list of paths "
        "from standard input")] = None,
    profile: Annotated[str | None, typer.Option(
        help="rule set: akn (any Akoma Ntoso), un (the UN's published files), akn4un (this "
        "converter's output); auto (default) picks one per file")] = None,
    select: Patterns = None,
    extend_select: Annotated[list[str] | None, typer.Option(
        "--extend-select", metavar="RULE", help="rules to run beside the profile's")] = None,
    ignore: Annotated[list[str] | None, typer.Option(metavar="RULE",
                                                     help="rules not to run")] = None,
    fail_on: Annotated[str | None, typer.Option(
        "--fail-on", help="lowest severity that fails a file: error (default), warning, "
        "info")] = None,
    strict: Annotated[bool, typer.Option(help="warnings fail too (--fail-on warning)")] = False,
    format: Annotated[str, typer.Option("--format", help="text, json, junit or sarif")] = "text",
    schema_only: Annotated[bool, typer.Option("--schema-only", help="XSD only, no profile "
                                              "rules")] = False,
    jobs: Annotated[int, typer.Option("-j", "--jobs", min=1, help="worker processes")] = 1,
    files_from: Annotated[list[str] | None, typer.Option(
        "--files-from", metavar="FILE", help="read paths from FILE, one a line ('#' comments; "
        "'-': standard input)")] = None,
    config: Annotated[Path | None, typer.Option(
        help="settings file (default: akn.toml, or the tool.akn.validate table of pyproject.toml, "
        "looked for upward from the working directory)")] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="ignore settings files")] = False,
    list_rules: Annotated[bool, typer.Option("--list-rules", help="print every rule (id, "
                                             "severity per profile, what it checks) and exit")]
    = False,
    diagnosis_seconds: Annotated[float, typer.Option(
        "--diagnosis-seconds", min=0.0, help="time for the detailed XSD diagnosis of an invalid "
        "file; past it libxml2's own messages are given")] = 5.0,
) -> None:
    """Check files against the strict official XSD and a profile's rules (exit 1: a file fails)."""
    from converter.validator.command import ValidateArgs, validate_command

    args = ValidateArgs(files or [], profile, select, extend_select, ignore, fail_on, strict,
                        format, schema_only, jobs, files_from or [], config, no_config,
                        list_rules, diagnosis_seconds)
    _require_schema()
    try:
        code = validate_command(args)
    except Exception as e:
        raise _fail(internal_error("akn validate", e), EXIT_INTERNAL) from None
    raise typer.Exit(code)


# --- akn render / akn diff (issue 18): logic in converter/render and converter/diff ---------
def _write_text(text: str, output: Path | None) -> None:
    """Standard output, or `output` written atomically (temporary file, then rename)."""
    if output is None:
        sys.stdout.write(text)
        return
    import os
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes 0600; pages are for sharing
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@app.command()
def render(
    input: Annotated[Path, typer.Argument(help="Akoma Ntoso XML file")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="HTML file to write "
                                                "(default: standard output)")] = None,
    review: Annotated[bool, typer.Option("--review", help="show AKN names, eIds and the "
                                         "validator's findings")] = False,
) -> None:
    """Render an AKN document as one self-contained HTML page."""
    from converter.render import RenderError, render_file

    _write_page(lambda: render_file(input, review=review), output, RenderError, str(input))


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="the earlier version (AKN XML), e.g. the draft")],
    new: Annotated[Path, typer.Argument(help="the later version (AKN XML), e.g. the resolution")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="file to write "
                                                "(default: standard output)")] = None,
    format: Annotated[str, typer.Option("--format", help="text, json or html")] = "text",
) -> None:
    """Compare two AKN documents paragraph by paragraph, in a delegate's terms."""
    from converter.diff import DiffError, DiffFormat, diff_files

    if format not in {f.value for f in DiffFormat}:
        raise _fail(f"unknown format {format!r} (choose text, json or html)", EXIT_USAGE)
    _write_page(lambda: diff_files(old, new, format), output, DiffError, f"{old} / {new}")


def _write_page(produce: Callable[[], str], output: Path | None, input_error: type[Exception],
                name: str) -> None:
    """Write what `produce` makes; an unreadable input exits 4, an unwritable output 9, a
    bug 1 ("internal error"), never with a traceback."""
    from converter.errors import OutputWriteError, describe_os_error

    try:
        _write_text(produce(), output)
    except input_error as e:
        raise _fail(str(e), 4) from None
    except OSError as e:
        where = output or "standard output"
        raise _fail(f"{where}: cannot write ({describe_os_error(e)})",
                    OutputWriteError.exit_code) from None
    except Exception as e:
        raise _fail(internal_error(name, e), EXIT_INTERNAL) from None
# --- end of akn render / akn diff -------------------------------------------------------------


if __name__ == "__main__":
    app()
