"""Demo content for the publications app: data only.

Bibliographic metadata follows /work/shared/FACTS.md; fields it does not give are left
empty ("" or None). Where FACTS.md gives no exact title, the title is a descriptive one and
"title_is_descriptive" is True. Summaries and key lessons are written in our own words.
Chapter outlines are illustrative (no real page ranges) and link to the factor framework
in jos_portal/taxonomy/demo.py by exact factor name.
"""

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
        "date": None,
        "publisher": "",
        "commissioned_by": "Platform JEP",
        "journal": "",
        "volume": "",
        "issue": "",
        "pages": "",
        "doi": "",
        "isbn": "",
        "url": "",
        "licence": "",
        "language": "nl",
        "title_is_descriptive": False,
        "authors": [
            {
                "family": "Mutsaers",
                "given": "Paul",
                "particle": "",
                "affiliation": "Fontys Hogeschool",
                "orcid": "",
                "is_organisation": False,
            },
            {
                "family": "Demir",
                "given": "Sibel",
                "particle": "",
                "affiliation": "ContourdeTwern",
                "orcid": "",
                "is_organisation": False,
            },
        ],
        "summary": [
            "Deze literatuurstudie is geschreven in opdracht van Platform JEP. Het werk begon in "
            "december 2018, tegelijk met het praktijkonderzoek in de werkplaatsen in Tilburg en "
            "Utrecht. De studie is gratis te downloaden.",
            "Centraal staat de vraag hoe gezinnen, scholen en jongerenwerk samen een pedagogisch "
            "bondgenootschap kunnen vormen dat aansluit bij wat jongeren zoeken in hun "
            "identiteit. Wanneer die behoeften serieus genomen worden, kunnen sterke idealen "
            "uitgroeien tot kritisch burgerschap in plaats van tot een identiteit die zich tegen "
            "anderen afzet.",
            "De auteurs brengen in kaart welke beleidsontwikkelingen er zijn, welke prioriteiten "
            "daaruit volgen en welke nieuwe richtingen er zijn voor samenwerking tussen partners "
            "rond jongeren.",
        ],
        "key_lessons": [
            "Preventie van radicalisering en polarisatie begint bij de veerkracht van jongeren.",
            "Gezinnen, scholen en jongerenwerk bereiken meer als zij samen optrekken.",
            "Neem de identiteitsvragen van jongeren serieus in plaats van ze weg te zetten als "
            "risico.",
            "Sterke idealen kunnen uitgroeien tot kritisch burgerschap als jongeren daarbij "
            "begeleid worden.",
            "Beleid en prioriteiten bepalen mee welke samenwerkingen mogelijk zijn.",
        ],
        "chapters": [
            {
                "number": "1",
                "title": "Inleiding en aanleiding",
                "summary": (
                    "Waarom Platform JEP deze studie liet uitvoeren en hoe die samenhangt met de "
                    "werkplaatsen."
                ),
                "factors": ["Gedeelde visie: polarisatie is eerst een pedagogische vraag"],
                "pages": "",
            },
            {
                "number": "2",
                "title": "Beleidsontwikkelingen en prioriteiten",
                "summary": (
                    "Een overzicht van beleid rond radicalisering en polarisatie en de "
                    "prioriteiten die daaruit volgen."
                ),
                "factors": [
                    "Alleen een veiligheidsaanpak",
                    "Miscommunicatie tussen gemeente en scholen",
                ],
                "pages": "",
            },
            {
                "number": "3",
                "title": "Identiteit, idealen en kritisch burgerschap",
                "summary": (
                    "Hoe ruimte voor identiteitsvragen en idealen kan bijdragen aan kritisch "
                    "burgerschap."
                ),
                "factors": [
                    "Ruimte voor gevoelige onderwerpen en idealen",
                    "Het belang van de leerling voorop",
                ],
                "pages": "",
            },
            {
                "number": "4",
                "title": "Pedagogische bondgenootschappen",
                "summary": (
                    "Wat gezinnen, scholen en jongerenwerk van elkaar nodig hebben om samen op te "
                    "trekken."
                ),
                "factors": [
                    "Gelijkwaardige samenwerking",
                    "Brugfunctie tussen school en wijk",
                ],
                "pages": "",
            },
            {
                "number": "5",
                "title": "Nieuwe richtingen voor samenwerking",
                "summary": (
                    "Aanknopingspunten voor nieuwe vormen van samenwerking tussen partners rond "
                    "jongeren."
                ),
                "factors": ["Structurele financiering"],
                "pages": "",
            },
        ],
        "references": [
            {
                "text": (
                    "Sarti, Manders, & Metz (2019). [Artikel over twee typen samenwerking tussen "
                    "jongerenwerk en school]. Jeugdbeleid, 13(2)."
                ),
                "doi": "",
                "url": "",
            },
        ],
        "tags": ["radicalisering", "polarisatie", "veerkracht", "identiteit en idealen"],
        "live": True,
    },
    {
        "title": "Stappenplan: Effectieve samenwerking tussen jongerenwerk en onderwijs",
        "subtitle": "",
        "slug": "stappenplan-effectieve-samenwerking-jongerenwerk-en-onderwijs",
        "kind": "stappenplan",
        "year": 2021,
        "date": "2021-09-16",
        "publisher": "Platform JEP",
        "commissioned_by": "",
        "journal": "",
        "volume": "",
        "issue": "",
        "pages": "",
        "doi": "",
        "isbn": "",
        "url": "",
        "licence": "",
        "language": "nl",
        "title_is_descriptive": False,
        "authors": [
            {
                "family": "Platform JEP",
                "given": "",
                "particle": "",
                "affiliation": "",
                "orcid": "",
                "is_organisation": True,
            },
        ],
        "summary": [
            "Dit stappenplan is op 16 september 2021 gepresenteerd. Het vertaalt de "
            "succesfactoren uit het onderzoek naar samenwerkingen tussen jongerenwerk en "
            "onderwijs naar concrete stappen, voor wie een samenwerking wil starten of een "
            "bestaande samenwerking wil versterken.",
            "Een belangrijke les is dat samenwerking het best werkt als die gericht is op een "
            "positief pedagogisch klimaat op school, en niet pas op gang komt na een incident.",
            "Het stappenplan kwam tot stand samen met Stichting School & Veiligheid, het "
            "Nederlands Jeugdinstituut, de VNG, Sociaal Werk Nederland, de MBO Raad, de VO-raad "
            "en de VU Amsterdam.",
        ],
        "key_lessons": [
            "Richt de samenwerking op een positief pedagogisch klimaat, niet op incidenten.",
            "Het stappenplan helpt zowel bij het starten als bij het versterken van een "
            "samenwerking.",
            "De stappen zijn gebaseerd op succesfactoren uit onderzoek in de praktijk.",
            "Goede afspraken tussen school, jongerenwerk en gemeente vormen de basis.",
        ],
        "chapters": [
            {
                "number": "1",
                "title": "Verkennen: waarom samenwerken?",
                "summary": "School en jongerenwerk bepalen samen waar de samenwerking voor staat.",
                "factors": [
                    "Gedeelde visie: polarisatie is eerst een pedagogische vraag",
                    "Handelen op incidenten in plaats van op het klimaat",
                ],
                "pages": "",
            },
            {
                "number": "2",
                "title": "Afspraken maken",
                "summary": "Leg contactpersonen, uren en de omgang met informatie vast.",
                "factors": [
                    "Eén vaste contactpersoon aan beide kanten",
                    "Voldoende uren jongerenwerk",
                    "Onduidelijke afspraken over informatie delen",
                ],
                "pages": "",
            },
            {
                "number": "3",
                "title": "Aan de slag in de school",
                "summary": (
                    "Zorg dat jongerenwerkers zichtbaar zijn en dat iedereen weet wat zij doen."
                ),
                "factors": [
                    "Zichtbaar en benaderbaar aanwezig in school",
                    "Een herkenbare plek in de school",
                    "Iedereen weet wat jongerenwerk doet",
                ],
                "pages": "",
            },
            {
                "number": "4",
                "title": "Samenwerken als gelijken",
                "summary": (
                    "Docenten, zorgcoördinatoren en jongerenwerkers werken elk vanuit hun eigen "
                    "deskundigheid samen."
                ),
                "factors": [
                    "Gelijkwaardige samenwerking",
                    "Cultuurverschil tussen school en jongerenwerk",
                ],
                "pages": "",
            },
            {
                "number": "5",
                "title": "Borgen en volhouden",
                "summary": "Zorg voor continuïteit van mensen, activiteiten en middelen.",
                "factors": [
                    "Continuïteit van mensen en activiteiten",
                    "Structurele financiering",
                ],
                "pages": "",
            },
        ],
        "references": [
            {
                "text": (
                    "Mutsaers, P., & Demir, S. (2020). Handen ineen voor meer veerkracht bij "
                    "jongeren. Preventie van radicalisering en polarisatie: een "
                    "literatuuronderzoek naar beleid, prioriteiten, programma's en "
                    "samenwerkingspartners. In opdracht van Platform JEP."
                ),
                "doi": "",
                "url": "",
            },
            {
                "text": (
                    "Huisman & Kooijmans (2019). [Rapport van de werkplaats Tilburg: samenwerking "
                    "tussen jongerenwerk en voortgezet onderwijs]. Fontys Hogeschool."
                ),
                "doi": "",
                "url": "",
            },
            {
                "text": (
                    "Sarti, Manders, & Metz (2019). [Artikel over twee typen samenwerking tussen "
                    "jongerenwerk en school]. Jeugdbeleid, 13(2)."
                ),
                "doi": "",
                "url": "",
            },
        ],
        "tags": ["samenwerking", "jongerenwerk", "positief pedagogisch klimaat"],
        "live": True,
    },
    {
        "title": "Werkplaats Tilburg: samenwerking tussen jongerenwerk en voortgezet onderwijs",
        "subtitle": "",
        "slug": "werkplaats-tilburg-jongerenwerk-en-voortgezet-onderwijs",
        "kind": "onderzoeksrapport",
        "year": 2019,
        "date": None,
        "publisher": "Fontys Hogeschool",
        "commissioned_by": "",
        "journal": "",
        "volume": "",
        "issue": "",
        "pages": "",
        "doi": "",
        "isbn": "",
        "url": "",
        "licence": "",
        "language": "nl",
        "title_is_descriptive": True,
        "authors": [
            {
                "family": "Huisman",
                "given": "",
                "particle": "",
                "affiliation": "",
                "orcid": "",
                "is_organisation": False,
            },
            {
                "family": "Kooijmans",
                "given": "",
                "particle": "",
                "affiliation": "",
                "orcid": "",
                "is_organisation": False,
            },
        ],
        "summary": [
            "Dit rapport doet verslag van de werkplaats Tilburg, een van de twee werkplaatsen van "
            "het programma Jongerenwerk en Onderwijs Samen. De titel is een beschrijvende titel "
            "voor dit portaal. In de werkplaats werkten het Fontys-lectoraat Opvoeden voor de "
            "Toekomst, de gemeente Tilburg en ContourdeTwern samen.",
            "Onderzocht werd de samenwerking tussen het jongerenwerk en acht scholen voor "
            "voortgezet onderwijs: welke randvoorwaarden die samenwerking nodig heeft, wat de "
            "succesfactoren zijn en welke valkuilen er zijn.",
            "Docenten noemden als opbrengst dat zij een bredere blik op een leerling kregen, die "
            "verder gaat dan het gedrag dat zij in de klas zien.",
        ],
        "key_lessons": [
            "In Tilburg werkte het jongerenwerk samen met acht scholen voor voortgezet onderwijs.",
            "Docenten kregen door de samenwerking een bredere blik op hun leerlingen.",
            "Een goede samenwerking vraagt om randvoorwaarden, succesfactoren en aandacht voor "
            "valkuilen.",
            "Onderzoek, gemeente en jongerenwerk werkten in de werkplaats samen.",
        ],
        "chapters": [
            {
                "number": "1",
                "title": "De werkplaats Tilburg",
                "summary": "Wie er in de werkplaats samenwerkten en hoe het onderzoek is opgezet.",
                "factors": ["Geworteld in de wijk"],
                "pages": "",
            },
            {
                "number": "2",
                "title": "Randvoorwaarden",
                "summary": (
                    "Wat de samenwerking tussen jongerenwerk en scholen nodig heeft om te kunnen "
                    "werken."
                ),
                "factors": [
                    "Vast team van jongerenwerkers",
                    "Eén vaste contactpersoon aan beide kanten",
                    "Voldoende uren jongerenwerk",
                ],
                "pages": "",
            },
            {
                "number": "3",
                "title": "Succesfactoren",
                "summary": "Wat bijdraagt aan een goede samenwerking in en rond de school.",
                "factors": [
                    "Zichtbaar en benaderbaar aanwezig in school",
                    "Brugfunctie tussen school en wijk",
                    "Het belang van de leerling voorop",
                ],
                "pages": "",
            },
            {
                "number": "4",
                "title": "Valkuilen",
                "summary": "Waar samenwerkingen tegenaan lopen en hoe dat te voorkomen is.",
                "factors": [
                    "Cultuurverschil tussen school en jongerenwerk",
                    "Miscommunicatie tussen gemeente en scholen",
                ],
                "pages": "",
            },
            {
                "number": "5",
                "title": "Opbrengsten voor docenten",
                "summary": (
                    "Hoe docenten door de samenwerking een bredere blik op hun leerlingen kregen."
                ),
                "factors": ["Gelijkwaardige samenwerking"],
                "pages": "",
            },
        ],
        "references": [
            {
                "text": (
                    "Mutsaers, P., & Demir, S. (2020). Handen ineen voor meer veerkracht bij "
                    "jongeren. Preventie van radicalisering en polarisatie: een "
                    "literatuuronderzoek naar beleid, prioriteiten, programma's en "
                    "samenwerkingspartners. In opdracht van Platform JEP."
                ),
                "doi": "",
                "url": "",
            },
        ],
        "tags": ["samenwerking", "jongerenwerk", "wijk"],
        "live": True,
    },
    {
        "title": (
            "Zeven samenwerkingen tussen jongerenwerk en voortgezet onderwijs: mogelijke werkzame "
            "elementen en randvoorwaarden"
        ),
        "subtitle": "",
        "slug": "zeven-samenwerkingen-jongerenwerk-en-voortgezet-onderwijs",
        "kind": "artikel",
        "year": 2021,
        "date": None,
        "publisher": "",
        "commissioned_by": "",
        "journal": "Journal of Social Intervention",
        "volume": "30",
        "issue": "3",
        "pages": "17-36",
        "doi": "10.54431/jsi.661",
        "isbn": "",
        "url": "",
        "licence": "",
        "language": "en",
        "title_is_descriptive": True,
        "authors": [
            {
                "family": "Rijnders",
                "given": "",
                "particle": "",
                "affiliation": "",
                "orcid": "",
                "is_organisation": False,
            },
            {
                "family": "Manders",
                "given": "",
                "particle": "",
                "affiliation": "",
                "orcid": "",
                "is_organisation": False,
            },
            {
                "family": "Metz",
                "given": "",
                "particle": "",
                "affiliation": "",
                "orcid": "",
                "is_organisation": False,
            },
        ],
        "summary": [
            "Dit wetenschappelijke artikel verscheen in de Journal of Social Intervention. De "
            "titel hier is een beschrijvende Nederlandse titel; het artikel zelf is Engelstalig. "
            "De auteurs onderzochten zeven samenwerkingen tussen het jongerenwerk en scholen voor "
            "voortgezet onderwijs.",
            "Het onderzoek leverde vier mogelijke werkzame elementen en drie mogelijke "
            "randvoorwaarden op. Het gaat om mogelijke elementen: het artikel beschrijft wat in "
            "deze samenwerkingen lijkt te werken.",
            "Het artikel bouwt voort op eerder werk van Sarti, Manders en Metz (2019) in "
            "Jeugdbeleid, dat twee vormen van samenwerking onderscheidt: jongerenwerkers die de "
            "school vanuit de wijk ondersteunen en jongerenwerkers die in de school zelf werken.",
        ],
        "key_lessons": [
            "Het onderzoek vergelijkt zeven samenwerkingen tussen jongerenwerk en voortgezet "
            "onderwijs.",
            "Het artikel benoemt vier mogelijke werkzame elementen.",
            "Het artikel benoemt drie mogelijke randvoorwaarden.",
            "De elementen zijn mogelijk werkzaam; het zijn geen bewezen effecten.",
        ],
        "chapters": [
            {
                "number": "1",
                "title": "Achtergrond en onderzoeksvraag",
                "summary": (
                    "Waarom samenwerking tussen jongerenwerk en voortgezet onderwijs onderzocht "
                    "werd."
                ),
                "factors": ["Brugfunctie tussen school en wijk"],
                "pages": "",
            },
            {
                "number": "2",
                "title": "Zeven samenwerkingen",
                "summary": (
                    "Een beschrijving van de onderzochte samenwerkingen tussen jongerenwerk en "
                    "scholen."
                ),
                "factors": [
                    "Geworteld in de wijk",
                    "Zichtbaar en benaderbaar aanwezig in school",
                ],
                "pages": "",
            },
            {
                "number": "3",
                "title": "Mogelijke werkzame elementen",
                "summary": (
                    "De vier elementen die in de samenwerkingen mogelijk bijdragen aan resultaat."
                ),
                "factors": [
                    "Gelijkwaardige samenwerking",
                    "Vrijwillige en laagdrempelige positie",
                ],
                "pages": "",
            },
            {
                "number": "4",
                "title": "Mogelijke randvoorwaarden",
                "summary": "De drie voorwaarden waaronder de samenwerking kan werken.",
                "factors": [
                    "Vast team van jongerenwerkers",
                    "Continuïteit van mensen en activiteiten",
                ],
                "pages": "",
            },
        ],
        "references": [
            {
                "text": (
                    "Sarti, Manders, & Metz (2019). [Artikel over twee typen samenwerking tussen "
                    "jongerenwerk en school]. Jeugdbeleid, 13(2)."
                ),
                "doi": "",
                "url": "",
            },
        ],
        "tags": ["samenwerking", "jongerenwerk"],
        "live": True,
    },
    {
        "title": "Concept: factsheet succesfactoren",
        "subtitle": "",
        "slug": "concept-factsheet-succesfactoren",
        "kind": "factsheet",
        "year": 2026,
        "date": None,
        "publisher": "Platform JEP",
        "commissioned_by": "",
        "journal": "",
        "volume": "",
        "issue": "",
        "pages": "",
        "doi": "",
        "isbn": "",
        "url": "",
        "licence": "",
        "language": "nl",
        "title_is_descriptive": False,
        "authors": [
            {
                "family": "Platform JEP",
                "given": "",
                "particle": "",
                "affiliation": "",
                "orcid": "",
                "is_organisation": True,
            },
        ],
        "summary": [
            "Concept, nog niet gepubliceerd. Dit is voorbeeldinhoud voor het portaal: een "
            "factsheet in voorbereiding die de succesfactoren voor samenwerking tussen "
            "jongerenwerk en onderwijs op één pagina samenvat.",
            "De factsheet bouwt voort op het stappenplan van Platform JEP (2021) en op het "
            "onderzoek in de werkplaatsen in Tilburg en Utrecht.",
        ],
        "key_lessons": [
            "Concept: jongerenwerkers zijn zichtbaar en benaderbaar aanwezig in school.",
            "Concept: jongerenwerk is geworteld in de wijk.",
            "Concept: school en jongerenwerk werken als gelijken samen.",
        ],
        "chapters": [
            {
                "number": "1",
                "title": "Aanwezig in de school",
                "summary": "Jongerenwerkers zijn een bekend gezicht voor leerlingen en personeel.",
                "factors": [
                    "Zichtbaar en benaderbaar aanwezig in school",
                    "Iedereen weet wat jongerenwerk doet",
                ],
                "pages": "",
            },
            {
                "number": "2",
                "title": "Verbonden met de wijk",
                "summary": "Jongerenwerk verbindt wat op school en in de wijk gebeurt.",
                "factors": ["Geworteld in de wijk", "Brugfunctie tussen school en wijk"],
                "pages": "",
            },
            {
                "number": "3",
                "title": "Samen vanuit het belang van de leerling",
                "summary": (
                    "School en jongerenwerk werken als gelijken en zetten de leerling voorop."
                ),
                "factors": [
                    "Gelijkwaardige samenwerking",
                    "Het belang van de leerling voorop",
                ],
                "pages": "",
            },
        ],
        "references": [
            {
                "text": (
                    "Platform JEP. (2021). Stappenplan: Effectieve samenwerking tussen "
                    "jongerenwerk en onderwijs."
                ),
                "doi": "",
                "url": "",
            },
            {
                "text": (
                    "Rijnders, Manders, & Metz (2021). [Artikel over zeven samenwerkingen tussen "
                    "jongerenwerk en voortgezet onderwijs]. Journal of Social Intervention, "
                    "30(3), 17-36."
                ),
                "doi": "10.54431/jsi.661",
                "url": "",
            },
        ],
        "tags": ["samenwerking", "jongerenwerk"],
        "live": False,
    },
]
