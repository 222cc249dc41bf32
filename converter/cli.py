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
    lang: Annotated[str, typer.Option(help="language of the document (ISO 639-2)")] = "eng",
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
