"""The shapes of the open-data API's answers (OpenAPI components)."""

import datetime

from ninja import Field, Schema


class Link(Schema):
    title: str
    url: str


class Term(Schema):
    """A vocabulary term (school type, target group, factor, topic): stable slug and name."""

    slug: str
    name: str


class ProvinceRef(Schema):
    id: int
    code: str
    slug: str
    name: str


class MunicipalityRef(Schema):
    id: int
    code: str
    slug: str
    name: str


class Organisation(Schema):
    name: str
    role: str


class Contact(Schema):
    name: str
    role: str
    organisation: str
    email: str
    phone: str


class Provenance(Schema):
    """Where a record comes from, and whether it is an invented example."""

    is_fictional: bool = Field(
        description="true: een verzonnen voorbeeld (fictief voorbeeld), geen echte bron of "
        "praktijk; tel het niet als onderbouwing."
    )
    provenance: str = Field(
        description="Herkomst: 'bron' (openbare bron), 'praktijk' (aangemeld door de "
        "praktijk) of 'redactie'."
    )
    source_url: str = Field(description="Webadres van de bron; leeg als er geen is.")
    source_checked: datetime.date | None = Field(
        description="Datum waarop de redactie de bron voor het laatst naliep."
    )


class WorkingElement(Schema):
    text: str
    factor: Term | None = Field(description="De factor waar dit element bij hoort, als die er is.")


class Evaluation(Schema):
    design: str = Field(
        description="Soort onderzoek: procesevaluatie, effectonderzoek, kwalitatief, monitor "
        "of anders."
    )
    year: int | None
    conducted_by: str
    title: str
    url: str


class Owner(Schema):
    """Wie de aanpak bezit of de licentie heeft; alleen met toestemming."""

    name: str
    organisation: str
    contact: str


class English(Schema):
    """The English title and summary the editors wrote (empty when they wrote none); the
    full text of every record is Dutch."""

    title_en: str = Field(description="Engelse titel; leeg als de redactie er geen schreef.")
    summary_en: str = Field(
        description="Korte Engelse samenvatting; leeg als de redactie er geen schreef. De "
        "volledige tekst is Nederlands."
    )


class PracticeSummary(English, Provenance):
    id: int
    slug: str
    title: str
    url: str
    summary: str
    collaboration_type: str
    stage: str
    status: str
    evidence_level: str = Field(
        description="Eigen schaal van het portaal, geen officiële erkenning: beschreven "
        "(door de praktijk), werkplaats (besproken in een werkplaats) of geevalueerd (alleen "
        "als er een evaluatie is)."
    )
    recognition: str = Field(
        description="Officiële erkenning door de Erkenningscommissie Interventies: "
        "goed-beschreven, goed-onderbouwd, effectief-eerste, effectief-goede, "
        "effectief-sterke; leeg als de aanpak niet erkend is."
    )
    prevention_level: str = Field(description="universeel, selectief, geindiceerd of leeg.")
    age_from: int | None
    age_to: int | None
    cost_band: str = Field(description="tot-5000, 5000-25000, vanaf-25000 of leeg (onbekend).")
    funding_sources: list[Term]
    start_year: int | None
    municipality: MunicipalityRef
    province: ProvinceRef
    school_types: list[Term]
    target_groups: list[Term]
    factors: list[Term]
    topics: list[Term]
    first_published_at: datetime.datetime | None
    last_published_at: datetime.datetime | None
    last_reviewed: datetime.date | None


class PracticeDetail(PracticeSummary):
    goal: str
    approach: str
    results: str
    lessons: str
    other_municipalities: list[MunicipalityRef]
    organisations: list[Organisation]
    evidence_url: str
    recognition_date: datetime.date | None
    recognition_valid_until: datetime.date | None
    recognition_databank: str = Field(description="nji, movisie, loket-gezond-leven of leeg.")
    recognition_url: str
    working_elements: list[WorkingElement]
    youth_work_hours_per_week: float | None
    other_staff_time: str
    cost_per_year_from: int | None = Field(description="Kosten per jaar in euro, ondergrens.")
    cost_per_year_to: int | None = Field(description="Kosten per jaar in euro, bovengrens.")
    costs_cover: str
    duration_weeks: int | None
    sessions: int | None
    session_minutes: int | None
    inclusion_criteria: str
    evaluations: list[Evaluation]
    owner: Owner | None
    links: list[Link]
    documents: list[Link]
    contact: Contact | None


