"""PDFs of the right-to-left and the Chinese resolutions, built here with real fonts (Debian's
fonts-noto-core and fonts-noto-cjk; the tests skip where they are not installed).

Each is read as its text is: the same lines converted from a text file give the same body.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from converter import limits
from converter.pipeline import convert_file
from converter.readers.pdf.direction import logical_order, place_runs
from converter.readers.pdf.extract import extract_pages
from converter.readers.pdf.lines import in_order, make_line, split_line
from converter.readers.pdf.runs import Font, Run
from tests.conftest import CONVERTED, text_of, xpath
from tests.pdfgen import LEFT, WIDTH, RtlLine, Text, build_pdf

NASKH = Path("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf")
CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
RIGHT = WIDTH - LEFT

needs_naskh = pytest.mark.skipif(not NASKH.exists(), reason="fonts-noto-core is not installed")
needs_cjk = pytest.mark.skipif(not CJK.exists(), reason="fonts-noto-cjk is not installed")

# (right edge, line) of an Arabic resolution's page, in the order it is read
ARABIC_MASTHEAD = [(60, "الأمم المتحدة"), (80, "الجمعية العامة"), (130, "الدورة السابعة والسبعون"),
                   (144, "البند 178 من جدول الأعمال"), (158, "منح مركز المراقب لدى الجمعية العامة"),
                   (190, "قرار اتخذته الجمعية العامة في 7 كانون الأول/ديسمبر 2022"),
                   (206, "[بناء على تقرير اللجنة السادسة (A/77/439، الفقرة 7)]"),
                   (230, "77/116 منح مركز المراقب لدى الجمعية العامة")]
# (indent from the right margin, line)
ARABIC_BODY = [(36, "إن الجمعية العامة،"),
               (36, "إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،"),
               (36, "وإذ ترغب في تعزيز التعاون بين المنظمتين،"),
               (0, "1 - تقرر أن تدعو المنظمة إلى:"),
               (36, "(أ) المشاركة في دورات الجمعية العامة؛"),
               (36, "(ب) المشاركة في أعمالها بصفة مراقب؛"),
               (0, "2 - تطلب إلى الأمين العام أن يتخذ الإجراءات اللازمة لتنفيذ هذا القرار.")]
ARABIC_END = ["الجلسة العامة 47", "7 كانون الأول/ديسمبر 2022"]


def arabic_pdf() -> bytes:
    page: list[Text | RtlLine] = [RtlLine(RIGHT, y, line, str(NASKH), 13) for y, line in ARABIC_MASTHEAD]
    # the Latin column of the masthead stands on the left, the mirror of the English page's
    page += [Text(LEFT, 60, "A/RES/77/116", "Times-Bold", 14), Text(LEFT, 80, "Distr.: General"),
             Text(LEFT, 94, "20 December 2022")]
    y = 270.0
    for indent, line in ARABIC_BODY:
        page.append(RtlLine(RIGHT - indent, y, line, str(NASKH)))
        y += 22
    page += [RtlLine(LEFT + 150, y + 20, ARABIC_END[0], str(NASKH)),
             RtlLine(LEFT + 150, y + 36, ARABIC_END[1], str(NASKH))]
    return build_pdf([page])


def arabic_text() -> str:
    lines = ["الأمم المتحدة", "A/RES/77/116", "الجمعية العامة", "Distr.: General", "20 December 2022",
             *[line for _, line in ARABIC_MASTHEAD[2:]], *[line for _, line in ARABIC_BODY], *ARABIC_END]
    return "\n\n".join(lines) + "\n"


def body(tree) -> list[tuple[str, str]]:
    """(element, its number and first paragraph) of the preamble and body, in document order."""
    out = []
    for el in xpath(tree, "//a:preamble/* | //a:mainBody/a:paragraph | //a:mainBody//a:point"):
        num = xpath(el, "a:num/text()")
        first = xpath(el, ".//a:p")[0]
        out.append((el.tag.split("}")[1], " ".join([*num, " ".join(text_of(first).split())])))
    return out


@needs_naskh
def test_a_right_to_left_line_reads_in_its_order_with_its_latin_words_and_brackets(tmp_path):
    path = tmp_path / "line.pdf"
    path.write_bytes(build_pdf([[RtlLine(RIGHT, 100 + 20 * i, line, str(NASKH)) for i, line in enumerate((
        "وإذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،",
        "[بناء على تقرير اللجنة السادسة (A/77/439، الفقرة 7)]"))]]))
    assert [line.text for page in extract_pages(path) for line in page.lines] == [
        "وإذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،",
        "[بناء على تقرير اللجنة السادسة (A/77/439، الفقرة 7)]"]


@needs_naskh
def test_an_arabic_resolution_pdf_converts_as_its_text_does(tmp_path):
    pdf = tmp_path / "A_RES_77_116.pdf"
    pdf.write_bytes(arabic_pdf())
    text = tmp_path / "A_RES_77_116.txt"
    text.write_text(arabic_text(), encoding="utf-8")
    from_pdf = convert_file(pdf, converted=CONVERTED)
    from_text = convert_file(text, converted=CONVERTED)
    assert from_pdf.errors == []
    tree = from_pdf.tree
    assert xpath(tree, "//a:FRBRlanguage/@language") == ["ara"]
    assert xpath(tree, "//a:FRBRExpression/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/unga/2022-12-07/77-116/ara@/!main"]
    assert xpath(tree, "//a:docProponent//a:inline/text()") == ["A/77/439، الفقرة 7"]
    assert xpath(tree, "//a:preface//a:docTitle/text()") == ["منح مركز المراقب لدى الجمعية العامة"]
    assert body(tree) == [
        ("formula", "إن الجمعية العامة،"),
        ("container", "إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،"),
        ("container", "وإذ ترغب في تعزيز التعاون بين المنظمتين،"),
        ("paragraph", "1 - تقرر أن تدعو المنظمة إلى:"),
        ("point", "(أ) المشاركة في دورات الجمعية العامة؛"),
        ("point", "(ب) المشاركة في أعمالها بصفة مراقب؛"),
        ("paragraph", "2 - تطلب إلى الأمين العام أن يتخذ الإجراءات اللازمة لتنفيذ هذا القرار.")]
    assert xpath(tree, "//a:mainBody//a:num/text()") == ["1 -", "(أ)", "(ب)", "2 -"]
    assert xpath(tree, "//a:container/a:p//a:a/@href") == ["https://undocs.org/ar/A/RES/70/1"]
    assert xpath(tree, "//a:conclusions//a:docDate/@date") == ["2022-12-07"]
    assert body(tree) == body(from_text.tree)


CHINESE = [(60, "联合国", "A/RES/77/116"), (80, "大会", "Distr.: General")]
CHINESE_BODY = [
    (36, "大会，"),
    (36, "回顾其关于加强联合国与各区域组织和次区域组织之间合作的2015年9月25日第"),   # the citation goes on
    (0, "70/1号决议，并希望促进联合国与亚马逊合作条约组织之间的合作，"),
    (0, "1. 决定邀请亚马逊合作条约组织以观察员身份参加大会的届会和工作；"),
    (0, "2. 请秘书长采取必要行动执行本决议。")]


def chinese_pdf_page_head() -> list[Text]:
    """A Chinese resolution's masthead, number and title, down to y = 230."""
    font = str(CJK)
    return [Text(LEFT, 60, "联合国", font, 14), Text(400, 60, "A/RES/77/116", "Times-Bold", 14),
            Text(LEFT, 80, "大会", font, 16), Text(400, 80, "Distr.: General"),
            Text(400, 94, "20 December 2022"),
            Text(LEFT, 130, "第七十七届会议", font), Text(LEFT, 144, "议程项目178", font),
            Text(LEFT, 158, "给予亚马逊合作条约组织大会观察员地位", font),
            Text(LEFT, 190, "2022年12月7日大会决议", font, 13),
            Text(LEFT, 206, "[根据第六委员会的报告 (A/77/439，第7段)]", font),
            Text(LEFT, 230, "77/116. 给予亚马逊合作条约组织大会观察员地位", font, 13)]


