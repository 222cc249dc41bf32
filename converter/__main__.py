"""`python -m converter`: the `akn` command."""

from converter.cli import app

app(prog_name="akn")
