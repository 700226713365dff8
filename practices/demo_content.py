"""Demo practice examples, loaded by practices/demo.py.

Every practice here is a fictional example (shown as *fictief voorbeeld*): the schools,
youth-work organisations, knowledge centre, people, e-mail addresses and phone numbers are
invented, and the texts are examples written for the demo, not reports of real events. A
real municipality is only the place where an example is set; it is never a party to it.
There are no figures or review dates, and no official recognition (that would be a claim
about a real committee). Two examples carry an invented evaluation by an invented research
group: the detail page says that this research is as fictional as the example.
"""

PRACTICES = [
    {
        "title": "Jongerenwerkers als vast gezicht in de pauzes op een vmbo in Tilburg",
        "slug": "jongerenwerk-in-de-pauzes-kiezelpad-college",
        "summary": (
            "Twee jongerenwerkers van Jongerenwerk Vonkelaar zijn vier dagen per week op het plein "
            "en in de aula van het Kiezelpad College. Leerlingen kennen hen bij naam en lopen "
            "binnen met vragen die ze niet snel aan een docent stellen."
        ),
        "goal": [
            (
                "De school wilde dat leerlingen in de basis- en kaderberoepsgerichte leerweg een "
                "volwassene buiten de lesstructuur hebben bij wie ze terechtkunnen. Het doel is "
                "geen probleemaanpak, maar een plein en een aula waar spanningen vroeg worden "
                "opgemerkt en besproken."
            ),
            (
                "Daarnaast wilde het team beter begrijpen wat leerlingen na schooltijd in de wijk "
                "bezighoudt, zodat gedrag in de klas niet los van die context wordt beoordeeld."
            ),
        ],
        "approach": [
            (
                "De jongerenwerkers zijn op vaste tijden aanwezig in de kleine en de grote pauze "
                "en hebben een eigen ruimte naast de aula, met een bank, een tafeltennistafel en "
                "een deur die openstaat. Op dinsdag en donderdag schuiven ze aan bij een mentoruur "
                "in de tweede klas."
            ),
            (
                "Eens per twee weken spreken de teamleider onderbouw en een jongerenwerker elkaar "
                "een half uur. Ze bespreken wat ze op het plein en in de wijk zien, zonder "
                "leerlingdossiers. Heeft een leerling meer nodig, dan vraagt de jongerenwerker "
                "eerst aan de leerling zelf of de mentor erbij mag komen."
            ),
        ],
        "results": [
            (
                "Na twee schooljaren lopen leerlingen vanzelf binnen in de ruimte. Mentoren "
                "zeggen dat ze leerlingen breder zien: niet alleen als lastig in "
                "de les, maar ook met wat er thuis en op straat speelt."
            ),
            (
                "School en jongerenwerk hebben de samenwerking met het team nabesproken. De "
                "uitkomsten zijn gebruikt om de afspraken over het delen van "
                "informatie aan te scherpen."
            ),
        ],
        "lessons": [
            (
                "Begin met aanwezigheid, niet met activiteiten. Het eerste halfjaar vooral op het "
                "plein staan en namen leren leverde meer op dan een vol programma."
            ),
            (
                "Vraag de conciërge en de medewerkers van de kantine om mee te denken: zij zien "
                "vaak als eersten wie zich terugtrekt of wie ruzie zoekt."
            ),
        ],
        "collaboration_type": "in-de-school",
        "stage": "lopend",
        "evidence_level": "beschreven",
        "municipality": "GM0855",
        "extra_municipalities": [],
        "school_types": ["vmbo basisberoepsgerichte leerweg", "vmbo kaderberoepsgerichte leerweg"],
        "target_groups": [
            "leerlingen voortgezet onderwijs",
            "docenten en mentoren",
            "onderwijsondersteunend personeel",
            "jongerenwerkers",
        ],
        "factors": [
            "Zichtbaar en benaderbaar aanwezig in school",
            "Een herkenbare plek in de school",
            "Vast team van jongerenwerkers",
            "Geworteld in de wijk",
        ],
        "tags": ["jongerenwerk", "positief pedagogisch klimaat", "veerkracht"],
        "start_year": 2018,
        "organisations": [
            ["Kiezelpad College", "school", "school", "GM0855"],
            ["Jongerenwerk Vonkelaar", "jongerenwerk", "jongerenwerk", "GM0855"],
            ["Kenniscentrum Windroos", "kennisinstelling", "kennisinstelling", "GM0855"],
        ],
        "contact": {
            "name": "Marloes Wijnstra",
            "role": "teamleider onderbouw",
            "organisation": "Kiezelpad College",
            "email": "m.wijnstra@example.nl",
            "phone": "013 - 000 0101",
            "consent": True,
        },
        "live": True,
    },
    {
        "title": "Warme overdracht: het jongerenwerk blijft betrokken na de praktijkschool",
        "slug": "warme-overdracht-praktijkschool-de-klinkerhoek",
        "summary": (
            "Praktijkschool De Klinkerhoek en Stichting Zwerfkei zorgen dat leerlingen die de "
            "school verlaten een bekende jongerenwerker houden. Zo raakt bij de stap naar werk, "
            "een Entree-opleiding of dagbesteding niemand uit beeld."
        ),
        "goal": [
            (
                "Leerlingen van de praktijkschool verliezen bij het verlaten van school vaak in "
                "één keer alle vaste volwassenen om zich heen. De samenwerking wil dat gat "
                "dichten, zodat jongeren die vastlopen in hun eerste baan of opleiding niet uit "
                "beeld raken."
            ),
        ],
        "approach": [
            (
                "In het laatste schooljaar maakt elke leerling kennis met een jongerenwerker uit "
                "de eigen wijk. Die loopt een paar keer mee in de stageweek en is aanwezig bij het "
                "eindgesprek met ouders en stagebegeleider."
            ),
            (
                "Na de zomer blijft de jongerenwerker het aanspreekpunt: een appje in de eerste "
                "weken, een afspraak in het buurthuis als het misgaat. Een jaar lang lopen de "
                "stagecoördinator en het jongerenwerk elke maand samen de oud-leerlingen langs, "
                "met toestemming van de jongere."
            ),
            (
                "De uren voor deze nazorg zijn opgenomen in de reguliere subsidieafspraken met het "
                "jongerenwerk, niet in een tijdelijk project."
            ),
        ],
        "results": [
            (
                "Oud-leerlingen weten bij problemen op het werk of met geld sneller waar ze heen "
                "kunnen. De school hoort minder vaak pas na maanden dat een jongere is gestopt."
            ),
            (
                "Omdat de uren structureel zijn, kan de school de werkwijze elk jaar herhalen in "
                "plaats van telkens opnieuw te beginnen."
            ),
        ],
        "lessons": [
            (
                "Koppel de jongerenwerker al vroeg in het schooljaar, niet pas in juni. Een eerste "
                "kennismaking tijdens iets praktisch, zoals samen koken of een klus in de wijk, "
                "werkt beter dan een gesprek aan tafel."
            ),
            (
                "Leg vooraf vast welke informatie naar het jongerenwerk mag en vraag daar de "
                "jongere en de ouders uitdrukkelijk toestemming voor."
            ),
        ],
        "collaboration_type": "beide",
        "stage": "geborgd",
        "evidence_level": "beschreven",
        "municipality": "GM0855",
        "extra_municipalities": [],
        "school_types": ["praktijkonderwijs"],
        "target_groups": [
            "leerlingen voortgezet onderwijs",
            "kwetsbare jongeren",
            "ouders",
            "jongerenwerkers",
        ],
        "factors": [
            "Continuïteit van mensen en activiteiten",
            "Brugfunctie tussen school en wijk",
            "Structurele financiering",
            "Het belang van de leerling voorop",
        ],
        "tags": ["schooluitval", "continuïteit", "jongerenwerk", "overgangen"],
        "start_year": 2016,
        "organisations": [
            ["Praktijkschool De Klinkerhoek", "school", "school", "GM0855"],
            ["Stichting Zwerfkei", "jongerenwerk", "jongerenwerk", "GM0855"],
        ],
        "contact": {
            "name": "Ruud Kampschoor",
            "role": "stagecoördinator",
            "organisation": "Praktijkschool De Klinkerhoek",
            "email": "r.kampschoor@example.nl",
            "phone": "013 - 000 0102",
            "consent": False,
        },
        "live": True,
    },
    {
        "title": "Jongerenwerk begeleidt de overstap van vmbo naar mbo in de regio Tilburg",
        "slug": "overstap-naar-het-mbo-regio-tilburg",
        "summary": (
            "Jongerenwerkers in en rond Tilburg volgen jongeren die na het vmbo "
            "naar het mbo gaan. In de eerste maanden zoeken ze hen op school en in de wijk op, "
            "zodat twijfel niet meteen tot uitval leidt."
        ),
        "goal": [
            (
                "Veel jongeren uit de kleinere gemeenten rond Tilburg gaan na het vmbo naar een "
                "mbo-opleiding in de stad. Juist in de eerste maanden haken studenten af. Het doel "
                "is dat zij in die periode een vertrouwd aanspreekpunt houden dat hen ook buiten "
                "school kent."
            ),
        ],
        "approach": [
            (
                "In mei bespreken vmbo-mentoren met de jongerenwerkers welke leerlingen twijfelen "
                "over hun opleidingskeuze of thuis weinig steun hebben. Met toestemming van de "
                "leerling en de ouders volgt vóór de zomer een kennismaking."
            ),
            (
                "Vanaf september heeft het jongerenwerk twee vaste momenten per week op de "
                "mbo-locatie, rond de kantine en het studiecentrum. In de dorpen houdt het "
                "jongerenwerk daarnaast een inloopavond in het jongerencentrum, waar "
                "mbo-studenten huiswerk kunnen maken en over hun stage kunnen praten."
            ),
            (
                "Het mbo en de jongerenwerkorganisatie schreven samen een plan van één "
                "bladzijde; een coördinator van het jongerenwerk houdt het overzicht."
            ),
        ],
        "results": [
            (
                "De samenwerking zit in het eerste jaar. De eerste signalen zijn positief: "
                "studenten zoeken de jongerenwerkers op als een stage tegenvalt, en "
                "loopbaanbegeleiders op het mbo weten nu wie ze kunnen bellen."
            ),
        ],
        "lessons": [
            (
                "Afspraken met meer scholen en teams kosten tijd: iedereen heeft eigen "
                "verwachtingen. Een gezamenlijke jaarplanning voorkwam dat het "
                "jongerenwerk drie keer hetzelfde moest uitleggen."
            ),
        ],
        "collaboration_type": "vanuit-de-wijk",
        "stage": "opstarten",
        "evidence_level": "beschreven",
        "municipality": "GM0855",
        "extra_municipalities": ["GM0785", "GM0824"],
        "school_types": [
            "vmbo kaderberoepsgerichte leerweg",
            "vmbo gemengde leerweg",
            "mbo niveau 2",
            "mbo niveau 3",
        ],
        "target_groups": [
            "leerlingen voortgezet onderwijs",
            "studenten mbo",
            "jongerenwerkers",
            "beleidsmedewerkers en wethouders",
        ],
        "factors": [
            "Brugfunctie tussen school en wijk",
            "Miscommunicatie tussen gemeente en scholen",
            "Eén vaste contactpersoon aan beide kanten",
        ],
        "tags": ["schooluitval", "gemeentelijk beleid", "wijk", "overgangen"],
        "start_year": 2025,
        "organisations": [
            ["Mbo Leerhuis Lindeveld", "school", "school", "GM0855"],
            ["Jongerenwerk Vonkelaar", "jongerenwerk", "jongerenwerk", "GM0855"],
        ],
        "contact": {
            "name": "Ilse Brugmans",
            "role": "loopbaanbegeleider",
            "organisation": "Mbo Leerhuis Lindeveld",
            "email": "i.brugmans@example.nl",
            "phone": "013 - 000 0103",
            "consent": False,
        },
        "live": True,
    },
    {
        "title": "Dilemmagesprekken over idealen en onrecht in de bovenbouw",
        "slug": "dilemmagesprekken-over-idealen-heidebloem-lyceum",
        "summary": (
            "Op het Heidebloem Lyceum leidden een docent maatschappijleer en een jongerenwerker "
            "samen gesprekken in kleine groepen over idealen, geloof en onrecht. Het project is na "
            "drie schooljaren afgerond; de gespreksvorm zit nu in het burgerschapsprogramma."
        ),
        "goal": [
            (
                "Na spanningen in de klas rond een internationaal conflict merkte de school dat "
                "leerlingen hun mening in de les voor zich hielden, maar online en op het plein "
                "fel reageerden. Het doel was een veilige plek om sterke meningen uit te spreken "
                "en te onderzoeken, zonder dat een leerling meteen als probleem wordt gezien."
            ),
        ],
        "approach": [
            (
                "Eens per maand werkten groepen van acht tot tien leerlingen uit havo 4 en vwo 4 "
                "en 5 met een vooraf voorbereid dilemma, bijvoorbeeld: mag je de wet overtreden "
                "voor een goed doel? De docent bewaakte de structuur, de jongerenwerker stelde de "
                "doorvragen en hield het gesprek bij de ervaringen van de leerlingen."
            ),
            (
                "Vooraf spraken docent en jongerenwerker af waar de grenzen liggen en wat ze doen "
                "als een leerling iets zegt dat zorgen oproept: eerst het gesprek met de leerling "
                "zelf, daarna zo nodig met de mentor en de zorgcoördinator."
            ),
        ],
        "results": [
            (
                "Leerlingen vertelden in de nabespreking dat ze in de kleine groep meer durfden te "
                "zeggen dan in de klas. Docenten voelen zich minder handelingsverlegen bij "
                "uitspraken die schuren."
            ),
            (
                "De school heeft de gespreksvorm overgenomen in het reguliere "
                "burgerschapsprogramma, zonder vaste inzet van het jongerenwerk."
            ),
        ],
        "lessons": [
            (
                "Bereid elk gesprek samen voor. Een jongerenwerker die onvoorbereid een klas in "
                "gaat, wordt al snel een gastspreker in plaats van een gesprekspartner."
            ),
            (
                "Met het einde van het project verdween ook het contact in de pauzes. Plan bij de "
                "afronding hoe de relatie met leerlingen niet verloren gaat."
            ),
        ],
        "collaboration_type": "in-de-school",
        "stage": "afgerond",
        "evidence_level": "beschreven",
        "municipality": "GM0855",
        "extra_municipalities": [],
        "school_types": ["havo", "vwo"],
        "target_groups": [
            "leerlingen voortgezet onderwijs",
            "docenten en mentoren",
            "zorgcoördinatoren",
        ],
        "factors": [
            "Ruimte voor gevoelige onderwerpen en idealen",
            "Gedeelde visie: polarisatie is eerst een pedagogische vraag",
            "Continuïteit van mensen en activiteiten",
        ],
        "tags": ["identiteit en idealen", "polarisatie", "wij-zij-denken"],
        "start_year": 2019,
        "organisations": [
            ["Heidebloem Lyceum", "school", "school", "GM0855"],
            ["Jongerenwerk Vonkelaar", "jongerenwerk", "jongerenwerk", "GM0855"],
            ["Kenniscentrum Windroos", "kennisinstelling", "kennisinstelling", "GM0855"],
        ],
        "contact": {
            "name": "Bas Oosterling",
            "role": "docent maatschappijleer",
            "organisation": "Heidebloem Lyceum",
            "email": "b.oosterling@example.nl",
            "phone": "013 - 000 0104",
            "consent": True,
        },
        "live": True,
    },
    {
        "title": "Verkenning: een vaste jongerenwerker bij de Entree-opleiding",
        "slug": "verkenning-jongerenwerk-entree-opleiding-tilburg",
        "summary": (
            "Een mbo-school in Tilburg en Stichting Zwerfkei verkennen of een jongerenwerker op "
            "vaste dagen aanwezig kan zijn bij de Entree-opleiding. Veel studenten daar hebben al "
            "eens een school verlaten en wantrouwen hulpverlening."
        ),
        "goal": [
            (
                "Studenten in de Entree-opleiding hebben vaak een onderbroken schoolloopbaan "
                "achter de rug. Docenten merken dat verzuim en conflicten zich opstapelen voordat "
                "iemand hulp accepteert. De verkenning moet uitwijzen of een laagdrempelige "
                "jongerenwerker hier verschil kan maken."
            ),
        ],
        "approach": [
            (
                "Dit schooljaar lopen twee jongerenwerkers een aantal ochtenden mee in de lessen "
                "en de pauzes. Daarna volgen gesprekken met studenten, docenten en het "
                "studententeam over wat zij verwachten en waar ze bang voor zijn, zoals de zorg "
                "dat het jongerenwerk een verlengstuk van de verzuimaanpak wordt."
            ),
            (
                "Op basis daarvan beslissen school en jongerenwerk voor de zomer of er een vervolg "
                "komt en wat daarvoor aan uren en ruimte nodig is."
            ),
        ],
        "results": [],
        "lessons": [],
        "collaboration_type": "in-de-school",
        "stage": "verkennen",
        "evidence_level": "beschreven",
        "municipality": "GM0855",
        "extra_municipalities": [],
        "school_types": ["mbo niveau 1 (Entree)"],
        "target_groups": ["studenten mbo", "kwetsbare jongeren", "docenten en mentoren"],
        "factors": [
            "Vrijwillige en laagdrempelige positie",
            "Voldoende uren jongerenwerk",
            "Cultuurverschil tussen school en jongerenwerk",
        ],
        "tags": ["schooluitval", "jongerenwerk", "veerkracht", "schoolverzuim"],
        "start_year": 2026,
        "organisations": [
            ["Mbo Leerhuis Lindeveld", "school", "school", "GM0855"],
            ["Stichting Zwerfkei", "jongerenwerk", "jongerenwerk", "GM0855"],
        ],
        "contact": {
            "name": "Femke Lagerweij",
            "role": "teamleider Entree",
            "organisation": "Mbo Leerhuis Lindeveld",
            "email": "f.lagerweij@example.nl",
            "phone": "013 - 000 0105",
            "consent": False,
        },
        "live": True,
    },
    {
        "title": "Schooljongerenwerk op het plein en in de mentorles",
        "slug": "schooljongerenwerk-plein-en-mentorles-kanaalzicht-college",
        "summary": (
            "Op het Kanaalzicht College horen jongerenwerkers van Jongerenwerk Brugwachter al "
            "jaren bij het schoolleven: in de pauzes, bij mentorlessen en bij naschoolse "
            "activiteiten. De samenwerking begon op verzoek van de school en staat inmiddels vast "
            "in de begroting."
        ),
        "goal": [
            (
                "De school zocht een manier om leerlingen te bereiken die zich weinig gezien "
                "voelen en weinig binding met school hebben. Het jongerenwerk moest een brug slaan "
                "naar de wijken waar deze leerlingen wonen."
            ),
        ],
        "approach": [
            (
                "Drie vaste jongerenwerkers verdelen de week. Eén van hen is er elke dag in de "
                "middagpauze; de anderen verzorgen na schooltijd een sport- en een "
                "muziekactiviteit in de gymzaal en in het lokaal dat als jongerenruimte is "
                "ingericht."
            ),
            (
                "De jongerenwerkers schuiven maandelijks aan bij het zorgoverleg en hebben daar "
                "een eigen inbreng. Ze zijn ook op de eerste ouderavond van het schooljaar, zodat "
                "ouders weten wie ze zijn."
            ),
            (
                "Elk schooljaar begint met een teamvergadering waarin het jongerenwerk vertelt wat "
                "het wel en niet doet; het controleert bijvoorbeeld geen verzuim."
            ),
        ],
        "results": [
            (
                "Leerlingen noemen de jongerenwerkers als mensen bij wie ze terechtkunnen. Het "
                "team merkt dat het rond de pauzes rustiger is, al is moeilijk te zeggen wat "
                "daarvan aan de samenwerking ligt."
            ),
        ],
        "lessons": [
            (
                "Houd de jongerenwerkers buiten de handhaving. Toen een jongerenwerker eens werd "
                "gevraagd leerlingen aan te spreken op hun telefoongebruik, kostte het weken om "
                "het vertrouwen terug te winnen."
            ),
            (
                "Zorg dat de vaste contactpersoon van de school ook beslissingen mag nemen; anders "
                "blijven afspraken hangen."
            ),
        ],
        "collaboration_type": "in-de-school",
        "stage": "geborgd",
        "evidence_level": "beschreven",
        "municipality": "GM0344",
        "extra_municipalities": [],
        "school_types": ["vmbo gemengde leerweg", "vmbo theoretische leerweg"],
        "target_groups": [
            "leerlingen voortgezet onderwijs",
            "docenten en mentoren",
            "zorgcoördinatoren",
            "ouders",
        ],
        "factors": [
            "Zichtbaar en benaderbaar aanwezig in school",
            "Iedereen weet wat jongerenwerk doet",
            "Gelijkwaardige samenwerking",
            "Vrijwillige en laagdrempelige positie",
            "Eén vaste contactpersoon aan beide kanten",
        ],
        "tags": ["jongerenwerk", "samenwerking", "positief pedagogisch klimaat"],
        "start_year": 2015,
        "organisations": [
            ["Kanaalzicht College", "school", "school", "GM0344"],
            ["Jongerenwerk Brugwachter", "jongerenwerk", "jongerenwerk", "GM0344"],
            [
                "Kenniscentrum Windroos",
                "kennisinstelling",
                "kennisinstelling",
                "GM0363",
            ],
        ],
        "contact": {
            "name": "Yvonne Terhorst",
            "role": "zorgcoördinator",
            "organisation": "Kanaalzicht College",
            "email": "y.terhorst@example.nl",
            "phone": "030 - 000 0201",
            "consent": True,
        },
        "live": True,
    },
    {
        "title": "Online invloeden bespreekbaar maken met leerlingen en ouders",
        "slug": "online-invloeden-bespreekbaar-maken-singelpoort-lyceum",
        "summary": (
            "Jongerenwerkers en mentoren van het Singelpoort Lyceum praten met leerlingen over wat "
            "ze online zien: filmpjes, influencers en complotverhalen. Twee keer per jaar volgt "
            "een ouderavond in het buurthuis."
        ),
        "goal": [
            (
                "Mentoren zagen dat leerlingen steeds vaker uitspraken deden die ze van sociale "
                "media hadden overgenomen, soms over vrouwen, soms over bevolkingsgroepen. Ze "
                "wisten niet goed hoe ze konden reageren zonder het gesprek dicht te gooien. Het "
                "doel is dat leerlingen kritisch leren kijken, zonder dat hun leefwereld als onzin "
                "wordt afgedaan."
            ),
        ],
        "approach": [
            (
                "In de mentorlessen van klas 3 laat een jongerenwerker leerlingen zelf voorbeelden "
                "meenemen van accounts die ze volgen. Samen bespreken ze wat die makers aan "
                "aandacht verdienen, hoe algoritmes werken en wat een video met je doet."
            ),
            (
                "Buiten de les is het jongerenwerk actief in de wijk. Twee keer per jaar "
                "organiseren school en jongerenwerk een ouderavond in het buurthuis, met een korte "
                "uitleg en daarna gesprekstafels in kleine groepen."
            ),
            (
                "Mentoren krijgen van het jongerenwerk een korte training in doorvragen in plaats "
                "van corrigeren."
            ),
        ],
        "results": [
            (
                "Mentoren voelen zich zekerder in het gesprek. Op de ouderavonden kwamen ook "
                "ouders die zelden op school komen; de school schrijft dat toe aan de plek in de "
                "wijk."
            ),
        ],
        "lessons": [
            (
                "Laat leerlingen de voorbeelden aandragen. Materiaal dat volwassenen kiezen, wordt "
                "snel als achterhaald weggezet."
            ),
            (
                "Spreek af wat het jongerenwerk doet met wat het online ziet of hoort. Zonder die "
                "afspraak was onduidelijk wat wel en niet aan school werd doorgegeven."
            ),
        ],
        "collaboration_type": "beide",
        "stage": "lopend",
        "evidence_level": "beschreven",
        "municipality": "GM0344",
        "extra_municipalities": [],
        "school_types": ["havo", "vwo"],
        "target_groups": [
            "leerlingen voortgezet onderwijs",
            "docenten en mentoren",
            "ouders",
            "jongerenwerkers",
        ],
        "factors": [
            "Ruimte voor gevoelige onderwerpen en idealen",
            "Brugfunctie tussen school en wijk",
            "Onduidelijke afspraken over informatie delen",
        ],
        "tags": ["online invloeden", "ouders", "identiteit en idealen"],
        "start_year": 2021,
        "organisations": [
            ["Singelpoort Lyceum", "school", "school", "GM0344"],
            ["Jongerenwerk Brugwachter", "jongerenwerk", "jongerenwerk", "GM0344"],
            [
                "Kenniscentrum Windroos",
                "kennisinstelling",
                "kennisinstelling",
                "GM0363",
            ],
        ],
        "contact": {
            "name": "Daan Hoogveld",
            "role": "mentorcoördinator",
            "organisation": "Singelpoort Lyceum",
            "email": "d.hoogveld@example.nl",
            "phone": "030 - 000 0202",
            "consent": False,
        },
        "live": True,
    },
    {
        "title": "Schooluitval voorkomen met een jongerenwerker op de mbo-campus",
        "slug": "schooluitval-voorkomen-op-de-mbo-campus-utrecht",
        "summary": (
            "Op de campus van Stadsvaart mbo werkt een jongerenwerker samen met "
            "loopbaanbegeleiders rond studenten die dreigen uit te vallen. Volgens de "
            "begeleiders benaderen studenten de jongerenwerker eerder dan de "
            "verzuimcoördinator."
        ),
        "goal": [
            (
                "Bij de Entree-opleiding en op niveau 2 vallen relatief veel studenten in het "
                "eerste jaar uit. De school wilde eerder zien wat er achter verzuim zit: schulden, "
                "een bijbaan die uit de hand loopt, problemen thuis of druk uit de vriendengroep."
            ),
        ],
        "approach": [
            (
                "De jongerenwerker is drie dagen per week op de campus, met een vaste plek in de "
                "aula. Loopbaanbegeleiders kunnen een student op de jongerenwerker wijzen, maar de "
                "student beslist zelf of hij of zij daar iets mee doet."
            ),
            (
                "Eens per twee weken is er een kort overleg tussen jongerenwerker, "
                "loopbaanbegeleiders en verzuimcoördinator. Namen komen alleen op tafel als de "
                "student daar toestemming voor gaf; verder gaat het over patronen, zoals een groep "
                "die steeds samen wegblijft."
            ),
            (
                "Dreigt een uitschrijving, dan is de jongerenwerker bij het gesprek als de student "
                "dat wil."
            ),
        ],
        "results": [
            (
                "Studenten zeggen dat ze de jongerenwerker makkelijk aanspreken, en volgens het "
                "team komen problemen eerder op tafel. Of er minder studenten uitvallen, is niet "
                "onderzocht."
            ),
            "Studenten die toch stopten, bleven vaker in contact met het jongerenwerk in hun wijk.",
        ],
        "lessons": [
            (
                "Maak vooraf duidelijk dat de jongerenwerker geen verzuimcontroleur is. Studenten "
                "moeten erop kunnen vertrouwen dat een gesprek niet vanzelf in hun dossier belandt."
            ),
            (
                "Eén jongerenwerker voor een grote campus is te weinig: bij ziekte viel het "
                "contact meteen stil."
            ),
        ],
        "collaboration_type": "in-de-school",
        "stage": "lopend",
        "evidence_level": "beschreven",
        "municipality": "GM0344",
        "extra_municipalities": [],
        "school_types": ["mbo niveau 1 (Entree)", "mbo niveau 2"],
        "target_groups": [
            "studenten mbo",
            "kwetsbare jongeren",
            "docenten en mentoren",
            "zorgcoördinatoren",
        ],
        "factors": [
            "Het belang van de leerling voorop",
            "Vrijwillige en laagdrempelige positie",
            "Voldoende uren jongerenwerk",
        ],
        "tags": ["schooluitval", "informatie delen", "veerkracht", "schoolverzuim"],
        "start_year": 2020,
        "organisations": [
            ["Stadsvaart mbo", "school", "school", "GM0344"],
            ["Jongerenwerk Brugwachter", "jongerenwerk", "jongerenwerk", "GM0344"],
        ],
        "contact": {
            "name": "Sanne Brinkhorst",
            "role": "loopbaanbegeleider",
            "organisation": "Stadsvaart mbo",
            "email": "s.brinkhorst@example.nl",
            "phone": "030 - 000 0203",
            "consent": True,
        },
        "live": True,
    },
    {
        "title": "Naschoolse activiteiten voor vso-leerlingen in hun eigen wijk",
        "slug": "naschoolse-activiteiten-vso-leerlingen-in-de-wijk",
        "summary": (
            "Leerlingen van vso-school Het Zeskant komen uit de hele stad en hebben na schooltijd "
            "weinig contact met leeftijdsgenoten. Jongerenwerkers van Jongerenwerk Brugwachter "
            "leggen de verbinding met activiteiten in de wijk waar de leerling woont."
        ),
        "goal": [
            (
                "Leerlingen in het voortgezet speciaal onderwijs worden vaak met een taxi of busje "
                "naar school gebracht en kennen in hun eigen buurt weinig mensen. Dat maakt hen "
                "kwetsbaar voor eenzaamheid en voor contacten die hen de verkeerde kant op "
                "trekken. Het doel is dat elke leerling ten minste één vaste plek in de eigen wijk "
                "heeft."
            ),
        ],
        "approach": [
            (
                "De school geeft, met toestemming van de ouders, door in welke wijk leerlingen "
                "wonen. Een jongerenwerker uit die wijk komt eerst op school kennismaken, tijdens "
                "een les of de lunch, en nodigt de leerling daarna uit voor een activiteit in het "
                "jongerencentrum: koken, gamen of een uur sport."
            ),
            (
                "De eerste keer gaat iemand van school of een ouder mee. De jongerenwerker laat de "
                "mentor weten of de leerling blijft komen."
            ),
        ],
        "results": [
            (
                "In het eerste halfjaar zijn twaalf leerlingen gekoppeld aan een activiteit in hun "
                "wijk; acht van hen komen regelmatig."
            ),
        ],
        "lessons": [
            (
                "De eerste stap is de grootste. Dat er een vertrouwde volwassene meeging, bleek "
                "doorslaggevend."
            ),
            (
                "Niet elke jongerenwerker is gewend aan jongeren met autisme of een licht "
                "verstandelijke beperking. Een korte uitleg van school over wat een leerling nodig "
                "heeft, voorkomt teleurstellingen aan beide kanten."
            ),
        ],
        "collaboration_type": "vanuit-de-wijk",
        "stage": "opstarten",
        "evidence_level": "beschreven",
        "municipality": "GM0344",
        "extra_municipalities": [],
        "school_types": ["voortgezet speciaal onderwijs"],
        "target_groups": [
            "leerlingen voortgezet onderwijs",
            "kwetsbare jongeren",
            "ouders",
            "jongerenwerkers",
        ],
        "factors": [
            "Geworteld in de wijk",
            "Brugfunctie tussen school en wijk",
            "Het belang van de leerling voorop",
        ],
        "tags": ["wijk", "veerkracht", "ouders", "mentale gezondheid"],
        "start_year": 2024,
        "organisations": [
            ["Vso-school Het Zeskant", "school", "school", "GM0344"],
            ["Jongerenwerk Brugwachter", "jongerenwerk", "jongerenwerk", "GM0344"],
        ],
        "contact": {
            "name": "Hanneke Pruijsen",
            "role": "intern begeleider",
            "organisation": "Vso-school Het Zeskant",
            "email": "h.pruijsen@example.nl",
            "phone": "030 - 000 0204",
            "consent": False,
        },
        "live": True,
    },
    {
        "title": "Van brandjes blussen naar werken aan het klimaat na een vechtpartij",
        "slug": "van-incident-naar-klimaat-tolbrug-college",
        "summary": (
            "Na een vechtpartij tussen twee groepen leerlingen riep het Tolbrug College de hulp in "
            "van het jongerenwerk. Samen verlegden ze de aandacht van het incident naar het "
            "dagelijkse klimaat op school. Het traject is afgerond."
        ),
        "goal": [
            (
                "De aanleiding was een vechtpartij bij de schoolpoort tussen jongeren uit twee "
                "wijken, online aangewakkerd. De eerste reflex was extra toezicht en schorsingen. "
                "Het doel werd al snel breder: begrijpen wat er tussen de groepen speelde en "
                "voorkomen dat wij-zij-denken de school in sloop."
            ),
        ],
        "approach": [
            (
                "Jongerenwerkers die beide groepen uit de wijk kenden, voerden gesprekken met de "
                "betrokken jongeren, buiten school en zonder dat daar consequenties aan vastzaten. "
                "Daarna volgde een reeks groepsgesprekken in de klassen, geleid door een mentor en "
                "een jongerenwerker samen."
            ),
            (
                "De school stelde een werkgroep in van mentoren, de zorgcoördinator, een conciërge "
                "en twee jongerenwerkers. Die besprak een jaar lang elke maand de sfeer op school "
                "en sprak kleine acties af, zoals gemengde pauzeactiviteiten en een andere "
                "indeling van het plein."
            ),
        ],
        "results": [
            (
                "Er volgden geen nieuwe confrontaties tussen de groepen. Belangrijker volgens het "
                "team: bij spanningen grijpt de school nu eerder naar een gesprek dan naar een "
                "maatregel."
            ),
        ],
        "lessons": [
            (
                "Wacht niet op een incident. Achteraf zeiden mentoren dat de spanningen al maanden "
                "zichtbaar waren op het plein en online, maar dat niemand wist bij wie je dat "
                "kwijt kon."
            ),
            (
                "Toen het traject afliep, stopte ook de werkgroep. De school probeert nu met eigen "
                "middelen een lichtere vorm voort te zetten."
            ),
        ],
        "collaboration_type": "beide",
        "stage": "afgerond",
        "evidence_level": "beschreven",
        "municipality": "GM0344",
        "extra_municipalities": [],
        "school_types": ["vmbo basisberoepsgerichte leerweg", "vmbo kaderberoepsgerichte leerweg"],
        "target_groups": [
            "leerlingen voortgezet onderwijs",
            "docenten en mentoren",
            "schoolleiding",
            "onderwijsondersteunend personeel",
        ],
        "factors": [
            "Handelen op incidenten in plaats van op het klimaat",
            "Alleen een veiligheidsaanpak",
            "Geworteld in de wijk",
            "Gedeelde visie: polarisatie is eerst een pedagogische vraag",
        ],
        "tags": [
            "wij-zij-denken",
            "positief pedagogisch klimaat",
            "online invloeden",
            "veiligheid",
        ],
        "start_year": 2022,
        "organisations": [
            ["Tolbrug College", "school", "school", "GM0344"],
            ["Jongerenwerk Brugwachter", "jongerenwerk", "jongerenwerk", "GM0344"],
            [
                "Kenniscentrum Windroos",
                "kennisinstelling",
                "kennisinstelling",
                "GM0363",
            ],
        ],
        "contact": {
            "name": "Mirjam Stoffelen",
            "role": "afdelingsleider",
            "organisation": "Tolbrug College",
            "email": "m.stoffelen@example.nl",
            "phone": "030 - 000 0205",
            "consent": True,
        },
        "live": True,
    },
    {
        "title": "Ouderavonden over wij-zij-denken, samen georganiseerd met het jongerenwerk",
        "slug": "ouderavonden-over-wij-zij-denken-rotterdam",
        "summary": (
            "Het Havenlicht College en Jongerenwerk Maasoever organiseren ouderavonden in het "
            "buurthuis over spanningen tussen groepen, online haat en het gesprek aan de "
            "keukentafel. Ouders praten in kleine groepen, waar nodig met een tolk."
        ),
        "goal": [
            (
                "De school merkte dat wat in de klas over spanningen tussen groepen werd besproken "
                "thuis soms anders werd uitgelegd, of dat ouders niet wisten wat hun kinderen "
                "online tegenkwamen. Het doel is dat ouders, school en jongerenwerk dezelfde taal "
                "spreken, zodat jongeren niet klem komen te zitten tussen twee verhalen."
            ),
        ],
        "approach": [
            (
                "Drie keer per schooljaar is er een avond in het buurthuis, niet in de school. Een "
                "jongerenwerker en een mentor openen met een korte, herkenbare situatie, "
                "bijvoorbeeld een ruzie in een klassenapp. Daarna praten ouders in kleine groepen, "
                "waar nodig met een tolk of een ouder die vertaalt."
            ),
            (
                "Ouders die het jongerenwerk al kennen, nodigen andere ouders persoonlijk uit. De "
                "school stuurt geen brief, maar belt."
            ),
        ],
        "results": [
            (
                "Op de avonden komen ook ouders die nooit op een gewone ouderavond komen. Mentoren "
                "merken dat het contact met ouders daarna makkelijker loopt als er iets is."
            ),
        ],
        "lessons": [
            (
                "De plek doet ertoe: in het buurthuis voelen ouders zich minder op het matje "
                "geroepen dan op school."
            ),
            (
                "Houd de avonden klein en informeel. Een presentatie met dia's leverde de eerste "
                "keer weinig gesprek op."
            ),
        ],
        "collaboration_type": "beide",
        "stage": "lopend",
        "evidence_level": "beschreven",
        "municipality": "GM0599",
        "extra_municipalities": [],
        "school_types": [
            "vmbo basisberoepsgerichte leerweg",
            "vmbo kaderberoepsgerichte leerweg",
            "vmbo gemengde leerweg",
        ],
        "target_groups": ["ouders", "docenten en mentoren", "jongerenwerkers"],
        "factors": [
            "Brugfunctie tussen school en wijk",
            "Geworteld in de wijk",
            "Gelijkwaardige samenwerking",
        ],
        "tags": ["ouders", "wij-zij-denken", "wijk"],
        "start_year": 2022,
        "organisations": [
            ["Havenlicht College", "school", "school", "GM0599"],
            ["Jongerenwerk Maasoever", "jongerenwerk", "jongerenwerk", "GM0599"],
        ],
        "contact": {
            "name": "Karin Molendijk",
            "role": "mentor en ouderconsulent",
            "organisation": "Havenlicht College",
            "email": "k.molendijk@example.nl",
            "phone": "010 - 000 0301",
            "consent": True,
        },
        "live": True,
    },
    {
        "title": "Debatlab: mbo-studenten oefenen met standpunten die schuren",
        "slug": "debatlab-polarisatie-mbo-den-haag",
        "summary": (
            "In het Debatlab van het Duinpan mbo-college bereidden studenten samen met "
            "jongerenwerkers debatten voor over onderwerpen die schuren. Docenten zagen dat "
            "studenten beter gingen luisteren naar andere standpunten."
        ),
        "goal": [
            (
                "Studenten op niveau 3 en 4 leren hun idealen te verwoorden en te verdedigen, en "
                "tegelijk andere standpunten serieus te nemen. De opleiding wilde daarmee ook "
                "docenten steunen die bij politiek gevoelige onderwerpen het gesprek liever uit de "
                "weg gingen."
            ),
        ],
        "approach": [
            (
                "Het Debatlab was een keuzedeel van tien weken. Studenten kozen zelf een "
                "onderwerp, van klimaatprotest tot discriminatie bij het vinden van een stage, en "
                "bereidden in tweetallen een standpunt voor dat niet het hunne hoefde te zijn. "
                "Jongerenwerkers begeleidden de voorbereiding en de nabespreking, de docent leidde "
                "het debat."
            ),
            (
                "Elk blok sloot af met een openbaar debat in een wijkcentrum, waar ook "
                "buurtbewoners en jongeren van buiten de school aan mee konden doen."
            ),
        ],
        "results": [
            (
                "In de nabesprekingen zeiden deelnemers vaker dat ze andere meningen konden "
                "begrijpen, ook als ze het er "
                "niet mee eens waren. Docenten voelden zich gesterkt om gevoelige onderwerpen in "
                "hun eigen lessen aan te snijden."
            ),
            (
                "Het project is afgerond. Het keuzedeel zit nu in het reguliere aanbod, maar wordt "
                "zonder jongerenwerk gegeven, wat docenten als een gemis ervaren."
            ),
        ],
        "lessons": [
            (
                "De nabespreking was het belangrijkste onderdeel: pas daar kwam naar boven wat "
                "studenten werkelijk bezighield."
            ),
            (
                "Regel het vervolg voordat de projectfinanciering stopt. Met het einde van de "
                "subsidie verdween de inzet van het jongerenwerk."
            ),
        ],
        "collaboration_type": "in-de-school",
        "stage": "afgerond",
        "evidence_level": "beschreven",
        "municipality": "GM0518",
        "extra_municipalities": [],
        "school_types": ["mbo niveau 3", "mbo niveau 4"],
        "target_groups": ["studenten mbo", "docenten en mentoren", "jongerenwerkers"],
        "factors": [
            "Ruimte voor gevoelige onderwerpen en idealen",
            "Structurele financiering",
            "Continuïteit van mensen en activiteiten",
        ],
        "tags": ["polarisatie", "identiteit en idealen", "financiering"],
        "start_year": 2019,
        "organisations": [
            ["Duinpan mbo-college", "school", "school", "GM0518"],
            ["Jongerenwerk Schelpdijk", "jongerenwerk", "jongerenwerk", "GM0518"],
        ],
        "contact": {
            "name": "Thijs Wentholt",
            "role": "docent burgerschap",
            "organisation": "Duinpan mbo-college",
            "email": "t.wentholt@example.nl",
            "phone": "070 - 000 0302",
            "consent": False,
        },
        "live": True,
    },
    {
        "title": "Jongerenwerk en mentoren samen in de brugklas",
        "slug": "jongerenwerk-en-mentoren-in-de-brugklas-amsterdam",
        "summary": (
            "Het Sluisdeur College en Jongerenwerk Noordoever laten jongerenwerkers vanaf de "
            "eerste schoolweek meedraaien in de brugklas. Zo leren leerlingen hen kennen voordat "
            "er iets aan de hand is."
        ),
        "goal": [
            (
                "De overstap van de basisschool naar de middelbare school is voor veel leerlingen "
                "groot. De school wil dat brugklassers vanaf dag één weten dat er naast de mentor "
                "nog een volwassene is die hen kent, ook buiten schooltijd."
            ),
        ],
        "approach": [
            (
                "Jongerenwerkers gaan mee op het kennismakingskamp en verzorgen in de eerste maand "
                "twee mentorlessen over samenwerken in een nieuwe groep. Daarna zijn ze elke week "
                "in de grote pauze bij de brugklasvleugel te vinden."
            ),
            (
                "Na de herfstvakantie voeren mentoren en jongerenwerkers per klas een gesprek over "
                "de groepsvorming: wie valt erbuiten, waar ontstaan groepjes, wat speelt er in de "
                "klassenapp?"
            ),
        ],
        "results": [
            (
                "De samenwerking loopt sinds dit schooljaar. Mentoren geven aan dat het gesprek "
                "over groepsvorming hen scherper laat kijken, vooral naar leerlingen die stil zijn."
            ),
        ],
        "lessons": [
            "Plan de uren voor het kamp en de eerste weken ruim in: daar wordt de basis gelegd.",
        ],
        "collaboration_type": "in-de-school",
        "stage": "opstarten",
        "evidence_level": "beschreven",
        "municipality": "GM0363",
        "extra_municipalities": [],
        "school_types": ["vmbo theoretische leerweg", "havo"],
        "target_groups": [
            "leerlingen voortgezet onderwijs",
            "docenten en mentoren",
            "jongerenwerkers",
        ],
        "factors": [
            "Iedereen weet wat jongerenwerk doet",
            "Zichtbaar en benaderbaar aanwezig in school",
            "Voldoende uren jongerenwerk",
        ],
        "tags": ["positief pedagogisch klimaat", "jongerenwerk", "samenwerking", "overgangen"],
        "start_year": 2025,
        "organisations": [
            ["Sluisdeur College", "school", "school", "GM0363"],
            ["Jongerenwerk Noordoever", "jongerenwerk", "jongerenwerk", "GM0363"],
        ],
        "contact": {
            "name": "Eline Baartman",
            "role": "brugklascoördinator",
            "organisation": "Sluisdeur College",
            "email": "e.baartman@example.nl",
            "phone": "020 - 000 0401",
            "consent": True,
        },
        "live": True,
    },
    {
        "title": "Online invloeden: jongerenwerker en studentbegeleiders op de mbo-campus",
        "slug": "online-invloeden-mbo-campus-groningen",
        "summary": (
            "Op Terpstede mbo in Groningen voeren een jongerenwerker en studentbegeleiders "
            "groepsgesprekken over wat studenten online tegenkomen, van gokreclames tot radicale "
            "filmpjes. De aanpak is geëvalueerd met studenten en docenten."
        ),
        "goal": [
            (
                "Studentbegeleiders merkten dat studenten online in aanraking komen met beloftes "
                "van snel geld, gokken, extreme filmpjes en groepen die zich tegen de samenleving "
                "afzetten. Het doel is studenten weerbaarder te maken: ze leren herkennen hoe "
                "online beïnvloeding werkt en krijgen een plek waar ze erover kunnen praten zonder "
                "veroordeeld te worden."
            ),
        ],
        "approach": [
            (
                "Elk eerste leerjaar krijgt binnen loopbaan en burgerschap drie groepsgesprekken, "
                "geleid door een jongerenwerker en een studentbegeleider. Studenten schrijven "
                "anoniem op wat ze de afgelopen week online tegenkwamen; dat is het startpunt van "
                "het gesprek."
            ),
            (
                "Daarnaast houdt de jongerenwerker een inloopuur in de kantine. Zijn er zorgen "
                "over een student, dan bespreekt de studentbegeleider die eerst met de student "
                "zelf en daarna, volgens een vaste afspraak, in het zorgteam."
            ),
        ],
        "results": [
            (
                "Studenten zeggen in de nabespreking dat ze de gesprekken nuttig vinden en beter "
                "kunnen uitleggen hoe algoritmes en verdienmodellen werken. Docenten brengen "
                "zorgen eerder in bij de studentbegeleiders."
            ),
        ],
        "lessons": [
            (
                "Anonieme inbreng werkt: studenten noemen dan dingen die ze hardop nooit zouden "
                "zeggen."
            ),
            (
                "Betrek het zorgteam vanaf het begin, zodat duidelijk is wat er met een zorg "
                "gebeurt en de jongerenwerker niet in de rol van melder belandt."
            ),
        ],
        "collaboration_type": "in-de-school",
        "stage": "lopend",
        "evidence_level": "beschreven",
        "municipality": "GM0014",
        "extra_municipalities": [],
        "school_types": ["mbo niveau 2", "mbo niveau 3", "mbo niveau 4"],
        "target_groups": ["studenten mbo", "zorgcoördinatoren", "jongerenwerkers"],
        "factors": [
            "Ruimte voor gevoelige onderwerpen en idealen",
            "Onduidelijke afspraken over informatie delen",
            "Gelijkwaardige samenwerking",
        ],
        "tags": ["online invloeden", "radicalisering", "informatie delen"],
        "start_year": 2021,
        "organisations": [
            ["Terpstede mbo", "school", "school", "GM0014"],
            ["Jongerenwerk Meerkoet", "jongerenwerk", "jongerenwerk", "GM0014"],
        ],
        "contact": {
            "name": "Wietse Dijkhuis",
            "role": "studentbegeleider",
            "organisation": "Terpstede mbo",
            "email": "w.dijkhuis@example.nl",
            "phone": "050 - 000 0501",
            "consent": False,
        },
        "live": True,
    },
    {
        "title": "Regionaal jongerenwerk tegen schooluitval in Oost-Groningen",
        "slug": "regionaal-jongerenwerk-schooluitval-oost-groningen",
        "summary": (
            "In Oost-Groningen werken een school voor vmbo en praktijkonderwijs en het "
            "regionale jongerenwerk samen om verzuimende leerlingen en thuiszitters te "
            "bereiken. De afspraken staan in een samenwerkingsafspraak."
        ),
        "goal": [
            (
                "In een uitgestrekte regio met lange reistijden raken leerlingen die veel "
                "verzuimen snel uit beeld. Het doel is leerlingen die dreigen uit te vallen vroeg "
                "te bereiken, ook in de dorpen zonder school of jongerencentrum."
            ),
        ],
        "approach": [
            (
                "Jongerenwerkers rijden met een jongerenbus langs de dorpen en kennen de jongeren "
                "die 's middags bij de supermarkt of de sporthal rondhangen. De school meldt, met "
                "toestemming van ouders, welke leerlingen vaak afwezig zijn; de jongerenwerker "
                "zoekt hen thuis of in het dorp op."
            ),
            (
                "Eens per maand overleggen de leerplichtambtenaar, de zorgcoördinatoren en het "
                "jongerenwerk in de regio. Ze spreken af wie wat doet, zodat een gezin niet door "
                "vier mensen tegelijk wordt benaderd."
            ),
            (
                "School en jongerenwerk legden hun afspraken vast in een samenwerkingsafspraak "
                "voor meerdere jaren."
            ),
        ],
        "results": [
            (
                "Scholen zien dat leerlingen na langdurig verzuim sneller terugkeren, omdat er "
                "iemand is die hen al kent."
            ),
        ],
        "lessons": [
            ("Eén gezamenlijk budget voorkomt discussies over wie voor welke leerling betaalt."),
            (
                "Toen de kosten van de jeugdzorg in de regio opliepen, kwamen de preventieve uren "
                "onder druk. Dat ze in de samenwerkingsafspraak apart waren vastgelegd, hielp."
            ),
            (
                "Houd de rollen van leerplicht en jongerenwerk duidelijk gescheiden. Jongeren "
                "moeten weten dat de jongerenwerker niet komt handhaven."
            ),
        ],
        "collaboration_type": "vanuit-de-wijk",
        "stage": "geborgd",
        "evidence_level": "beschreven",
        "municipality": "GM1895",
        "extra_municipalities": ["GM0765", "GM1950"],
        "school_types": [
            "praktijkonderwijs",
            "vmbo basisberoepsgerichte leerweg",
            "vmbo kaderberoepsgerichte leerweg",
        ],
        "target_groups": [
            "kwetsbare jongeren",
            "leerlingen voortgezet onderwijs",
            "zorgcoördinatoren",
            "beleidsmedewerkers en wethouders",
        ],
        "factors": [
            "Structurele financiering",
            "Preventiegeld verdrongen door tekorten in de jeugdzorg",
            "Vrijwillige en laagdrempelige positie",
            "Eén vaste contactpersoon aan beide kanten",
            "Geworteld in de wijk",
        ],
        "tags": ["schooluitval", "gemeentelijk beleid", "financiering", "schoolverzuim"],
        "start_year": 2017,
        "organisations": [
            ["Kwelderwind College", "school", "school", "GM1895"],
            ["Regionaal Jongerenwerk Kompasroos", "jongerenwerk", "jongerenwerk", "GM1895"],
        ],
        "contact": {
            "name": "Geert Wubbolding",
            "role": "coördinator jongerenwerk",
            "organisation": "Regionaal Jongerenwerk Kompasroos",
            "email": "g.wubbolding@example.nl",
            "phone": "0597 - 000 010",
            "consent": True,
        },
        "live": True,
    },
    {
        "title": "Buurtactiviteiten na schooltijd als verlengstuk van de mentorklas",
        "slug": "buurtactiviteiten-na-schooltijd-leeuwarden",
        "summary": (
            "Een vmbo-school in Leeuwarden en het wijkjongerenwerk zetten twee jaar lang "
            "activiteiten na schooltijd op in de wijk, deels bedacht door leerlingen zelf. Het "
            "project is afgerond; een deel van de activiteiten loopt door in het wijkcentrum."
        ),
        "goal": [
            (
                "Leerlingen uit een wijk met weinig voorzieningen hingen na school rond zonder "
                "iets te doen, en onderlinge ruzies liepen door tot in de klas. School en "
                "jongerenwerk wilden de middag na school een positieve invulling geven en "
                "leerlingen eigenaar maken van hun wijk."
            ),
        ],
        "approach": [
            (
                "In de mentorles bedachten leerlingen plannen voor de wijk: een voetbaltoernooi, "
                "een kookavond voor ouderen, een opknapbeurt voor het trapveld. Jongerenwerkers "
                "hielpen bij de uitvoering vanuit het wijkcentrum en zochten buurtbewoners die mee "
                "wilden doen."
            ),
            (
                "De mentor gaf leerlingen die meededen erkenning in de klas, bijvoorbeeld met een "
                "presentatie of een bewijsstuk voor het loopbaandossier."
            ),
        ],
        "results": [
            (
                "In twee jaar deden tachtig leerlingen mee aan ten minste één activiteit. Volgens "
                "het wijkteam kijken buurtbewoners positiever naar de jongeren. Het "
                "voetbaltoernooi en de kookavond worden nu door het wijkcentrum georganiseerd."
            ),
        ],
        "lessons": [
            (
                "Laat leerlingen de plannen maken, maar help bij de eerste stap; zonder "
                "begeleiding strandden ideeën op vergunningen en geld."
            ),
            (
                "Twee jaar is te kort om de relatie met de school echt te borgen. Na afloop nam "
                "het contact tussen mentoren en jongerenwerk snel af."
            ),
        ],
        "collaboration_type": "vanuit-de-wijk",
        "stage": "afgerond",
        "evidence_level": "beschreven",
        "municipality": "GM0080",
        "extra_municipalities": [],
        "school_types": ["vmbo kaderberoepsgerichte leerweg", "vmbo gemengde leerweg"],
        "target_groups": [
            "leerlingen voortgezet onderwijs",
            "jongerenwerkers",
            "docenten en mentoren",
        ],
        "factors": [
            "Geworteld in de wijk",
            "Brugfunctie tussen school en wijk",
            "Continuïteit van mensen en activiteiten",
        ],
        "tags": ["wijk", "veerkracht", "continuïteit"],
        "start_year": 2021,
        "organisations": [
            ["Wadzicht College", "school", "school", "GM0080"],
            ["Wijkjongerenwerk Klaproos", "jongerenwerk", "jongerenwerk", "GM0080"],
        ],
        "contact": {
            "name": "Sietske Harmsma",
            "role": "mentor leerjaar 2",
            "organisation": "Wadzicht College",
            "email": "s.harmsma@example.nl",
            "phone": "058 - 000 0601",
            "consent": False,
        },
        "live": True,
    },
    {
        "title": "Een jongerenwerker bij de overstap van vso naar werk of dagbesteding",
        "slug": "overstap-vso-naar-werk-en-dagbesteding-emmen",
        "summary": (
            "Vso-school De Turfsteker en het jongerenwerk in Emmen beginnen met een vaste "
            "jongerenwerker voor schoolverlaters. Het doel: jongeren met een beperking houden na "
            "school een plek en een bekend gezicht in hun eigen buurt."
        ),
        "goal": [
            (
                "Jongeren die het voortgezet speciaal onderwijs verlaten, gaan naar werk, een "
                "mbo-opleiding of dagbesteding. Juist dan vallen veel vertrouwde contacten weg. "
                "Het doel is dat zij een vast aanspreekpunt houden dat ook hun buurt kent."
            ),
        ],
        "approach": [
            (
                "De jongerenwerker is één dag per week op school, eet mee in de lunchpauze en "
                "neemt deel aan de uitstroomgesprekken in het laatste jaar. Samen met de "
                "stagebegeleider legt hij contact met werkgevers en dagbestedingslocaties in de "
                "buurt."
            ),
            (
                "Op vrijdagmiddag houdt de jongerenwerker een inloop in een buurthuis, waar "
                "schoolverlaters en huidige leerlingen elkaar ontmoeten."
            ),
        ],
        "results": [
            (
                "De samenwerking is net begonnen. De eerste uitstroomgroep heeft de jongerenwerker "
                "leren kennen; volgend schooljaar blijkt of het contact na de zomer standhoudt."
            ),
        ],
        "lessons": [
            (
                "Zorg dat ouders de jongerenwerker vroeg ontmoeten. Voor veel ouders van "
                "vso-leerlingen is het loslaten na school spannend, en zij bepalen mee of een "
                "jongere de stap zet."
            ),
        ],
        "collaboration_type": "beide",
        "stage": "opstarten",
        "evidence_level": "beschreven",
        "municipality": "GM0114",
        "extra_municipalities": [],
        "school_types": ["voortgezet speciaal onderwijs"],
        "target_groups": [
            "kwetsbare jongeren",
            "ouders",
            "jongerenwerkers",
            "onderwijsondersteunend personeel",
        ],
        "factors": [
            "Continuïteit van mensen en activiteiten",
            "Brugfunctie tussen school en wijk",
            "Vast team van jongerenwerkers",
        ],
        "tags": ["continuïteit", "ouders", "jongerenwerk", "overgangen"],
        "start_year": 2025,
        "organisations": [
            ["Vso-school De Turfsteker", "school", "school", "GM0114"],
            ["Jongerenwerk Veenbes", "jongerenwerk", "jongerenwerk", "GM0114"],
        ],
        "contact": {
            "name": "Jolanda Stevelink",
            "role": "stagebegeleider",
            "organisation": "Vso-school De Turfsteker",
            "email": "j.stevelink@example.nl",
            "phone": "0591 - 000 070",
            "consent": True,
        },
        "live": True,
    },
    {
        "title": "Verkenning: samen reageren op spanningen in de klas na nieuws uit de wereld",
        "slug": "verkenning-spanningen-in-de-klas-enschede",
        "summary": (
            "Een scholengemeenschap in Enschede verkent met het jongerenwerk hoe ze samen kunnen "
            "reageren als nieuws over oorlog of aanslagen tot spanningen in de klas leidt. "
            "Mentoren en jongerenwerkers oefenen eerst met elkaar."
        ),
        "goal": [
            (
                "Docenten merkten dat nieuws over oorlog en aanslagen leidde tot felle discussies, "
                "uitsluiting en soms bedreigingen in klassenchats. Veel docenten zwegen liever dan "
                "dat ze het gesprek aangingen. De verkenning moet leiden tot een gezamenlijke "
                "aanpak die niet pas na een incident in actie komt."
            ),
        ],
        "approach": [
            (
                "Een kleine groep mentoren en twee jongerenwerkers komt dit schooljaar vier keer "
                "bij elkaar. Ze oefenen met situaties uit de eigen school en bespreken wat het "
                "jongerenwerk in de wijk hoort over dezelfde gebeurtenissen."
            ),
            (
                "Aan het eind van het schooljaar legt de groep een voorstel voor aan de "
                "schoolleiding: welke rol het jongerenwerk in de school krijgt, hoeveel uren "
                "daarvoor nodig zijn en wie de contactpersonen worden."
            ),
        ],
        "results": [],
        "lessons": [
            (
                "Een eerste les: mentoren bleken vooral behoefte te hebben aan iemand om mee te "
                "sparren, niet aan een kant-en-klaar lesprogramma."
            ),
        ],
        "collaboration_type": "in-de-school",
        "stage": "verkennen",
        "evidence_level": "beschreven",
        "municipality": "GM0153",
        "extra_municipalities": [],
        "school_types": ["vmbo theoretische leerweg", "havo", "vwo"],
        "target_groups": ["docenten en mentoren", "schoolleiding", "jongerenwerkers"],
        "factors": [
            "Handelen op incidenten in plaats van op het klimaat",
            "Gedeelde visie: polarisatie is eerst een pedagogische vraag",
            "Eén vaste contactpersoon aan beide kanten",
        ],
        "tags": ["polarisatie", "wij-zij-denken", "samenwerking"],
        "start_year": 2025,
        "organisations": [
            ["Spoorzicht Scholengemeenschap", "school", "school", "GM0153"],
            ["Jongerenwerk Steigerwerk", "jongerenwerk", "jongerenwerk", "GM0153"],
        ],
        "contact": {
            "name": "Maarten Oldenhof",
            "role": "teamleider bovenbouw",
            "organisation": "Spoorzicht Scholengemeenschap",
            "email": "m.oldenhof@example.nl",
            "phone": "053 - 000 0801",
            "consent": False,
        },
        "live": True,
    },
    {
        "title": "Studentenpanel bepaalt mee wat het jongerenwerk op het mbo doet",
        "slug": "studentenpanel-over-veerkracht-mbo-zwolle",
        "summary": (
            "Op een mbo-school in Zwolle vormden studenten een panel dat samen met jongerenwerkers "
            "activiteiten rond stress en veerkracht koos en uitvoerde. Het project is afgerond en "
            "geëvalueerd."
        ),
        "goal": [
            (
                "Studenten op niveau 4 gaven aan dat ze veel stress ervaren door stage, bijbanen "
                "en geldzorgen, maar vonden het aanbod van school ouderwets. Het doel was "
                "studenten zelf te laten bepalen welke steun zinvol is, met het jongerenwerk als "
                "begeleider."
            ),
        ],
        "approach": [
            (
                "Een panel van tien studenten uit verschillende opleidingen kwam elke twee weken "
                "bijeen met twee jongerenwerkers. Zij organiseerden onder meer lunchgesprekken "
                "over prestatiedruk, een workshop over geld en schulden en een wandelgroep tijdens "
                "de stageperiode."
            ),
            (
                "De jongerenwerkers hielden de lijntjes met de studentbegeleiders kort, zodat "
                "studenten die meer nodig hadden snel de juiste hulp vonden."
            ),
        ],
        "results": [
            (
                "In gesprekken achteraf zeiden deelnemers dat ze zich meer gehoord voelden en "
                "beter wisten waar ze terechtkonden. De school heeft het studentenpanel "
                "overgenomen in haar welzijnsbeleid."
            ),
        ],
        "lessons": [
            "Geef het panel een eigen klein budget; dat maakte de studenten echt eigenaar.",
            (
                "Studenten op niveau 4 zijn veel op stage. Plan de bijeenkomsten rond de "
                "stagedagen, anders haken juist de drukste studenten af."
            ),
        ],
        "collaboration_type": "in-de-school",
        "stage": "afgerond",
        "evidence_level": "beschreven",
        "municipality": "GM0193",
        "extra_municipalities": [],
        "school_types": ["mbo niveau 4"],
        "target_groups": ["studenten mbo", "jongerenwerkers"],
        "factors": [
            "Het belang van de leerling voorop",
            "Vrijwillige en laagdrempelige positie",
            "Iedereen weet wat jongerenwerk doet",
        ],
        "tags": [
            "veerkracht",
            "jongerenwerk",
            "positief pedagogisch klimaat",
            "mentale gezondheid",
        ],
        "start_year": 2022,
        "organisations": [
            ["Mbo-school De Beurtvaart", "school", "school", "GM0193"],
            ["Jongerenwerk Kruiwagen", "jongerenwerk", "jongerenwerk", "GM0193"],
        ],
        "contact": {
            "name": "Roos Schuttenbeld",
            "role": "studentbegeleider",
            "organisation": "Mbo-school De Beurtvaart",
            "email": "r.schuttenbeld@example.nl",
            "phone": "038 - 000 0901",
            "consent": True,
        },
        "live": True,
    },
    {
        "title": "Het jongerenwerk schuift aan bij het zorgoverleg van een vmbo-school",
        "slug": "jongerenwerk-in-het-zorgoverleg-arnhem",
        "summary": (
            "Op het Rozenhoek College in Arnhem zit het jongerenwerk vast aan tafel bij het "
            "zorgoverleg. Dat geeft zicht op wat leerlingen buiten school meemaken, met heldere "
            "afspraken over toestemming en privacy."
        ),
        "goal": [
            (
                "In het zorgoverleg ontbrak vaak het beeld van wat een leerling na schooltijd doet "
                "en met wie. Het jongerenwerk kende een deel van de leerlingen wel, maar werd "
                "nooit gevraagd. Het doel is betere hulp op maat door die kennis samen te brengen, "
                "zonder het vertrouwen van de jongere te schaden."
            ),
        ],
        "approach": [
            (
                "Een vaste jongerenwerker neemt elke drie weken deel aan het zorgoverleg met de "
                "zorgcoördinator, de mentoren en het schoolmaatschappelijk werk. Vooraf is op "
                "papier gezet welke informatie het jongerenwerk deelt: alleen met toestemming van "
                "de jongere, of bij acuut gevaar."
            ),
            (
                "De jongerenwerker vertelt leerlingen open dat hij in het overleg zit en vraagt "
                "vóór elke bespreking of de leerling het goed vindt dat zijn of haar situatie aan "
                "bod komt. Daarnaast is hij twee middagen per week in de school."
            ),
        ],
        "results": [
            (
                "Leerlingen en ouders zeggen in gesprekken met het team dat ze het goed vinden dat "
                "de jongerenwerker in het overleg zit, juist omdat hij het vooraf vraagt. Volgens "
                "het team begint hulp sneller en past ze beter."
            ),
        ],
        "lessons": [
            (
                "Schrijf de afspraken over informatie delen op voordat de eerste leerling "
                "besproken wordt, en leg ze uit aan leerlingen en ouders."
            ),
            (
                "Het jongerenwerk moet ook nee kunnen zeggen tegen een vraag van school, zonder "
                "dat de samenwerking daaronder lijdt."
            ),
        ],
        "collaboration_type": "beide",
        "stage": "lopend",
        "evidence_level": "beschreven",
        "municipality": "GM0202",
        "extra_municipalities": [],
        "school_types": ["vmbo basisberoepsgerichte leerweg", "vmbo kaderberoepsgerichte leerweg"],
        "target_groups": [
            "zorgcoördinatoren",
            "jongerenwerkers",
            "docenten en mentoren",
            "leerlingen voortgezet onderwijs",
        ],
        "factors": [
            "Gelijkwaardige samenwerking",
            "Onduidelijke afspraken over informatie delen",
            "Het belang van de leerling voorop",
            "Eén vaste contactpersoon aan beide kanten",
        ],
        "tags": ["informatie delen", "samenwerking", "jongerenwerk"],
        "start_year": 2020,
        "organisations": [
            ["Rozenhoek College", "school", "school", "GM0202"],
            ["Jongerenwerk Lantaarnhuis", "jongerenwerk", "jongerenwerk", "GM0202"],
        ],
        "contact": {
            "name": "Anton Lamberink",
            "role": "zorgcoördinator",
            "organisation": "Rozenhoek College",
            "email": "a.lamberink@example.nl",
            "phone": "026 - 000 1001",
            "consent": False,
        },
        "live": True,
    },
    {
        "title": "Regionale afspraken over informatie delen tussen mbo en jongerenwerk",
        "slug": "regionale-afspraken-informatie-delen-regio-nijmegen",
        "summary": (
            "Een mbo-school en het jongerenwerk in de regio rond Nijmegen legden samen vast hoe "
            "ze zorgen over studenten delen. Eén werkwijze voor de hele "
            "regio voorkomt dat elke locatie het wiel opnieuw uitvindt."
        ),
        "goal": [
            (
                "Studenten uit de dorpen rond de stad volgen hun mbo-opleiding vaak in de stad. "
                "Bij zorgen over een student wist niemand goed welk jongerenwerk aan zet was en "
                "wat er gedeeld mocht worden. Het doel was één duidelijke, regionale werkwijze die "
                "ook voor studenten te begrijpen is."
            ),
        ],
        "approach": [
            (
                "Een werkgroep van studentbegeleiders, jongerenwerkers uit de dorpen en de stad "
                "en een privacyjurist schreef een korte werkwijze: welke informatie "
                "wordt gedeeld, met welke toestemming, en wie de student informeert. Studenten van "
                "de Entree-opleiding en niveau 2 lazen mee en herschreven de versie voor studenten."
            ),
            (
                "Elke locatie heeft een vaste contactpersoon; het jongerenwerk uit de woonplaats "
                "van de student is het eerste aanspreekpunt. Twee keer per jaar bekijkt de "
                "werkgroep de werkwijze opnieuw aan de hand van geanonimiseerde voorbeelden."
            ),
        ],
        "results": [
            (
                "De werkwijze wordt al een paar jaar gebruikt. Studentbegeleiders weten wie ze "
                "moeten bellen en jongerenwerkers worden eerder betrokken."
            ),
        ],
        "lessons": [
            (
                "Laat studenten meelezen. Hun versie was korter en duidelijker dan die van de "
                "professionals."
            ),
            ("Leg de werkwijze vast, zodat ze niet verandert bij elke nieuwe collega."),
        ],
        "collaboration_type": "beide",
        "stage": "geborgd",
        "evidence_level": "beschreven",
        "municipality": "GM0268",
        "extra_municipalities": ["GM0296", "GM0209"],
        "school_types": ["mbo niveau 1 (Entree)", "mbo niveau 2"],
        "target_groups": [
            "studenten mbo",
            "beleidsmedewerkers en wethouders",
            "jongerenwerkers",
            "zorgcoördinatoren",
        ],
        "factors": [
            "Onduidelijke afspraken over informatie delen",
            "Miscommunicatie tussen gemeente en scholen",
            "Eén vaste contactpersoon aan beide kanten",
        ],
        "tags": ["informatie delen", "gemeentelijk beleid", "samenwerking"],
        "start_year": 2019,
        "organisations": [
            ["Mbo Leerhuis Stroomrug", "school", "school", "GM0268"],
            ["Jongerenwerk Waaierhoek", "jongerenwerk", "jongerenwerk", "GM0268"],
        ],
        "contact": {
            "name": "Petra Keuning",
            "role": "beleidsadviseur studentenwelzijn",
            "organisation": "Mbo Leerhuis Stroomrug",
            "email": "p.keuning@example.nl",
            "phone": "024 - 000 1101",
            "consent": True,
        },
        "live": True,
    },
    {
        "title": "Gesprekstafels over identiteit en erbij horen op havo en vwo",
        "slug": "gesprekstafels-over-identiteit-zeebodem-college",
        "summary": (
            "Het Zeebodem College in Lelystad is begonnen met gesprekstafels waar leerlingen onder "
            "leiding van een jongerenwerker praten over afkomst, geloof en erbij horen. Meedoen is "
            "vrijwillig en gebeurt in het mentoruur."
        ),
        "goal": [
            (
                "Leerlingen met verschillende achtergronden trekken op school vooral met hun eigen "
                "groep op. Mentoren horen opmerkingen over wie er wel en niet bij hoort, maar "
                "krijgen het gesprek in de klas niet op gang. Het doel is dat leerlingen ontdekken "
                "wat hen verbindt en waarin ze verschillen, zonder dat iemand zich hoeft te "
                "verdedigen."
            ),
        ],
        "approach": [
            (
                "In het mentoruur kunnen leerlingen kiezen voor een gesprekstafel van zes tot acht "
                "leerlingen. Elke tafel heeft een thema, zoals 'waar voel ik me thuis' of 'wanneer "
                "hoor ik er niet bij'. De jongerenwerker leidt het gesprek; de docent luistert mee "
                "en vat aan het eind samen."
            ),
            (
                "Aan het begin spreken de leerlingen zelf de regels af. Daarna is de "
                "jongerenwerker in de pauzes aanspreekbaar voor wie verder wil praten."
            ),
        ],
        "results": [
            (
                "De eerste ronde in havo 3 en vwo 3 is afgerond. Leerlingen en mentoren willen "
                "doorgaan; de school bekijkt hoe de gesprekstafels ook in andere leerjaren kunnen."
            ),
        ],
        "lessons": [
            (
                "Vrijwilligheid is belangrijk, maar zorg dat de tafels niet alleen leerlingen "
                "trekken die toch al betrokken zijn. Een persoonlijke uitnodiging van de "
                "jongerenwerker hielp."
            ),
        ],
        "collaboration_type": "in-de-school",
        "stage": "opstarten",
        "evidence_level": "beschreven",
        "municipality": "GM0995",
        "extra_municipalities": [],
        "school_types": ["havo", "vwo"],
        "target_groups": ["leerlingen voortgezet onderwijs", "docenten en mentoren"],
        "factors": [
            "Ruimte voor gevoelige onderwerpen en idealen",
            "Vrijwillige en laagdrempelige positie",
            "Zichtbaar en benaderbaar aanwezig in school",
        ],
        "tags": ["identiteit en idealen", "wij-zij-denken", "veerkracht"],
        "start_year": 2024,
        "organisations": [
            ["Zeebodem College", "school", "school", "GM0995"],
            ["Jongerenwerk Dijkpaal", "jongerenwerk", "jongerenwerk", "GM0995"],
        ],
        "contact": {
            "name": "Wendy Nieuwlaat",
            "role": "mentor havo 3",
            "organisation": "Zeebodem College",
            "email": "w.nieuwlaat@example.nl",
            "phone": "0320 - 000 120",
            "consent": False,
        },
        "live": True,
    },
    {
        "title": "Entree-studenten lopen stage bij buurtprojecten van het jongerenwerk",
        "slug": "entree-studenten-en-jongerenwerk-in-de-wijk-vlissingen",
        "summary": (
            "Studenten van de Entree-opleiding in Vlissingen lopen stage bij buurtprojecten van "
            "het jongerenwerk. De jongerenwerker is zo tegelijk werkbegeleider en een vertrouwd "
            "gezicht in de wijk waar de student woont."
        ),
        "goal": [
            (
                "Entree-studenten vinden moeilijk een stageplek en haken bij tegenslag snel af. "
                "Het doel is een eerste stageplek in een vertrouwde omgeving, waar een "
                "jongerenwerker de student ook buiten de stage-uren kent en steunt."
            ),
        ],
        "approach": [
            (
                "Het jongerenwerk biedt stageplekken bij de buurtkeuken, het jongerencentrum en "
                "een fietsenwerkplaats. De stagedocent en de jongerenwerker voeren samen het "
                "begin- en het eindgesprek."
            ),
            (
                "Tussendoor houdt de jongerenwerker contact met de student, ook over geld, wonen "
                "en vrienden. Bij verzuim belt de jongerenwerker eerst zelf, voordat de school "
                "wordt ingeschakeld."
            ),
        ],
        "results": [
            (
                "De meeste studenten ronden hun eerste stage af. Een aantal blijft daarna als "
                "vrijwilliger bij het jongerenwerk betrokken."
            ),
        ],
        "lessons": [
            (
                "De dubbele rol van werkbegeleider en vertrouwenspersoon vraagt om duidelijke "
                "afspraken met de school over de beoordeling. Laat die bij de stagedocent."
            ),
        ],
        "collaboration_type": "vanuit-de-wijk",
        "stage": "lopend",
        "evidence_level": "beschreven",
        "municipality": "GM0718",
        "extra_municipalities": [],
        "school_types": ["mbo niveau 1 (Entree)"],
        "target_groups": ["studenten mbo", "kwetsbare jongeren", "jongerenwerkers"],
        "factors": [
            "Brugfunctie tussen school en wijk",
            "Geworteld in de wijk",
            "Het belang van de leerling voorop",
        ],
        "tags": ["schooluitval", "wijk", "jongerenwerk", "schoolverzuim"],
        "start_year": 2020,
        "organisations": [
            ["Duinrand Vakopleidingen", "school", "school", "GM0718"],
            ["Jongerenwerk Kustwijk", "jongerenwerk", "jongerenwerk", "GM0718"],
        ],
        "contact": {
            "name": "Lisette Minderhoud",
            "role": "stagedocent Entree",
            "organisation": "Duinrand Vakopleidingen",
            "email": "l.minderhoud@example.nl",
            "phone": "0118 - 000 130",
            "consent": True,
        },
        "live": True,
    },
    {
        "title": "Verkenning: jongerenwerk tussen schoolplein en buurt in Heerlen",
        "slug": "verkenning-jongerenwerk-tussen-plein-en-buurt-heerlen",
        "summary": (
            "Een vmbo-school in Heerlen en het jongerenwerk verkennen hoe ze samen jongeren "
            "bereiken die op school en in de buurt steeds vaker in conflict komen. De eerste "
            "gesprekken met leerlingen en buurtbewoners lopen."
        ),
        "goal": [
            (
                "Rond de school is er overlast van groepjes jongeren, en dezelfde namen duiken op "
                "bij conflicten in de klas. School en jongerenwerk willen dat niet alleen als "
                "veiligheidsprobleem zien, maar begrijpen wat deze jongeren bezighoudt en wat ze "
                "nodig hebben."
            ),
        ],
        "approach": [
            (
                "Jongerenwerkers lopen een aantal weken mee in de pauzes en rond de school, en "
                "praten met leerlingen, buurtbewoners, de wijkagent en de conciërges. Mentoren "
                "vullen aan wat zij in de klas zien."
            ),
            (
                "De bevindingen worden besproken in een bijeenkomst met de schoolleiding. "
                "Daar komt ook de vraag op tafel hoe school, jongerenwerk en veiligheidspartners "
                "hun rollen verdelen zonder dat het jongerenwerk het vertrouwen van de jongeren "
                "verliest."
            ),
        ],
        "results": [],
        "lessons": [],
        "collaboration_type": "beide",
        "stage": "verkennen",
        "evidence_level": "beschreven",
        "municipality": "GM0917",
        "extra_municipalities": [],
        "school_types": ["vmbo basisberoepsgerichte leerweg", "vmbo kaderberoepsgerichte leerweg"],
        "target_groups": [
            "leerlingen voortgezet onderwijs",
            "schoolleiding",
            "jongerenwerkers",
            "onderwijsondersteunend personeel",
        ],
        "factors": [
            "Alleen een veiligheidsaanpak",
            "Cultuurverschil tussen school en jongerenwerk",
            "Geworteld in de wijk",
        ],
        "tags": ["wijk", "wij-zij-denken", "jongerenwerk", "veiligheid"],
        "start_year": 2026,
        "organisations": [
            ["Schachtwiel College", "school", "school", "GM0917"],
            ["Jongerenwerk Schachtlamp", "jongerenwerk", "jongerenwerk", "GM0917"],
        ],
        "contact": {
            "name": "Ramon Hilkens",
            "role": "afdelingsleider",
            "organisation": "Schachtwiel College",
            "email": "r.hilkens@example.nl",
            "phone": "045 - 000 1401",
            "consent": False,
        },
        "live": True,
    },
    {
        "title": "Concept: jongerenwerk bij de intake van mbo-studenten in Breda",
        "slug": "concept-jongerenwerk-bij-mbo-intake-breda",
        "summary": (
            "Conceptbeschrijving. Een mbo-school in Breda en het jongerenwerk willen dat jongeren "
            "die zich laat aanmelden al bij de intake een jongerenwerker ontmoeten. De aanpak "
            "wordt nog uitgewerkt."
        ),
        "goal": [
            (
                "Jongeren die zich pas in augustus of later aanmelden, hebben vaak een moeizame "
                "schoolloopbaan achter de rug. Het idee is dat een jongerenwerker bij de intake "
                "hen helpt goed te starten. Deze beschrijving is nog niet af."
            ),
        ],
        "approach": [
            (
                "Nog uit te werken: hoe vaak het jongerenwerk bij intakes aanwezig is en hoe de "
                "overdracht naar de opleiding verloopt."
            ),
        ],
        "results": [],
        "lessons": [],
        "collaboration_type": "in-de-school",
        "stage": "verkennen",
        "evidence_level": "beschreven",
        "municipality": "GM0758",
        "extra_municipalities": [],
        "school_types": ["mbo niveau 1 (Entree)", "mbo niveau 2"],
        "target_groups": ["studenten mbo", "kwetsbare jongeren"],
        "factors": [
            "Vrijwillige en laagdrempelige positie",
            "Eén vaste contactpersoon aan beide kanten",
        ],
        "tags": ["schooluitval", "jongerenwerk"],
        "start_year": 2026,
        "organisations": [
            ["Mbo Leerhuis Zuiderwaard", "school", "school", "GM0758"],
            ["Jongerenwerk Windwijzer", "jongerenwerk", "jongerenwerk", "GM0758"],
        ],
        "contact": {
            "name": "Nadia Wesseling",
            "role": "intakecoördinator",
            "organisation": "Mbo Leerhuis Zuiderwaard",
            "email": "n.wesseling@example.nl",
            "phone": "076 - 000 1501",
            "consent": False,
        },
        "live": False,
    },
    {
        "title": "Concept: mentorlessen over online invloeden met het jongerenwerk in Maastricht",
        "slug": "concept-online-invloeden-mentorlessen-maastricht",
        "summary": (
            "Conceptbeschrijving. Mentoren van een school voor havo en vwo in Maastricht werken "
            "met het jongerenwerk een reeks mentorlessen uit over online invloeden. De tekst wordt "
            "aangevuld zodra de eerste lessen zijn gegeven."
        ),
        "goal": [
            (
                "Leerlingen leren herkennen hoe influencers en algoritmes hun beeld van de wereld "
                "kleuren. Aan te vullen met de concrete doelen die school en jongerenwerk samen "
                "formuleren."
            ),
        ],
        "approach": [
            (
                "Voorlopig plan: vier mentorlessen in klas 2, voorbereid door een mentor en een "
                "jongerenwerker, en een ouderavond. Deze tekst is een eerste opzet."
            ),
        ],
        "results": [],
        "lessons": [],
        "collaboration_type": "in-de-school",
        "stage": "verkennen",
        "evidence_level": "beschreven",
        "municipality": "GM0935",
        "extra_municipalities": [],
        "school_types": ["havo", "vwo"],
        "target_groups": ["leerlingen voortgezet onderwijs", "docenten en mentoren", "ouders"],
        "factors": [
            "Ruimte voor gevoelige onderwerpen en idealen",
            "Iedereen weet wat jongerenwerk doet",
        ],
        "tags": ["online invloeden", "ouders"],
        "start_year": 2026,
        "organisations": [
            ["Maasterras Lyceum", "school", "school", "GM0935"],
            ["Jongerenwerk Mergelhoek", "jongerenwerk", "jongerenwerk", "GM0935"],
        ],
        "contact": {
            "name": "Luuk Vanderhoven",
            "role": "mentorcoördinator",
            "organisation": "Maasterras Lyceum",
            "email": "l.vanderhoven@example.nl",
            "phone": "043 - 000 1601",
            "consent": True,
        },
        "live": False,
    },
]

