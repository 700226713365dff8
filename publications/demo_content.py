"""Demo content for the publications app: data only.

The published records are real publications, with only the metadata in FACTS.md (the
facts file kept beside the design notes): title, authors as the source gives them (given
names where known, otherwise initials), journal, volume, pages, DOI, licence. Summaries
paraphrase FACTS.md in our own words. The portal holds no copy of them, so there are no
documents, chapters, key lessons or references here: the main link goes to the DOI or the
publisher's page. The one draft is a fictional example and says so.
"""

SOURCE_CHECKED = "2026-12-03"

PUBLICATIONS = [
    {
        "title": "Handen ineen voor meer veerkracht bij jongeren",
        "subtitle": (
            "Preventie van radicalisering en polarisatie: een literatuuronderzoek naar beleid, "
            "prioriteiten, programma's en samenwerkingspartners"
        ),
        "slug": "handen-ineen-voor-meer-veerkracht-bij-jongeren",
        "kind": "literatuurstudie",
        "year": 2020,
        "commissioned_by": "Platform JEP",
        # FACTS.md gives no web address for this study: the editors describe it from the
        # programme's own material, without a link.
        "provenance": "redactie",
        "authors": [
            {"family": "Mutsaers", "given": "Paul", "affiliation": "Fontys Hogeschool"},
            {"family": "Demir", "given": "Sibel", "affiliation": "ContourdeTwern"},
        ],
        "summary": [
            "Een literatuurstudie in opdracht van Platform JEP. Het werk begon in december "
            "2018, tegelijk met het praktijkonderzoek in de werkplaatsen in Tilburg en "
            "Utrecht. De studie is gratis te downloaden.",
            "De studie gaat over pedagogische bondgenootschappen van gezinnen, scholen en "
            "jongerenwerk die aansluiten bij wat jongeren zoeken in hun identiteit. Dan kunnen "
            "sterke idealen uitgroeien tot kritisch burgerschap, en niet tot een identiteit "
            "die zich tegen anderen afzet.",
            "De auteurs brengen beleidsontwikkelingen in kaart, de prioriteiten die daaruit "
            "volgen en nieuwe richtingen voor samenwerking tussen partners.",
        ],
        "tags": ["radicalisering", "polarisatie", "veerkracht", "identiteit en idealen"],
        "live": True,
    },
    {
        "title": "Stappenplan: Effectieve samenwerking tussen jongerenwerk en onderwijs",
        "slug": "stappenplan-effectieve-samenwerking-jongerenwerk-en-onderwijs",
        "kind": "stappenplan",
        "year": 2021,
        "date": "2021-09-16",
        "publisher": "Platform JEP",
        "url": (
            "https://www.socialestabiliteit.nl/publicaties/publicaties/2021/09/16/"
            "stappenplan-effectieve-samenwerking-tussen-jongerenwerk-en-onderwijs"
        ),
        "provenance": "bron",
        "authors": [{"family": "Platform JEP", "is_organisation": True}],
        "summary": [
            "Op 16 september 2021 gepresenteerd. Het stappenplan zet de onderzochte "
            "succesfactoren om in stappen om een samenwerking tussen jongerenwerk en onderwijs "
            "te beginnen of te versterken.",
            "Het werkt het best als de samenwerking gericht is op een positief pedagogisch "
            "klimaat, en niet op incidenten.",
            "Gemaakt samen met Stichting School & Veiligheid, het Nederlands Jeugdinstituut, "
            "de VNG, Sociaal Werk Nederland, de MBO Raad, de VO-raad en de VU Amsterdam.",
        ],
        "tags": ["samenwerking", "positief pedagogisch klimaat", "jongerenwerk"],
        "live": True,
    },
    {
        "title": (
            "Werkzame elementen en randvoorwaarden in de samenwerking tussen jongerenwerk en "
            "scholen voor voortgezet onderwijs"
        ),
        "slug": "werkzame-elementen-en-randvoorwaarden-jongerenwerk-en-scholen",
        "kind": "artikel",
        "year": 2021,
        "date": "2021-06-03",
        "journal": "Journal of Social Intervention: Theory and Practice",
        "volume": "30",
        "issue": "3",
        "pages": "17-36",
        "doi": "10.54431/jsi.661",
        "licence": "CC BY-NC-ND",
        "provenance": "bron",
        "source_url": "https://doi.org/10.54431/jsi.661",
        "authors": [
            {"family": "Rijnders", "given": "J."},
            {"family": "Manders", "given": "W."},
            {"family": "Metz", "given": "J."},
        ],
        "summary": [
            "Een Nederlandstalig artikel over een kwalitatief onderzoek (grounded theory) naar "
            "zeven samenwerkingen tussen jongerenwerk en scholen voor voortgezet onderwijs.",
            "Het onderzoek vindt vier mogelijke werkzame elementen en drie mogelijke "
            "randvoorwaarden. Om die te onderbouwen is meer onderzoek nodig.",
        ],
        "tags": ["samenwerking", "jongerenwerk"],
        "live": True,
    },
    {
        "title": (
            "Voortgezet onderwijs en jongerenwerk: partners in het versterken van "
            "schoolcarrières van jongeren"
        ),
        "slug": "voortgezet-onderwijs-en-jongerenwerk-partners-schoolcarrieres",
        "kind": "artikel",
        "year": 2019,
        "journal": "Jeugdbeleid",
        "volume": "13",
        "issue": "2",
        "pages": "83-91",
        "doi": "10.1007/s12451-019-00200-3",
        "provenance": "bron",
        "source_url": "https://doi.org/10.1007/s12451-019-00200-3",
        "authors": [
            {"family": "Sarti", "given": "A."},
            {"family": "Manders", "given": "W."},
            {"family": "Metz", "given": "J."},
        ],
        "summary": [
            "Het artikel onderscheidt twee soorten samenwerking: jongerenwerkers die de school "
            "steunen vanuit hun werk in de wijk, en jongerenwerkers die in de school werken. "
            "Ze verschillen in activiteiten, bereik en de aard van de samenwerking.",
            "Succesfactoren volgens het artikel: genoeg jongerenwerkers; jongerenwerkers die "
            "school en wijk verbinden; een vast aanspreekpunt op school; personeel en "
            "leerlingen die het schooljongerenwerk kennen; continuïteit; en voor werk in de "
            "school een eigen, centrale ruimte.",
        ],
        "tags": ["samenwerking", "jongerenwerk", "wijk", "schooluitval"],
        "live": True,
    },
    {
        "title": "Concept: voorbeeldfactsheet over succesfactoren",
        "slug": "concept-voorbeeldfactsheet-succesfactoren",
        "kind": "factsheet",
        "year": 2026,
        "is_fictional": True,
        "authors": [{"family": "Redactie voorbeeldportaal", "is_organisation": True}],
        "summary": [
            "Fictief voorbeeld: een concept dat laat zien hoe een korte factsheet eruitziet "
            "voordat de redactie haar publiceert. Het is geen echte publicatie.",
        ],
        "key_lessons": [
            "Fictief voorbeeld: zet per succesfactor één ding op papier dat je morgen kunt doen.",
        ],
        "tags": ["samenwerking"],
        "live": False,
    },
]
