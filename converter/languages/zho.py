"""Chinese words of UN resolutions.  No spaces between words: openers are followed directly
by their text ("希望促进…"), dates are "2022年12月7日"."""

from converter.languages.cldr import month_names
from converter.languages.common import (
    ENGLISH_DATE,
    ENGLISH_DISTRIBUTION,
    ENGLISH_MONTHS,
    SYMBOL_PARTS,
    committees,
)
from converter.languages.table import LanguageTable

CHINESE = LanguageTable(
    code="zho",
    undocs_code="ch",              # the UN's own code for Chinese copies
    months=month_names("zh"),
    other_months=ENGLISH_MONTHS,
    date_shapes=(r"(?P<year>\d{{4}})\s*年\s*(?P<month>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})\s*日",
                 ENGLISH_DATE),
    united_nations="联合国",
    distribution_label=r"Distr\.\s*:?",
    distribution_kinds={"普遍": "general", "限制": "limited", **ENGLISH_DISTRIBUTION},
    original_label=r"(?:Original|原文)\s*[:：]",
    # (the Economic and Social Council's yearly session: "2023年届会")
    session_pattern=r"^(?:第(?P<ordinal>[〇一二三四五六七八九十百]+)届(?P<kind>紧急特别|特别)?会议"
                    r"|(?P<session_year>\d{4})\s*年届会)(?:\s*\(续\))?$",
    agenda_pattern=r"^(?:临时)?议程项目\s*(?P<items>.+?)$",
    ordinal_units={}, ordinal_tens={}, cardinal_tens={},
    organs={"大会": "ga", "安全理事会": "sc", "人权理事会": "hrc", "经济及社会理事会": "ecosoc"},
    formula_pattern=r"^(?P<organ>大会|安全理事会|人权理事会|经济及社会理事会)\s*[，,]$",
    committees={**committees(("第一委员会", "第二委员会", "第三委员会", "第四委员会", "第五委员会",
                              "第六委员会")),
                "特别政治和非殖民化委员会(第四委员会)": "fourthCommittee",
                "特别政治和非殖民化委员会（第四委员会）": "fourthCommittee",
                "特别政治和非殖民化委员会": "fourthCommittee"},
    adopted_pattern=r"^(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
                    r"(?P<organ>大会|安全理事会|人权理事会|经济及社会理事会)"
                    r"(?:通过的)?(?P<kind>决议|决定)$",
    adoption_kinds={"决议": "resolution", "决定": "decision"},
    date_range_pattern=r"^(?P<y1>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日(?P<sep>\s*至\s*)"
                       r"(?:(?P<y2>\d{4})\s*年\s*)?(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日$",
    without_vote_pattern=r"^\[?未经表决(?:获得)?通过",
    recorded_vote_pattern=r"^\[?以\s*(?P<inFavour>\d+)\s*票赞成、\s*(?P<against>\d+)\s*票反对、\s*"
                          r"(?P<abstaining>\d+)\s*票弃权的记录表决结果通过",
    # the Security Council's adoption line (its date first) and resolution number, its
    # President's statement
    adopted_at_meeting_pattern=r"^(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
                               r"(?P<organ>安全理事会)(?P<meeting>第(?P<ordinal>\d+)次会议)通过$",
    number_line_pattern=r"^第(?P<num>\d+\s*\(\d{4}\))号决议$",
    statement_kinds={"安全理事会主席的声明": "presidentialStatement",
                     "安全理事会主席声明": "presidentialStatement"},
    report_pattern=r"^\[根据(?P<committee>.+?)的报告(?:通过)?\s*\((?P<doc>[^()]*(?:\([^()]*\)[^()]*)*)\)\]$",
    no_committee_pattern=r"^\[未经发交主要委员会(?:而通过)?\s*(?:\((?P<doc>[^)]*)\))?\]$",
    draft_kinds={"决议草案": "draftResolution", "决定草案": "draftDecision",
                 "订正决议草案": "draftResolution", "修正案": "amendment"},
    amendment_words=("修正案",),
    submitted_by_pattern=r"^(?:决议|决定)草案由.+提交",
    meeting_pattern=r"^(?P<meeting>第\s*\d+\s*次(?:全体)?会议(?:\s*[(（]续会?[)）])?)$",   # "(续会)": resumed
    preamble_participles=(
        "回顾", "重申", "认识到", "欢迎", "确认", "注意到", "铭记", "强调指出", "深信", "关切",
        "强调", "审议了", "赞赏地注意到", "承认", "表示关切", "深为关切", "意识到", "关切地注意到",
        "念及", "考虑到", "重点指出", "着重指出", "鼓励", "肯定", "欣见", "严重关切", "申明",
        "满意地注意到", "赞扬", "认为", "表示赞赏", "呼吁", "决心", "促请", "震惊地注意到",
        "遗憾地注意到", "谴责", "知悉", "敦促", "感到关切", "希望", "表示注意到", "深感关切",
        "满意地确认", "特别回顾", "感谢", "重视", "相信", "认定", "支持",
        "极为关切地注意到", "深为关切地注意到", "严重关切地注意到", "表示最严重关切", "表示严重关切",
        "表示持续关注", "赞赏地肯定", "深为关切", "重申关切", "审议", "又审议",
    ),
    participle_modifiers=("又", "还", "再次", "并"),
    opener_gap=r"\s*",
    opener_leads=("在这方面", "在此方面"),
    opener_end="",
    operative_pattern=r"(?:决定|请|鼓励|重申|促请|欢迎|敦促|邀请|回顾|表示注意到|强调指出|确认|强调|"
                      r"注意到|着重指出|认识到|呼吁|赞扬|认可|承认|赞赏|谴责|表示关切|核准|建议|"
                      r"支持|宣布|授权|申明|期待|肯定|欣见)",
    operative_adverbs=("又", "还", "再次", "大力", "强烈"),
    operative_verb_particles=(),
    annex_words=("附件",),
    numbered_nouns=("第", "段", "条", "章", "节", "号", "决议", "决定", "目标", "项目"),
    resolution_words=("决议",),
    citation_organs={"人权理事会": "A/HRC", "安全理事会": "S", "经济及社会理事会": "E", "大会": "A"},
    organ_back_references=("理事会",),   # "决定将理事会第27/21号决议…": the Council named last
    list_continuations=("包括",),        # "…所有相关决议，包括…第23/9号、…"
    other_bodies=("环境大会", "卫生大会", "缔约方大会", "缔约国会议", "缔约方会议", "执行局",
                  "理事机构", "人权委员会"),
    # "第70/1号决议", "第1514(XV)号、…第1541(XV)号决议", "安全理事会第2334(2016)号决议" (the
    # organ is read from the names before the number: postfix_links)
    # (a special session's number may go without 第: "2004年7月20日ES-10/15号"; a list of dated
    # numbers may run long before its 决议)
    postfix_citation=r"(?:第\s*|(?=E?S-\d))"
                     r"(?P<nums>[\dA-Z/()\s、和及-]+?)\s*号(?=[^。；，,;]{0,1500}?决议)",
    decision_words=("决定",),
    symbol_part_words=SYMBOL_PARTS,
    and_word="和",
    conjunctions=("和", "或"),
    language_names=("英文", "法文", "西班牙文", "俄文", "阿拉伯文", "中文"),
    vowels="",
)