# Databank details for some of the examples above (by slug): invented planning figures,
# working elements and target groups that fit each fictional text, so that every facet
# and column has something to show. No demo record claims an official recognition: that
# would be a claim about a real committee and a real databank. Two carry an invented
# evaluation by a research group that is plainly fictional (no real name, no link); the
# page marks that research as fictional like the example itself. Nor does one
# name the municipality or a samenwerkingsverband as funder: the examples are located in
# real municipalities, which must never appear as a party to an invented arrangement.
DATABANK = {
    "jongerenwerk-in-de-pauzes-kiezelpad-college": {
        "working_elements": [
            (
                "Vaste jongerenwerkers op vaste tijden in de pauzes",
                "Zichtbaar en benaderbaar aanwezig in school",
            ),
            (
                "Een eigen ruimte naast de aula met een open deur",
                "Een herkenbare plek in de school",
            ),
            ("Korte overleggen zonder leerlingdossiers", ""),
        ],
        "youth_work_hours_per_week": "16",
        "other_staff_time": "teamleider onderbouw een half uur per twee weken",
        "cost_per_year_from": 22000,
        "cost_per_year_to": 28000,
        "costs_cover": "uren jongerenwerk en de inrichting van de ruimte",
        "funding_sources": ["school", "subsidie-fonds"],
        "age_from": 12,
        "age_to": 16,
        "prevention_level": "universeel",
        "inclusion_criteria": "Alle leerlingen van de onderbouw; geen aanmelding nodig.",
        "owner": ("", "Jongerenwerk Vonkelaar", "aanpak@vonkelaar.example.nl"),
        "evaluations": [
            {
                "design": "monitor",
                "year": 2023,
                "conducted_by": "kenniswerkplaats Stroomdal (fictief)",
            },
            {
                "design": "kwalitatief",
                "year": 2025,
                "conducted_by": "kenniswerkplaats Stroomdal (fictief)",
                "title": "Wat leerlingen in de pauze bespreken: interviews (fictief)",
            },
        ],
    },
    "warme-overdracht-praktijkschool-de-klinkerhoek": {
        "working_elements": [
            (
                "Kennismaking met een jongerenwerker uit de eigen wijk in het laatste schooljaar",
                "Brugfunctie tussen school en wijk",
            ),
            (
                "Een jaar nazorg door dezelfde jongerenwerker",
                "Continuïteit van mensen en activiteiten",
            ),
        ],
        "youth_work_hours_per_week": "6",
        "cost_per_year_from": 9000,
        "cost_per_year_to": 12000,
        "costs_cover": "uren jongerenwerk voor kennismaking en nazorg",
        "funding_sources": ["subsidie-fonds"],
        "duration_weeks": 52,
        "age_from": 16,
        "age_to": 19,
        "prevention_level": "selectief",
        "inclusion_criteria": "Leerlingen in hun laatste jaar op de praktijkschool.",
        "evaluations": [
            {
                "design": "procesevaluatie",
                "year": 2024,
                "conducted_by": "onderzoeksgroep Vlonder (fictief)",
                "title": "Blijven meelopen na de praktijkschool: een procesevaluatie (fictief)",
            },
        ],
    },
    "overstap-naar-het-mbo-regio-tilburg": {
        "working_elements": [
            (
                "Eén vast aanspreekpunt bij school en jongerenwerk",
                "Eén vaste contactpersoon aan beide kanten",
            ),
        ],
        "youth_work_hours_per_week": "4",
        "cost_per_year_from": 4500,
        "costs_cover": "uren jongerenwerk rond de zomer",
        "funding_sources": ["school"],
        "duration_weeks": 12,
        "sessions": 4,
        "session_minutes": 60,
        "age_from": 15,
        "age_to": 17,
        "prevention_level": "selectief",
    },
    "dilemmagesprekken-over-idealen-heidebloem-lyceum": {
        "working_elements": [
            (
                "Gesprekken in kleine groepen met een jongerenwerker en een docent samen",
                "Ruimte voor gevoelige onderwerpen en idealen",
            ),
            ("Vooraf afgesproken grenzen voor het gesprek", ""),
        ],
        "other_staff_time": "docent maatschappijleer een lesuur per bijeenkomst",
        "cost_per_year_from": 3500,
        "cost_per_year_to": 4500,
        "costs_cover": "voorbereiding en begeleiding van de gesprekken, materiaal",
        "funding_sources": ["subsidie-fonds", "school"],
        "duration_weeks": 8,
        "sessions": 6,
        "session_minutes": 50,
        "age_from": 14,
        "age_to": 17,
        "prevention_level": "universeel",
        "owner": (
            "",
            "Kenniscentrum Windroos",
            "https://windroos.example.nl/dilemmagesprekken",
        ),
    },
    "schooljongerenwerk-plein-en-mentorles-kanaalzicht-college": {
        "working_elements": [
            ("Jongerenwerker schuift aan bij de mentorles", "Iedereen weet wat jongerenwerk doet"),
            (
                "Gelijkwaardig overleg tussen mentor en jongerenwerker",
                "Gelijkwaardige samenwerking",
            ),
        ],
        "youth_work_hours_per_week": "20",
        "cost_per_year_from": 30000,
        "cost_per_year_to": 36000,
        "costs_cover": "uren jongerenwerk in de school",
        "funding_sources": ["school", "subsidie-fonds"],
        "age_from": 12,
        "age_to": 16,
        "prevention_level": "universeel",
    },
    "schooluitval-voorkomen-op-de-mbo-campus-utrecht": {
        "extra_school_types": ["vavo (voortgezet algemeen volwassenenonderwijs)"],
        "working_elements": [
            (
                "Vrijwillig contact, los van verzuimregistratie",
                "Vrijwillige en laagdrempelige positie",
            ),
        ],
        "youth_work_hours_per_week": "12",
        "cost_per_year_from": 15000,
        "cost_per_year_to": 20000,
        "costs_cover": "uren jongerenwerk op de campus",
        "funding_sources": ["school", "anders"],
        "age_from": 16,
        "age_to": 23,
        "prevention_level": "geindiceerd",
        "inclusion_criteria": "Studenten bij wie de mentor de eerste signalen van verzuim ziet.",
    },
    "naschoolse-activiteiten-vso-leerlingen-in-de-wijk": {
        "extra_school_types": ["speciaal onderwijs (so)"],
        "youth_work_hours_per_week": "5",
        "cost_per_year_to": 6000,
        "costs_cover": "begeleiding en vervoer naar het buurthuis",
        "funding_sources": ["subsidie-fonds"],
        "sessions": 30,
        "session_minutes": 90,
        "age_from": 12,
        "age_to": 18,
        "prevention_level": "selectief",
    },
    "ouderavonden-over-wij-zij-denken-rotterdam": {
        "working_elements": [
            ("Ouderavonden in het buurthuis, niet in de school", "Geworteld in de wijk"),
        ],
        "cost_per_year_from": 2500,
        "costs_cover": "zaalhuur, tolken en koffie",
        "funding_sources": ["school"],
        "sessions": 3,
        "session_minutes": 120,
        "prevention_level": "universeel",
        "inclusion_criteria": "Ouders van leerlingen uit de onderbouw.",
    },
    "debatlab-polarisatie-mbo-den-haag": {
        "working_elements": [
            ("Studenten kiezen zelf de stellingen", "Ruimte voor gevoelige onderwerpen en idealen"),
        ],
        "youth_work_hours_per_week": "3",
        "cost_per_year_from": 7000,
        "costs_cover": "begeleiding door twee jongerenwerkers en een docent",
        "funding_sources": ["subsidie-fonds"],
        "duration_weeks": 10,
        "sessions": 10,
        "session_minutes": 90,
        "age_from": 17,
        "age_to": 22,
        "prevention_level": "universeel",
        "owner": ("", "Jongerenwerk Schelpdijk", "debatlab@schelpdijk.example.nl"),
    },
    "jongerenwerk-en-mentoren-in-de-brugklas-amsterdam": {
        "extra_school_types": ["po groep 7-8 (overstap naar het voortgezet onderwijs)"],
        "working_elements": [
            ("Jongerenwerkers draaien de eerste schoolweek mee in de brugklas", ""),
        ],
        "age_from": 11,
        "age_to": 13,
        "prevention_level": "universeel",
    },
    "gesprekstafels-over-identiteit-zeebodem-college": {
        "extra_school_types": ["internationale schakelklas (isk)"],
        "age_from": 12,
        "age_to": 18,
        "inclusion_criteria": "Leerlingen van de isk en de onderbouw samen aan tafel.",
    },
}
