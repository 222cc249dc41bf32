"""`python -m converter`: the `akn` command."""

from converter.entry import main

main()
