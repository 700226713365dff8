"""English titles and summaries of the demo practice examples: translations of the Dutch
demo texts (all fictional examples; the site labels them so in English too)."""

from jos_portal.taxonomy.english import fill_english

from .models import Practice

ENGLISH = {
    "verkenning-jongerenwerk-tussen-plein-en-buurt-heerlen": (
        "Exploration: youth work between schoolyard and neighbourhood in Heerlen",
        "A pre-vocational school in Heerlen and the local youth workers explore how to reach "
        "young people who clash more and more often at school and in the neighbourhood. The "
        "first talks with pupils and residents are under way.",
    ),
    "entree-studenten-en-jongerenwerk-in-de-wijk-vlissingen": (
        "Entry-level vocational students do placements in youth-work neighbourhood projects",
        "Students of the entry-level vocational course in Vlissingen do their placements in "
        "neighbourhood projects of the youth workers, who are both their supervisor and a "
        "familiar face in the area where the student lives.",
    ),
    "gesprekstafels-over-identiteit-zeebodem-college": (
        "Conversation tables on identity and belonging in senior general and pre-university "
        "education",
        "A secondary school in Lelystad started conversation tables where pupils, led by a "
        "youth worker, talk about origin, faith and belonging. Taking part is voluntary and "
        "happens during the mentor hour.",
    ),
    "regionale-afspraken-informatie-delen-regio-nijmegen": (
        "Regional agreements on sharing information between vocational school and youth work",
        "A vocational school and the youth workers around Nijmegen agreed together how they "
        "share concerns about students. One way of working for the whole region saves every "
        "location from reinventing the wheel.",
    ),
    "jongerenwerk-in-het-zorgoverleg-arnhem": (
        "Youth work joins the pupil-care meeting of a pre-vocational school",
        "At a school in Arnhem the youth workers have a permanent seat at the pupil-care "
        "meeting. It shows what pupils go through outside school, with clear agreements on "
        "consent and privacy.",
    ),
    "studentenpanel-over-veerkracht-mbo-zwolle": (
        "A student panel helps decide what youth work does at a vocational school",
        "At a vocational school in Zwolle, students formed a panel that chose and ran "
        "activities on stress and resilience together with youth workers. The project has "
        "ended and has been evaluated.",
    ),
    "verkenning-spanningen-in-de-klas-enschede": (
        "Exploration: responding together to classroom tension after world news",
        "A secondary school in Enschede explores with the youth workers how to respond "
        "together when news about war or attacks causes tension in class. Mentors and youth "
        "workers practise with each other first.",
    ),
    "overstap-vso-naar-werk-en-dagbesteding-emmen": (
        "A youth worker for the move from special secondary education to work or day care",
        "A special secondary school and the youth workers in Emmen start with a fixed youth "
        "worker for school leavers, so that young people with a disability keep a place and "
        "a familiar face in their own neighbourhood after school.",
    ),
    "buurtactiviteiten-na-schooltijd-leeuwarden": (
        "After-school neighbourhood activities as an extension of the mentor class",
        "A pre-vocational school in Leeuwarden and the neighbourhood youth workers ran "
        "after-school activities for two years, partly designed by pupils. The project has "
        "ended; some activities continue at the community centre.",
    ),
    "regionaal-jongerenwerk-schooluitval-oost-groningen": (
        "Regional youth work against early school leaving in East Groningen",
        "In East Groningen a school for pre-vocational and practical education works with the "
        "regional youth workers to reach pupils who skip school or stay at home. The "
        "agreements are written down.",
    ),
    "online-invloeden-mbo-campus-groningen": (
        "Online influences: a youth worker and student counsellors on a vocational campus",
        "On a vocational campus in Groningen a youth worker and student counsellors hold "
        "group talks about what students come across online, from gambling ads to radical "
        "videos. The approach was evaluated with students and teachers.",
    ),
    "jongerenwerk-en-mentoren-in-de-brugklas-amsterdam": (
        "Youth workers and mentors together in the first year",
        "A secondary school and a youth-work organisation let youth workers take part in the "
        "first-year classes from the first week of school, so pupils get to know them before "
        "anything is wrong.",
    ),
    "debatlab-polarisatie-mbo-den-haag": (
        "Debate lab: vocational students practise with positions that grate",
        "In a vocational college's debate lab, students prepared debates on divisive subjects "
        "together with youth workers. Teachers saw students listen better to other views.",
    ),
    "ouderavonden-over-wij-zij-denken-rotterdam": (
        "Parents' evenings on us-versus-them thinking, organised with the youth workers",
        "A secondary school and a youth-work organisation hold parents' evenings at the "
        "community centre about tension between groups, online hate and talking at the "
        "kitchen table. Parents talk in small groups, with an interpreter where needed.",
    ),
    "van-incident-naar-klimaat-tolbrug-college": (
        "From fighting fires to working on the school climate after a fight",
        "After a fight between two groups of pupils, a school asked the youth workers for "
        "help. Together they moved the attention from the incident to the everyday climate "
        "at school. The project has ended.",
    ),
    "naschoolse-activiteiten-vso-leerlingen-in-de-wijk": (
        "After-school activities for special-education pupils in their own neighbourhood",
        "Pupils of a special secondary school come from all over the city and have little "
        "contact with peers after school. Youth workers link them to activities in the "
        "neighbourhood where they live.",
    ),
    "schooluitval-voorkomen-op-de-mbo-campus-utrecht": (
        "Preventing early school leaving with a youth worker on the vocational campus",
        "On a vocational campus a youth worker works with career counsellors around students "
        "at risk of dropping out. The counsellors say students approach the youth worker "
        "sooner than the attendance officer.",
    ),
    "online-invloeden-bespreekbaar-maken-singelpoort-lyceum": (
        "Talking about online influences with pupils and parents",
        "Youth workers and mentors of a secondary school talk with pupils about what they see "
        "online: videos, influencers and conspiracy stories. Twice a year there is a "
        "parents' evening at the community centre.",
    ),
    "schooljongerenwerk-plein-en-mentorles-kanaalzicht-college": (
        "School youth work in the schoolyard and in the mentor lesson",
        "At a secondary school, youth workers have been part of school life for years: at "
        "breaks, in mentor lessons and in after-school activities. It began at the school's "
        "request and is now part of the budget.",
    ),
    "verkenning-jongerenwerk-entree-opleiding-tilburg": (
        "Exploration: a fixed youth worker for the entry-level vocational course",
        "A vocational school in Tilburg and a youth-work organisation explore whether a "
        "youth worker can be present on fixed days. Many students there have left a school "
        "before and distrust support services.",
    ),
    "dilemmagesprekken-over-idealen-heidebloem-lyceum": (
        "Dilemma conversations on ideals and injustice in the upper years",
        "At a secondary school a social-studies teacher and a youth worker led small-group "
        "conversations on ideals, faith and injustice. The project ended after three school "
        "years; the format is now part of the citizenship programme.",
    ),
    "overstap-naar-het-mbo-regio-tilburg": (
        "Youth workers guide the move from pre-vocational to vocational school around Tilburg",
        "Youth workers in and around Tilburg follow young people who move on to vocational "
        "school. In the first months they visit them at school and in the neighbourhood, so "
        "doubt does not turn straight into dropping out.",
    ),
    "warme-overdracht-praktijkschool-de-klinkerhoek": (
        "Warm handover: youth work stays involved after the practical-education school",
        "A practical-education school and a youth-work organisation make sure leavers keep a "
        "youth worker they know, so nobody drops out of sight on the way to work, an "
        "entry-level course or day care.",
    ),
    "jongerenwerk-in-de-pauzes-kiezelpad-college": (
        "Youth workers as a familiar face at break time at a pre-vocational school in Tilburg",
        "Two youth workers are in the schoolyard and the hall of a pre-vocational school four "
        "days a week. Pupils know them by name and come to them with questions they would "
        "not easily ask a teacher.",
    ),
    "concept-online-invloeden-mentorlessen-maastricht": (
        "Draft: mentor lessons on online influences with the youth workers in Maastricht",
        "Draft description. Mentors of a secondary school in Maastricht and the youth workers "
        "are developing a series of mentor lessons on online influences.",
    ),
    "concept-jongerenwerk-bij-mbo-intake-breda": (
        "Draft: youth work at the intake of vocational students in Breda",
        "Draft description. A vocational school in Breda and the youth workers want late "
        "applicants to meet a youth worker at their intake. The approach is still being "
        "worked out.",
    ),
}


def load():
    return fill_english(Practice.objects.all(), ENGLISH)