def chinese_pdf() -> bytes:
    font = str(CJK)
    page = chinese_pdf_page_head()
    y = 270.0
    for indent, line in CHINESE_BODY:
        page.append(Text(LEFT + indent, y, line, font, 12))
        y += 16 if line.endswith("第") else 24   # 12-point lines, more room between paragraphs
    page += [Text(LEFT + 200, y + 20, "第47次全体会议", font),
             Text(LEFT + 200, y + 36, "2022年12月7日", font)]
    return build_pdf([page])


@needs_cjk
def test_a_chinese_resolution_pdf_joins_its_lines_without_spaces(tmp_path):
    pdf = tmp_path / "A_RES_77_116.pdf"
    pdf.write_bytes(chinese_pdf())
    # the test embeds the whole font (16 MB); a real PDF embeds the glyphs it uses
    with limits.using(limits.Limits(input_bytes=32 * limits.MB)):
        result = convert_file(pdf, converted=CONVERTED)
    assert result.errors == []
    tree = result.tree
    assert xpath(tree, "//a:FRBRlanguage/@language") == ["zho"]
    # (the font maps one glyph of the report line, 六, to no character: the text after it
    # keeps its place)
    assert xpath(tree, "//a:preface//a:docNumber/text()") == ["77/116."]
    assert xpath(tree, "//a:preface//a:docTitle/text()") == ["给予亚马逊合作条约组织大会观察员地位"]
    assert body(tree) == [
        ("formula", "大会，"),
        ("container", "回顾其关于加强联合国与各区域组织和次区域组织之间合作的2015年9月25日第70/1号决议，"
                      "并希望促进联合国与亚马逊合作条约组织之间的合作，"),
        ("paragraph", "1. 决定邀请亚马逊合作条约组织以观察员身份参加大会的届会和工作；"),
        ("paragraph", "2. 请秘书长采取必要行动执行本决议。")]
    assert xpath(tree, "//a:container//a:a/@href") == ["https://undocs.org/ch/A/RES/70/1"]
    assert xpath(tree, "//a:conclusions//a:docDate/@date") == ["2022-12-07"]


