"""Spanish words of UN resolutions."""

from converter.languages.cldr import month_names
from converter.languages.common import (
    ENGLISH_DATE,
    ENGLISH_DISTRIBUTION,
    ENGLISH_MONTHS,
    SYMBOL_PARTS,
    committees,
)
from converter.languages.table import LanguageTable

_SPECIAL = "Comisión Política Especial y de Descolonización"

SPANISH = LanguageTable(
    code="spa",
    lexicon="es",
    undocs_code="es",
    months=month_names("es"),
    other_months=ENGLISH_MONTHS,
    date_shapes=(r"\b(?P<day>\d{{1,2}})\s+de\s+(?P<month>{months})\s+de\s+(?P<year>\d{{4}})\b",
                 ENGLISH_DATE),
    united_nations="Naciones Unidas",
    distribution_label=r"Distr\.\s*:?",
    distribution_kinds={"general": "general", "limitada": "limited", "reservada": "restricted",
                        **ENGLISH_DISTRIBUTION},
    original_label=r"Original\s*:",
    # (the Economic and Social Council's yearly session: "Período de sesiones de 2023")
    session_pattern=r"^(?:(?P<ordinal>\S+(?:\s+\S+)?)\s+período\s+(?:(?P<kind>extraordinario"
                    r"(?:\s+de\s+sesiones\s+de\s+emergencia)?)\s+)?de\s+sesiones.*"
                    r"|Período\s+de\s+sesiones\s+de\s+(?P<session_year>\d{4}))$",
    # ("de la agenda": the Human Rights Council's)
    agenda_pattern=r"^Temas?\s+(?P<items>.+?)\s+(?:del\s+programa(?:\s+provisional)?|de\s+la\s+agenda)\*?$",
    ordinal_units={}, ordinal_tens={}, cardinal_tens={},
    organs={"Asamblea General": "ga", "Consejo de Seguridad": "sc",
            "Consejo de Derechos Humanos": "hrc", "Consejo Económico y Social": "ecosoc"},
    formula_pattern=r"^(?:La|El)\s+(?P<organ>Asamblea General|Consejo de Seguridad|"
                    r"Consejo de Derechos Humanos|Consejo Económico y Social)\s*,?$",
    committees={**committees(("Primera Comisión", "Segunda Comisión", "Tercera Comisión",
                              "Cuarta Comisión", "Quinta Comisión", "Sexta Comisión")),
                f"{_SPECIAL} (Cuarta Comisión)": "fourthCommittee", _SPECIAL: "fourthCommittee",
                f"{_SPECIAL} (Cuarta Comisión": "fourthCommittee"},
    adopted_pattern=r"^(?P<kind>Resolución|Decisión|Resoluciones|Decisiones) aprobadas? por (?:la|el) "
                    r"(?P<organ>.+?)\s+el\s+"
                    r"(?P<date>\d{1,2}\s+de\s+\w+\s+de\s+\d{4})$",
    adoption_kinds={"Resolución": "resolution", "Decisión": "decision",
                    "Resoluciones": "resolution", "Decisiones": "decision"},
    # the Security Council's adoption line and resolution number, its President's statement
    adopted_at_meeting_pattern=r"^Aprobada por el (?P<organ>Consejo de Seguridad) en su "
                               r"(?P<meeting>(?P<ordinal>\d+(?:ª|a|\.ª|º))\s+sesión),?\s+"
                               r"celebrada el\s+(?P<date>\d{1,2}\s+de\s+\w+\s+de\s+\d{4})$",
    number_line_pattern=r"^Resolución (?P<num>\d+\s*\(\d{4}\))$",
    # the archive's, in capitals (accents perhaps dropped) and without its date
    archive_adopted_pattern=r"^(?P<kind>RESOLUCI[OÓ]N(?:ES)?|DECISI[OÓ]N(?:ES)?) APROBADAS? POR "
                            r"(?:LA |EL )(?P<organ>[A-ZÁÉÍÓÚÑ ]+?)"
                            r"(?:\s+EL\s+(?P<date>\d{1,2}\s+DE\s+\S+\s+DE\s+\d{4}))?$",
    statement_kinds={"Declaración de la Presidencia del Consejo de Seguridad": "presidentialStatement",
                     "Declaración del Presidente del Consejo de Seguridad": "presidentialStatement"},
    report_pattern=r"^\[sobre la base de(?:l| los) informes? de la (?P<committee>.+?)\s*"
                   r"\((?P<doc>[^()]*(?:\([^()]*\)[^()]*)*)\)\]$",
    no_committee_pattern=r"^\[sin remisión previa a una Comisión Principal\s*(?:\((?P<doc>[^)]*)\))?\]$",
    draft_kinds={"proyecto de resolución": "draftResolution", "proyecto de decisión": "draftDecision",
                 "proyecto de resolución revisado": "draftResolution",
                 "enmienda": "amendment", "enmiendas": "amendment"},
    amendment_words=("enmienda", "enmiendas"),
    submitted_by_pattern=r"^proyectos? de (?:resolución|decisión)(?: revisado)? presentados? por\b",
    meeting_pattern=r"^(?P<meeting>\d+\.?[aª]\.?\s+sesión(?:\s+plenaria)?(?:\s+\(continuación\))?)$",
    preamble_participles=(
        "Acogiendo", "Afirmando", "Alentando", "Compartiendo", "Comprendiendo", "Condenando",
        "Confirmando", "Conocedora", "Consciente", "Considerando", "Convencida", "Decidida",
        "Deseando", "Destacando", "Encomiando", "Exhortando", "Expresando", "Gravemente",
        "Habiendo", "Haciendo", "Instando", "Observando", "Pidiendo", "Poniendo", "Preocupada",
        "Profundamente", "Reafirmando", "Reconociendo", "Recordando", "Reiterando", "Resaltando",
        "Seriamente", "Subrayando", "Sumamente", "Teniendo", "Tomando", "Alarmada", "Guiada",
        "Lamentando", "Apoyando", "Celebrando", "Decidiendo", "Señalando", "Acogiendo con beneplácito",
    ),
    # "Observando con alarma", "con pesar", "con renovada preocupación"
    modifier_pattern=r"con\s+(?:(?:gran|profunda|renovada|honda|seria|grave)\s+)?(?:alarma|pesar"
                     r"|preocupación|satisfacción|aprecio|beneplácito|inquietud|reconocimiento)\b",
    participle_modifiers=("también", "además", "asimismo", "nuevamente", "una vez más",
                          "profundamente", "gravemente", "nota",   # ("con …": modifier_pattern)
                          # as the UN italicizes them: "Teniendo presente", "Poniendo de relieve",
                          # "Habiendo examinado", "Profundamente preocupada"
                          "presente", "presentes", "de relieve", "examinado", "considerado", "notar",
                          "preocupación", "grave preocupación", "seria preocupación", "preocupada",
                          "en consideración", "en cuenta", "su preocupación", "en particular"),
    operative_pattern=r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]*",
    operative_adverbs=(),
    operative_verb_particles=("también", "además", "encarecidamente", "nota", "con beneplácito",
                              "con aprecio", "con preocupación", "una vez más"),
    annex_words=("Anexo", "Anexos", "Apéndice"),
    furniture_pattern=r"Se\s+ruega\s+reciclar\s*♲?",
    numbered_nouns=("párrafo", "párrafos", "párr.", "párrs.", "artículo", "artículos", "anexo",
                    "capítulo", "cap.", "sección", "resolución", "resoluciones", "decisión",
                    "decisiones", "objetivo", "meta", "principio", "tema", "temas", "núm.", "núms.",
                    "regla", "volumen", "vol.", "página", "pág.", "parte", "cuadro",
                    "recomendación", "Protocolo", "Suplemento", "apéndice", "del", "al", "entre"),
    resolution_words=("resolución", "resoluciones"),
    # "la resolución 2013/40 del Consejo Económico y Social" -> E/RES/2013/40
    citation_organs={"Consejo Económico y Social": "E", "Consejo de Derechos Humanos": "A/HRC",
                     "Consejo de Seguridad": "S", "Asamblea General": "A"},
    attribution=r",?\s*(?:aprobadas?\s+)?(?:del|de la|por el|por la)",
    own_citation=r",?\s+en\s+su",
    name_connectors=("de", "del", "y", "la", "las", "los", "para", "sobre", "en"),
    organ_nouns=("Consejo", "Comisión", "Comité", "Conferencia", "Junta", "Asamblea", "Organización",
                 "Foro", "Programa", "Fondo", "Corte", "Unión", "Grupo", "Social", "Seguridad",
                 "Humanos"),
    decision_words=("decisión", "decisiones"),
    possessives=("su", "sus"),
    dated_word="de",
    date_connectors=("de", "el"),
    symbol_part_words=SYMBOL_PARTS,
    and_word="y",
    conjunctions=("y", "o", "e", "u"),
    ordinal_suffixes=("a", "o", "º", "ª"),
    language_names=("inglés", "francés", "español", "ruso", "árabe", "chino"),
    division_words={"Parte": "part", "Capítulo": "chapter", "Sección": "section",
                    "Artículo": "article", "Regla": "rule"},
    vowels="aeiouyáéíóú",
    date_range_words=("de", "a|al", ""),
    # the words of one letter and the commonest short ones: never fragments of one word
    short_words=("a", "e", "o", "u", "y", "al", "con", "de", "del", "el", "en", "es", "la",
                 "las", "lo", "los", "ni", "no", "para", "por", "que", "se", "su", "sus", "un",
                 "una"),
    without_vote_pattern=r"^\[?aprobad[ao] sin (?:votación|someterse a votación)\b",
    recorded_vote_pattern=r"^\[?aprobad[ao] en (?:una )?votación registrada,? por (?P<inFavour>\d+) "
                          r"votos? contra (?P<against>\d+|ninguno) y (?P<abstaining>\d+|ninguna) "
                          r"abstenci(?:ón|ones)\b",
    vote_zero_words=("ninguno", "ninguna"),
    vote_sides={"Votos a favor": "inFavour", "Votos en contra": "against", "Abstenciones": "abstaining"},
)