class WorkplaceRef(Schema):
    id: int
    slug: str
    name: str


class WorkplaceSummary(English, Provenance, WorkplaceRef):
    url: str
    municipality: MunicipalityRef
    research_question: str
    start_date: datetime.date
    end_date: datetime.date | None
    partners: list[Organisation]
    topics: list[Term]
    session_count: int


class SessionSummary(English, Provenance):
    id: int
    slug: str
    title: str
    url: str
    workplace: WorkplaceRef
    date: datetime.date
    format: str
    participants: dict[str, int]
    topics: list[Term]


class WorkplaceDetail(WorkplaceSummary):
    description: str
    sessions: list[SessionSummary]


class Finding(Schema):
    factor: Term
    factor_kind: str
    strength: str
    observation: str
    quote: str


class SessionDetail(SessionSummary):
    summary: str
    findings: list[Finding]
    documents: list[Link]


class FactorSummary(Schema):
    id: int
    slug: str
    name: str
    kind: str
    url: str
    topics: list[Term]


class FactorDetail(FactorSummary):
    description: str
    what_you_can_do: str


class Author(Schema):
    name: str
    given_names: str
    particle: str
    family_name: str
    is_organisation: bool
    affiliation: str
    orcid: str


class PublicationSummary(English, Provenance):
    id: int
    slug: str
    title: str
    subtitle: str
    url: str
    kind: str
    year: int | None
    publication_date: datetime.date | None
    publisher: str
    authors: list[Author]
    doi: str
    isbn: str
    external_url: str
    document_url: str
    licence: str
    language: str
    topics: list[Term]


class Chapter(Schema):
    number: str
    title: str
    summary: str
    pages: str
    factors: list[Term]


class Reference(Schema):
    text: str
    doi: str
    url: str


class PublicationDetail(PublicationSummary):
    summary: str
    journal: str
    volume: str
    issue: str
    pages: str
    chapters: list[Chapter]
    key_lessons: list[str]
    references: list[Reference]


class TopicCounts(Schema):
    practices: int
    workplaces: int
    sessions: int
    factors: int
    publications: int
    pages: int


class Topic(Schema):
    id: int
    slug: str
    name: str
    total: int
    counts: TopicCounts


class Province(ProvinceRef):
    municipality_count: int
    practice_count: int


class Region(Schema):
    code: str
    name: str


class RegionSource(Schema):
    title: str = Field(description="De CBS-tabel waar de regio-indeling uit komt.")
    year: int | None = Field(description="Het jaar van die tabel; null als het onbekend is.")


class Municipality(MunicipalityRef):
    common_name: str = Field(
        description="De gangbare naam als die anders is dan de CBS-naam (bijv. Den Haag)."
    )
    source: RegionSource
    province: ProvinceRef
    jeugdregio: Region
    ggd_region: Region
    corop: Region
    veiligheidsregio: Region


class ProvinceDetail(Province):
    municipalities: list[MunicipalityRef]


class ErrorItem(Schema):
    loc: list[str | int]
    msg: str
    type: str


class Error(Schema):
    """Every error answer: a list of what is wrong, in Dutch."""

    detail: list[ErrorItem] | str


def page_of(item_schema, name):
    """A page schema: the total, the window asked for, links to neighbours, the items."""
    return type(
        name,
        (Schema,),
        {
            "__annotations__": {
                "count": int,
                "limit": int,
                "offset": int,
                "next": str | None,
                "previous": str | None,
                "results": list[item_schema],
            }
        },
    )


PracticePage = page_of(PracticeSummary, "PracticePage")
WorkplacePage = page_of(WorkplaceSummary, "WorkplacePage")
SessionPage = page_of(SessionSummary, "SessionPage")
FactorPage = page_of(FactorSummary, "FactorPage")
PublicationPage = page_of(PublicationSummary, "PublicationPage")
TopicPage = page_of(Topic, "TopicPage")
ProvincePage = page_of(Province, "ProvincePage")
MunicipalityPage = page_of(Municipality, "MunicipalityPage")


class Licence(Schema):
    name: str
    url: str
    attribution: str


class Index(Schema):
    title: str
    licence: Licence | None
    region_source: RegionSource
    schema_url: str
    docs_url: str
    endpoints: dict[str, str]