def test_letters_a_font_names_by_their_glyph_become_the_letters_meant():
    from converter.readers.script import base_letters

    # Arabic presentation forms (shaped letters, the lam-alef ligature), a CJK compatibility
    # ideograph sharing its glyph with 行
    assert base_letters("\ufe87\ufedf\ufefb \ufa08\u52a8") == "إللا 行动"
    assert base_letters("The General Assembly,") == "The General Assembly,"


@needs_cjk
def test_a_chinese_pdf_keeps_the_tab_after_a_paragraph_number_and_no_space_after_a_marker(tmp_path):
    # the number and its text two text objects a tab apart ("1." then "决定…"), and a note's
    # raised marker between two words: the tab is the number's space (the text had run on,
    # "1.决定", and read as no paragraph), the marker takes no space after it
    font = str(CJK)
    page = chinese_pdf_page_head()
    page += [Text(LEFT + 36, 270, "大会，", font, 12),
             Text(LEFT + 36, 294, "回顾《世界人权宣言》、", font, 12),
             Text(LEFT + 36 + 132.5, 289, "1", "Times-Roman", 7),
             Text(LEFT + 36 + 137, 294, "《儿童权利公约》，", font, 12),
             Text(LEFT, 318, "1.", "Times-Roman", 12),
             Text(LEFT + 36, 318, "决定邀请该组织参加大会的工作；", font, 12),
             Text(LEFT, 342, "2.", "Times-Roman", 12), Text(LEFT + 36, 342, "请秘书长执行本决议。", font, 12),
             Text(LEFT + 200, 380, "第47次全体会议", font), Text(LEFT + 200, 396, "2022年12月7日", font),
             Text(LEFT, 700, "__________________", "Times-Bold", 8),
             Text(LEFT, 712, "1", "Times-Roman", 6), Text(LEFT + 10, 715, "第217 A (III)号决议。", font, 9)]
    pdf = tmp_path / "A_RES_77_116.pdf"
    pdf.write_bytes(build_pdf([page]))
    with limits.using(limits.Limits(input_bytes=32 * limits.MB)):
        result = convert_file(pdf, converted=CONVERTED)
    assert result.errors == []
    tree = result.tree
    assert xpath(tree, "//a:mainBody/a:paragraph/a:num/text()") == ["1.", "2."]
    assert [text_of(p) for p in xpath(tree, "//a:mainBody/a:paragraph/a:content")] == [
        "决定邀请该组织参加大会的工作；", "请秘书长执行本决议。"]
    recital = xpath(tree, "//a:container/a:p")[0]
    assert text_of(recital) == "回顾《世界人权宣言》、第217 A (III)号决议。《儿童权利公约》，"
    assert xpath(recital, "a:authorialNote/@marker") == ["1"]


class _Edges:
    """A reader's character edges, as given (`place_runs` asks nothing else of it)."""

    def __init__(self, edges: dict[int, list[tuple[float, float]]]) -> None:
        self.edges = edges

    def char_lefts(self, textpage: object, run: Run) -> list[tuple[float, float]]:
        return self.edges[run.first]


def test_runs_whose_letters_stand_around_another_runs_are_cut_where_it_stands():
    # a word processor draws "تشرين الثاني" and "نوفمبر" as one text object, the "/" between
    # them as another, and "A/RES/" "/" as one around "78": each piece is read in its place
    # (the "/" and "78" had been read after the run they stand in: "تشرين الثاني نوفمبر/",
    # "A/RES/ /78")
    font = Font("Naskh", False, False, False)
    month = Run("تشرين الثاني نوفمبر", 101.4, 166.4, 256.8, 10.0, font, 0)
    slash = Run("/", 119.8, 124.1, 256.8, 10.0, font, 30)
    symbol = Run("A/RES/ /", 71.9, 118.1, 108.8, 10.0, font, 40)
    number = Run("78", 103.0, 114.4, 108.8, 10.0, font, 50)
    reader = _Edges({   # right to left: "تشرين الثاني", a space where it jumps, "نوفمبر"
        0: [*((162.9 - 3.5 * k, 166.4 - 3.5 * k) for k in range(12)), (124.4, 124.4),
            *((116.8 - 3.0 * k, 119.8 - 3.0 * k) for k in range(6))],
        30: [(119.8, 124.1)],
        40: [(71.9, 78.3), (78.3, 82.0), (82.0, 88.2), (88.2, 93.8), (93.8, 99.3), (99.3, 103.0),
             (114.4, 114.4), (114.4, 118.1)],
        50: [(103.0, 108.7), (108.7, 114.4)]})
    placed = place_runs(reader, None, [month, slash, symbol, number])   # type: ignore[arg-type]
    assert [(r.text, r.x0, r.x1) for r in placed] == [
        ("تشرين الثاني", 124.4, 166.4), ("نوفمبر", 101.8, 119.8), ("/", 119.8, 124.1),
        ("A/RES/", 71.9, 103.0), ("/", 114.4, 118.1), ("78", 103.0, 114.4)]


