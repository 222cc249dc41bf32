"""pdftotext damage to words, undone from the document's own vocabulary."""

from __future__ import annotations

from collections.abc import Collection

import pytest

from converter.languages import get_language
from converter.readers.blocks import Block, Span
from converter.readers.plain_hyphens import repair_hyphens
from converter.readers.plain_text import Joined, joined_line

ENG = get_language("eng")


def repaired(*texts: str, joined: Collection[int] = ()) -> list[str]:
    """`texts` repaired, those at the `joined` indexes being over-long lines (one join)."""
    blocks = [Block([Span(t)]) for t in texts]
    joins = {i: [Joined(texts[i], (texts[i],))] for i in joined}
    return [b.text for b in repair_hyphens(blocks, ENG, joins)]


def at_joins(*texts: str) -> list[str]:
    return repaired(*texts, joined=range(len(texts)))


def test_joined_compound_restored_from_the_document():
    assert repaired("a case-by-case basis", "on a casebycase basis", joined=[1]) == [
        "a case-by-case basis", "on a case-by-case basis"]


def test_partly_damaged_compound_takes_the_fullest_spelling():
    assert repaired("Non-Self-Governing Territories", "the Non-SelfGoverning Territories",
                    joined=[1]) == [
        "Non-Self-Governing Territories", "the Non-Self-Governing Territories"]


def test_table_compound_restored_in_each_part_and_when_spaced():
    assert at_joins("the Under-SecretaryGeneral and the Secretary General") == [
        "the Under-Secretary-General and the Secretary-General"]


def test_letter_spaced_word_rejoined_only_when_the_document_knows_it():
    assert repaired("all relevant stakeholders", "all relevan t actors", "a t most") == [
        "all relevant stakeholders", "all relevant actors", "a t most"]


def test_compounds_inside_addresses_are_ignored():
    assert repaired("see www.un.org/regional-seminars/2024", "regional seminars were held") == [
        "see www.un.org/regional-seminars/2024", "regional seminars were held"]


def test_spaced_form_kept_when_the_document_prefers_it():
    assert repaired("to follow up on it", "to follow up again", "a follow-up meeting") == [
        "to follow up on it", "to follow up again", "a follow-up meeting"]


def test_joined_word_with_a_small_letter_where_the_document_capitalizes_is_its_own():
    assert at_joins("the South-East Asian Nations", "in Southeast Asia", "SouthEast Asia") == [
        "the South-East Asian Nations", "in Southeast Asia", "South-East Asia"]


def test_pair_the_document_writes_spaced_and_never_hyphenated_stays_spaced():
    assert at_joins("any nuclear weapon detonation", "a nuclear weapon detonation") == [
        "any nuclear weapon detonation", "a nuclear weapon detonation"]
    assert at_joins("a nuclear weapon state", "nuclear-weapon States") == [
        "a nuclear-weapon state", "nuclear-weapon States"]


def test_letter_spacing_joins_fragments_not_words():
    assert at_joins("the Secretary-General and the SecretaryGeneral", "the Secretary General") == [
        "the Secretary-General and the Secretary-General", "the Secretary-General"]
    assert repaired("a follow-up meeting", "to build up on it", "calls upon States on time") == [
        "a follow-up meeting", "to build up on it", "calls upon States on time"]
    assert repaired("regional bodies", "region al bodies", "a region-wide plan") == [
        "regional bodies", "regional bodies", "a region-wide plan"]


def test_stray_letter_joins_the_neighbour_the_document_never_writes_alone():
    assert repaired("to improv e the rules", "and th e Finance Committee", "the rules") == [
        "to improve the rules", "and the Finance Committee", "the rules"]


def test_stray_fragments_join_by_a_word_of_their_stem_only_in_small_letters():
    # "contrib" and "ute" are seen only together; the document uses "contributions" (a word
    # of the stem "contribut"), and "Contrib Ute", in capitals, is a name's spelling
    assert repaired("their contributions to peace", "to contrib ute to the plan",
                    "the Contrib Ute Fund") == [
        "their contributions to peace", "to contribute to the plan", "the Contrib Ute Fund"]


def test_stray_letter_joins_the_side_that_makes_a_known_word():
    assert repaired("their degree o f economic growth", "of growth", "in t his field") == [
        "their degree of economic growth", "of growth", "in this field"]


def test_fragment_without_a_vowel_is_no_word():
    assert repaired("disaster risk a nd other risks", "and so on") == [
        "disaster risk and other risks", "and so on"]


def test_two_short_words_are_never_one_letter_spaced_word():
    assert repaired("the revised budget, as set out in the report", "an asset") == [
        "the revised budget, as set out in the report", "an asset"]


