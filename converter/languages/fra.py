"""French words of UN resolutions."""

from converter.languages.cldr import month_names
from converter.languages.common import (
    ENGLISH_DATE,
    ENGLISH_DISTRIBUTION,
    ENGLISH_MONTHS,
    SYMBOL_PARTS,
    committees,
)
from converter.languages.table import LanguageTable

_ORGANS = {"Assemblée générale": "ga", "Conseil de sécurité": "sc",
           "Conseil des droits de l’homme": "hrc", "Conseil économique et social": "ecosoc"}
_SPECIAL = "Commission des questions politiques spéciales et de la décolonisation"

FRENCH = LanguageTable(
    code="fra",
    lexicon="fr",
    undocs_code="fr",
    months=month_names("fr"),
    other_months=ENGLISH_MONTHS,
    date_shapes=(r"\b(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{months})\s+(?P<year>\d{{4}})\b", ENGLISH_DATE),
    united_nations="Nations Unies",
    distribution_label=r"Distr\.\s*:?",
    distribution_kinds={"générale": "general", "limitée": "limited", "restreinte": "restricted",
                        **ENGLISH_DISTRIBUTION},
    original_label=r"Original\s*:",
    # (21st, 31st … 71st join their words with "et": "Soixante et onzième session")
    # (the Economic and Social Council's yearly session: "Session de 2023")
    session_pattern=r"^(?:(?P<ordinal>\S+(?:\s+et\s+\S+)?)\s+session(?:\s+(?P<kind>extraordinaire"
                    r"(?:\s+d[’']urgence)?))?|Session\s+de\s+(?P<session_year>\d{4}))(?:\s+\(reprise\))?$",
    agenda_pattern=r"^Points?\s+(?P<items>.+?)\s+de\s+l[’']ordre\s+du\s+jour(?:\s+provisoire)?\*?$",
    ordinal_units={}, ordinal_tens={}, cardinal_tens={},
    organs=_ORGANS,
    formula_pattern=r"^(?:L[’']\s?|Le\s+)(?P<organ>Assemblée générale|Conseil de sécurité|"
                    r"Conseil des droits de l[’']homme|Conseil économique et social)\s*,?$",
    committees={**committees(("Première Commission", "Deuxième Commission", "Troisième Commission",
                              "Quatrième Commission", "Cinquième Commission", "Sixième Commission")),
                f"{_SPECIAL} (Quatrième Commission)": "fourthCommittee", _SPECIAL: "fourthCommittee",
                "Bureau": "generalCommittee", "Commission de vérification des pouvoirs":
                "credentialsCommittee"},
    adopted_pattern=r"^(?P<kind>Résolutions?|Décisions?) adoptées? par (?:l[’']|le )(?P<organ>.+?)\s+le\s+"
                    r"(?P<date>\d{1,2}(?:er)?\s+\w+\s+\d{4})$",
    adoption_kinds={"Résolution": "resolution", "Décision": "decision",
                    "Résolutions": "resolution", "Décisions": "decision"},
    # the Security Council's adoption line and resolution number, its President's statement
    adopted_at_meeting_pattern=r"^Adoptée par le (?P<organ>Conseil de sécurité) à sa "
                               r"(?P<meeting>(?P<ordinal>\d+(?:e|ᵉ|re))\s+séance),? le\s+"
                               r"(?P<date>\d{1,2}(?:er)?\s+\w+\s+\d{4})$",
    number_line_pattern=r"^Résolution (?P<num>\d+\s*\(\d{4}\))$",
    # the archive's, in capitals without accents and without its date
    archive_adopted_pattern=r"^(?P<kind>R[EÉ]SOLUTIONS?|D[EÉ]CISIONS?) ADOPT[EÉ]ES? PAR (?:L[’']\s?|LE )"
                            r"(?P<organ>[A-ZÀ-Ý '’-]+?)(?:\s+LE\s+(?P<date>\d{1,2}\s+\S+\s+\d{4}))?$",
    statement_kinds={"Déclaration du Président du Conseil de sécurité": "presidentialStatement",
                     "Déclaration de la Présidence du Conseil de sécurité": "presidentialStatement"},
    report_pattern=r"^\[sur (?:la base )?(?:du|des) rapports? de la (?P<committee>.+?)\s*"
                   r"\((?P<doc>[^()]*(?:\([^()]*\)[^()]*)*)\)\]$",
    no_committee_pattern=r"^\[sans renvoi (?:à|aux) (?:une|des) grandes? commissions?\s*"
                         r"(?:\((?P<doc>[^)]*)\))?\]$",
    draft_kinds={"projet de résolution": "draftResolution", "projet de décision": "draftDecision",
                 "projet de résolution révisé": "draftResolution",
                 "projet de décision révisé": "draftDecision",
                 "amendement": "amendment", "amendements": "amendment"},
    amendment_words=("amendement", "amendements"),
    submitted_by_pattern=r"^projets? de (?:résolution|décision)(?: révisé)? présentés? par\b",
    meeting_pattern=r"^(?P<meeting>\d+(?:e|re|ᵉ|ʳᵉ)\s+séance(?:\s+plénière)?(?:\s+\(reprise\))?)$",
    preamble_participles=(
        "Accueillant", "Affirmant", "Appréciant", "Ayant", "Condamnant", "Confirmant", "Consciente",
        "Considérant", "Constatant", "Convaincue", "Craignant", "Demandant", "Déterminée",
        "Encourageant", "Engageant", "Estimant", "Exprimant", "Faisant", "Félicitant", "Gardant",
        "Gravement", "Inquiète", "Insistant", "Invitant", "Louant", "Mesurant", "Notant", "Prenant",
        "Profondément", "Préoccupée", "Rappelant", "Reconnaissant", "Remerciant", "Restant",
        "Réaffirmant", "Réitérant", "Résolue", "Sachant", "Saluant", "Se félicitant",
        "Se déclarant", "Se disant", "S’inquiétant", "Souhaitant", "Soulignant", "Tenant",
        "Vivement", "Alarmée", "Désireuse", "Soucieuse", "Attachée", "Guidée", "Prenant acte",
        "Agissant", "Approuvant", "Déplorant", "Rappelant", "Regrettant", "Réaffirmant",
    ),
    # "Notant avec un regain d’inquiétude", "avec une vive préoccupation", "avec regret"
    modifier_pattern=r"avec\s+(?:une?\s+)?(?:(?:vive|profonde|grande|extrême)\s+|regain\s+d[’'])?"
                     r"(?:alarme|regret|inquiétude|préoccupation|satisfaction|intérêt|gratitude)\b",
    participle_modifiers=("également", "aussi", "en outre", "de nouveau", "une fois de plus",
                          # ("avec" and a feeling: modifier_pattern)
                          "profondément", "vivement", "gravement", "note", "acte",
                          # as the UN italicizes them: "Ayant examiné", "Tenant compte",
                          # "Gardant à l’esprit", "Profondément préoccupée", "Notant avec une
                          # vive préoccupation"
                          "examiné", "examiné également", "à l’esprit", "compte", "en compte",
                          "préoccupée", "avec reconnaissance", "en particulier", "toujours", "résolument"),
    operative_pattern=r"(?:Se\s+|S[’'])?[A-ZÀ-ÖØ-Þ][\w’'-]*",
    operative_adverbs=(),
    operative_verb_particles=("également", "instamment", "de nouveau", "en outre", "note", "acte",
                              "avec satisfaction", "avec préoccupation", "vivement"),
    annex_words=("Annexe", "Annexes", "Appendice"),
    furniture_pattern=r"Merci\s+de\s+recycler\s*♲?",
    numbered_nouns=("paragraphe", "paragraphes", "par.", "alinéa", "article", "articles", "annexe",
                    "chapitre", "section", "résolution", "résolutions", "décision", "décisions",
                    "objectif", "cible", "principe", "point", "points", "no", "nos", "règle",
                    "volume", "vol.", "page", "p.", "partie", "tableau", "recommandation",
                    "Protocole", "Supplément", "appendice", "du", "au", "entre"),
    resolution_words=("résolution", "résolutions"),
    citation_organs={"Conseil des droits de l’homme": "A/HRC", "Conseil des droits de l'homme": "A/HRC",
                     "Conseil de sécurité": "S", "Conseil économique et social": "E",
                     "Assemblée générale": "A"},
    attribution=r",?\s*(?:adoptées?\s+)?(?:du|de la|de l’|de l'|par le|par la|par l’|par l')",
    decision_words=("décision", "décisions"),
    possessives=("sa", "ses", "son", "leur", "leurs"),
    dated_word="du",
    date_connectors=("du", "le"),
    symbol_part_words=SYMBOL_PARTS,
    and_word="et",
    conjunctions=("et", "ou"),
    ordinal_suffixes=("e", "er", "re"),
    language_names=("anglais", "français", "espagnol", "russe", "arabe", "chinois"),
    division_words={"Partie": "part", "Chapitre": "chapter", "Section": "section",
                    "Article": "article", "Règle": "rule"},
    division_number_words=("premier",),   # "Article premier"
    vowels="aeiouyàâéèêëîïôûù",
    # the words of one letter and the commonest short ones: never fragments of one word
    short_words=("à", "a", "y", "au", "aux", "ce", "ces", "de", "des", "du", "en", "et", "il",
                 "la", "le", "les", "ne", "ni", "on", "ou", "où", "par", "pas", "qui", "que",
                 "sa", "se", "ses", "son", "sur", "un", "une"),
    recorded_vote_pattern=r"^\[?adoptée?,? (?:à l[’']issue d[’']un vote enregistré, )?par "
                          r"(?P<inFavour>\d+) voix contre (?P<against>\d+|zéro),? avec "
                          r"(?P<abstaining>\d+|aucune) abstentions?\b",
    without_vote_pattern=r"^\[?adoptée? sans (?:être mise aux voix|vote)\b",
    vote_zero_words=("zéro", "aucune"),
    vote_sides={"Ont voté pour": "inFavour", "Ont voté contre": "against",
                "Se sont abstenus": "abstaining"},
)
