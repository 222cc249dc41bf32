"""Russian words of UN resolutions (preambular participles and operative verbs in lower case)."""

from converter.languages.cldr import month_names, month_numbers
from converter.languages.common import ENGLISH_DISTRIBUTION, ENGLISH_MONTHS, SYMBOL_PARTS, committees
from converter.languages.table import LanguageTable

_SPECIAL = "Комитета по специальным политическим вопросам и вопросам деколонизации"

RUSSIAN = LanguageTable(
    code="rus",
    lexicon="ru",
    undocs_code="ru",
    months=month_names("ru", "format"),           # genitive: "7 декабря 2022 года"
    other_months={**ENGLISH_MONTHS, **month_numbers(month_names("ru", "stand-alone"))},
    date_shapes=(r"\b(?P<day>\d{{1,2}})\s+(?P<month>{months})\s+(?P<year>\d{{4}})\b(?:\s+года?)?",),
    united_nations="Организация Объединенных Наций",
    distribution_label=r"Distr\.\s*:?",
    distribution_kinds={"общая": "general", "ограниченная": "limited", **ENGLISH_DISTRIBUTION},
    original_label=r"(?:Original|Язык оригинала)\s*:",
    # (the Economic and Social Council's yearly session: "Сессия 2023 года")
    session_pattern=r"^(?:(?P<ordinal>\S+(?:\s+\S+)?)\s+(?:(?P<kind>(?:чрезвычайная\s+)?"
                    r"специальная)\s+)?сессия(?:\s+\(возобновленная\))?"
                    r"|Сессия\s+(?P<session_year>\d{4})\s+года)$",
    agenda_pattern=r"^Пункты?\s+(?P<items>.+?)\s+(?:предварительной\s+)?повестки\s+дня\*?$",
    ordinal_units={}, ordinal_tens={}, cardinal_tens={},
    organs={"Генеральная Ассамблея": "ga", "Совет Безопасности": "sc",
            "Совет по правам человека": "hrc", "Экономический и Социальный Совет": "ecosoc"},
    formula_pattern=r"^(?P<organ>Генеральная Ассамблея|Совет Безопасности|Совет по правам человека|"
                    r"Экономический и Социальный Совет)\s*,$",
    committees={**committees(("Первый комитет", "Второй комитет", "Третий комитет",
                              "Четвертый комитет", "Пятый комитет", "Шестой комитет"),
                             ("Первого комитета", "Второго комитета", "Третьего комитета",
                              "Четвертого комитета", "Пятого комитета", "Шестого комитета")),
                f"{_SPECIAL} (Четвертый комитет)": "fourthCommittee", _SPECIAL: "fourthCommittee"},
    adopted_pattern=r"^(?P<kind>Резолюци[яи]|Решени[ея]),?\s+принят(?:ая|ое|ые)\s+"
                    r"(?P<organ>Генеральной Ассамблеей|Советом Безопасности|Советом по правам человека|"
                    r"Экономическим и Социальным Советом)\s+"
                    r"(?P<date>\d{1,2}\s+\w+\s+\d{4}(?:\s+года?)?)$",
    adoption_kinds={"Резолюция": "resolution", "Решение": "decision",
                    "Резолюции": "resolution", "Решения": "decision"},
    # the Security Council's adoption line and resolution number, its President's statement
    adopted_at_meeting_pattern=r"^Принята (?P<organ>Советом Безопасности) на его "
                               r"(?P<meeting>(?P<ordinal>\d+[‑-]м)\s+заседании),?\s+"
                               r"(?P<date>\d{1,2}\s+\w+\s+\d{4}(?:\s+года?)?)$",
    number_line_pattern=r"^Резолюция (?P<num>\d+\s*\(\d{4}\))$",
    # the archive's, in capitals and without its date
    archive_adopted_pattern=r"^(?P<kind>РЕЗОЛЮЦИЯ|РЕШЕНИЕ),?\s+ПРИНЯТ(?:АЯ|ОЕ)\s+(?P<organ>[А-ЯЁ ]+?)"
                            r"(?:\s+(?P<date>\d{1,2}\s+\S+\s+\d{4})(?:\s+ГОДА)?)?$",
    statement_kinds={"Заявление Председателя Совета Безопасности": "presidentialStatement"},
    report_pattern=r"^\[по докладу (?P<committee>.+?)\s*\((?P<doc>[^()]*(?:\([^()]*\)[^()]*)*)\)\]$",
    no_committee_pattern=r"^\[без передачи в главн(?:ый|ые) комитеты?\s*(?:\((?P<doc>[^)]*)\))?\]$",
    draft_kinds={"проект резолюции": "draftResolution", "проект решения": "draftDecision",
                 "пересмотренный проект резолюции": "draftResolution",
                 "поправка": "amendment", "поправки": "amendment"},
    amendment_words=("поправка", "поправки"),
    submitted_by_pattern=r"^проекты? (?:резолюции|решения),? представленны[йе]\b",
    meeting_pattern=r"^(?P<meeting>\d+[‑-][еe]\s+(?:\(возобновленное\)\s+)?(?:пленарное\s+)?заседание"
                    r"(?:\s+\(возобновленное\))?)$",
    preamble_participles=(
        "будучи", "выражая", "желая", "констатируя", "напоминая", "обращая", "осуждая", "отмечая",
        "памятуя", "подтверждая", "подчеркивая", "поощряя", "приветствуя", "признавая", "призывая",
        "принимая", "продолжая", "разделяя", "рассмотрев", "рекомендуя", "сознавая", "сохраняя",
        "ссылаясь", "считая", "учитывая", "исходя", "руководствуясь", "отдавая", "вновь",
        "высоко оценивая", "настоятельно", "особо", "с удовлетворением", "с озабоченностью",
        "с обеспокоенностью", "с признательностью", "глубоко", "серьезно", "будучи убеждена",
        "испытывая", "стремясь", "заявляя", "одобряя", "ожидая", "вновь подтверждая",
        "предлагая", "обращаясь", "изучив", "заслушав", "обсудив",
    ),
    # "с глубокой озабоченностью", and the feeling a participle expresses ("выражая глубокую
    # озабоченность", "обращая особое внимание")
    preamble_adverbs=("настоятельно", "решительно", "высоко", "твердо"),   # before a participle only
    modifier_pattern=r"с\s+(?:[а-яё]+(?:ой|ым|им)\s+)?[а-яё]+(?:ием|ем|ью|ой|ом)"
                     r"|(?:[а-яё]+(?:ую|юю|ое|ее)\s+)?(?:озабоченность|обеспокоенность|признательность"
                     r"|внимание)",
    participle_modifiers=("также", "далее", "вновь", "особо", "глубоко",   # ("с …": modifier_pattern)
                          # as the UN italicizes them: "принимая к сведению", "принимая во внимание",
                          # "будучи обеспокоена", "выражая обеспокоенность"
                          "к сведению", "во внимание", "обеспокоена", "озабочена", "серьезно",
                          "осведомлена"),   # (the feeling, "серьезную озабоченность": modifier_pattern)
    operative_pattern=r"[а-яё]+(?:ет|ит|ат|ят|ует|ает)(?:ся)?",
    operative_adverbs=("вновь", "также", "настоятельно", "особо", "решительно", "высоко",
                       "с удовлетворением", "с признательностью", "с обеспокоенностью",
                       "убедительно", "далее"),
    operative_verb_particles=("также", "далее", "к сведению", "во внимание"),
    annex_words=("Приложение", "Приложения", "Добавление"),
    numbered_nouns=("пункт", "пункты", "пункта", "пунктах", "пунктом", "статья", "статьи",
                    "приложение", "глава", "главы", "раздел", "раздела", "резолюция", "резолюции",
                    "резолюцию", "решение", "решения", "цель", "задача", "принцип", "№",
                    "правило", "том", "стр.", "часть", "таблица", "рекомендация", "Протокол",
                    "Дополнение", "от", "до", "между"),
    resolution_words=("резолюция", "резолюции", "резолюцию", "резолюциях", "резолюцией", "резолюций",
                      "резолюциям", "резолюциями"),
    # the organ in the genitive ("резолюция Совета Безопасности 2334 (2016)", "резолюцию 46/15
    # Совета по правам человека"), the nominative and the instrumental ("принятой Советом")
    citation_organs={"Совета по правам человека": "A/HRC", "Совет по правам человека": "A/HRC",
                     "Советом по правам человека": "A/HRC", "Совета Безопасности": "S",
                     "Совет Безопасности": "S", "Советом Безопасности": "S",
                     "Экономического и Социального Совета": "E", "Экономический и Социальный Совет": "E",
                     "Экономическим и Социальным Советом": "E", "Генеральной Ассамблеи": "A",
                     "Генеральная Ассамблея": "A", "Генеральной Ассамблеей": "A"},
    decision_words=("решение", "решения", "решении", "решениях"),
    # part letters typed in Cyrillic look-alikes: "52/38 О" is 52/38 O
    part_letters={c: lat for c, lat in zip("АВСЕНКМОРТХ", "ABCEHKMOPTX", strict=True)},
    possessives=("свою", "свои", "своей", "своих", "своя", "ее", "её"),   # not "его": a Council's
    dated_word="от",
    date_connectors=("от",),
    symbol_part_words=SYMBOL_PARTS,
    and_word="и",
    conjunctions=("и", "или"),
    ordinal_suffixes=("-е", "‑е", "-й", "‑й"),
    language_names=("английский", "французский", "испанский", "русский", "арабский", "китайский"),
    division_words={"Часть": "part", "Глава": "chapter", "Раздел": "section", "Статья": "article",
                    "Правило": "rule"},
    vowels="аеёиоуыэюя",
    date_range_words=("", "по", "года?"),
    without_vote_pattern=r"^\[?принят[аоы]? без голосования\b",
    recorded_vote_pattern=r"^\[?принят[аоы]? (?:путем заносимого в отчет о заседании голосования |"
                          r"заносимым в отчет о заседании голосованием )?"
                          r"(?P<inFavour>\d+) голос(?:ами|ом|а)? "
                          r"против (?P<against>\d+) при (?P<abstaining>\d+) воздержавш",
    vote_sides={"Голосовали за": "inFavour", "Голосовали против": "against", "Воздержались": "abstaining"},
    # the words of one letter and the commonest short ones: never fragments of one word
    short_words=("а", "в", "и", "к", "о", "с", "у", "я", "во", "до", "же", "за", "из", "ко",
                 "на", "не", "ни", "об", "от", "по", "со", "их", "его", "её", "ее", "как", "что"),
)
