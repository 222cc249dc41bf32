"""The Security Council's resolutions and presidential statements in the six languages: the
number line ("Résolution 2719 (2023)"), the adoption line with its meeting
and date ("Adoptée par le Conseil de sécurité à sa 9512e séance, le 21 décembre 2023"), and
the statement's title, each as the UN prints it in that language; built on one resolution,
checked element by element."""

from __future__ import annotations

import pytest

from tests.conftest import convert_text, text_of, xpath

# (language, organ, distribution, issue date, number line, adoption line, meeting as
#  printed, formula, recitals, paragraphs, statement title)
COUNCIL = {
    "eng": ("United Nations", "Security Council", "Distr.: General", "21 December 2023",
            "Resolution 2719 (2023)",
            "Adopted by the Security Council at its 9512th meeting, on 21 December 2023", "9512th meeting",
            "The Security Council,",
            ["Recalling its resolution 2320 (2016),", "Reaffirming its determination to preserve peace,"],
            ["1. Decides to finance the operations;", "2. Decides to remain seized of the matter."],
            "Statement by the President of the Security Council"),
    "fra": ("Nations Unies", "Conseil de sécurité", "Distr. générale", "21 décembre 2023",
            "Résolution 2719 (2023)",
            "Adoptée par le Conseil de sécurité à sa 9512e séance, le 21 décembre 2023", "9512e séance",
            "Le Conseil de sécurité,",
            ["Rappelant sa résolution 2320 (2016),", "Réaffirmant sa détermination à préserver la paix,"],
            ["1. Décide de financer les opérations ;", "2. Décide de rester saisi de la question."],
            "Déclaration du Président du Conseil de sécurité"),
    "spa": ("Naciones Unidas", "Consejo de Seguridad", "Distr. general", "21 de diciembre de 2023",
            "Resolución 2719 (2023)",
            "Aprobada por el Consejo de Seguridad en su 9512ª sesión, celebrada el 21 de diciembre de 2023",
            "9512ª sesión",
            "El Consejo de Seguridad,",
            ["Recordando su resolución 2320 (2016),", "Reafirmando su determinación de preservar la paz,"],
            ["1. Decide financiar las operaciones;", "2. Decide seguir ocupándose de la cuestión."],
            "Declaración de la Presidencia del Consejo de Seguridad"),
    "rus": ("Организация Объединенных Наций", "Совет Безопасности", "Distr.: General",
            "21 December 2023", "Резолюция 2719 (2023)",
            "Принята Советом Безопасности на его 9512-м заседании 21 декабря 2023 года",
            "9512-м заседании",
            "Совет Безопасности,",
            ["ссылаясь на свою резолюцию 2320 (2016),", "вновь подтверждая свою решимость сохранять мир,"],
            ["1. постановляет финансировать операции;",
             "2. постановляет продолжать заниматься этим вопросом."],
            "Заявление Председателя Совета Безопасности"),
    "ara": ("الأمم المتحدة", "مجلس الأمن", "Distr.: General", "21 December 2023", "القرار 2719 (2023)",
            "الذي اتخذه مجلس الأمن في جلسته 9512 المعقودة في 21 كانون الأول/ديسمبر 2023",
            "جلسته 9512",
            "إن مجلس الأمن،",
            ["إذ يشير إلى قراره 2320 (2016)،", "وإذ يعيد تأكيد تصميمه على صون السلام،"],
            ["1 - يقرر تمويل العمليات؛", "2 - يقرر أن يبقي المسألة قيد نظره."],
            "بيان من رئيس مجلس الأمن"),
    "zho": ("联合国", "安全理事会", "Distr.: General", "21 December 2023", "第2719(2023)号决议",
            "2023年12月21日安全理事会第9512次会议通过", "第9512次会议",
            "安全理事会，",
            ["回顾其第2320(2016)号决议，", "重申决心维护和平，"],
            ["1. 决定为行动提供资金；", "2. 决定继续处理此案。"],
            "安全理事会主席的声明"),
}


def _resolution(lang: str) -> str:
    un, organ, distr, issued, number, adopted, _, formula, recitals, paragraphs, _ = COUNCIL[lang]
    return "\n\n".join([un, "S/RES/2719 (2023)", organ, distr, issued, number, adopted, formula,
                        *recitals, *paragraphs]) + "\n"


@pytest.mark.parametrize("lang", COUNCIL)
def test_a_council_resolution_in_each_language(tmp_path, lang):
    *_, number, adopted, meeting, _, recitals, paragraphs, _ = COUNCIL[lang]
    tree = convert_text(tmp_path, "S_RES_2719_2023.txt", _resolution(lang))
    assert xpath(tree, "//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/unsc/2023-12-21/2719-2023/!main"]
    title = xpath(tree, "//a:coverPage//a:docTitle[@refersTo='#adoption']")
    assert [text_of(t) for t in title] == [adopted]
    assert xpath(title[0], "a:inline[@name='adoptionMeeting']/text()") == [meeting]
    assert xpath(title[0], "a:docDate/@date") == ["2023-12-21"]
    assert len(xpath(tree, "//a:preamble/a:container")) == len(recitals)
    assert len(xpath(tree, "//a:mainBody/a:paragraph")) == len(paragraphs)
    assert number in [text_of(p) for p in xpath(tree, "//a:coverPage/a:p")]
    assert xpath(tree, "//a:preface | //a:conclusions") == []


@pytest.mark.parametrize("lang", COUNCIL)
def test_a_presidential_statement_in_each_language(tmp_path, lang):
    un, organ, distr, issued, _, _, _, _, _, paragraphs, statement = COUNCIL[lang]
    text = "\n\n".join([un, "S/PRST/2023/4", organ, distr, issued, statement,
                        paragraphs[0][3:], paragraphs[1][3:]]) + "\n"
    tree = convert_text(tmp_path, "S_PRST_2023_4.txt", text)
    assert xpath(tree, "/a:akomaNtoso/a:statement/@name") == ["presidentialStatement"]
    assert [text_of(t) for t in xpath(tree, "//a:preface//a:docTitle")] == [statement]
    assert [x.tag.rsplit("}")[1] for x in xpath(tree, "//a:mainBody/*")] == ["alinea", "paragraph"]
