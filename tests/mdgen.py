"""Resolutions in the markdown dialect, built in tests: a masthead over the text a test needs."""

from __future__ import annotations


def masthead(number: str, title: str, *, issued: str = "30 December 2024",
             adopted: str = "24 December 2024", organ: str = "General Assembly",
             session: str = "Seventy-ninth session", agenda: str = "18") -> str:
    """The printed masthead down to the formula ("*The General Assembly*,"), then a blank line."""
    return (f"{organ}\n\nDistr.: General\n{issued}\n\n{session}\n\nAgenda item {agenda}\n\n"
            f"Resolution adopted by the {organ} on {adopted}\n\n{number}. {title}\n\n"
            f"*The {organ}*,\n\n")
