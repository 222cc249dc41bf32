"""The `akn` command line: convert, batch, validate."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from converter import limits
from converter.errors import ConversionError, one_line
from converter.pipeline import convert_file, serialize, write_result
from converter.symbols import Symbol, SymbolError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Convert UN resolutions (PDF, text) into Akoma Ntoso 3.0 XML (AKN4UN).")

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


def _parse_symbol(value: str | None) -> Symbol | None:
    if value is None:
        return None
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


def _check_language(lang: str, name: object = None) -> None:
    """`--lang` is `auto` or a language with a table (exit 2 otherwise)."""
    from converter.languages.detect import check_choice

    try:
        check_choice(lang)
    except ValueError as e:
        raise _fail(f"{name}: {e}" if name else str(e), EXIT_USAGE) from None


@app.command()
def convert(
    input: Annotated[Path, typer.Argument(help="PDF, plain text or markdown-dialect file")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="XML file to write "
                                                "(default: standard output)")] = None,
    symbol: Annotated[str | None, typer.Option(help="document symbol when the text does "
                                               "not print it, e.g. A/C.3/79/L.23")] = None,
    doc_date: DocDate = None,
    lang: Annotated[str, typer.Option(help="language of the document (ISO 639-2: eng fra spa rus "
                                      "ara zho), or auto: read from the text")] = "auto",
    dump_model: Annotated[bool, typer.Option("--dump-model", help="print the document model "
                                             "instead of XML")] = False,
    max_input_mb: MaxInputMb = _D.input_bytes / _MB,
    max_pages: MaxPages = _D.pages,
    max_page_chars: MaxPageChars = _D.page_chars,
    max_page_objects: MaxPageObjects = _D.page_objects,
    max_line_chars: MaxLineChars = _D.line_chars,
    max_output_mb: MaxOutputMb = _D.output_bytes / _MB,
) -> None:
    """Convert one document; the XML is validated (XSD and profile rules) before writing."""
    parsed_symbol, parsed_date = _parse_symbol(symbol), _parse_date(doc_date)
    _check_language(lang, input)
    bounds = _limits(max_input_mb, max_pages, max_page_chars, max_page_objects, max_line_chars,
                     max_output_mb)
    try:
        with limits.using(bounds):
            _convert(input, output, parsed_symbol, parsed_date, lang, dump_model)
    except ConversionError as e:
        raise _fail(str(e), e.exit_code) from None
    except typer.Exit:
        raise
    except MemoryError as e:
        raise _fail(internal_error(input, e), 11) from None
    except Exception as e:   # a converter bug: exit 1, never a traceback
        raise _fail(internal_error(input, e), EXIT_INTERNAL) from None


def _convert(input: Path, output: Path | None, symbol: Symbol | None, doc_date: date | None,
             lang: str, dump_model: bool) -> None:
    result = convert_file(input, symbol=symbol, language=lang, document_date=doc_date)
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    if dump_model:
        import pprint

        typer.echo(pprint.pformat(result.model, width=100))
        return
    if output is None:
        if not result.valid:
            raise _fail(f"{input}: the XML produced is not valid: {result.errors[0]}", 3)
        sys.stdout.buffer.write(serialize(result.tree, str(input)))
        return
    write_result(result, output, input)


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
    from converter.validator.schema import SchemaNotFoundError, xsd_path

    parsed_date = _parse_date(doc_date)
    _check_language(lang)
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
        xsd_path()
    except (FileListError, StorageError, ClusterError, SchemaNotFoundError) as e:
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


@app.command()
def validate(
    files: Annotated[list[str], typer.Argument(help="XML files, directories or globs")],
    format: Annotated[str, typer.Option("--format", help="text, json or junit")] = "text",
    schema_only: Annotated[bool, typer.Option("--schema-only", help="XSD only, no profile "
                                              "rules")] = False,
    strict: Annotated[bool, typer.Option(help="warnings fail too")] = False,
    diagnosis_seconds: Annotated[float, typer.Option(
        "--diagnosis-seconds", min=0.0, help="time for the detailed XSD diagnosis of an invalid "
        "file; past it libxml2's own messages are given")] = 5.0,
) -> None:
    """Check files against the strict official XSD and the AKN4UN profile rules."""
    from converter.validator import run_validate

    try:
        code = run_validate(files, fmt=format, schema_only=schema_only, strict=strict,
                            diagnosis_seconds=diagnosis_seconds)
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
