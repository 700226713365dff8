"""The four roles and what each may do, written down once.

``MATRIX`` is the only place where rights are decided: the data migrations give the groups
exactly these permissions (``apply_roles``), ``docs/beveiliging.md`` shows the table that
``render_matrix`` makes of it, and ``tests/accounts/test_role_matrix.py`` walks every cell
against Wagtail's own permission checks. Change a right here, add a data migration that
calls ``apply_roles`` again, and regenerate the page (``manage.py role_matrix --write``).
"""

EDITOR = "Redacteur"
MODERATOR = "Eindredacteur"
CONTRIBUTOR = "Bijdrager"
ADMINISTRATOR = "Beheerder"
ROLES = (EDITOR, MODERATOR, CONTRIBUTOR, ADMINISTRATOR)

# What each role is for, in a line, as the user screen shows it beside the role.
ROLE_DESCRIPTIONS = {
    EDITOR: "maakt, bewerkt en publiceert praktijkvoorbeelden, sessies, publicaties, tips, "
    "onderwerpintroducties en pagina's; voegt onderwerpen, organisaties en factoren toe",
    MODERATOR: "alles van de redacteur, plus beoordelen in de review, verwijderen en de "
    "vaste lijsten (factoren, schooltypen, doelgroepen, regio's) beheren",
    CONTRIBUTOR: "maakt en bewerkt concepten van praktijkvoorbeelden en sessies en biedt ze "
    "ter review aan; kiest uit bestaande onderwerpen; publiceert niet",
    ADMINISTRATOR: "beheert accounts zonder inhoudsrol, sites, redirects en de site-instellingen; "
    "geen inhoud",
}

REVIEW_WORKFLOW = "Redactionele review"
REVIEW_TASK = "Goedkeuring eindredactie"

ADD, CHANGE, DELETE, PUBLISH, LOCK, UNLOCK, CHOOSE = (
    "add",
    "change",
    "delete",
    "publish",
    "lock",
    "unlock",
    "choose",
)
ACTIONS = (ADD, CHANGE, DELETE, PUBLISH, LOCK, UNLOCK, CHOOSE)
ACTION_LABELS = {
    ADD: "maken",
    CHANGE: "bewerken",
    DELETE: "verwijderen",
    PUBLISH: "publiceren",
    LOCK: "vergrendelen",
    UNLOCK: "andermans vergrendeling opheffen",
    CHOOSE: "kiezen",
}

# How a subject's rights are stored: model permissions on the group ("model"), page
# permissions on the root page ("page"), or collection permissions on the root collection
# ("collection", documents and images).
MODEL, PAGE, COLLECTION = "model", "page", "collection"


class Subject:
    """One row of the matrix: a model, the actions it knows, and who may do which."""

    def __init__(self, label, name, kind, actions, rights):
        self.label = label  # "app_label.model"
        self.name = name  # Dutch, for the docs
        self.kind = kind
        self.actions = tuple(action for action in ACTIONS if action in actions)
        self.rights = {role: frozenset(rights.get(role, ())) for role in ROLES}
        for role, granted in self.rights.items():
            unknown = granted - set(self.actions)
            if unknown:
                raise ValueError(f"{label}: {role} krijgt onbekende acties {sorted(unknown)}")

    @property
    def app_label(self):
        return self.label.split(".")[0]

    @property
    def model_name(self):
        return self.label.split(".")[1]

    def allowed(self, role, action):
        return action in self.rights[role]

    def __repr__(self):
        return f"Subject({self.label})"


# The actions each kind of record knows. Choosing applies to what editors pick in a chooser
# (snippets, documents, images); Wagtail shows every snippet chooser to every admin user.
DRAFT_RECORD = (ADD, CHANGE, DELETE, PUBLISH, LOCK, UNLOCK, CHOOSE)
DRAFT_SNIPPET = (ADD, CHANGE, DELETE, PUBLISH, CHOOSE)
SNIPPET = (ADD, CHANGE, DELETE, CHOOSE)
SETTING = (CHANGE,)
PLAIN = (ADD, CHANGE, DELETE)
MEDIA = (ADD, CHANGE, DELETE, CHOOSE)
PAGES = (ADD, CHANGE, DELETE, PUBLISH, LOCK, UNLOCK)

EVERYONE = ROLES
EDITORS = (EDITOR, MODERATOR)

# Editors lift each other's locks (the lock is a courtesy between colleagues, and the unlock
# is logged in the record's history); only moderators delete.
_editor_record = {ADD, CHANGE, PUBLISH, LOCK, UNLOCK, CHOOSE}
_moderator_record = _editor_record | {DELETE}
_choose_only = {CHOOSE}

