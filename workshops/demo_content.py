"""Demo content for the werkplaatsen (practice-research workshops): plain data, loaded by
workshops/demo.py.

Two kinds of record live here. The real werkplaatsen in Tilburg and Utrecht carry only what
the programme's public material says (FACTS.md, kept beside the design notes): who took
part, what was studied, that the work started in December 2018, and a link to the public
source. Their end dates, research questions in other words, and which schools took part are
not public, so they are not here. The sessions, findings and quotes are illustrative and
belong to one fictional "Voorbeeldwerkplaats", with invented schools and organisations; a
municipality is only its location.

Each finding names a factor from jos_portal/taxonomy/demo.py FACTORS (exact name).
Partner kinds and roles: "school", "jongerenwerk", "gemeente", "kennisinstelling",
"anders". Finding strength: "genoemd", "herhaald", "sterk".
"""

SOURCE_CHECKED = "2026-12-03"

WORKPLACES = [
    {
        "name": "Werkplaats Tilburg",
        "slug": "tilburg",
        "municipality": "GM0855",
        "research_question": (
            "Bestaande samenwerkingen tussen jongerenwerk en scholen voor voortgezet onderwijs "
            "in Tilburg: welke randvoorwaarden ze nodig hebben, wat ze laat slagen en waar ze op "
            "vastlopen."
        ),
        "start": "2018-12-01",
        "description": [
            (
                "In Tilburg vormden het lectoraat Opvoeden voor de Toekomst van Fontys "
                "Hogeschool, de Gemeente Tilburg en ContourdeTwern samen een "
                "onderzoekswerkplaats. Die bekeek de samenwerking tussen het jongerenwerk en acht "
                "scholen voor voortgezet onderwijs: welke randvoorwaarden ze nodig heeft, wat "
                "haar laat slagen en waar ze op vastloopt. Het werk begon in december 2018."
            ),
            (
                "Docenten noemden als winst dat ze een leerling breder leren zien, verder dan "
                "het gedrag dat in de klas opvalt. R-Newt was hoofdaanvrager van het "
                "preventieproject van Fontys dat hierbij hoort."
            ),
            (
                "De werkplaats hoort bij Jongerenwerk en Onderwijs Samen, een programma van "
                "Platform JEP. Welke scholen meededen, is niet openbaar. De bijeenkomsten en "
                "bevindingen op dit portaal komen niet uit deze werkplaats: die staan als "
                "fictief voorbeeld bij de Voorbeeldwerkplaats."
            ),
        ],
        "tags": ["samenwerking", "jongerenwerk", "veerkracht"],
        "source_url": "https://www.fontys.nl",
        "partners": [
            ["Fontys Hogeschool", "kennisinstelling", "kennisinstelling"],
            ["Gemeente Tilburg", "gemeente", "gemeente"],
            ["ContourdeTwern", "jongerenwerk", "jongerenwerk"],
            ["R-Newt", "jongerenwerk", "jongerenwerk"],
        ],
    },
    {
        "name": "Werkplaats Utrecht",
        "slug": "utrecht",
        "municipality": "GM0344",
        "research_question": (
            "Bestaande samenwerkingen tussen jongerenwerk en scholen voor voortgezet onderwijs "
            "in Utrecht: welke randvoorwaarden ze nodig hebben, wat ze laat slagen en waar ze op "
            "vastlopen."
        ),
        "start": "2018-12-01",
        "description": [
            (
                "In Utrecht is Stichting JoU sinds 2011 de jongerenwerkorganisatie voor de hele "
                "stad. Jongerenwerkers van JoU zijn op scholen in de pauzes en bij naschoolse "
                "activiteiten, en werken samen met politie en wijkteams. Het schooljongerenwerk "
                "groeide doordat scholen er zelf om vroegen."
            ),
            (
                "Youth Spot, het lectoraat van de Hogeschool van Amsterdam, onderzocht de "
                "Utrechtse samenwerkingen. Partners waren verder de Gemeente Utrecht, Stichting "
                "JoU en enkele scholen voor voortgezet onderwijs. Het werk begon in december 2018."
            ),
            (
                "De werkplaats hoort bij Jongerenwerk en Onderwijs Samen, een programma van "
                "Platform JEP. De bijeenkomsten en bevindingen op dit portaal komen niet uit "
                "deze werkplaats: die staan als fictief voorbeeld bij de Voorbeeldwerkplaats."
            ),
        ],
        "tags": ["jongerenwerk", "wijk", "samenwerking"],
        "source_url": "https://www.hva.nl/youth-spot",
        "partners": [
            ["Youth Spot (Hogeschool van Amsterdam)", "kennisinstelling", "kennisinstelling"],
            ["Stichting JoU", "jongerenwerk", "jongerenwerk"],
            ["Gemeente Utrecht", "gemeente", "gemeente"],
        ],
    },
    {
        "name": "Voorbeeldwerkplaats (fictief voorbeeld)",
        "slug": "voorbeeldwerkplaats",
        "is_fictional": True,
        "municipality": "GM0307",
        "research_question": (
            "Fictief voorbeeld: wat hebben jongerenwerk en scholen in een verzonnen wijk nodig "
            "om samen aan de veerkracht van jongeren te werken?"
        ),
        "start": "2019-01-15",
        "end": "2021-06-30",
        "description": [
            (
                "Dit is een verzonnen werkplaats. Ze laat zien hoe bijeenkomsten, bevindingen "
                "en citaten van een werkplaats op dit portaal staan. De scholen, de "
                "jongerenwerkorganisatie, het kenniscentrum en alle mensen zijn bedacht, ook de "
                "beleidsmedewerkers in de verslagen. De gemeente op de kaart is alleen de plek "
                "waar het voorbeeld speelt; ze doet er niet aan mee."
            ),
            (
                "De echte werkplaatsen in Tilburg en Utrecht vind je op hun eigen pagina's, "
                "met een link naar de openbare bron."
            ),
        ],
        "tags": ["samenwerking", "jongerenwerk", "wijk"],
        "partners": [
            ["Kenniscentrum Windroos", "kennisinstelling", "kennisinstelling"],
            ["Jongerenwerk Vonkelaar", "jongerenwerk", "jongerenwerk"],
            ["Kiezelpad College", "school", "school"],
            ["Heidebloem Lyceum", "school", "school"],
            ["Praktijkschool De Klinkerhoek", "school", "school"],
            ["Kanaalzicht College", "school", "school"],
            ["Singelpoort Lyceum", "school", "school"],
        ],
    },
]

