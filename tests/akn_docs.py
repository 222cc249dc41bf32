"""Hand-written Akoma Ntoso documents of other types and countries than the UN's: an act whose
Work IRI names the year only, a bill, a judgment and a debate (as cobalt / Laws.Africa and
parliaments write them).  Each is valid against the XSD and follows the naming convention."""

from __future__ import annotations

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def identification(work: str, work_date: str, country: str, expr_date: str,
                   author: str = "#parliament", lang: str = "eng") -> str:
    expr = f"{work}/{lang}@{expr_date}"
    return f"""<identification source="#editor">
        <FRBRWork>
          <FRBRthis value="{work}/!main"/>
          <FRBRuri value="{work}"/>
          <FRBRdate date="{work_date}" name="Generation"/>
          <FRBRauthor href="{author}"/>
          <FRBRcountry value="{country}"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="{expr}/!main"/>
          <FRBRuri value="{expr}"/>
          <FRBRdate date="{expr_date}" name="Generation"/>
          <FRBRauthor href="{author}"/>
          <FRBRlanguage language="{lang}"/>
        </FRBRExpression>
        <FRBRManifestation>
          <FRBRthis value="{expr}/!main.xml"/>
          <FRBRuri value="{expr}.xml"/>
          <FRBRdate date="2024-01-31" name="Generation"/>
          <FRBRauthor href="#editor"/>
        </FRBRManifestation>
      </identification>"""


def references(*tlcs: str) -> str:
    entries = "\n        ".join(tlcs)
    return f"""<references source="#editor">
        <TLCOrganization eId="editor" href="/akn/ontology/organization/za/lawsAfrica" showAs="Editor"/>
        {entries}
      </references>"""


PARLIAMENT = ('<TLCOrganization eId="parliament" href="/akn/ontology/organization/za/parliament" '
              'showAs="Parliament"/>')


def _doc(body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="{NS}">\n{body}\n</akomaNtoso>\n'


ACT = _doc(f"""  <act name="act" contains="singleVersion">
    <meta>
      {identification("/akn/za/act/2020/1", "2020-06-05", "za", "2020-06-05")}
      {references(PARLIAMENT)}
    </meta>
    <preface><p><shortTitle>Disaster Management Tax Relief Act, 2020</shortTitle></p></preface>
    <body>
      <chapter eId="chp_1">
        <num>1</num>
        <heading>Interpretation</heading>
        <section eId="chp_1__sec_1">
          <num>1.</num>
          <heading>Definitions</heading>
          <subsection eId="chp_1__sec_1__subsec_1">
            <num>(1)</num>
            <content><p>In this Act, unless the context indicates otherwise, see
              <ref href="#chp_1__sec_2">section 2</ref>.</p></content>
          </subsection>
          <subsection eId="chp_1__sec_1__subsec_2">
            <num>(2)</num>
            <list eId="chp_1__sec_1__subsec_2__list_1">
              <intro><p>The Minister may:</p></intro>
              <point eId="chp_1__sec_1__subsec_2__list_1__point_a">
                <num>(a)</num><content><p>extend the period;</p></content></point>
            </list>
          </subsection>
        </section>
        <section eId="chp_1__sec_2">
          <num>2.</num>
          <heading>Short title</heading>
          <content><p>This Act is called the Disaster Management Tax Relief Act, 2020.</p></content>
        </section>
      </chapter>
    </body>
  </act>""")

BILL = _doc(f"""  <bill name="bill">
    <meta>
      {identification("/akn/ke/bill/2021-03-10/12", "2021-03-10", "ke", "2021-03-10",
                      "#nationalAssembly")}
      {references('<TLCOrganization eId="nationalAssembly" '
                  'href="/akn/ontology/organization/ke/nationalAssembly" showAs="National Assembly"/>')}
    </meta>
    <preface><p><docTitle>The Finance Bill, 2021</docTitle></p></preface>
    <body>
      <section eId="sec_1">
        <num>1.</num>
        <heading>Short title</heading>
        <content><p>This Act may be cited as the Finance Act, 2021.</p></content>
      </section>
      <section eId="sec_2A">
        <num>2A.</num>
        <heading>Amendment of the Income Tax Act</heading>
        <content><p>Section 3 of the Income Tax Act is amended.</p></content>
      </section>
    </body>
  </bill>""")

JUDGMENT = _doc(f"""  <judgment name="judgment">
    <meta>
      {identification("/akn/za/judgment/zacc/2020-01-15/1", "2020-01-15", "za", "2020-01-15",
                      "#court")}
      {references('<TLCOrganization eId="court" href="/akn/ontology/organization/za/zacc" '
                  'showAs="Constitutional Court"/>',
                  '<TLCPerson eId="applicant" href="/akn/ontology/person/za/applicant" '
                  'showAs="Applicant"/>')}
    </meta>
    <header>
      <p><docTitle>Applicant v Minister of Finance</docTitle></p>
      <p><party refersTo="#applicant" as="#applicant">The applicant</party></p>
    </header>
    <judgmentBody>
      <introduction>
        <paragraph eId="para_1"><num>1.</num>
          <content><p>This is an application for leave to appeal.</p></content></paragraph>
      </introduction>
      <decision>
        <paragraph eId="para_2"><num>2.</num>
          <content><p>Leave to appeal is granted.</p></content></paragraph>
      </decision>
    </judgmentBody>
  </judgment>""")

DEBATE = _doc(f"""  <debate name="hansard">
    <meta>
      {identification("/akn/za/debate/2021-02-11/1", "2021-02-11", "za", "2021-02-11")}
      {references(PARLIAMENT,
                  '<TLCPerson eId="speaker" href="/akn/ontology/person/za/speaker" '
                  'showAs="The Speaker"/>',
                  '<TLCRole eId="chair" href="/akn/ontology/role/za/speaker" showAs="Speaker"/>')}
    </meta>
    <preface><p><docTitle>National Assembly: Hansard, 11 February 2021</docTitle></p></preface>
    <debateBody>
      <debateSection name="prayers" eId="dbsect_1">
        <heading>Prayers</heading>
        <speech by="#speaker" as="#chair" eId="dbsect_1__spch_1">
          <from>The Speaker</from>
          <p>Honourable members, the House is called to order.</p>
        </speech>
      </debateSection>
    </debateBody>
  </debate>""")

DOCUMENTS = {"act": ACT, "bill": BILL, "judgment": JUDGMENT, "debate": DEBATE}
