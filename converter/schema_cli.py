"""`akn schema`: the schemas the converter works to, for people and tools that want files.

`akn schema export DIR` writes the official Akoma Ntoso XSD (checked by SHA-256) and the
`xml.xsd` it imports; `akn schema model` prints the JSON Schema of `--dump-model`'s JSON.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from converter.errors import ConversionError, OutputWriteError, describe_os_error, one_line

schema_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                         help="The official Akoma Ntoso XSD and the JSON Schema of the model.")


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"error: {one_line(message)}", err=True)
    return typer.Exit(code)


@schema_app.command("export")
def export(
    directory: Annotated[Path, typer.Argument(help="folder to write akomantoso30.xsd and "
                                              "xml.xsd into (created if need be)")],
) -> None:
    """Write the official XSD files (from the installed package, SHA-256 checked)."""
    from converter import xsd

    try:
        written = xsd.export(directory)
    except ConversionError as e:
        raise _fail(str(e), e.exit_code) from None
    except OSError as e:
        raise _fail(f"{e.filename or directory}: cannot write ({describe_os_error(e)})",
                    OutputWriteError.exit_code) from None
    for path in written:
        typer.echo(str(path))


@schema_app.command("model")
def model() -> None:
    """Print the JSON Schema of the document model that `akn convert --dump-model` writes."""
    from converter.segmentation.model_json import shipped_schema_text

    sys.stdout.write(shipped_schema_text())
