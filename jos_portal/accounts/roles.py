"""Names of the roles and the review workflow; the data migration creates them."""

EDITOR = "Redacteur"
MODERATOR = "Eindredacteur"
CONTRIBUTOR = "Bijdrager"
ADMINISTRATOR = "Beheerder"
ROLES = (EDITOR, MODERATOR, CONTRIBUTOR, ADMINISTRATOR)

REVIEW_WORKFLOW = "Redactionele review"
REVIEW_TASK = "Goedkeuring eindredactie"
