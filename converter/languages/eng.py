"""English words of UN resolutions."""

from converter.languages.table import LanguageTable

_UNITS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
          "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()

ENGLISH = LanguageTable(
    code="eng",
    months=("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"),
    united_nations="United Nations",
    distribution_label=r"Distr\.\s*:",
    distribution_kinds={"General": "general", "Limited": "limited", "Restricted": "restricted"},
    original_label=r"Original\s*:",
    session_pattern=r"^(?P<ordinal>[A-Z][a-z]+(?:[-‑][a-z]+)?)\s+(?:(?P<kind>emergency special|special)\s+)?session$",
    agenda_pattern=r"^Agenda items?\s+(?P<items>.+)$",
    ordinal_units={w: i + 1 for i, w in enumerate(_UNITS)},
    ordinal_tens={"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                  "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
                  "hundredth": 100},
    cardinal_tens={"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                   "seventy": 70, "eighty": 80, "ninety": 90},
    organs={"General Assembly": "ga", "Security Council": "sc", "Human Rights Council": "hrc",
            "Economic and Social Council": "ecosoc"},
    formula_pattern=r"^The (?P<organ>General Assembly|Security Council|Human Rights Council|"
                    r"Economic and Social Council)\s*,?$",
    committees={
        "First Committee": "firstCommittee",
        "Second Committee": "secondCommittee",
        "Third Committee": "thirdCommittee",
        "Fourth Committee": "fourthCommittee",
        "Special Political and Decolonization Committee (Fourth Committee)": "fourthCommittee",
        "Special Political and Decolonization Committee": "fourthCommittee",
        "Fifth Committee": "fifthCommittee",
        "Sixth Committee": "sixthCommittee",
        "General Committee": "generalCommittee",
        "Credentials Committee": "credentialsCommittee",
    },
    adopted_pattern=r"^(?P<kind>Resolution|Decision) adopted by the (?P<organ>[A-Z][A-Za-z ]+?)"
                    r"\s+on\s+(?P<date>\d{1,2}\s+\w+\s+\d{4})$",
    report_pattern=r"^\[on the reports? of the (?P<committee>.+?)\s*\((?P<doc>[^()]*(?:\([^()]*\)[^()]*)*)\)\]$",
    no_committee_pattern=r"^\[without reference to a Main Committee\s*(?:\((?P<doc>[^)]*)\))?\]$",
    draft_kinds={"draft resolution": "draftResolution", "draft decision": "draftDecision",
                 "revised draft resolution": "draftResolution",
                 "revised draft decision": "draftDecision",
                 "amendment": "amendment", "amendments": "amendment"},
    amendment_words=("amendment", "amendments"),
    submitted_by_pattern=r"^(?:revised\s+)?draft (?:resolution|decision)s? submitted by\b",
    meeting_pattern=r"^(?P<ordinal>\d+(?:st|nd|rd|th))\s*(?P<meeting>(?:\(resumed\)\s+)?plenary meeting)$",
    preamble_participles=tuple("""
        Acknowledging Acting Adopting Affirming Alarmed Appreciating Aware Bearing Believing
        Cognizant Commending Concerned Condemning Confident Conscious Considering Convinced
        Deeply Deploring Desiring Determined Emphasizing Encouraged Endorsing Expressing Fully
        Gravely Guided Having Highlighting Keeping Mindful Noting Observing Occupied Reaffirming
        Realizing Recalling Recognizing Referring Regretting Reiterating Reminding Seeking
        Seriously Stressing Taking Underlining Underscoring Urging Viewing Welcoming Wishing
        Profoundly Strongly Emphasising Recognising Dismayed Outraged Troubled
        Heartened Pleased Satisfied Reasserting Re-emphasizing Reemphasizing Restating
        Renewing Underscoring Upholding Valuing Applauding Decrying Lamenting Anticipating
        Looking Committed Resolved Affirming Appealing Registering Sharing Hoping Trusting
        Calling Encouraging Remaining Recommitting Disappointed Supporting Rejecting Seized
        Honouring Confirming Asserting Proceeding Reemphasising Cognisant
    """.split()),
    participle_modifiers=("also", "further", "moreover", "furthermore", "again", "once again",
                          "in addition", "with appreciation", "with concern", "with deep concern",
                          "with grave concern", "with satisfaction", "with regret", "in mind",
                          "note", "note of", "into account", "deeply", "gravely", "seriously",
                          "concerned", "alarmed", "in this regard", "by"),
    operative_adverbs=("Also", "Further", "Furthermore", "Again", "Once again", "Strongly",
                       "Firmly", "Fully", "Reiterates", "Emphatically", "Further also",
                       "also", "further", "strongly", "once", "again", "firmly", "fully"),
    operative_verb_particles=("also", "further", "upon", "note", "with appreciation",
                              "with satisfaction", "with concern", "with deep concern",
                              "with grave concern", "its", "in this regard"),
    annex_words=("Annex", "Annexes", "Appendix"),
    furniture_pattern=r"Please\s+recycle\s*♲?",
    numbered_nouns=("paragraph", "paragraphs", "para.", "paras.", "article", "articles",
                    "annex", "chapter", "chap.", "section", "sect.", "resolution", "decision",
                    "goal", "target", "principle", "item", "items", "No.", "Nos.", "rule",
                    "volume", "vol.", "page", "p.", "pp.", "part", "table", "figure", "phase",
                    "step", "option", "recommendation", "Protocol", "Supplement", "appendix",
                    "sub-item", "subparagraph", "clause", "principles", "from", "on", "between"),
    resolution_words=("resolution", "resolutions"),
    decision_words=("decision", "decisions"),
    dated_word="of",
    compounds=("Secretary-General", "non-governmental", "high-level",
               "capacity-building", "decision-making", "long-term", "multi-stakeholder",
               "well-being", "gender-based", "people-centred", "South-South", "North-South",
               "non-State", "State-owned", "cross-border",
               "anti-personnel", "self-determination", "good-neighbourliness", "non-proliferation",
               "co-facilitators", "co-chairs", "sub-Saharan", "small-scale", "large-scale", "low-income",
               "middle-income", "high-income", "e-commerce", "re-establish", "inter-agency",
               "multi-year", "post-conflict", "science-policy", "region-specific",
               "country-specific", "evidence-based", "rights-based", "age-appropriate",
               "two-State", "year-end", "nuclear-weapon-free", "non-nuclear-weapon",
               "nuclear-weapon"),
    organ_nouns=("Council", "Commission", "Committee", "Conference", "Board", "Assembly",
                 "Organization", "Subcommission", "Forum", "Meeting", "Parties", "Programme",
                 "Fund", "Court", "Agency", "Union", "Group", "Session"),
    citation_organs={"Human Rights Council": "A/HRC", "Security Council": "S",
                     "Economic and Social Council": "E", "General Assembly": "A"},
)