MATRIX = (
    Subject(
        "practices.practice",
        "praktijkvoorbeelden",
        MODEL,
        DRAFT_RECORD,
        {
            EDITOR: _editor_record,
            MODERATOR: _moderator_record,
            CONTRIBUTOR: {ADD, CHANGE, CHOOSE},
            ADMINISTRATOR: _choose_only,
        },
    ),
    Subject(
        "workshops.session",
        "werkplaatssessies",
        MODEL,
        DRAFT_RECORD,
        {
            EDITOR: _editor_record,
            MODERATOR: _moderator_record,
            CONTRIBUTOR: {ADD, CHANGE, CHOOSE},
            ADMINISTRATOR: _choose_only,
        },
    ),
    Subject(
        "publications.publication",
        "publicaties",
        MODEL,
        DRAFT_RECORD,
        {
            EDITOR: _editor_record,
            MODERATOR: _moderator_record,
            CONTRIBUTOR: _choose_only,
            ADMINISTRATOR: _choose_only,
        },
    ),
    Subject(
        "stories.tip",
        "tips",
        MODEL,
        DRAFT_SNIPPET,
        {
            EDITOR: {ADD, CHANGE, PUBLISH, CHOOSE},
            MODERATOR: {ADD, CHANGE, DELETE, PUBLISH, CHOOSE},
            CONTRIBUTOR: _choose_only,
            ADMINISTRATOR: _choose_only,
        },
    ),
    Subject(
        "workshops.workplace",
        "werkplaatsen",
        MODEL,
        SNIPPET,
        {
            EDITOR: {ADD, CHANGE, CHOOSE},
            MODERATOR: {ADD, CHANGE, DELETE, CHOOSE},
            CONTRIBUTOR: _choose_only,
            ADMINISTRATOR: _choose_only,
        },
    ),
    Subject(
        "discovery.topicintro",
        "introducties van onderwerpen",
        MODEL,
        SNIPPET,
        {
            EDITOR: {ADD, CHANGE, CHOOSE},
            MODERATOR: {ADD, CHANGE, DELETE, CHOOSE},
            CONTRIBUTOR: _choose_only,
            ADMINISTRATOR: _choose_only,
        },
    ),
    Subject(
        "discovery.searchsynonym",
        "zoekwoorden die hetzelfde betekenen",
        MODEL,
        SNIPPET,
        {
            EDITOR: {ADD, CHANGE, CHOOSE},
            MODERATOR: {ADD, CHANGE, DELETE, CHOOSE},
            CONTRIBUTOR: _choose_only,
            ADMINISTRATOR: _choose_only,
        },
    ),
    # Editors' picks above the search results (wagtail.contrib.search_promotions).
    Subject(
        "wagtailsearchpromotions.searchpromotion",
        "aanbevolen zoekresultaten",
        MODEL,
        PLAIN,
        {EDITOR: {ADD, CHANGE, DELETE}, MODERATOR: {ADD, CHANGE, DELETE}},
    ),
    # What editors meet while writing a record (a new topic, a school or youth-work
    # organisation not yet on the list, a factor a session brought up) they add themselves,
    # from the chooser too; only moderators delete. A contributor picks from what exists: a
    # new public topic or factor is the editors' decision.
    *(
        Subject(
            label,
            name,
            MODEL,
            SNIPPET,
            {
                EDITOR: {ADD, CHANGE, CHOOSE},
                MODERATOR: {ADD, CHANGE, DELETE, CHOOSE},
                CONTRIBUTOR: _choose_only,
                ADMINISTRATOR: _choose_only,
            },
        )
        for label, name in (
            ("taggit.tag", "onderwerpen (tags)"),
            ("taxonomy.organisation", "organisaties"),
            ("taxonomy.factor", "factoren"),
        )
    ),
    # The fixed lists (school types, target groups, and the regions from CBS) stay with
    # the moderators.
    *(
        Subject(
            label,
            name,
            MODEL,
            SNIPPET,
            {
                EDITOR: _choose_only,
                MODERATOR: {ADD, CHANGE, DELETE, CHOOSE},
                CONTRIBUTOR: _choose_only,
                ADMINISTRATOR: _choose_only,
            },
        )
        for label, name in (
            ("taxonomy.schooltype", "schooltypen"),
            ("taxonomy.targetgroup", "doelgroepen"),
            ("taxonomy.province", "provincies"),
            ("taxonomy.municipality", "gemeenten"),
        )
    ),
    Subject(
        "wagtailcore.page",
        "pagina's (alle paginatypen)",
        PAGE,
        PAGES,
        {
            EDITOR: {ADD, CHANGE, DELETE, PUBLISH, LOCK, UNLOCK},
            MODERATOR: {ADD, CHANGE, DELETE, PUBLISH, LOCK, UNLOCK},
        },
    ),
    Subject(
        "wagtaildocs.document",
        "documenten",
        COLLECTION,
        MEDIA,
        {
            EDITOR: {ADD, CHANGE, DELETE, CHOOSE},
            MODERATOR: {ADD, CHANGE, DELETE, CHOOSE},
            CONTRIBUTOR: {ADD, CHOOSE},
        },
    ),
    Subject(
        "wagtailimages.image",
        "afbeeldingen",
        COLLECTION,
        MEDIA,
        {
            EDITOR: {ADD, CHANGE, DELETE, CHOOSE},
            MODERATOR: {ADD, CHANGE, DELETE, CHOOSE},
        },
    ),
    Subject(
        "core.sitesettings",
        "site-instellingen",
        MODEL,
        SETTING,
        {ADMINISTRATOR: {CHANGE}},
    ),
    Subject(
        "practices.practicelistsettings",
        "titel en introductie van de lijst met praktijkvoorbeelden",
        MODEL,
        SETTING,
        {EDITOR: {CHANGE}, MODERATOR: {CHANGE}},
    ),
    Subject(
        "auth.user",
        "gebruikers (alleen met rollen waarvan je de rechten zelf hebt; "
        "nooit een superuser, nooit de eigen rollen)",
        MODEL,
        PLAIN,
        {ADMINISTRATOR: {ADD, CHANGE, DELETE}},
    ),
    Subject("auth.group", "groepen en hun rechten", MODEL, PLAIN, {}),
    Subject(
        "wagtailcore.site",
        "sites",
        MODEL,
        PLAIN,
        {ADMINISTRATOR: {ADD, CHANGE, DELETE}},
    ),
    Subject(
        "wagtailredirects.redirect",
        "redirects",
        MODEL,
        PLAIN,
        {ADMINISTRATOR: {ADD, CHANGE, DELETE}},
    ),
)

