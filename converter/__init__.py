"""Convert United Nations resolutions (PDF and text) into Akoma Ntoso 3.0 XML (AKN4UN profile)."""

__version__ = "0.1.0"
