"""The six official languages: one resolution in each, built here, checked element by element
(formula, containers and their names, numbered paragraphs and a sub-list, a note, a link,
conclusions, FRBR); the language read from the text; a language without a table refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.languages.detect import UnsupportedLanguageError, detect_language, script_of
from converter.pipeline import convert_file
from tests.conftest import CONVERTED, convert_text, text_of, xpath

# one resolution per language, as the UN prints it: the masthead mixes English lines
# ("Distr.: General", the issue date) with the language's own
DOCS = {
    "fra": """Nations Unies

A/RES/77/116

Assemblée générale

Distr. générale

20 décembre 2022

Soixante-dix-septième session

Point 178 de l’ordre du jour

Octroi du statut d’observateur

Résolution adoptée par l’Assemblée générale le 7 décembre 2022

[sur la base du rapport de la Sixième Commission (A/77/439, par. 7)]

77/116. Octroi du statut d’observateur

L’Assemblée générale,

Rappelant sa résolution 70/1,

Souhaitant promouvoir la coopération¹,

1. Décide d’inviter l’Organisation :

a) À participer à ses sessions ;

b) À participer à ses travaux ;

2. Prie le Secrétaire général de prendre les dispositions voulues.

47e séance plénière
7 décembre 2022

__________________

¹ A/77/325.
""",
    "spa": """Naciones Unidas

A/RES/77/116

Asamblea General

Distr. general

20 de diciembre de 2022

Septuagésimo séptimo período de sesiones

Tema 178 del programa

Otorgamiento de la condición de observadora

Resolución aprobada por la Asamblea General el 7 de diciembre de 2022

[sobre la base del informe de la Sexta Comisión (A/77/439, párr. 7)]

77/116. Otorgamiento de la condición de observadora

La Asamblea General,

Recordando su resolución 70/1,

Deseando promover la cooperación¹,

1. Decide invitar a la Organización:

a) A participar en los períodos de sesiones;

b) A participar en la labor;

2. Solicita al Secretario General que adopte las medidas necesarias.

47a sesión plenaria
7 de diciembre de 2022

__________________

¹ A/77/325.
""",
    "rus": """Организация Объединенных Наций

A/RES/77/116

Генеральная Ассамблея

Distr.: General

20 December 2022

Семьдесят седьмая сессия

Пункт 178 повестки дня

Предоставление статуса наблюдателя

Резолюция, принятая Генеральной Ассамблеей 7 декабря 2022 года

[по докладу Шестого комитета (A/77/439, пункт 7)]

77/116. Предоставление статуса наблюдателя

Генеральная Ассамблея,

ссылаясь на свою резолюцию 70/1,

желая содействовать сотрудничеству¹,

1. постановляет предложить Организации:

a) участвовать в сессиях;

b) участвовать в работе;

2. просит Генерального секретаря принять необходимые меры.

47‑е пленарное заседание
7 декабря 2022 года

__________________

¹ A/77/325.
""",
    "ara": """الأمم المتحدة

A/RES/77/116

الجمعية العامة

Distr.: General

20 December 2022

الدورة السابعة والسبعون

البند 178 من جدول الأعمال

منح مركز المراقب

قرار اتخذته الجمعية العامة في 7 كانون الأول/ديسمبر 2022

[بناء على تقرير اللجنة السادسة (A/77/439، الفقرة 7)]

77/116 منح مركز المراقب

إن الجمعية العامة،

إذ تشير إلى قرارها 70/1،

وإذ ترغب في تعزيز التعاون¹،

1 - تقرر دعوة المنظمة:

(أ) إلى المشاركة في دورات الجمعية العامة؛

(ب) إلى المشاركة في أعمالها؛

2 - تطلب إلى الأمين العام أن يتخذ الإجراءات اللازمة.

الجلسة العامة 47
7 كانون الأول/ديسمبر 2022

__________________

¹ A/77/325.
""",
    "zho": """联合国

A/RES/77/116

大会

Distr.: General

20 December 2022

第七十七届会议

议程项目178

给予观察员地位

2022年12月7日大会决议

[根据第六委员会的报告 (A/77/439，第7段)]

77/116. 给予观察员地位

大会，

回顾其第70/1号决议，

希望促进合作¹，

1. 决定邀请该组织：

(a) 参加大会的届会；

(b) 参加大会的工作；

2. 请秘书长采取必要行动执行本决议。

第47次全体会议
2022年12月7日

__________________

