"""Arabic words of UN resolutions.  Month names are printed in both the Levantine and the
Egyptian series ("كانون الأول/ديسمبر"); both come from CLDR."""

from converter.languages.cldr import month_names, month_numbers
from converter.languages.common import ENGLISH_DISTRIBUTION, ENGLISH_MONTHS, SYMBOL_PARTS, committees
from converter.languages.table import LanguageTable

# The UN writes two Egyptian month names as older spellings than CLDR's.
_UN_SPELLING = {"يونيو": "يونيه", "يوليو": "يوليه"}
_LEVANTINE = month_names("ar_SY")
_EGYPTIAN = tuple(_UN_SPELLING.get(m, m) for m in month_names("ar"))
_MONTHS = tuple(f"{a}/{b}" for a, b in zip(_LEVANTINE, _EGYPTIAN, strict=True))
# The part letters A-Z of a resolution ("49/75 K"), as the UN spells them: letter names in
# the abjad order (alif, ba, jim, dal, …).
_PART_LETTERS = dict(zip(
    ("ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام", "ميم",
     "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد"),
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ", strict=True))

ARABIC = LanguageTable(
    code="ara",
    lexicon="ar",
    undocs_code="ar",
    months=_MONTHS,
    other_months={**ENGLISH_MONTHS, **month_numbers(_LEVANTINE, _EGYPTIAN, month_names("ar"))},
    united_nations="الأمم المتحدة",
    stretch_chars="ـ",
    distribution_label=r"Distr\.\s*:?",
    distribution_kinds={"عام": "general", "محدود": "limited", **ENGLISH_DISTRIBUTION},
    original_label=r"(?:Original|الأصل)\s*:",
    # (the Economic and Social Council's yearly session: "دورة عام 2023")
    session_pattern=r"^(?:الدورة\s+(?P<ordinal>.+?)|دورة\s+عام\s+(?P<session_year>\d{4}))(?:\s+\(المستأنفة\))?$",
    agenda_pattern=r"^(?:البند|البندان|البنود)\s+(?P<items>.+?)\s+من\s+جدول\s+الأعمال(?:\s+المؤقت)?\*?$",
    ordinal_units={}, ordinal_tens={}, cardinal_tens={},
    organs={"الجمعية العامة": "ga", "مجلس الأمن": "sc", "مجلس حقوق الإنسان": "hrc",
            "المجلس الاقتصادي والاجتماعي": "ecosoc"},
    formula_pattern=r"^(?:إن\s+(?P<organ>الجمعية العامة|مجلس الأمن|مجلس حقوق الإنسان|"
                    r"المجلس الاقتصادي والاجتماعي)\s*[،,]?|(?:الجمعية العامة|مجلس الأمن)\s*[،,])$",
    committees={**committees(("اللجنة الأولى", "اللجنة الثانية", "اللجنة الثالثة", "اللجنة الرابعة",
                              "اللجنة الخامسة", "اللجنة السادسة")),
                "لجنة المسائل السياسية الخاصة وإنهاء الاستعمار (اللجنة الرابعة)": "fourthCommittee",
                "لجنة المسائل السياسية الخاصة وإنهاء الاستعمار": "fourthCommittee"},
    adopted_pattern=r"^(?P<kind>قرار|مقرر)\s+(?:اتخذته|اتخذها|اتخذه)\s+"
                    r"(?P<organ>الجمعية العامة|مجلس الأمن|مجلس حقوق الإنسان|"
                    r"المجلس الاقتصادي والاجتماعي)\s+في\s+"
                    r"(?P<date>\d{1,2}\s+.+?\s+\d{4})$",
    adoption_kinds={"قرار": "resolution", "مقرر": "decision"},
    without_vote_pattern=r"^\[?اعت[ُ]?مد(?:ت)? (?:دون|بدون) تصويت",
    recorded_vote_pattern=r"^\[?اعت[ُ]?مد(?:ت)? بتصويت مسجل بأغلبية (?P<inFavour>\d+) صوت[اً]* "
                          r"مقابل (?P<against>\d+|لا شيء)،? (?:و)?امتناع (?P<abstaining>\d+|لا أحد)",
    vote_zero_words=("لا شيء", "لا أحد"),
    # the Security Council's adoption line and resolution number, its President's statement
    adopted_at_meeting_pattern=r"^(?:الذي\s+)?اتخذه (?P<organ>مجلس الأمن) في "
                               r"(?P<meeting>جلسته\s+(?P<ordinal>\d+)),?\s+المعقودة في\s+"
                               r"(?P<date>\d{1,2}\s+.+?\s+\d{4})$",
    number_line_pattern=r"^القرار (?P<num>\d+\s*\(\d{4}\))$",
    statement_kinds={"بيان من رئيس مجلس الأمن": "presidentialStatement",
                     "بيان رئيس مجلس الأمن": "presidentialStatement"},
    report_pattern=r"^\[بناء على (?:تقرير|تقارير) (?P<committee>.+?)\s*"
                   r"\((?P<doc>[^()]*(?:\([^()]*\)[^()]*)*)\)\]$",
    no_committee_pattern=r"^\[دون الإحالة إلى لجنة رئيسية\s*(?:\((?P<doc>[^)]*)\))?\]$",
    number_title_mark=r"\.?",
    draft_kinds={"مشروع قرار": "draftResolution", "مشروع مقرر": "draftDecision",
                 "تعديل": "amendment", "تعديلات": "amendment"},
    amendment_words=("تعديل", "تعديلات"),
    submitted_by_pattern=r"^مشروع (?:قرار|مقرر) مقدم من\b",
    meeting_pattern=r"^(?P<meeting>الجلسة\s+(?:العامة\s+)?(?:\(المستأنفة\)\s+)?\d+(?:\s+\(المستأنفة\))?)$",
    preamble_participles=("إذ", "وإذ", "وقد", "واقتناعا", "اقتناعا", "وإدراكا", "إدراكا", "وتصميما",
                          "تصميما", "ورغبة", "رغبة", "واعترافا", "اعترافا", "وتسليما", "تسليما"),
    opener_tail=r"(?:\s+(?!أيضا)[^\s،,]+)?",
    opener_end=r"(?=[\s,:;،؛]|$)",   # "وإذ تشير، في هذا الصدد،": the Arabic comma ends it too
    # what the UN sets in italics after the verb: "وإذ تضع في اعتبارها", "وإذ تحيط علما",
    # "وإذ تؤكد من جديد", "وإذ يساورها بالغ القلق", "وإذ تلاحظ مع التقدير"
    participle_modifiers=("أيضا", "أيضاً", "كذلك", "في اعتبارها", "في الاعتبار", "من جديد", "علما",
                          "تأكيد", "التأكيد", "القلق", "بالغ القلق", "شديد القلق",
                          "بقلق بالغ", "بقلق", "مجددا"),   # ("عن …", "مع …": modifier_pattern)
    # the feeling the verb expresses: "وإذ تعرب عن أشد القلق", "عن استمرار قلقها", "عن تقديرنا",
    # "وإذ تلاحظ مع الأسف", "مع الجزع"
    modifier_pattern=r"(?:عن|مع)\s+(?:(?:أشد|بالغ|استمرار|عميق)\s+)?(?:القلق|قلقها|قلقنا|التقدير"
                     r"|تقديرها|تقديرنا|الأسف|أسفها|الجزع|الارتياح|الامتنان|امتنانها)(?=[\s,:;،؛]|$)",
    operative_pattern=r"(?:[تي]\w+)",
    operative_adverbs=(),
    operative_verb_particles=(),
    annex_words=("المرفق", "مرفق", "المرفقات", "التذييل"),
    numbered_nouns=("الفقرة", "الفقرات", "فقرة", "المادة", "المواد", "المرفق", "الفصل", "الفرع",
                    "القرار", "القرارات", "المقرر", "المقررات", "الهدف", "الغاية", "المبدأ",
                    "البند", "البنود", "رقم", "القاعدة", "المجلد", "الصفحة", "الجزء", "الجدول",
                    "التوصية", "البروتوكول", "الملحق", "من", "إلى", "بين"),
    # with the dual: "قراري الجمعية العامة", "قراريها", "القرارين" (two resolutions)
    resolution_words=("قرارها", "قراره", "القرار", "القرارات", "قراراتها", "قراراته", "قرار", "قرارات",
                      "قراري", "قراريها", "قراريه", "القرارين", "القراران", "قرارا"),
    own_citing_words=("قرارها", "قراراتها", "قراريها", "مقررها"),
    decision_words=("مقررها", "المقرر", "المقررات", "مقرر", "مقرري", "مقرريه", "المقررين"),
    # the body stands between the citing word and the number: "قرار مجلس حقوق الإنسان 46/15"
    citation_organs={"مجلس حقوق الإنسان": "A/HRC", "مجلس الأمن": "S", "المجلس الاقتصادي والاجتماعي": "E",
                     "الجمعية العامة": "A"},
    session_marks={"دإط": "ES", "دإ": "S", "د": ""},   # emergency special, special, regular
    part_letters=_PART_LETTERS,
    dated_word="المؤرخ",
    date_connectors=("المؤرخ", "المؤرخة", "في"),
    symbol_part_words=SYMBOL_PARTS,
    and_word="و",
    conjunctions=("و", "أو"),
    language_names=("الإنكليزية", "الفرنسية", "الإسبانية", "الروسية", "العربية", "الصينية"),
    division_words={"الجزء": "part", "الفصل": "chapter", "الفرع": "section", "المادة": "article"},
    vowels="اويى",
)
