"""A first list of search words that mean the same, from the everyday vocabulary of schools,
youth work and municipalities; editors keep it from here (Fragmenten > Zoekwoorden). Added
only where the table is empty, so an edited list is never overwritten."""

from django.db import migrations

STARTER_GROUPS = [
    ("schoolverzuim, verzuim, thuiszitten, thuiszitter, thuiszitters, spijbelen", ""),
    ("schooluitval, voortijdig schoolverlaten, vsv, uitval", ""),
    ("mentale gezondheid, psychische gezondheid, mentaal welzijn, welzijn, welbevinden", ""),
    ("veiligheid, sociale veiligheid, veilig schoolklimaat", ""),
    ("pesten, gepest, pestgedrag, cyberpesten", ""),
    ("overgangen, overgang, overstap, overstappen, doorstroom, warme overdracht", ""),
    ("po, primair onderwijs, basisonderwijs, basisschool", "Afkorting"),
    ("vo, voortgezet onderwijs, middelbare school", "Afkorting"),
    ("mbo, middelbaar beroepsonderwijs", "Afkorting"),
    ("mbo 1, mbo niveau 1, entree, entreeopleiding", "Mbo-niveaus zoals ze in teksten staan"),
    ("mbo 2, mbo niveau 2, niveau 2", "Mbo-niveaus zoals ze in teksten staan"),
    ("mbo 3, mbo niveau 3, niveau 3", "Mbo-niveaus zoals ze in teksten staan"),
    ("mbo 4, mbo niveau 4, niveau 4", "Mbo-niveaus zoals ze in teksten staan"),
    ("vso, voortgezet speciaal onderwijs", "Afkorting"),
    ("pro, praktijkonderwijs, praktijkschool", "Afkorting"),
    ("ouderbetrokkenheid, ouders, ouder", ""),
    ("radicalisering, radicaliseren, extremisme", ""),
    ("polarisatie, polariseren, wij-zij-denken", ""),
    ("online invloeden, sociale media, social media, online", ""),
    ("zorgcoördinator, zorgcoordinator, ondersteuningscoördinator", ""),
    ("gemeente, gemeentelijk beleid, beleidsmedewerker, wethouder", ""),
]


def add_starter_words(apps, schema_editor):
    SearchSynonym = apps.get_model("discovery", "SearchSynonym")
    if SearchSynonym.objects.exists():
        return
    SearchSynonym.objects.bulk_create(
        SearchSynonym(terms=terms, note=note) for terms, note in STARTER_GROUPS
    )


class Migration(migrations.Migration):
    dependencies = [("discovery", "0003_theme_flag_and_search_synonyms")]

    operations = [migrations.RunPython(add_starter_words, migrations.RunPython.noop)]