def test_compound_of_a_capitalised_name_does_not_repair_small_letter_words():
    assert repaired("the Organisation for Economic Co-operation and Development",
                    "international cooperation", "Seventy-ninth session", "the seventy ninth",
                    joined=[1, 3]) == [
        "the Organisation for Economic Co-operation and Development",
        "international cooperation", "Seventy-ninth session", "the seventy-ninth"]


def test_compounds_are_not_repaired_away_from_joins():
    assert repaired("to counter terrorism", "counter-terrorism", "in the long term",
                    "the Secretary General", "a highlevel meeting") == [
        "to counter terrorism", "counter-terrorism", "in the long term",
        "the Secretary General", "a highlevel meeting"]


def test_a_word_the_document_writes_away_from_joins_is_its_own():
    assert repaired("international cooperation", "cooperation among States",
                    "economic co-operation", joined=[0]) == [
        "international cooperation", "cooperation among States", "economic co-operation"]


def test_lost_hyphen_at_a_join_split_at_a_capital_or_into_words_of_the_document():
    assert repaired("a United Nationsled process", "country-owned and -led", "the Nations",
                    "the KunmingMontreal Framework", "communitybased care", "rights-based",
                    "the community", joined=[0, 3, 4]) == [
        "a United Nations-led process", "country-owned and -led", "the Nations",
        "the Kunming-Montreal Framework", "community-based care", "rights-based",
        "the community"]


def test_lost_hyphen_between_two_words_of_the_language_that_glued_are_none():
    # "user" appears nowhere else, but "-friendly" ends a compound of the document; "climate"
    # and "resilient" are both words of the document; "landlocked" (a word of the language's
    # list) and "stakeholders" (one the UN writes closed, in its table) are kept whole
    assert repaired("highly userfriendly websites", "a device-friendly platform",
                    "climateresilient fisheries", "the climate", "resilient communities",
                    "all stakeholders", "the stake", "holders", "landlocked countries",
                    "the land", "locked", joined=[0, 2, 5, 8]) == [
        "highly user-friendly websites", "a device-friendly platform", "climate-resilient fisheries",
        "the climate", "resilient communities", "all stakeholders", "the stake", "holders",
        "landlocked countries", "the land", "locked"]


def test_lost_hyphen_between_two_listed_words_when_the_document_gives_no_evidence():
    # neither half appears anywhere else: the word list knows both and not the whole, nor a
    # form of it; a prefix ("sub"), a name ("Kunming"), a form of a listed word ("seaports",
    # "indebtedness", "underscoring") and a closed UN compound ("stocktake") stay whole
    assert at_joins("to take costsaving measures", "a farreaching agenda",
                    "the subregion and its seaports", "in Kunming and Montreal",
                    "their indebtedness, underscoring", "the global stocktake") == [
        "to take cost-saving measures", "a far-reaching agenda", "the subregion and its seaports",
        "in Kunming and Montreal", "their indebtedness, underscoring", "the global stocktake"]
    # evidence from the document ("country-led") comes first: a candidate of the word list in
    # the same window does not make "Nationsled" unclear
    assert repaired("a United Nationsled costsaving process", "country-led", joined=[0]) == [
        "a United Nations-led costsaving process", "country-led"]


def test_unclear_join_splits_nothing():
    """Two candidates in one window, a suffix ("ment"), a prefix ("inter") or a word of
    the document: nothing is split."""
    assert repaired("the KunmingMontreal and IsraeliPalestinian", "investment", "ment ment",
                    "intergovernmental", "inter alia", "non-governmental", "databased",
                    "data", "evidence-based", "databased", joined=[0, 1, 3, 6]) == [
        "the KunmingMontreal and IsraeliPalestinian", "investment", "ment ment",
        "intergovernmental", "inter alia", "non-governmental", "databased",
        "data", "evidence-based", "databased"]


def test_joined_line_windows_lie_around_each_multiple_of_the_width():
    line = "aaaa " * 40   # 200 characters: three lines of about 80
    j = joined_line(line.strip(), 80)
    assert j is not None and j.windows == (
        "aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa", "aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa")
    assert joined_line("a" * 82, 80) is None


@pytest.mark.parametrize(("code", "text"), [
    ("fra", "Décide d’inviter l’Organisation à participer à ses sessions et travaux."),
    ("spa", "la cooperación entre Georgia y Armenia, de febrero a marzo, o en otro momento."),
    ("rus", "Призывает к сотрудничеству в регионе и с государствами-членами, а также к диалогу."),
])
def test_a_word_of_one_letter_is_a_word_of_its_language_not_a_letter_spaced_fragment(code, text):
    # "à", "y", "a", "o", "в", "с", "и", "к", "а" are words: a word seen once beside one is no
    # fragment of a letter-spaced word ("àparticiper", "Georgiay" had been made)
    blocks = repair_hyphens([Block([Span(text)])], get_language(code))
    assert blocks[0].spans[0].text == text