SESSIONS = [
    {
        "workplace": "voorbeeldwerkplaats",
        "date": "2019-02-12",
        "title": "Startbijeenkomst: wat verwachten school en jongerenwerk van elkaar?",
        "slug": "startbijeenkomst-verwachtingen",
        "format": "bijeenkomst",
        "live": True,
        "participants": {
            "docenten": 4,
            "jongerenwerkers": 5,
            "zorgcoordinatoren": 2,
            "schoolleiding": 3,
            "beleidsmedewerkers": 2,
            "leerlingen": 0,
            "onderzoekers": 3,
        },
        "summary": [
            (
                "In de eerste bijeenkomst van de werkplaats zaten docenten, schoolleiders, "
                "zorgcoördinatoren, jongerenwerkers en beleidsmedewerkers samen "
                "aan tafel. Iedere deelnemer beschreef hoe de samenwerking op de eigen school "
                "eruitziet en wat hij of zij ervan verwacht."
            ),
            (
                "De beelden liepen sterk uiteen: op de ene school hoort het jongerenwerk bij de "
                "gewone schooldag, op de andere komt het vooral langs als er iets aan de hand is. "
                "De deelnemers spraken af die verschillen in de volgende sessies verder uit te "
                "zoeken."
            ),
        ],
        "tags": ["samenwerking", "jongerenwerk"],
        "findings": [
            {
                "factor": "Iedereen weet wat jongerenwerk doet",
                "observation": (
                    "Verschillende docenten gaven aan dat ze niet precies wisten wat "
                    "jongerenwerkers op school doen en wanneer ze een leerling naar hen kunnen "
                    "verwijzen. Jongerenwerkers herkenden dat: hun werk op het plein en in de "
                    "wijk is voor een groot deel van het team onzichtbaar."
                ),
                "quote": (
                    "Ik zie ze wel lopen, maar wat ze met leerlingen bespreken, weet ik eigenlijk "
                    "niet. — een docent"
                ),
                "strength": "herhaald",
            },
            {
                "factor": "Eén vaste contactpersoon aan beide kanten",
                "observation": (
                    "Waar de samenwerking goed liep, was er op school één vaste persoon die het "
                    "jongerenwerk kende en de afspraken bewaakte. Op scholen zonder zo'n "
                    "aanspreekpunt raakten signalen tussen mentoren, zorg en jongerenwerk sneller "
                    "zoek."
                ),
                "quote": "",
                "strength": "genoemd",
            },
            {
                "factor": "Cultuurverschil tussen school en jongerenwerk",
                "observation": (
                    "Jongerenwerkers beschreven hoe lang het kan duren voordat ze echt binnen "
                    "zijn op een school. Ze voelden zich soms gast in een gebouw met eigen "
                    "regels, roosters en sleutels, waar hun informele manier van werken niet "
                    "vanzelf past."
                ),
                "quote": (
                    "Het eerste jaar stond ik vooral bij de receptie te wachten tot iemand me "
                    "ophaalde. — een jongerenwerker"
                ),
                "strength": "sterk",
            },
            {
                "factor": "Gedeelde visie: polarisatie is eerst een pedagogische vraag",
                "observation": (
                    "De deelnemers waren het erover eens dat uitspraken van leerlingen die "
                    "schuren, eerst om een pedagogisch gesprek vragen. Wel verschilde per school "
                    "hoe snel er toch aan melden werd gedacht."
                ),
                "quote": "",
                "strength": "genoemd",
            },
        ],
    },
    {
        "workplace": "voorbeeldwerkplaats",
        "date": "2019-05-21",
        "title": "Interviews met mentoren en zorgcoördinatoren",
        "slug": "interviews-mentoren-zorgcoordinatoren",
        "format": "interview",
        "live": True,
        "participants": {
            "docenten": 6,
            "jongerenwerkers": 0,
            "zorgcoordinatoren": 3,
            "schoolleiding": 1,
            "beleidsmedewerkers": 0,
            "leerlingen": 0,
            "onderzoekers": 2,
        },
        "summary": [
            (
                "Onderzoekers spraken op vier scholen met mentoren, docenten en zorgcoördinatoren "
                "over wat de samenwerking met het jongerenwerk hun oplevert en wat daarvoor nodig "
                "is. De gesprekken duurden ongeveer een uur en volgden een vaste lijst met open "
                "vragen."
            ),
        ],
        "tags": ["samenwerking", "veerkracht"],
        "findings": [
            {
                "factor": "Het belang van de leerling voorop",
                "observation": (
                    "De meest genoemde winst was een bredere blik op de leerling. Mentoren "
                    "vertelden dat het jongerenwerk hun liet zien wat er thuis en in de wijk "
                    "speelt. Daardoor gingen ze gedrag in de klas anders duiden en vroegen ze "
                    "eerder wat een leerling nodig had."
                ),
                "quote": (
                    "Ik kijk nu verder dan het gedrag in mijn les. Er zit vaak een heel verhaal "
                    "achter. — een mentor"
                ),
                "strength": "sterk",
            },
            {
                "factor": "Gelijkwaardige samenwerking",
                "observation": (
                    "Zorgcoördinatoren die het jongerenwerk standaard uitnodigden voor het "
                    "zorgoverleg, beschreven de samenwerking als gelijkwaardig. Op andere scholen "
                    "werd het jongerenwerk pas gevraagd als de school zelf niet verder kwam."
                ),
                "quote": "",
                "strength": "herhaald",
            },
            {
                "factor": "Vast team van jongerenwerkers",
                "observation": (
                    "Geïnterviewden hechtten aan vaste gezichten. Als er steeds een andere "
                    "jongerenwerker kwam, bleef het bij kennismaken en kwamen leerlingen niet "
                    "terug."
                ),
                "quote": (
                    "Leerlingen vragen naar een naam, niet naar een organisatie. — een "
                    "zorgcoördinator"
                ),
                "strength": "herhaald",
            },
            {
                "factor": "Cultuurverschil tussen school en jongerenwerk",
                "observation": (
                    "Een deel van de docenten vond de werkwijze van het jongerenwerk onduidelijk "
                    "of te vrijblijvend. Zij misten verslagen en vaste afspraken, terwijl "
                    "jongerenwerkers juist die vrije ruimte nodig hebben om het vertrouwen van "
                    "leerlingen te winnen."
                ),
                "quote": "",
                "strength": "genoemd",
            },
        ],
    },
    {
        "workplace": "voorbeeldwerkplaats",
        "date": "2019-10-08",
        "title": "Observaties in de pauzes op twee scholen",
        "slug": "observaties-pauzes",
        "format": "observatie",
        "live": True,
        "participants": {
            "docenten": 0,
            "jongerenwerkers": 3,
            "zorgcoordinatoren": 0,
            "schoolleiding": 0,
            "beleidsmedewerkers": 0,
            "leerlingen": 0,
            "onderzoekers": 2,
        },
        "summary": [
            (
                "Twee onderzoekers liepen op twee scholen een aantal pauzes en tussenuren mee met "
                "de jongerenwerkers. Ze legden vast waar de jongerenwerkers zich ophielden, hoe "
                "vaak leerlingen hen aanspraken en waarover."
            ),
            (
                "Er zijn geen namen of herkenbare gegevens van leerlingen genoteerd. De "
                "observaties zijn daarna met de jongerenwerkers nabesproken."
            ),
        ],
        "tags": ["jongerenwerk", "positief pedagogisch klimaat"],
        "findings": [
            {
                "factor": "Zichtbaar en benaderbaar aanwezig in school",
                "observation": (
                    "Op de school waar jongerenwerkers vaste pauzemomenten hadden, spraken "
                    "leerlingen hen uit zichzelf aan, vaak eerst over iets luchtigs en daarna "
                    "over wat hen bezighield. Op de school waar de jongerenwerker wisselend "
                    "aanwezig was, bleef het contact meestal bij groeten."
                ),
                "quote": (
                    "Ze weten dat ik er op dinsdag en donderdag sta, dus ze wachten gewoon op me. "
                    "— een jongerenwerker"
                ),
                "strength": "sterk",
            },
            {
                "factor": "Vast team van jongerenwerkers",
                "observation": (
                    "Leerlingen spraken jongerenwerkers bij naam aan en vroegen naar collega's "
                    "die er eerder waren. Een vast team bleek een voorwaarde voor het soort "
                    "gesprek dat de school voor ogen had."
                ),
                "quote": "",
                "strength": "genoemd",
            },
            {
                "factor": "Continuïteit van mensen en activiteiten",
                "observation": (
                    "Leerlingen noemden nog activiteiten die het schooljaar ervoor waren gestopt. "
                    "Waar een vaste activiteit doorliep, was de drempel om binnen te lopen "
                    "merkbaar lager."
                ),
                "quote": "",
                "strength": "genoemd",
            },
        ],
    },
    {
        "workplace": "voorbeeldwerkplaats",
        "date": "2020-10-13",
        "title": "Focusgroep jongerenwerkers: hun plek in de school",
        "slug": "focusgroep-jongerenwerkers",
        "format": "focusgroep",
        "live": True,
        "participants": {
            "docenten": 0,
            "jongerenwerkers": 7,
            "zorgcoordinatoren": 0,
            "schoolleiding": 0,
            "beleidsmedewerkers": 1,
            "leerlingen": 0,
            "onderzoekers": 2,
        },
        "summary": [
            (
                "In een focusgroep bespraken jongerenwerkers die op verschillende scholen werken "
                "wat hun plek in de school versterkt en wat die onder druk zet. De periode waarin "
                "scholen dicht waren en het contact met leerlingen grotendeels wegviel, kwam "
                "daarbij vanzelf ter sprake."
            ),
        ],
        "tags": ["jongerenwerk", "informatie delen"],
        "findings": [
            {
                "factor": "Cultuurverschil tussen school en jongerenwerk",
                "observation": (
                    "Jongerenwerkers herkenden het cultuurverschil met de school, maar zagen het "
                    "kleiner worden naarmate ze langer op dezelfde school werkten. Toen scholen "
                    "dicht waren, merkten ze hoe afhankelijk hun positie is van aanwezigheid in "
                    "het gebouw."
                ),
                "quote": (
                    "Je moet eerst laten zien dat je er niet bent om de regels van de school te "
                    "handhaven. — een jongerenwerker"
                ),
                "strength": "herhaald",
            },
            {
                "factor": "Onduidelijke afspraken over informatie delen",
                "observation": (
                    "Er bleek onzekerheid over wat jongerenwerkers met de school mogen delen. "
                    "Sommigen deelden bijna niets uit angst het vertrouwen van leerlingen te "
                    "verliezen, anderen gaven signalen door zonder dat de leerling dat wist."
                ),
                "quote": "",
                "strength": "sterk",
            },
            {
                "factor": "Voldoende uren jongerenwerk",
                "observation": (
                    "Meerdere jongerenwerkers hadden te weinig uren om zowel op school als in de "
                    "wijk aanwezig te zijn. Overleg met de school ging dan af van de tijd met "
                    "jongeren."
                ),
                "quote": (
                    "Als ik naar elk overleg ga, sta ik niet meer op het plein. — een "
                    "jongerenwerker"
                ),
                "strength": "herhaald",
            },
            {
                "factor": "Gelijkwaardige samenwerking",
                "observation": (
                    "Waar jongerenwerkers met een eigen inbreng aan leerlingbesprekingen "
                    "deelnamen, voelden ze zich collega. Waar ze alleen informatie moesten "
                    "aanleveren, voelden ze zich een verlengstuk van de school."
                ),
                "quote": "",
                "strength": "genoemd",
            },
        ],
    },
    {
        "workplace": "voorbeeldwerkplaats",
        "date": "2021-03-16",
        "title": "Concept: Slotbijeenkomst over het borgen van de samenwerking",
        "slug": "slotbijeenkomst-borging",
        "format": "bijeenkomst",
        "live": False,
        "participants": {
            "docenten": 3,
            "jongerenwerkers": 4,
            "zorgcoordinatoren": 2,
            "schoolleiding": 2,
            "beleidsmedewerkers": 3,
            "leerlingen": 0,
            "onderzoekers": 3,
        },
        "summary": [
            (
                "In de slotbijeenkomst legden de onderzoekers de voorlopige bevindingen voor aan "
                "de deelnemers. Het gesprek ging vooral over wat er nodig is om de samenwerking "
                "na afloop van de werkplaats overeind te houden."
            ),
            "Dit verslag is nog een concept en wordt aangevuld na reacties van de deelnemers.",
        ],
        "tags": ["continuïteit", "samenwerking"],
        "findings": [
            {
                "factor": "Structurele financiering",
                "observation": (
                    "Deelnemers maakten zich zorgen over samenwerking die op tijdelijke middelen "
                    "draait. Zonder zicht op structurele financiering durven scholen en "
                    "jongerenwerk geen afspraken voor meerdere jaren te maken."
                ),
                "quote": "",
                "strength": "sterk",
            },
            {
                "factor": "Preventiegeld verdrongen door tekorten in de jeugdzorg",
                "observation": (
                    "Beleidsmedewerkers en jongerenwerkers noemden het risico dat preventieve "
                    "uren als eerste verdwijnen wanneer er op jeugdzorg bezuinigd moet worden. "
                    "Zichtbaar maken wat de samenwerking oplevert, zagen zij als de beste "
                    "bescherming."
                ),
                "quote": "",
                "strength": "genoemd",
            },
            {
                "factor": "Handelen op incidenten in plaats van op het klimaat",
                "observation": (
                    "Terugkijkend zagen deelnemers dat de samenwerking op sommige scholen vooral "
                    "na een voorval op gang kwam. De winst die docenten eerder beschreven, "
                    "ontstond juist waar het jongerenwerk ook zonder aanleiding aanwezig was."
                ),
                "quote": (
                    "Na een incident is iedereen er, maar daarna zakt het weer weg. — een "
                    "schoolleider"
                ),
                "strength": "herhaald",
            },
            {
                "factor": "Gedeelde visie: polarisatie is eerst een pedagogische vraag",
                "observation": (
                    "De deelnemers formuleerden als gedeeld uitgangspunt dat spanningen en "
                    "extreme uitspraken eerst een opvoedvraag zijn. Dat uitgangspunt willen ze "
                    "opnemen in de afspraken tussen school en jongerenwerk."
                ),
                "quote": "",
                "strength": "genoemd",
            },
            {
                "factor": "Continuïteit van mensen en activiteiten",
                "observation": (
                    "Het vertrek van een vaste jongerenwerker of contactpersoon werd gezien als "
                    "het grootste risico voor de samenwerking. Deelnemers stelden voor de "
                    "overdracht vooraf af te spreken."
                ),
                "quote": "",
                "strength": "herhaald",
            },
        ],
    },
    {
        "workplace": "voorbeeldwerkplaats",
        "date": "2019-03-19",
        "title": "Tweede startronde met de scholen die later aansloten",
        "slug": "startbijeenkomst",
        "format": "bijeenkomst",
        "live": True,
        "participants": {
            "docenten": 3,
            "jongerenwerkers": 6,
            "zorgcoordinatoren": 2,
            "schoolleiding": 2,
            "beleidsmedewerkers": 2,
            "leerlingen": 0,
            "onderzoekers": 3,
        },
        "summary": [
            (
                "Een paar maanden na de start sloten twee scholen aan. Scholen, jongerenwerkers, "
                "beleidsmedewerkers en onderzoekers schetsten hoe het schooljongerenwerk op "
                "hun school is ontstaan."
            ),
            (
                "De deelnemers kozen samen de onderwerpen voor de rest van de werkplaats: de "
                "aanwezigheid in de school, de samenwerking met de wijk en het delen van "
                "informatie."
            ),
        ],
        "tags": ["samenwerking", "jongerenwerk"],
        "findings": [
            {
                "factor": "Iedereen weet wat jongerenwerk doet",
                "observation": (
                    "Scholen die zelf om jongerenwerk hadden gevraagd, hadden een duidelijker "
                    "beeld van wat jongerenwerkers doen. Bij nieuwe docenten ontbrak dat beeld "
                    "vaak nog, ook op die scholen."
                ),
                "quote": "",
                "strength": "herhaald",
            },
            {
                "factor": "Eén vaste contactpersoon aan beide kanten",
                "observation": (
                    "Iedere school had een eigen manier om contact te houden met het "
                    "jongerenwerk. Waar dat via één vaste persoon liep, waren afspraken sneller "
                    "gemaakt dan waar het jongerenwerk per vraag een andere collega moest zoeken."
                ),
                "quote": (
                    "We weten precies wie we moeten bellen, en zij weten dat ook van ons. — een "
                    "teamleider"
                ),
                "strength": "genoemd",
            },
            {
                "factor": "Miscommunicatie tussen gemeente en scholen",
                "observation": (
                    "Scholen en beleidsmakers bleken verschillende verwachtingen te hebben van het "
                    "schooljongerenwerk: de een dacht vooral aan ontmoeting en preventie, de "
                    "ander aan het bereiken van bepaalde groepen jongeren. Die verschillen waren "
                    "niet eerder hardop besproken."
                ),
                "quote": "",
                "strength": "genoemd",
            },
            {
                "factor": "Vrijwillige en laagdrempelige positie",
                "observation": (
                    "Jongerenwerkers benadrukten dat leerlingen vrijwillig naar hen toe komen. "
                    "Die vrijwilligheid zagen zij als de reden dat ook leerlingen die weinig met "
                    "school hebben, het gesprek aangaan."
                ),
                "quote": "",
                "strength": "genoemd",
            },
        ],
    },
    {
        "workplace": "voorbeeldwerkplaats",
        "date": "2019-10-01",
        "title": "Meelopen in pauzes en naschoolse activiteiten",
        "slug": "meelopen-pauzes-naschools",
        "format": "observatie",
        "live": True,
        "participants": {
            "docenten": 0,
            "jongerenwerkers": 4,
            "zorgcoordinatoren": 0,
            "schoolleiding": 0,
            "beleidsmedewerkers": 0,
            "leerlingen": 0,
            "onderzoekers": 2,
        },
        "summary": [
            (
                "Onderzoekers liepen op drie scholen mee met jongerenwerkers tijdens pauzes en "
                "naschoolse activiteiten. Ze noteerden waar het jongerenwerk zich in het gebouw "
                "bevond, welke leerlingen erop afkwamen en hoe gesprekken ontstonden, zonder "
                "gegevens van individuele leerlingen vast te leggen."
            ),
        ],
        "tags": ["jongerenwerk", "positief pedagogisch klimaat"],
        "findings": [
            {
                "factor": "Zichtbaar en benaderbaar aanwezig in school",
                "observation": (
                    "In de pauzes waren jongerenwerkers op vaste plekken te vinden, in de aula of "
                    "bij de ingang. Leerlingen maakten een praatje in het voorbijgaan, en juist "
                    "uit die korte contacten groeiden later langere gesprekken."
                ),
                "quote": (
                    "Het begint met een grap bij de automaat. Twee weken later vertellen ze wat "
                    "er thuis speelt. — een jongerenwerker"
                ),
                "strength": "sterk",
            },
            {
                "factor": "Een herkenbare plek in de school",
                "observation": (
                    "Op de school met een eigen ruimte voor het jongerenwerk naast de aula kwamen "
                    "na schooltijd groepjes leerlingen binnen. Op een school waar de ruimte "
                    "achter in het gebouw lag, bleef die grotendeels leeg."
                ),
                "quote": "",
                "strength": "herhaald",
            },
            {
                "factor": "Vrijwillige en laagdrempelige positie",
                "observation": (
                    "Naschoolse activiteiten trokken ook leerlingen die in de les weinig zeggen. "
                    "Dat er niets verplicht was, leek voor hen de drempel te verlagen."
                ),
                "quote": "",
                "strength": "genoemd",
            },
            {
                "factor": "Geworteld in de wijk",
                "observation": (
                    "Jongerenwerkers herkenden veel leerlingen uit de wijk en wisten wat er na "
                    "schooltijd speelde. Bij een opstootje op het plein konden ze daardoor snel "
                    "inschatten of er meer achter zat."
                ),
                "quote": "",
                "strength": "genoemd",
            },
        ],
    },
    {
        "workplace": "voorbeeldwerkplaats",
        "date": "2020-02-11",
        "title": "Interviews over de samenwerking met zorg en wijk",
        "slug": "interviews-zorg-en-wijk",
        "format": "interview",
        "live": True,
        "participants": {
            "docenten": 0,
            "jongerenwerkers": 3,
            "zorgcoordinatoren": 3,
            "schoolleiding": 1,
            "beleidsmedewerkers": 1,
            "leerlingen": 0,
            "onderzoekers": 2,
        },
        "summary": [
            (
                "Onderzoekers interviewden zorgcoördinatoren, jongerenwerkers, een schoolleider "
                "en een beleidsmedewerker over de samenwerking rond leerlingen die extra aandacht "
                "nodig hebben. Daarbij ging het ook over de rol van wijkteams en politie, met wie "
                "het jongerenwerk in de wijk samenwerkt."
            ),
        ],
        "tags": ["informatie delen", "wijk"],
        "findings": [
            {
                "factor": "Onduidelijke afspraken over informatie delen",
                "observation": (
                    "Geïnterviewden wisten vaak niet precies welke informatie over een leerling "
                    "gedeeld mocht worden, en met wie. Zorgcoördinatoren wilden meer horen, "
                    "jongerenwerkers wilden het vertrouwen van leerlingen niet beschamen."
                ),
                "quote": (
                    "Ik wil helpen, maar niet achter de rug van een leerling om. — een "
                    "jongerenwerker"
                ),
                "strength": "sterk",
            },
            {
                "factor": "Brugfunctie tussen school en wijk",
                "observation": (
                    "Jongerenwerkers kenden vaak ook de ouders en de wijkpartners van een "
                    "leerling. Zorgcoördinatoren vonden dat waardevol: zo kon een leerling "
                    "geholpen worden zonder zijn verhaal bij iedere instantie opnieuw te hoeven "
                    "doen."
                ),
                "quote": "",
                "strength": "herhaald",
            },
            {
                "factor": "Alleen een veiligheidsaanpak",
                "observation": (
                    "Zowel scholen als jongerenwerkers waarschuwden voor een aanpak die "
                    "spanningen alleen als veiligheidsvraagstuk behandelt. Als de samenwerking "
                    "met politie in de school op de voorgrond staat, kan het jongerenwerk het "
                    "vertrouwen van leerlingen verliezen."
                ),
                "quote": (
                    "Als leerlingen denken dat wij alles doorgeven, zijn we ze kwijt. — een "
                    "jongerenwerker"
                ),
                "strength": "herhaald",
            },
            {
                "factor": "Gelijkwaardige samenwerking",
                "observation": (
                    "Op een deel van de scholen zat het jongerenwerk als volwaardige partner in "
                    "het zorgoverleg. Daar brachten jongerenwerkers een eigen blik in, naast die "
                    "van mentor en zorgcoördinator."
                ),
                "quote": "",
                "strength": "genoemd",
            },
        ],
    },
    {
        "workplace": "voorbeeldwerkplaats",
        "date": "2021-02-09",
        "title": "Focusgroep met leerlingen over het jongerenwerk op school",
        "slug": "focusgroep-leerlingen",
        "format": "focusgroep",
        "live": True,
        "participants": {
            "docenten": 0,
            "jongerenwerkers": 1,
            "zorgcoordinatoren": 0,
            "schoolleiding": 0,
            "beleidsmedewerkers": 0,
            "leerlingen": 8,
            "onderzoekers": 2,
        },
        "summary": [
            (
                "Acht leerlingen van twee scholen praatten in een focusgroep over wat het "
                "jongerenwerk voor hen betekent. Een jongerenwerker leidde het gesprek in en ging "
                "daarna weg, zodat de leerlingen vrijuit konden praten."
            ),
            (
                "De leerlingen deden mee met hun eigen toestemming en, waar nodig, die van hun "
                "ouders. Hun uitspraken zijn in het verslag geanonimiseerd."
            ),
        ],
        "tags": ["veerkracht", "jongerenwerk"],
        "findings": [
            {
                "factor": "Zichtbaar en benaderbaar aanwezig in school",
                "observation": (
                    "Leerlingen wisten goed wanneer en waar ze de jongerenwerkers konden vinden. "
                    "Ze vertelden dat ze eerder naar een jongerenwerker stappen dan naar een "
                    "docent, omdat die er gewoon is en geen cijfers geeft."
                ),
                "quote": (
                    "Bij hem kun je gewoon binnenlopen, je hoeft geen afspraak te maken. — een "
                    "leerling"
                ),
                "strength": "sterk",
            },
            {
                "factor": "Ruimte voor gevoelige onderwerpen en idealen",
                "observation": (
                    "Leerlingen waardeerden gesprekken waarin ze over geloof, discriminatie en "
                    "het nieuws konden praten zonder meteen verbeterd te worden. Ze wilden wel "
                    "dat iemand het gesprek leidt, zodat het niet uit de hand loopt."
                ),
                "quote": (
                    "Hier mag je zeggen wat je echt denkt, maar je moet ook luisteren. — een "
                    "leerling"
                ),
                "strength": "herhaald",
            },
            {
                "factor": "Vrijwillige en laagdrempelige positie",
                "observation": (
                    "Dat leerlingen niet naar het jongerenwerk moeten maar mogen, kwam steeds "
                    "terug. Een paar leerlingen zeiden dat ze zouden afhaken als het jongerenwerk "
                    "verplicht of als straf werd ingezet."
                ),
                "quote": "",
                "strength": "herhaald",
            },
            {
                "factor": "Vast team van jongerenwerkers",
                "observation": (
                    "Leerlingen noemden jongerenwerkers bij naam en vertelden dat het even duurde "
                    "voordat ze een nieuwe jongerenwerker vertrouwden. Een vast gezicht was voor "
                    "hen belangrijker dan het aanbod aan activiteiten."
                ),
                "quote": "",
                "strength": "genoemd",
            },
        ],
    },
    {
        "workplace": "voorbeeldwerkplaats",
        "date": "2021-04-20",
        "title": (
            "Concept: Interviews met schoolleiders over de toekomst van het schooljongerenwerk"
        ),
        "slug": "interviews-schoolleiders-toekomst",
        "format": "interview",
        "live": False,
        "participants": {
            "docenten": 0,
            "jongerenwerkers": 1,
            "zorgcoordinatoren": 0,
            "schoolleiding": 4,
            "beleidsmedewerkers": 2,
            "leerlingen": 0,
            "onderzoekers": 2,
        },
        "summary": [
            (
                "Onderzoekers spraken met schoolleiders en beleidsmedewerkers over de vraag hoe "
                "het schooljongerenwerk de komende jaren kan blijven bestaan. Dit verslag is een "
                "concept en wordt nog met de geïnterviewden afgestemd."
            ),
        ],
        "tags": ["continuïteit", "samenwerking"],
        "findings": [
            {
                "factor": "Voldoende uren jongerenwerk",
                "observation": (
                    "Schoolleiders wilden het jongerenwerk vaker en langer op school, maar de "
                    "beschikbare uren lieten dat niet toe. Enkele scholen overwogen zelf uren in "
                    "te kopen."
                ),
                "quote": "",
                "strength": "herhaald",
            },
            {
                "factor": "Continuïteit van mensen en activiteiten",
                "observation": (
                    "Geïnterviewden zagen continuïteit als de kern: een samenwerking die ieder "
                    "schooljaar opnieuw moet worden opgebouwd, levert weinig op. Ze vroegen om "
                    "afspraken die meerdere schooljaren beslaan."
                ),
                "quote": (
                    "Elk jaar opnieuw beginnen kost ons meer dan het oplevert. — een schoolleider"
                ),
                "strength": "sterk",
            },
            {
                "factor": "Miscommunicatie tussen gemeente en scholen",
                "observation": (
                    "Schoolleiders en beleidsmedewerkers wisten niet altijd van elkaar welke "
                    "afspraken er met het jongerenwerk waren gemaakt. Deelnemers stelden een "
                    "jaarlijks gesprek met alle drie de partijen voor."
                ),
                "quote": "",
                "strength": "genoemd",
            },
            {
                "factor": "Eén vaste contactpersoon aan beide kanten",
                "observation": (
                    "Bij wisselingen in de schoolleiding verdween soms het vaste aanspreekpunt "
                    "voor het jongerenwerk. Schoolleiders wilden daarom vastleggen wie die rol "
                    "heeft en wie haar overneemt."
                ),
                "quote": "",
                "strength": "genoemd",
            },
        ],
    },
]
