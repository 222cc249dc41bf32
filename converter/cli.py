"""The `akn` command line: convert, batch, validate."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from converter.errors import ConversionError
from converter.pipeline import convert_file, serialize, write_result
from converter.symbols import Symbol, SymbolError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Convert UN resolutions (PDF, text) into Akoma Ntoso 3.0 XML (AKN4UN).")


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _parse_symbol(value: str | None) -> Symbol | None:
    if value is None:
        return None
    try:
        return Symbol.parse(value)
    except SymbolError as e:
        raise typer.BadParameter(str(e)) from e


@app.command()
def convert(
    input: Annotated[Path, typer.Argument(help="PDF, plain text or markdown-dialect file")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="XML file to write "
                                                "(default: standard output)")] = None,
    symbol: Annotated[str | None, typer.Option(help="document symbol when the text does "
                                               "not print it, e.g. A/C.3/79/L.23")] = None,
    lang: Annotated[str, typer.Option(help="language of the document (ISO 639-2: eng fra spa rus "
                                      "ara zho), or auto: read from the text")] = "auto",
    dump_model: Annotated[bool, typer.Option("--dump-model", help="print the document model "
                                             "instead of XML")] = False,
) -> None:
    """Convert one document; the XML is validated against the official XSD before writing."""
    try:
        result = convert_file(input, symbol=_parse_symbol(symbol), language=lang)
        for warning in result.warnings:
            typer.echo(f"warning: {warning}", err=True)
        if dump_model:
            import pprint

            typer.echo(pprint.pformat(result.model, width=100))
            return
        if output is None:
            if not result.valid:
                raise _fail(f"{input}: the XML produced is not valid: {result.errors[0]}", 3)
            sys.stdout.buffer.write(serialize(result.tree))
            return
        write_result(result, output, input)
    except ConversionError as e:
        raise _fail(str(e), e.exit_code) from None
    except ValueError as e:  # unknown language and other bad option values
        raise _fail(f"{input}: {e}", 2) from None


@app.command()
def batch(
    inputs: Annotated[list[Path], typer.Argument(help="files, and directories searched "
                                                 "recursively for .pdf, .txt and .md")],
    output: Annotated[Path, typer.Option("-o", "--output", help="directory for the XML; "
                                         "a directory's files keep their relative paths")],
    jobs: Annotated[int | None, typer.Option("-j", "--jobs", min=1, help="worker processes "
                                             "(default: the number of CPUs)")] = None,
    report: Annotated[Path | None, typer.Option("--report", help="write a JSON report of "
                                                "every input here")] = None,
    force: Annotated[bool, typer.Option("--force", help="convert even when the output is "
                                        "newer than its input")] = False,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="seconds per file "
                                           "before its worker is stopped")] = 120.0,
    lang: Annotated[str, typer.Option(help="language of the documents (ISO 639-2), or auto: "
                                      "each read from its text")] = "auto",
) -> None:
    """Convert many documents in parallel, incrementally; exit 0 only if all are ok or skipped."""
    import os

    from converter.batch import BatchOptions, progress_for, run_batch, write_report
    from converter.languages.detect import check_choice
    from converter.validator.schema import SchemaNotFoundError, xsd_path

    try:
        check_choice(lang)
        xsd_path()
    except (ValueError, SchemaNotFoundError) as e:
        raise _fail(str(e), 2) from None
    if output.exists() and not output.is_dir():
        raise _fail(f"{output}: not a directory", 2)
    options = BatchOptions(jobs or os.cpu_count() or 1, force, timeout, lang)
    done = run_batch(inputs, output, options, progress_for(sys.stdout))
    if report is not None:
        write_report(report, done.results, done.summary)
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
) -> None:
    """Check files against the strict official XSD and the AKN4UN profile rules."""
    from converter.validator import run_validate

    raise typer.Exit(run_validate(files, fmt=format, schema_only=schema_only, strict=strict))


if __name__ == "__main__":
    app()
