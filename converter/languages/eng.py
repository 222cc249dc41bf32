"""English words of UN resolutions."""

from converter.languages.table import LanguageTable

_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
          "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth")

ENGLISH = LanguageTable(
    code="eng",
    lexicon="en",
    months=("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"),
    united_nations="United Nations",
    distribution_label=r"Distr\.\s*:?",   # ("Distr." over "GENERAL" in the archive)
    distribution_kinds={"General": "general", "Limited": "limited", "Restricted": "restricted"},
    original_label=r"Original\s*:",
    session_pattern=r"^(?:(?P<ordinal>[A-Z][a-z]+(?:[-‑][a-z]+)?)|(?P<session_year>\d{4}))\s+"
                    r"(?:(?P<kind>emergency special|special|resumed)\s+)?session$",
    agenda_pattern=r"^(?:Agenda items?\s+|Items?\s+(?=\S.*\s+of the (?:provisional|preliminary) agenda))"
                   r"(?P<items>.+?)(?:\s+of the (?:provisional|preliminary) agenda\*?)?$",
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
        "plenary meeting": "plenaryMeeting",
    },
    # "Resolutions adopted …": a resolution issued in parts (A/RES/80/98 A-B)
    adopted_pattern=r"^(?P<kind>Resolutions?|Decisions?) adopted by the (?P<organ>[A-Z][A-Za-z ]+?)"
                    r"\s+on\s+(?P<date>\d{1,2}\s+\w+\s+\d{4})$",
    # the archive's, in capitals and without its date: "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY"
    archive_adopted_pattern=r"^(?P<kind>RESOLUTIONS?|DECISIONS?) ADOPTED BY THE (?P<organ>[A-Z ]+?)"
                            r"(?:\s+ON\s+(?P<date>\d{1,2}\s+\w+\s+\d{4}))?$",
    adoption_kinds={"Resolution": "resolution", "Decision": "decision",
                    "Resolutions": "resolution", "Decisions": "decision"},
    # the Security Council's adoption line and resolution number
    adopted_at_meeting_pattern=r"^Adopted by the (?P<organ>[A-Z][A-Za-z ]+?) at its "
                               r"(?P<meeting>(?P<ordinal>\d+(?:st|nd|rd|th)) meeting),? on\s*"
                               r"(?P<date>\d{1,2}\s+\w+\s+\d{4})$",
    number_line_pattern=r"^Resolution (?P<num>\d+\s*\(\d{4}\))$",
    report_pattern=r"^\[on (?:the reports? of|the recommendations? of|a proposal considered in) (?:the )?"
                   r"(?P<committee>.+?)\s*\((?P<doc>[^()]*(?:\([^()]*\)[^()]*)*)\)\]$",
    no_committee_pattern=r"^\[without reference to a Main Committee\s*(?:\((?P<doc>[^)]*)\))?\]$",
    draft_kinds={"draft resolution": "draftResolution", "draft decision": "draftDecision",
                 "revised draft resolution": "draftResolution",
                 "revised draft decision": "draftDecision",
                 "amendment": "amendment", "amendments": "amendment"},
    amendment_words=("amendment", "amendments"),
    submitted_by_pattern=r"^(?:revised\s+)?draft (?:resolution|decision)s? submitted by\b",
    submitters={"Chair": "chair", "Chairman": "chair", "Chairperson": "chair",
                "Vice-Chair": "viceChair", "Vice-Chairman": "viceChair",
                "Vice-Chairperson": "viceChair", "President": "president",
                "Vice-President": "vicePresident", "Bureau": "bureau", "Rapporteur": "rapporteur",
                "Secretary-General": "secretaryGeneral", "facilitator": "facilitator",
                "co-facilitators": "facilitator", "Facilitator": "facilitator",
                "Co-Facilitators": "facilitator"},
    statement_kinds={"Statement by the President of the Security Council": "presidentialStatement"},
    language_names=("English", "French", "Spanish", "Russian", "Arabic", "Chinese"),
    meeting_pattern=r"^(?P<ordinal>\d+(?:st|nd|rd|th))\s*"
                    r"(?P<meeting>(?:\(resumed\)\s+)?(?:plenary )?meeting)$",
    preamble_participles=(
        "Acknowledging", "Acting", "Adopting", "Affirming", "Alarmed", "Appreciating",
        "Aware", "Bearing", "Believing", "Cognizant", "Commending", "Concerned",
        "Condemning", "Confident", "Conscious", "Considering", "Convinced", "Deeply",
        "Deploring", "Desiring", "Determined", "Emphasizing", "Encouraged", "Endorsing",
        "Expressing", "Fully", "Gravely", "Guided", "Having", "Highlighting", "Keeping",
        "Mindful", "Noting", "Observing", "Occupied", "Reaffirming", "Realizing",
        "Recalling", "Recognizing", "Referring", "Regretting", "Reiterating", "Reminding",
        "Seeking", "Seriously", "Stressing", "Taking", "Underlining", "Underscoring",
        "Urging", "Viewing", "Welcoming", "Wishing", "Profoundly", "Strongly",
        "Emphasising", "Recognising", "Dismayed", "Outraged", "Troubled", "Heartened",
        "Pleased", "Satisfied", "Reasserting", "Re-emphasizing", "Reemphasizing",
        "Restating", "Renewing", "Underscoring", "Upholding", "Valuing", "Applauding",
        "Decrying", "Lamenting", "Anticipating", "Looking", "Committed", "Resolved",
        "Affirming", "Appealing", "Registering", "Sharing", "Hoping", "Trusting", "Calling",
        "Encouraging", "Remaining", "Recommitting", "Disappointed", "Supporting",
        "Rejecting", "Seized", "Honouring", "Confirming", "Asserting", "Proceeding",
        "Reemphasising", "Cognisant",
        "Being",  # "Being gravely concerned", "Being aware"
        "Desirous", "Determining", "Responding", "Inviting", "Appalled", "Accepting",
        "Approving", "Declaring", "Disturbed", "Shocked", "Inspired", "Persuaded", "Paying",
        "Fulfilling", "Contemplating", "Reviewing", "Animated",
    ),
    participle_pattern=r"(?!(?:During|Nothing|Something|Anything|Everything|Pending|Notwithstanding|"
                       r"Following|Including|Concerning|Regarding|According)\b)[A-Z][a-z]{2,}ing(?=\s+[a-z])",
    # "Having" names its paragraph with the participle after it: "Having considered", "Having
    # also examined", "Having heard"
    opener_tail=r"(?:(?<=Having)(?:\s+(?:also|further))?\s+(?:[a-z]+(?:ed|en|wn|ght)|heard|met|read|"
                r"held|made|paid|taken|undertaken))?",
    preamble_adverbs=("Also", "Further", "Firmly", "Particularly", "Solemnly", "Ever",
                      "Deeply", "Gravely", "Fully", "Seriously", "Profoundly", "Strongly"),
    # what the UN sets in italics after a participle ("Taking note", "Expressing deep concern",
    # "Noting with great concern", "Looking forward"), never the preposition after it ("Guided",
    # "Taking note", not "Guided by", "Taking note of")
    # (the feelings and stances, "with deep concern", "its appreciation": modifier_pattern)
    participle_modifiers=("also", "further", "moreover", "furthermore", "again", "once again",
                          "once more", "in addition", "in particular", "in mind", "note",
                          "into account", "into consideration", "deeply", "gravely", "seriously",
                          "concerned", "alarmed", "in this regard", "forward", "upon"),
    # the feeling a participle expresses: "Noting with alarm", "with renewed concern",
    # "Expressing continued concern", and the stance it restates ("Reaffirming its strong
    # condemnation", "Reiterating its call", "Expressing its deep appreciation")
    modifier_pattern=r"(?:with\s+)?(?:(?:great|grave|deep|profound|serious|renewed|growing|continued)\s+)?"
                     r"(?:alarm|regret|concern|appreciation|satisfaction|gratitude)\b"
                     r"|(?:its|their)\s+(?:(?:deep|deepest|grave|strong|serious|full|continued|unwavering)\s+)?"
                     r"(?:concern|appreciation|condemnation|call|endorsement|determination|conviction"
                     r"|satisfaction|belief|resolve|gratitude)\b",
    operative_adverbs=("Also", "Further", "Furthermore", "Again", "Once again", "Strongly",
                       "Firmly", "Fully", "Reiterates", "Emphatically", "Further also",
                       "also", "further", "strongly", "once", "again", "firmly", "fully"),
    # a verb in the third person, not a word that only ends as one ("Reiterates its request":
    # "Reiterates" is the verb, not an adverb before a verb "its")
    # ("Calls for" and "Calls on": the particle belongs to this verb only; "Expresses its
    # appreciation for" sets the stance in italics, not the "for")
    operative_pattern=r"[Cc]alls\s+(?:for|on)\b|(?!(?:its|this|thus|has|was|his|is|as)\b)[A-Za-z][a-z]+s",
    # (not a bare "its": "Recalls its resolution" sets "Recalls" in italics, "Expresses its
    # appreciation" the stance: modifier_pattern, and operative_stance_pattern)
    # ("further" after the verb is mostly an adjective, set in roman: "Encourages further
    # efforts"; an adverb only before "that" or "to": "Decides further that")
    operative_verb_particles=("also", "upon", "note", "forward", "into account",
                              "with appreciation", "with satisfaction", "with interest",
                              "with concern", "with deep concern", "with grave concern",
                              "in this regard"),
    # the stances only an operative verb restates in italics ("Reiterates its request",
    # "Reaffirms its commitment", "Expresses its very serious concern"; a recital names
    # "Reaffirming" alone where the Council does)
    operative_stance_pattern=r"(?:its|their)\s+(?:(?:very|deep|grave|strong|serious|full|continued"
                             r"|unwavering|firm|utmost)\s+){0,2}(?:concern|request|commitment"
                             r"|invitation|support|call|conviction|belief|determination)\b"
                             r"|in\s+the\s+strongest(?:\s+possible)?\s+terms"
                             r"|(?:(?:deeply|gravely|seriously|very)\s+)?concerned\b"
                             r"|further(?=\s+(?:that|to)\b)",
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
    date_connectors=("of", "on"),
    and_word="and",
    symbol_part_words=("Part", "Parts", "Vol.", "Supp", "Sect."),
    name_connectors=("of", "on", "and", "for", "the", "to", "in"),
    own_citation=r",?\s+in\s+its",
    possessives=("its", "their"),
    word_endings=("ted", "ry", "ip", "tion", "tions", "sion", "ment", "ments", "ness", "ally",
                  "ially", "ity", "ities", "ive", "ives", "ous", "ible", "able", "ting",
                  "ling", "ning", "ance", "ence", "ship", "ism", "ist", "ists", "ize", "izes",
                  "ized", "ation", "ations", "ical", "ically", "lly", "nal", "tial", "tive"),
    supplement_label=r"Supplement\s+No\.",
    attribution=r",?\s*(?:adopted\s+)?(?:of|by)\s+the",
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
    inflections=(("s", ""), ("es", ""), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""),
                 ("ed", "e"), ("ness", ""), ("ly", ""), ("ment", ""), ("ments", "")),
    prefixes=("sub", "inter", "intra", "multi", "non", "pre", "post", "re", "co", "counter", "over",
              "under", "out", "cross", "macro", "micro", "mid", "anti", "trans", "super", "self"),
    closed_compounds=("peacebuilding", "stakeholder", "stakeholders", "policymaker", "policymakers",
                      "smallholder", "smallholders", "livelihood", "livelihoods", "cybersecurity",
                      "cybercrime", "peacekeepers", "timeframe", "timeframes", "caregivers",
                      "stocktake", "stocktakes"),
    short_words=("a", "all", "an", "any", "as", "at", "be", "by", "do", "for", "in", "is",
                 "it", "no", "not", "of", "on", "one", "or", "out", "over", "part", "set",
                 "so", "some", "the", "there", "time", "times", "to", "up", "us", "way",
                 "we", "where", "with"),
    organ_nouns=("Council", "Commission", "Committee", "Conference", "Board", "Assembly",
                 "Organization", "Subcommission", "Forum", "Meeting", "Parties", "Programme",
                 "Fund", "Court", "Agency", "Union", "Group", "Session"),
    citation_organs={"Human Rights Council": "A/HRC", "Security Council": "S",
                     "Economic and Social Council": "E", "General Assembly": "A"},
    recorded_vote_pattern=r"^\[?adopted(?: at the \d+(?:st|nd|rd|th) (?:plenary )?meeting)?,? by "
                          r"(?:a recorded vote of )?(?P<inFavour>\d+)(?: votes)? to "
                          r"(?P<against>\d+|none),? with (?P<abstaining>\d+|no) abstentions?\b",
    without_vote_pattern=r"^\[?adopted(?: at the \d+(?:st|nd|rd|th) (?:plenary )?meeting)?,? "
                         r"(?:without a vote|by consensus)\b",
    vote_zero_words=("none", "no"),
    vote_sides={"In favour": "inFavour", "Against": "against", "Abstaining": "abstaining"},
    division_words={"Part": "part", "Chapter": "chapter", "Section": "section",
                    "Article": "article", "Rule": "rule"},
    division_number_words=("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
                           "Nine", "Ten"),
    conjunctions=("and", "or", "nor", "to"),
    ordinal_suffixes=("st", "nd", "rd", "th"),
)
