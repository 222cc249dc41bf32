"""Masthead -> <coverPage> and <preface>, following the printed page top to bottom."""

from __future__ import annotations

from lxml import etree

from converter.mapper.akn import E
from converter.mapper.inline import fill
from converter.segmentation.model import Masthead, Note, RichText, SessionDates, plain_text
from converter.segmentation.richtext import split_at


def _p(*children: etree._Element) -> etree._Element:
    return E.p(*children)


def _report_line(m: Masthead) -> etree._Element:
    """`[on the report of the Third Committee (<inline>A/79/458/Add.2, para. 99</inline>)]`."""
    text: RichText = m.report_line or []
    ref = f"#{m.report_committee_key or m.organ_key or 'ga'}"
    proponent = E.docProponent(refersTo=ref)
    plain = plain_text(text)
    doc = m.report_document
    if doc and doc in plain:
        start = plain.index(doc)
        before, rest = split_at(text, start)
        inner, after = split_at(rest, len(doc))
        fill(proponent, before)
        proponent.append(fill(E.inline(name="originatingDocument"), inner))
        fill(proponent, after)
    else:
        fill(proponent, text)
    return _p(proponent)


def _session_dates(dates: SessionDates) -> etree._Element:
    """`<event refersTo="#session">` with the first and last day as dates."""
    event = E.event(refersTo="#session")
    for text, day, role in ((dates.start_text, dates.start, "#startDate"),
                            (dates.end_text, dates.end, "#endDate")):
        if day is not None:
            event.append(E.date(text, date=day.isoformat(), refersTo=role))
        else:
            event.append(E.inline(text, name=role[1:]))
    event[0].tail = dates.between
    return event


def _adoption_title(m: Masthead) -> etree._Element:
    """"Resolution adopted by …", or the Security Council's "Adopted by the Security Council
    at its 9331st meeting, on 30 May 2023" with its meeting and date marked up."""
    text = m.adoption_title or ""
    if m.adoption_meeting_at is None or m.adoption_date_at is None or m.adopted is None:
        return E.docTitle(text)
    meeting = E.inline(name="adoptionMeeting", title=m.adoption_meeting_ordinal or "")
    when = E.docDate(date=m.adopted.isoformat(), refersTo="#adoptionDate")
    # in the order printed: the meeting first, or the date (Chinese "2023年12月21日…第9512次会议通过")
    marked = sorted([(m.adoption_meeting_at, meeting), (m.adoption_date_at, when)], key=lambda x: x[0])
    title = E.docTitle(refersTo="#adoption")
    title.text = text[:marked[0][0][0]]
    for k, ((start, end), el) in enumerate(marked):
        el.text = text[start:end]
        el.tail = text[end:marked[k + 1][0][0]] if k + 1 < len(marked) else text[end:]
        title.append(el)
    return title


def cover_page(m: Masthead, language_words_un: str) -> etree._Element:
    cover = E.coverPage()
    cover.append(_p(E.docAuthority(language_words_un, refersTo="#publisher")))
    if m.symbol is not None:
        number = E.docNumber(m.symbol.text, refersTo="#symbol")
        notes: RichText = [*m.symbol_notes]   # "A/80/L.14*": "Reissued for technical reasons …"
        fill(number, notes)
        cover.append(_p(number))
    if m.organ:
        cover.append(_p(E.docAuthority(m.organ, refersTo="#issuingBody")))
    if m.distribution:
        kind = m.distribution_kind or "general"
        cover.append(_p(E.docStatus(m.distribution, refersTo=f"#{kind}Distribution")))
    if m.issued is not None:
        attrs = {"refersTo": "#dateOfIssuance"}
        if m.issued.date is not None:
            cover.append(_p(E.docDate(m.issued.text, date=m.issued.date.isoformat(), **attrs)))
        else:
            cover.append(_p(E.inline(m.issued.text, name="dateOfIssuance")))
    if m.language_version:
        cover.append(_p(E.inline(m.language_version, name="languageVersion")))
    if m.original_language:
        cover.append(_p(E.inline(m.original_language, name="originalLanguage")))
    if m.subsidiary_organ:
        cover.append(_p(E.docAuthority(m.subsidiary_organ, refersTo="#subsidiaryBody")))
    if m.session:
        attrs = {"value": str(m.session_number)} if m.session_number else {}
        organ = m.subsidiary_key or m.organ_key or "ga"
        cover.append(_p(E.session(m.session, refersTo=f"#{organ}", **attrs)))
    if m.session_dates:
        cover.append(_p(_session_dates(m.session_dates)))
    if m.committee:
        cover.append(_p(E.docCommittee(m.committee, refersTo=f"#{m.committee_key}")))
    if m.agenda:
        cover.append(_p(E.inline(m.agenda, name="agenda item", title=m.agenda_items or "")))
    for title in m.agenda_titles:
        cover.append(_p(E.inline(title, name="agenda item name")))
    for line in m.other_lines:
        cover.append(_p(E.inline(line, name="mastheadLine")))
    if m.number_line:
        cover.append(_p(E.docTitle(m.number_line, refersTo="#resolutionNumber")))
    if m.adoption_title:
        cover.append(_p(_adoption_title(m)))
    if m.report_line:
        cover.append(_report_line(m))
    return cover


def preface(m: Masthead) -> etree._Element | None:
    pre = E.preface()
    if m.sponsors:
        # a sponsors' or an officer's submission line; "Draft resolution" alone names nobody
        attrs = {"refersTo": "#sponsors"} if m.submitter else {}
        pre.append(_p(fill(E.docTitle(**attrs), m.sponsors)))
    title = fill(E.docTitle(refersTo="#resolutionTitle"), m.title)
    if m.number:
        pre.append(_p(E.docNumber(f"{m.number}."), title))
    elif m.title:
        pre.append(_p(title))
    if m.part_letter:   # the letter, then its note
        notes: RichText = [x for x in m.part_letter if isinstance(x, Note)]
        letter: RichText = [x for x in m.part_letter if not isinstance(x, Note)]
        pre.append(fill(_p(fill(E.docNumber(refersTo="#letter"), letter)), notes))
    return pre if len(pre) else None