¹ A/77/325.
""",
}

EXPECTED = {  # formula, the two container names, the meeting line, the link's language code
    "fra": ("L’Assemblée générale,", ("Rappelant", "Souhaitant"), "47e séance plénière", "fr"),
    "spa": ("La Asamblea General,", ("Recordando", "Deseando"), "47a sesión plenaria", "es"),
    "rus": ("Генеральная Ассамблея,", ("ссылаясь", "желая"), "47‑е пленарное заседание", "ru"),
    "ara": ("إن الجمعية العامة،", ("إذ تشير", "وإذ ترغب"), "الجلسة العامة 47", "ar"),
    "zho": ("大会，", ("回顾", "希望"), "第47次全体会议", "ch"),
}


def convert(tmp_path: Path, lang: str, **kw):
    path = tmp_path / "A_RES_77_116.txt"
    path.write_text(DOCS[lang], encoding="utf-8")
    result = convert_file(path, converted=CONVERTED, **kw)
    assert result.errors == []
    return result.tree


def convert_doc(tmp_path, text: str):
    """The tree of `text` converted as a text file named after its symbol (checked valid)."""
    return convert_text(tmp_path, "A_RES_77_116.txt", text)


@pytest.mark.parametrize("lang", DOCS)
def test_a_resolution_in_each_language_element_by_element(tmp_path, lang):
    tree = convert(tmp_path, lang)
    formula, names, meeting, code = EXPECTED[lang]
    assert xpath(tree, "//a:FRBRExpression/a:FRBRthis/@value") == [
        f"/akn/un/statement/deliberation/unga/2022-12-07/77-116/{lang}@/!main"]
    assert xpath(tree, "//a:FRBRlanguage/@language") == [lang]
    assert xpath(tree, "//a:session/@value") == ["77"]
    assert xpath(tree, "//a:coverPage//a:inline[@name='agenda item']/@title") == ["178"]
    assert xpath(tree, "//a:coverPage//a:docDate/@date") == ["2022-12-20"]
    assert xpath(tree, "//a:docProponent/@refersTo") == ["#sixthCommittee"]
    assert [text_of(x) for x in xpath(tree, "//a:formula")] == [formula]
    assert tuple(xpath(tree, "//a:preamble/a:container/@name")) == names
    assert [text_of(x) for x in xpath(tree, "//a:mainBody/a:paragraph/a:num")] == (
        ["1 -", "2 -"] if lang == "ara" else ["1.", "2."])
    assert xpath(tree, "//a:paragraph[1]//a:point/@eId") == [
        "para_1__list_1__point_a", "para_1__list_1__point_b"]
    note = xpath(tree, "//a:authorialNote")
    assert [text_of(x) for x in note] == ["A/77/325."] and note[0].get("marker") == "1"
    links = xpath(tree, "//a:preamble//a:a[not(ancestor::a:authorialNote)]/@href")
    assert links == [f"https://undocs.org/{code}/A/RES/70/1"]
    assert text_of(xpath(tree, "//a:conclusions//a:location")[0]) == meeting
    assert xpath(tree, "//a:conclusions//a:docDate/@date") == ["2022-12-07"]


SESSION_LINES = {"fra": "Soixante-dix-septième session", "spa": "Septuagésimo séptimo período de sesiones",
                 "rus": "Семьдесят седьмая сессия", "ara": "الدورة السابعة والسبعون", "zho": "第七十七届会议"}


@pytest.mark.parametrize(("lang", "line", "symbol", "session"), [
    ("fra", "Soixante et onzième session", "A/RES/71/116", "71"),   # French joins 21 … 71 with "et"
    ("fra", "Vingt et unième session", "A/RES/21/116", "21"),
    ("fra", "Quatre-vingt-unième session", "A/RES/81/116", "81"),
    ("spa", "Septuagésimo primer período de sesiones", "A/RES/71/116", "71"),
    ("rus", "Семьдесят первая сессия", "A/RES/71/116", "71"),
    ("ara", "الدورة الحادية والسبعون", "A/RES/71/116", "71"),
    ("zho", "第七十一届会议", "A/RES/71/116", "71"),
    # an emergency special session: the number its symbol carries, as English reads it from
    # "Eleventh emergency special session" (the six copies differ only in their Expression)
    ("fra", "Onzième session extraordinaire d’urgence", "A/RES/ES-11/9", "11"),
    ("spa", "Undécimo período extraordinario de sesiones de emergencia", "A/RES/ES-11/9", "11"),
    ("rus", "Одиннадцатая чрезвычайная специальная сессия", "A/RES/ES-11/9", "11"),
    ("ara", "الدورة الاستثنائية الطارئة الحادية عشرة", "A/RES/ES-11/9", "11"),
    ("zho", "第十一届紧急特别会议", "A/RES/ES-11/9", "11"),
    # the Economic and Social Council's yearly session
    ("fra", "Session de 2023", "E/RES/2023/4", "2023"),
    ("spa", "Período de sesiones de 2023", "E/RES/2023/4", "2023"),
    ("rus", "Сессия 2023 года", "E/RES/2023/4", "2023"),
    ("ara", "دورة عام 2023", "E/RES/2023/4", "2023"),
    ("zho", "2023年届会", "E/RES/2023/4", "2023"),
    # a Human Rights Council session's number from its symbol, as from an Assembly's
    ("fra", "Cinquante-cinquième session", "A/HRC/RES/55/1", "55"),
])
def test_the_session_line_is_the_session_in_each_language(tmp_path, lang, line, symbol, session):
    text = DOCS[lang].replace(SESSION_LINES[lang], line).replace("A/RES/77/116", symbol)
    tree = convert_text(tmp_path, symbol.replace("/", "_") + ".txt", text)
    assert [text_of(x) for x in xpath(tree, "//a:coverPage//a:session")] == [line]
    assert xpath(tree, "//a:coverPage//a:session/@value") == [session]


@pytest.mark.parametrize(("lang", "meeting"), [
    ("fra", "1re séance plénière"), ("fra", "21e séance plénière (reprise)"),
    ("fra", "54ᵉ séance plénière"),   # the ordinal's letter as a superscript character
    ("spa", "1a sesión plenaria"), ("spa", "54ª sesión plenaria"), ("spa", "54.ª sesión plenaria"),
    ("rus", "1‑е пленарное заседание"), ("rus", "54-е пленарное заседание"),
    ("ara", "الجلسة العامة 1"), ("zho", "第1次全体会议"),
    # the Councils' meetings are not plenary ones
    ("fra", "54e séance"), ("spa", "54ª sesión"), ("rus", "54-е заседание"), ("ara", "الجلسة 54"),
    ("zho", "第54次会议"),
])
def test_the_first_meeting_closes_the_resolution(tmp_path, lang, meeting):
    text = DOCS[lang].replace(EXPECTED[lang][2], meeting)
    tree = convert_text(tmp_path, "A_RES_77_116.txt", text)
    assert [text_of(x) for x in xpath(tree, "//a:conclusions//a:location")] == [meeting]
    assert xpath(tree, "//a:conclusions//a:docDate/@date") == ["2022-12-07"]
    assert xpath(tree, "//a:mainBody/a:section") == []


@pytest.mark.parametrize("lang", DOCS)
def test_the_language_is_read_from_the_text(lang):
    assert detect_language(DOCS[lang].splitlines(), "x.txt") == lang


def test_english_is_told_from_french_and_spanish_by_its_words():
    lines = ["United Nations", "General Assembly", "The General Assembly,", "Recalling its resolution,"]
    assert detect_language(lines, "x.txt") == "eng"


def test_a_script_without_a_table_is_a_one_line_error():
    with pytest.raises(UnsupportedLanguageError) as e:
        detect_language(["Η Γενική Συνέλευση,", "Υπενθυμίζοντας το ψήφισμα"], "doc.txt")
    assert str(e.value) == ("doc.txt: text in Greek script, a language without a table "
                            "(supported: eng, fra, spa, rus, ara, zho)")
    assert e.value.exit_code == 12


def test_lang_overrides_detection(tmp_path):
    tree = convert(tmp_path, "fra", language="fra")
    assert xpath(tree, "//a:FRBRlanguage/@language") == ["fra"]


def test_chinese_citations_that_print_the_number_first_are_linked():
    from converter.languages import get_language
    from converter.readers.blocks import Span
    from converter.segmentation.postfix_links import link_postfix

    text = [Span("回顾经济及社会理事会第2013/40号决议、大会第57/270 B号和第1514(XV)号决议以及第3/1号决定")]
    linked = link_postfix(text, get_language("zho"))
    assert [(s.text, s.href) for s in linked if s.href] == [
        ("2013/40", "https://undocs.org/en/E/RES/2013/40"),
        ("57/270", "https://undocs.org/en/A/RES/57/270"),   # an undated part: its resolution's
        ("1514(XV)", "https://undocs.org/en/A/RES/1514(XV)")]
    assert "".join(s.text for s in linked) == text[0].text


def test_chinese_citations_listed_with_their_dates_are_each_the_organ_named_first_in_the_clause():
    from converter.languages import get_language
    from converter.readers.blocks import Span
    from converter.segmentation.postfix_links import link_postfix

    text = [Span("回顾人权理事会2013年6月13日第23/9号、2015年7月2日第29/11号决议，以及大会"
                 "1990年12月4日第45/54号、1991年12月6日第46/32号、1992年12月9日第47/50号决议")]
    linked = link_postfix(text, get_language("zho"))
    assert [(s.text, s.href) for s in linked if s.href] == [
        ("23/9", "https://undocs.org/en/A/HRC/RES/23/9"),
        ("29/11", "https://undocs.org/en/A/HRC/RES/29/11"),
        ("45/54", "https://undocs.org/en/A/RES/45/54"),
        ("46/32", "https://undocs.org/en/A/RES/46/32"),
        ("47/50", "https://undocs.org/en/A/RES/47/50")]


def test_a_long_chinese_paragraph_closed_by_a_full_stop_does_not_swallow_the_meeting_line(tmp_path):
    long = "请秘书长" + "采取必要行动执行本决议" * 30 + "。"
    path = tmp_path / "A_RES_77_116.txt"
    text = DOCS["zho"].replace("2. 请秘书长采取必要行动执行本决议。", f"2. {long}")
    path.write_text(text, encoding="utf-8")
    tree = convert_file(path, converted=CONVERTED).tree
    assert text_of(xpath(tree, "//a:mainBody/a:paragraph[2]/a:content")[0]) == long
    assert text_of(xpath(tree, "//a:conclusions//a:location")[0]) == "第47次全体会议"


@pytest.mark.parametrize(("lang", "codec"), [("fra", "cp1252"), ("spa", "cp1252"), ("rus", "cp1251"),
                                             ("ara", "cp1256"), ("zho", "gb18030"), ("rus", "utf-16")])
def test_each_language_in_its_legacy_code_page(tmp_path, lang, codec):
    path = tmp_path / "A_RES_77_116.txt"
    text = DOCS[lang].replace("‑", "-")
    if codec == "cp1251":   # no superscript digits in the Cyrillic code page: no footnote
        text = text.split("_____")[0].replace("¹", "")
    path.write_bytes(text.encode(codec))
    tree = convert_file(path, converted=CONVERTED).tree
    assert xpath(tree, "//a:FRBRlanguage/@language") == [lang]
    assert [text_of(x) for x in xpath(tree, "//a:formula")] == [EXPECTED[lang][0]]
    assert tuple(xpath(tree, "//a:preamble/a:container/@name")) == EXPECTED[lang][1]


def test_a_western_text_with_few_accents_stays_cp1252():
    from converter.readers.encoding import legacy_codec

    assert legacy_codec("Déjà vu\n".encode("cp1252")) == "cp1252"


@pytest.mark.parametrize(("lang", "old", "new"), [
    ("zho", "希望促进合作¹，", "深切期待和平进程早日恢复¹，"),
    ("ara", "وإذ ترغب في تعزيز التعاون¹،", "ولما كانت ترغب في تعزيز التعاون¹،"),
])
def test_a_recital_with_an_unknown_opener_before_paragraph_1_is_no_heading(tmp_path, lang, old, new):
    tree = convert_doc(tmp_path, DOCS[lang].replace(old, new))
    assert xpath(tree, "//a:mainBody//a:heading") == []
    assert len(xpath(tree, "//a:preamble/a:container")) == 2


def test_spanish_citations_dated_in_spanish_and_attributed_to_the_council_after_the_number():
    from converter.languages import get_language
    from converter.readers.blocks import Span
    from converter.segmentation.links import link_text

    text = [Span("las resoluciones 242 (1967), de 22 de noviembre de 1967, 338 (1973), de 22 de octubre "
                 "de 1973, y la resolución 2013/40 del Consejo Económico y Social,")]
    linked = link_text(text, get_language("spa"))
    assert [(s.text, s.href) for s in linked if s.href] == [
        ("242 (1967)", "https://undocs.org/en/S/RES/242(1967)"),
        ("338 (1973)", "https://undocs.org/en/S/RES/338(1973)"),
        ("2013/40", "https://undocs.org/en/E/RES/2013/40")]


@pytest.mark.parametrize(("lang", "line"), [
    ("fra", "56e séance plénière (reprise)"), ("spa", "56a sesión plenaria (continuación)"),
    ("rus", "56-е (возобновленное) пленарное заседание"), ("ara", "الجلسة العامة (المستأنفة) 56"),
    ("ara", "الجلسة العامة 56 (المستأنفة)"), ("zho", "第56次全体会议"), ("zho", "第56次全体会议(续会)"),
    ("zho", "第56次全体会议（续会）"),
])
def test_resumed_meeting_lines_close_the_resolution(lang, line):
    from converter.languages import get_language
    from converter.segmentation.endmatter import meeting_regex, read_meeting

    table = get_language(lang)
    found = read_meeting(line, meeting_regex(table), table)
    assert found is not None and found.meeting == line


def test_russian_list_letters_printed_in_cyrillic_look_alikes_are_a_b_c(tmp_path):
    path = tmp_path / "A_RES_77_116.txt"
    path.write_text(DOCS["rus"].replace("a) участвовать", "а) участвовать")
                    .replace("b) участвовать в работе;", "b) участвовать в работе;\n\nс) сотрудничать;"),
                    encoding="utf-8")
    tree = convert_file(path, converted=CONVERTED).tree
    assert xpath(tree, "//a:paragraph[1]//a:point/a:num/text()") == ["а)", "b)", "с)"]
    assert xpath(tree, "//a:paragraph[1]//a:point/@eId") == [
        "para_1__list_1__point_a", "para_1__list_1__point_b", "para_1__list_1__point_c"]


def test_a_russian_recital_after_the_formula_is_its_own_paragraph_whatever_its_opener(tmp_path):
    # the first recital opens in small letters with a word no table lists: the formula before
    # it is a paragraph of its own, so the recital is one too (it had run on into the formula,
    # "Генеральная Ассамблея, проанализировав …", an unnumbered operative paragraph)
    text = DOCS["rus"].replace("ссылаясь на свою резолюцию 70/1,",
                               "проанализировав свою резолюцию 70/1,")
    tree = convert_doc(tmp_path, text)
    assert [text_of(f) for f in xpath(tree, "//a:formula")] == ["Генеральная Ассамблея,"]
    containers = xpath(tree, "//a:preamble/a:container")
    assert len(containers) == 2
    assert text_of(containers[0]) == "проанализировав свою резолюцию 70/1,"
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]


@pytest.mark.parametrize("opener", [
    "с сожалением отмечая", "с большой обеспокоенностью отмечая", "с глубоким беспокойством отмечая",
    "с тревогой отмечая"])
def test_a_russian_opener_may_begin_with_a_phrase_in_the_instrumental(tmp_path, opener):
    # "with [great] concern noting": a preambular paragraph of its own, not the end of the one before
    tree = convert_doc(tmp_path, DOCS["rus"].replace("желая содействовать сотрудничеству¹,",
                                                     f"{opener}, что сотрудничество ослабло¹,"))
    assert xpath(tree, "//a:preamble/a:container/@name") == ["ссылаясь", opener]
    assert xpath(tree, "//a:preamble/a:container[2]/a:p/a:i/text()") == [opener]
    assert xpath(tree, "//a:preamble/a:container[2]/a:p/text()") == ["", ", что сотрудничество ослабло", ","]


@pytest.mark.parametrize(("code", "listing", "items", "tail"), [
    ("fra", "Affirmant que le Programme d’action repose sur six domaines prioritaires :",
     ["a) Investir dans l’humain,", "b) Tirer parti de la science,"],
     "et sur la réalisation des engagements qui y sont énoncés,"),
    ("spa", "Afirmando que el Programa de Acción se basa en seis esferas prioritarias:",
     ["a) Invertir en las personas,", "b) Aprovechar el poder de la ciencia,"],
     "y en el cumplimiento de los compromisos y metas conexos,"),
    ("rus", "подтверждая, что Программа действий основывается на шести приоритетных областях:",
     ["a) инвестирование в людей,", "b) использование науки,"],
     "и на содержащихся в ней обязательствах и целях,"),
    ("zho", "回顾《行动纲领》基于以下重点领域：", ["(a) 投资于人，", "(b) 利用科学，"],
     "并立足于《行动纲领》所载承诺和目标，"),
    ("ara", "وإذ تؤكد أن برنامج العمل يقوم على مجالين هما:", ["(أ) الاستثمار في الموارد البشرية،",
                                                          "(ب) تسخير قوة العلم،"],
     "كما يقوم على الالتزامات الواردة ضمنه،"),
])
def test_the_end_of_a_sentence_that_introduced_a_preambular_list_is_an_unnumbered_item(
        tmp_path, code, listing, items, tail):
    # "…: (a) …, (b) …, and on the commitments contained therein,": the tail after the last
    # item belongs to the introducing sentence, an item without a number as the UN writes it
    doc = DOCS[code]
    recalling = {"fra": "Rappelant sa résolution 70/1,", "spa": "Recordando su resolución 70/1,",
                 "rus": "ссылаясь на свою резолюцию 70/1,", "zho": "回顾其第70/1号决议，",
                 "ara": "إذ تشير إلى قرارها 70/1،"}[code]
    tree = convert_doc(tmp_path, doc.replace(recalling, "\n\n".join([recalling, listing, *items, tail])))
    block = xpath(tree, "//a:preamble/a:container[2]/a:blockList")[0]
    assert [(xpath(i, "string(a:num)"), text_of(xpath(i, "a:p")[0])) for i in xpath(block, "a:item")] == [
        *[(item.split(" ", 1)[0], item.split(" ", 1)[1]) for item in items], ("", tail)]
    assert len(xpath(tree, "//a:preamble/a:container")) == 3


@pytest.mark.parametrize(("code", "recital", "name"), [
    ("fra", "Ayant examiné le rapport du Secrétaire général,", "Ayant examiné"),
    ("fra", "Profondément préoccupée par la situation,", "Profondément préoccupée"),
    ("spa", "Teniendo presente la Carta,", "Teniendo presente"),
    ("spa", "Observando con renovada preocupación la situación,", "Observando con renovada preocupación"),
    ("spa", "Observando con pesar que no se ha avanzado,", "Observando con pesar"),
    ("fra", "Notant avec un regain d’inquiétude que la situation persiste,",
     "Notant avec un regain d’inquiétude"),
    ("spa", "Observando con gran preocupación la situación,", "Observando con gran preocupación"),
    ("rus", "принимая к сведению доклад Генерального секретаря,", "принимая к сведению"),
    ("rus", "будучи обеспокоена положением,", "будучи обеспокоена"),
    # an adverb before the participle, and the feeling it expresses
    ("rus", "настоятельно призывая все государства,", "настоятельно призывая"),
    ("rus", "вновь предлагая государствам-членам,", "вновь предлагая"),
    ("rus", "выражая глубокую озабоченность положением,", "выражая глубокую озабоченность"),
    ("rus", "обращая особое внимание на положение женщин,", "обращая особое внимание"),
    ("ara", "وإذ تضع في اعتبارها الميثاق،", "وإذ تضع في اعتبارها"),
    ("ara", "وإذ تشير، في هذا الصدد، إلى الميثاق،", "وإذ تشير"),   # the Arabic comma ends it
    ("ara", "وإذ تعرب عن أشد القلق إزاء الحالة،", "وإذ تعرب عن أشد القلق"),
    ("ara", "وإذ تلاحظ مع الأسف أن الحالة لم تتحسن،", "وإذ تلاحظ مع الأسف"),
    ("zho", "极为关切地注意到大流行病的影响，", "极为关切地注意到"),
    # an opener no table knows, in a script without spaces: its first characters, not the
    # whole paragraph
    ("zho", "同样深为关切核武器的任何使用可能造成的后果，", "同样深为"),
    # a lead the UN leaves in roman before the opening phrase: "在这方面" (in this regard)
    ("zho", "在这方面，又关切生活赤贫的工人比例继续增加，", "又关切"),
    ("zho", "在这方面回顾裁军谈判会议有若干优先议题，", "回顾"),
])
def test_recitals_are_named_with_the_phrase_the_un_sets_in_italics(tmp_path, code, recital, name):
    doc = DOCS[code]
    paragraphs = doc.split("\n\n")
    second = paragraphs[next(i for i, p in enumerate(paragraphs) if "70/1" in p) + 1]
    tree = convert_doc(tmp_path, doc.replace(second, recital))
    assert xpath(tree, "//a:preamble/a:container/@name")[1] == name


def test_the_command_line_reads_the_language_and_refuses_one_without_a_table(tmp_path):
    from tests.test_cli_convert import akn

    french = tmp_path / "A_RES_77_116.txt"
    french.write_text(DOCS["fra"], encoding="utf-8")
    run = akn("convert", french, "-o", tmp_path / "fr.xml")
    assert run.returncode == 0, run.stderr
    assert 'language="fra"' in (tmp_path / "fr.xml").read_text(encoding="utf-8")
    greek = tmp_path / "A_RES_77_117.txt"
    greek.write_text("Η Γενική Συνέλευση,\n\nΥπενθυμίζοντας το ψήφισμα 70/1,\n\n1. Αποφασίζει.\n",
                     encoding="utf-8")
    run = akn("convert", greek, "-o", tmp_path / "el.xml")
    assert (run.returncode, run.stderr) == (12, f"error: {greek}: text in Greek script, a language "
                                                "without a table (supported: eng, fra, spa, rus, ara, zho)\n")
    assert not (tmp_path / "el.xml").exists()


def test_arabic_list_letters_follow_the_abjad_order_with_either_form_of_heh():
    from converter.segmentation.lists import list_label

    labels = [list_label(f"({x}) نص", dotted=False) for x in ("أ", "د", "هـ", "ه", "و")]
    assert [label.values for label in labels] == [{"letter": n} for n in (1, 4, 5, 5, 6)]


def test_chinese_lines_wrapped_by_pdftotext_join_without_spaces(tmp_path):
    text = DOCS["zho"].split("__________________")[0].replace("希望促进合作¹，", "希望促进合作，")
    wrapped = "1. 决定邀请该组织以观察员\n身份参加大会的届会和工作，\n并请秘书长采取必要行动\n执行本决议："
    text = text.replace("1. 决定邀请该组织：", wrapped)
    tree = convert_doc(tmp_path, text)
    assert [text_of(x) for x in xpath(tree, "//a:mainBody/a:paragraph[1]//a:intro")] == [
        "决定邀请该组织以观察员身份参加大会的届会和工作，并请秘书长采取必要行动执行本决议："]
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]


def test_a_line_break_beside_a_wide_character_is_no_space():
    from converter.readers.blocks import Span
    from converter.segmentation.richtext import join

    assert [s.text for s in join([Span("大会决定")], [Span("邀请")])] == ["大会决定邀请"]
    assert [s.text for s in join([Span("见")], [Span("A/77/23。")])] == ["见A/77/23。"]
    assert [s.text for s in join([Span("The General")], [Span("Assembly")])] == ["The General Assembly"]


def test_arabic_citations_name_the_body_between_the_word_and_the_number():
    from converter.languages import get_language
    from converter.readers.blocks import Span
    from converter.segmentation.links import link_text

    text = [Span("تمشيا مع قرار المجلس الاقتصادي والاجتماعي 2013/40، "
                 "وقرارات الجمعية العامة 72/279، و 75/233")]
    linked = link_text(text, get_language("ara"))
    assert [(s.text, s.href) for s in linked if s.href] == [
        ("2013/40", "https://undocs.org/en/E/RES/2013/40"),
        ("72/279", "https://undocs.org/en/A/RES/72/279"),
        ("75/233", "https://undocs.org/en/A/RES/75/233")]


@pytest.mark.parametrize(("code", "text", "linked"), [
    # the organ named in the genitive between the citing word and the number
    ("rus", "изложенным в резолюциях Генеральной Ассамблеи 1514 (XV) от 14 декабря 1960 года, "
            "1541 (XV) от 15 декабря 1960 года и других",
     [("1514 (XV)", "A/RES/1514(XV)"), ("1541 (XV)", "A/RES/1541(XV)")]),
    ("rus", "на основе резолюций Совета Безопасности 242 (1967) от 22 ноября 1967 года и 338 (1973)",
     [("242 (1967)", "S/RES/242(1967)"), ("338 (1973)", "S/RES/338(1973)")]),
    # the organ named after the number, in words not all capitalised
    ("rus", "и ссылается на резолюцию 46/15 Совета по правам человека от 23 марта 2021 года",
     [("46/15", "A/HRC/RES/46/15")]),
    ("rus", "ссылаясь также на резолюцию 1985/17 Экономического и Социального Совета от 28 мая 1985 года",
     [("1985/17", "E/RES/1985/17")]),
    ("fra", "rappelant la résolution 46/15 du Conseil des droits de l’homme, en date du 23 mars 2021",
     [("46/15", "A/HRC/RES/46/15")]),
    ("spa", "Recordando las resoluciones de la Asamblea General 59/209, de 20 de diciembre de 2004, "
            "y 67/221, de 21 de diciembre de 2012",
     [("59/209", "A/RES/59/209"), ("67/221", "A/RES/67/221")]),
    # a symbol typed with a non-breaking hyphen links to the symbol; the text keeps its hyphen
    ("fra", "¹ Résolution S\u201110/2.", [("S\u201110/2", "A/RES/S-10/2")]),
    ("spa", "² A/ES\u201110/794.", [("A/ES\u201110/794", "A/ES-10/794")]),
    # a dated number after a title in a list that cites resolutions, a comma before its date
    ("spa", "Acogiendo con beneplácito las resoluciones 74/270, de 2 de abril de 2020, relativa a la "
            "solidaridad mundial (COVID‑19), 74/274, de 20 de abril de 2020, relativa a la cooperación",
     [("74/270", "A/RES/74/270"), ("74/274", "A/RES/74/274")]),
    # a part adopted years after its session is a document of its own, a comma before its date
    ("spa", "Recordando su resolución 52/212 B, de 31 de marzo de 1998,", [("52/212", "A/RES/52/212B")]),
    # "su" (its): the citing Assembly's own, after a list of another organ's resolutions
    ("spa", "las resoluciones pertinentes del Consejo de Derechos Humanos, incluidas las resoluciones "
            "47/7, de 12 de julio de 2021, y su resolución 74/276, de 1 de junio de 2020",
     [("47/7", "A/HRC/RES/47/7"), ("74/276", "A/RES/74/276")]),
    # part letters typed as Cyrillic look-alikes do not end the list
    ("rus", "резолюции 51/45 M от 10 декабря 1996 года, 52/38 О от 9 декабря 1997 года, 53/77 W",
     [("51/45", "A/RES/51/45"), ("52/38", "A/RES/52/38"), ("53/77", "A/RES/53/77")]),
    # Arabic: the dual of the citing word ("its two resolutions", "the two resolutions of …")
    ("ara", "وإذ تشير إلى قراريها 55/186 المؤرخ 20 كانون الأول/ديسمبر 2000 "
     "و 56/181 المؤرخ 21 كانون الأول/ديسمبر 2001،",
     [("55/186", "A/RES/55/186"), ("56/181", "A/RES/56/181")]),
    ("ara", "وإذ تشير إلى قراري الجمعية العامة 59/209 و 67/221،",
     [("59/209", "A/RES/59/209"), ("67/221", "A/RES/67/221")]),
    ("ara", "وبخاصة قرارا مجلس الأمن 1540 (2004) و 1977 (2011)،",
     [("1540 (2004)", "S/RES/1540(2004)"), ("1977 (2011)", "S/RES/1977(2011)")]),
    # sessions marked in Arabic letters: regular (د), special (دإ), emergency special (دإط)
    ("ara", "الواردة في قرار الجمعية العامة 1514 (د-15) المؤرخ 14 كانون الأول/ديسمبر 1960،",
     [("1514 (د-15)", "A/RES/1514(XV)")]),
    ("ara", "في القرارين 3201 (دإ-6) و 3202 (دإ-6)، على التوالي",
     [("3201 (دإ-6)", "A/RES/3201(S-VI)"), ("3202 (دإ-6)", "A/RES/3202(S-VI)")]),
    ("ara", "وإذ تشير إلى قرارها 3211 باء (د-29) المؤرخ 29 تشرين الثاني/نوفمبر 1974،",
     [("3211 باء (د-29)", "A/RES/3211(XXIX)")]),
    ("ara", "وإذ تشير أيضا إلى قراريها دإط-10/15 المؤرخ 20 تموز/يوليه 2004 و دإط-10/17،",
     [("دإط-10/15", "A/RES/ES-10/15"), ("دإط-10/17", "A/RES/ES-10/17")]),
    ("ara", "القرار دإ-10/2.", [("دإ-10/2", "A/RES/S-10/2")]),
    # part letters spelt as words, a list going on after a date and an Arabic comma; a part
    # adopted in a later year is a document of its own (49/222 B)
    ("ara", "وإذ تشير إلى قراراتها 42/220 ألف المؤرخ 21 كانون الأول/ديسمبر 1987، و 49/222 باء "
     "المؤرخ 20 تموز/يوليه 1995، و 51/226 المؤرخ 3 نيسان/أبريل 1997،",
     [("42/220", "A/RES/42/220"), ("49/222", "A/RES/49/222B"), ("51/226", "A/RES/51/226")]),
])
def test_citations_as_each_language_writes_them(code, text, linked):
    from converter.languages import get_language
    from converter.readers.blocks import Span
    from converter.segmentation.links import link_text

    found = link_text([Span(text)], get_language(code))
    assert [(s.text, s.href) for s in found if s.href] == [
        (shown, "https://undocs.org/en/" + symbol) for shown, symbol in linked]


@pytest.mark.parametrize(("text", "linked"), [
    # parts adopted together are their resolution's document; a part adopted in a later year
    # (the date printed before the number) is a document of its own
    ("注意到大会2019年12月19日第74/232 A号、2020年8月11日第74/232 B号决议",
     [("74/232", "A/RES/74/232"), ("74/232", "A/RES/74/232B")]),
    ("² 第217 A(III)号决议。", [("217 A(III)", "A/RES/217(III)")]),
    ("又回顾大会2004年7月20日ES-10/15号和2006年12月15日ES-10/17号决议，",
     [("ES-10/15", "A/RES/ES-10/15"), ("ES-10/17", "A/RES/ES-10/17")]),
    # a list of dated numbers longer than a few hundred characters before its 决议
    ("还回顾其" + "、".join(f"20{n:02d}年4月3日第{n + 50}/226号" for n in range(30))
     + "决议以及其他有关决议，",
     [(f"{n + 50}/226", f"A/RES/{n + 50}/226") for n in range(30)]),
    # the organ named before a comma that "包括" (including) goes on from
    ("回顾人权理事会所有相关决议，包括2013年6月13日第23/9号和2015年7月2日第29/11号决议，",
     [("23/9", "A/HRC/RES/23/9"), ("29/11", "A/HRC/RES/29/11")]),
    # "理事会" (the Council) is the council named last; with none named it is not certain
    ("回顾人权理事会第45/5号决议，决定将理事会第27/21号决议规定的任务延长",
     [("45/5", "A/HRC/RES/45/5"), ("27/21", "A/HRC/RES/27/21")]),
    ("决定将理事会第27/21号决议规定的任务延长", []),
    # another body's resolution has no UN symbol: "大会" inside "环境大会" is not the Assembly
    ("以及联合国环境大会2022年3月2日第5/1号和第5/6号决议，以及大会第76/300号决议",
     [("76/300", "A/RES/76/300")]),
    ("缔约国会议2019年12月20日第8/12号决议", []),
])
def test_chinese_citations_with_parts_special_sessions_and_long_lists(text, linked):
    from converter.languages import get_language
    from converter.readers.blocks import Span
    from converter.segmentation.postfix_links import link_postfix

    found = link_postfix([Span(text)], get_language("zho"))
    assert [(s.text, s.href) for s in found if s.href] == [
        (shown, "https://undocs.org/en/" + symbol) for shown, symbol in linked]


def test_a_chinese_citation_list_goes_on_past_its_note_markers():
    # the organ named at the head of the list and the 决议 at its end hold across the markers;
    # a decision (号决定) has no symbol to link
    from converter.languages import get_language
    from converter.readers.blocks import Span
    from converter.segmentation.postfix_links import link_postfix

    text = [Span("以及人权理事会2011年9月30日第18/120号决定、"), Span("1", note_ref=True),
            Span(" 2013年9月27日第24/14号、"), Span("2", note_ref=True),
            Span(" 2014年9月26日第27/21号决议，")]
    found = link_postfix(text, get_language("zho"))
    assert [(s.text, s.href) for s in found if s.href] == [
        ("24/14", "https://undocs.org/en/A/HRC/RES/24/14"), ("27/21", "https://undocs.org/en/A/HRC/RES/27/21")]
    assert "".join(s.text for s in found) == "".join(s.text for s in text)


def test_an_arabic_note_marker_in_parentheses_may_hold_a_space():
    from converter.readers.inline_md import parse_inline

    spans, _ = parse_inline("باء (¹ )")
    assert [(s.text, s.note_ref) for s in spans] == [("باء ", False), ("1", True)]


@pytest.mark.parametrize(("code", "recalling", "listing", "items"), [
    ("fra", "Rappelant sa résolution 70/1,",
     "Affirmant également que le Programme repose sur deux domaines d’action :",
     ["a) investir dans les populations,", "b) exploiter la science,"]),
    ("rus", "ссылаясь на свою резолюцию 70/1,",
     "ссылаясь на резолюции, в том числе:",
     ["a) резолюцию 69/237 от 19 декабря 2014 года,", "b) резолюцию 70/299 от 29 июля 2016 года,"]),
])
def test_a_preambular_paragraph_listing_items_a_b_keeps_them_in_the_preamble(tmp_path, code, recalling,
                                                                             listing, items):
    # items printed "a)" (no opening parenthesis), each after a comma, under a colon
    text = DOCS[code].replace(recalling, "\n\n".join([recalling, listing, *items]))
    tree = convert_doc(tmp_path, text)
    block = xpath(tree, "//a:preamble/a:container[a:blockList]")
    assert len(block) == 1
    assert text_of(xpath(block[0], "a:blockList/a:listIntroduction")[0]) == listing
    assert [(xpath(i, "a:num/text()")[0], text_of(i.find("{*}p"))) for i in xpath(block[0], ".//a:item")] == [
        (item[:2], item[3:]) for item in items]
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]

@pytest.mark.parametrize(("text", "script"), [
    ("Assemblée générale", "LATIN"), ("Генеральная Ассамблея, A/RES/1", "CYRILLIC"),
    ("аб ab", "CYRILLIC"), ("ab аб", "LATIN"),          # as many letters: the first met wins
    ("é аб a", "LATIN"), ("大会 A/RES/1 大会", "CJK"), ("2024 – 12", None)])
def test_script_is_the_one_of_most_letters(text: str, script: str | None) -> None:
    assert script_of(text) == script


ADOPTION_LINES = {"fra": "Résolution adoptée par l’Assemblée générale le 7 décembre 2022",
                  "spa": "Resolución aprobada por la Asamblea General el 7 de diciembre de 2022",
                  "rus": "Резолюция, принятая Генеральной Ассамблеей 7 декабря 2022 года",
                  "ara": "قرار اتخذته الجمعية العامة في 7 كانون الأول/ديسمبر 2022",
                  "zho": "2022年12月7日大会决议"}


@pytest.mark.parametrize(("lang", "line"), [
    ("fra", "Résolution adoptée par le Conseil des droits de l’homme le 7 décembre 2022"),
    ("spa", "Resolución aprobada por el Consejo de Derechos Humanos el 7 de diciembre de 2022"),
    ("rus", "Резолюция, принятая Советом по правам человека 7 декабря 2022 года"),
    ("rus", "Резолюция, принятая Экономическим и Социальным Советом 7 декабря 2022 года"),
    ("ara", "قرار اتخذه مجلس حقوق الإنسان في 7 كانون الأول/ديسمبر 2022"),
    ("ara", "قرار اتخذه المجلس الاقتصادي والاجتماعي في 7 كانون الأول/ديسمبر 2022"),
    ("zho", "2022年12月7日人权理事会通过的决议"), ("zho", "2022年12月7日经济及社会理事会通过的决议"),
])
def test_the_councils_adoption_lines_in_each_language(tmp_path, lang, line):
    tree = convert_doc(tmp_path, DOCS[lang].replace(ADOPTION_LINES[lang], line))
    assert line in [text_of(x) for x in xpath(tree, "//a:coverPage//a:docTitle")]
    assert xpath(tree, "//a:FRBRWork/a:FRBRdate/@date") == ["2022-12-07"]


@pytest.mark.parametrize(("lang", "vote", "counts"), [
    ("fra", "[Adoptée par 24 voix contre 0, avec 23 abstentions.]", ["24", "0", "23"]),
    ("spa", "[Aprobada en votación registrada por 24 votos contra 0 y 23 abstenciones.]", ["24", "0", "23"]),
    ("rus", "[Принята путем заносимого в отчет о заседании голосования 24 голосами против 0 при "
            "23 воздержавшихся.]", ["24", "0", "23"]),
    ("ara", "[اعتُمد بتصويت مسجل بأغلبية 24 صوتاً مقابل 0، وامتناع 23 عضواً عن التصويت.]", ["24", "0", "23"]),
    ("zho", "[以24票赞成、0票反对、23票弃权的记录表决结果通过。]", ["24", "0", "23"]),
    ("spa", "[Aprobada sin votación.]", []), ("rus", "[Принята без голосования.]", []),
    ("ara", "[اعتُمد دون تصويت.]", []), ("zho", "[未经表决获得通过。]", []),
])
def test_a_printed_vote_in_each_language_is_counted(tmp_path, lang, vote, counts):
    # the vote line a Council's resolution prints after its meeting line (was a heading)
    text = DOCS[lang]
    date_line_end = text.index("\n", text.index(EXPECTED[lang][2]) + len(EXPECTED[lang][2]) + 1)
    tree = convert_doc(tmp_path, f"{text[:date_line_end]}\n\n{vote}{text[date_line_end:]}")
    assert vote in [text_of(p) for p in xpath(tree, "//a:conclusions/a:p")]
    assert [c.get("value") for c in xpath(tree, "//a:voting/a:count")] == counts
    assert xpath(tree, "//a:voting/@outcome") == (
        ["#adoptedRecordedVote"] if counts else ["#adoptedWithoutVote"])


def test_the_human_rights_councils_agenda_line_in_spanish(tmp_path):
    text = DOCS["spa"]
    line = next(x for x in text.split("\n") if x.startswith("Tema"))
    tree = convert_doc(tmp_path, text.replace(line, "Tema 2 de la agenda"))
    assert xpath(tree, "//a:coverPage//a:inline[@name='agenda item']/@title") == ["2"]


@pytest.mark.parametrize(("lang", "line", "start", "end"), [
    ("fra", "26 février-5 avril 2024", "26 février", "5 avril 2024"),
    ("spa", "26 de febrero a 5 de abril de 2024", "26 de febrero", "5 de abril de 2024"),
    ("rus", "26 февраля — 5 апреля 2024 года", "26 февраля", "5 апреля 2024 года"),
    ("zho", "2024年2月26日至4月5日", "2024年2月26日", "4月5日"),
    ("ara", "26 شباط/فبراير - 5 نيسان/أبريل 2024", "26 شباط/فبراير", "5 نيسان/أبريل 2024"),
])
def test_a_councils_session_dates_in_each_language_as_printed(tmp_path, lang, line, start, end):
    # a Human Rights Council session's first and last days, under its session line
    session = SESSION_LINES[lang]
    tree = convert_doc(tmp_path, DOCS[lang].replace(session, f"{session}\n\n{line}", 1))
    event = xpath(tree, "//a:coverPage//a:event[@refersTo='#session']")
    assert [text_of(e) for e in event] == [line]
    assert [(d.text, d.get("date")) for d in xpath(event[0], "a:date")] == [
        (start, "2024-02-26"), (end, "2024-04-05")]