def test_a_line_in_reading_order_keeps_its_order_when_cut_into_columns():
    # a right-to-left page's masthead line, mirrored and put in reading order ("A/RES/" "78"
    # "/" "12" stand right to left in the mirror), cut at the wide gap before a second
    # column: each part keeps the order (sorted by place again, it read "12/78A/RES/")
    font = Font("Naskh", False, False, False)
    pieces = [Run("A/RES/", 509.0, 540.1, 108.8, 10.0, font, 0),
              Run("78", 497.6, 509.0, 108.8, 10.0, font, 6), Run("/", 493.9, 497.6, 108.8, 10.0, font, 8),
              Run("12", 482.5, 493.9, 108.8, 10.0, font, 9),
              Run("الجمعية", 300.0, 340.0, 108.8, 10.0, font, 12)]
    line = in_order(pieces)
    assert [part.text for part in split_line(line, 40.0)] == ["A/RES/78/12", "الجمعية"]


def test_a_tatweel_drawn_alone_to_justify_a_line_is_no_letter_of_the_word():
    # "الخطة" drawn "الخط", a tatweel of its own, "ة" (a justified line stretched): the word
    # reads as typed, its first piece reaching over the tatweel, so no space comes between
    font = Font("Naskh", False, False, False)
    runs = [Run("الخط", 200.0, 216.0, 300.0, 10.0, font, 0),
            Run("\u0640", 190.0, 200.0, 300.0, 10.0, font, 4), Run("ة", 186.0, 190.0, 300.0, 10.0, font, 5)]
    reader = _Edges({0: [(212.0, 216.0), (208.0, 212.0), (204.0, 208.0), (200.0, 204.0)],
                     4: [(190.0, 200.0)], 5: [(186.0, 190.0)]})
    placed = place_runs(reader, None, runs)   # type: ignore[arg-type]
    assert [(r.text, r.x0, r.x1) for r in placed] == [("الخط", 190.0, 216.0), ("ة", 186.0, 190.0)]


def test_numbers_a_bracket_apart_on_a_right_to_left_line_keep_their_places():
    # "1949(²)" and "76/132" in Arabic text, as read in the mirror (right to left): a
    # separator joins two numbers into one left-to-right stretch, turned back ("132" "/" "76"
    # is 76/132); a note's bracket keeps them apart (turned back as one, "1949" ")" "2" read
    # "2)1949")
    font = Font("Naskh", False, False, False)

    def run(text: str, x0: float, x1: float, raised: bool = False) -> Run:
        return Run(text, x0, x1, 300.0 - (4 if raised else 0), 6.0 if raised else 10.0, font, 0,
                   raised=raised)

    cited = make_line([run("قرارها", 10, 40), run("132", 43, 55), run("/", 55, 58), run("76", 58, 68),
                       run("المؤرخ", 71, 100)])
    assert logical_order(cited).text == "قرارها 76/132 المؤرخ"
    noted = make_line([run("آب/أغسطس", 10, 50), run("1949", 53, 75), run(")", 75, 78),
                       run("2", 78, 81, raised=True), run("(", 81, 84), run("على", 87, 100)])
    assert logical_order(noted).text == "آب/أغسطس 1949(2) على"


def test_a_mark_pdfium_reads_at_the_wrong_end_of_a_right_to_left_run_goes_where_it_stands():
    # "، المرفق." drawn right to left, the full stop leftmost, read by pdfium ".المرفق ،"
    font = Font("Naskh", False, False, False)
    run = Run(".المرفق ،", 50.0, 90.0, 300.0, 8.0, font, 0)
    word = [(80.0 - 4.0 * (k + 1), 80.0 - 4.0 * k) for k in range(6)]   # المرفق, right to left
    reader = _Edges({0: [(54.0, 56.0), *word, (80.0, 82.0), (82.0, 86.0)]})   # ".", letters, " ", "،"
    assert [r.text for r in place_runs(reader, None, [run])] == ["، المرفق."]   # type: ignore[arg-type]