SUBJECTS = {subject.label: subject for subject in MATRIX}


def rights_of(role):
    """Every (subject, action) pair the matrix gives a role."""
    return frozenset(
        (subject.label, action) for subject in MATRIX for action in subject.rights[role]
    )


def grantable_roles(user):
    """The roles a user may give to an account, or hold on an account they edit: only roles
    whose rights they hold themselves, so managing accounts is never a way to more rights
    (a Beheerder cannot make a Redacteur, a second account of their own included). A
    superuser gives every role; groups outside the matrix only a superuser."""
    if user.is_active and user.is_superuser:
        return ROLES
    held = frozenset().union(
        *(rights_of(role) for role in user.groups.values_list("name", flat=True) if role in ROLES)
    )
    return tuple(role for role in ROLES if rights_of(role) <= held)


# Every role opens the admin; nothing else is granted outside the matrix.
ADMIN_ACCESS = ("wagtailadmin", "admin", "access_admin")

# What a right becomes in Django's permission table. "choose" on snippets is not a stored
# permission (every admin user may open a snippet chooser); on media it is.
_WAGTAIL_ONLY = {PUBLISH, LOCK, UNLOCK}


def model_codenames(subject, role):
    """The model permissions (codenames) a role holds for a subject of kind MODEL."""
    return sorted(
        f"{action}_{subject.model_name}" for action in subject.rights[role] if action != CHOOSE
    )


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.split('_')[0]} {model}"},
    )
    return permission


def apply_roles(apps, schema_editor=None):
    """Give the four groups exactly the rights of MATRIX: model permissions, page
    permissions on the root page and media permissions on the root collection. Works with
    historical models, so data migrations can call it; rights outside the matrix that these
    groups held there are removed."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        permissions = [_permission(apps, *ADMIN_ACCESS)]
        page_permissions, collection_permissions = [], []
        for subject in MATRIX:
            if subject.kind == MODEL:
                permissions += [
                    _permission(apps, subject.app_label, subject.model_name, codename)
                    for codename in model_codenames(subject, role)
                ]
            elif subject.kind == PAGE:
                page_permissions += [
                    _permission(apps, "wagtailcore", "page", f"{action}_page")
                    for action in sorted(subject.rights[role])
                ]
            else:
                collection_permissions += [
                    _permission(
                        apps,
                        subject.app_label,
                        subject.model_name,
                        f"{action}_{subject.model_name}",
                    )
                    for action in sorted(subject.rights[role])
                    # Wagtail's collection policy treats delete as change; only the
                    # permissions it reads are stored.
                    if action != DELETE
                ]
        group.permissions.set(permissions)
        if root_page is not None:
            GroupPagePermission.objects.filter(group=group, page=root_page).exclude(
                permission__in=page_permissions
            ).delete()
            for permission in page_permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=permission
                )
        if root_collection is not None:
            GroupCollectionPermission.objects.filter(
                group=group, collection=root_collection
            ).exclude(permission__in=collection_permissions).delete()
            for permission in collection_permissions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )


def render_matrix():
    """The matrix as a Markdown table (one row per subject, one column per role)."""
    lines = [
        "| wat | " + " | ".join(ROLES) + " |",
        "| --- | " + " | ".join("---" for _ in ROLES) + " |",
    ]
    for subject in MATRIX:
        cells = []
        for role in ROLES:
            granted = [
                ACTION_LABELS[action] for action in subject.actions if subject.allowed(role, action)
            ]
            cells.append(", ".join(granted) if granted else "–")
        lines.append(f"| {subject.name} (`{subject.label}`) | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
