"""Scoring against hand-computed examples (no database)."""

from jos_portal.scan.codes import DONT_KNOW, MISSING
from jos_portal.scan.scoring import points, score


def statement(factor, kind, reversed_scoring=False):
    return {
        "factor": factor,
        "slug": f"f{factor}",
        "name": f"Factor {factor}",
        "kind": kind,
        "text": f"Stelling {factor}",
        "reversed": reversed_scoring,
    }


SIX = [
    statement(1, "randvoorwaarde"),
    statement(2, "randvoorwaarde"),
    statement(3, "succesfactor"),
    statement(4, "succesfactor"),
    statement(5, "valkuil", reversed_scoring=True),
    statement(6, "valkuil", reversed_scoring=True),
]


def test_points_run_from_zero_to_three_and_turn_round_for_reversed_statements():
    assert [points(v, False) for v in (1, 2, 3, 4)] == [0, 1, 2, 3]
    assert [points(v, True) for v in (1, 2, 3, 4)] == [3, 2, 1, 0]
    assert points(DONT_KNOW, False) is None
    assert points(MISSING, True) is None


def test_group_and_factor_scores_match_the_hand_computed_example():
    # Points: 3, 1, -, 2, 0 (reversed 4), 3 (reversed 1).
    result = score(SIX, [4, 2, DONT_KNOW, 3, 4, 1])
    by_factor = {f.factor_id: f.score for f in result.factors}
    assert by_factor == {1: 100, 2: 33, 3: None, 4: 67, 5: 0, 6: 100}
    groups = {g.kind: (g.score, g.answered, g.dont_know, g.missing) for g in result.groups}
    assert groups == {
        "randvoorwaarde": (67, 2, 0, 0),  # 4 of 6 points
        "succesfactor": (67, 1, 1, 0),  # 2 of 3 points, "weet ik niet" left out
        "valkuil": (50, 2, 0, 0),  # 3 of 6 points
    }


def test_attention_takes_low_scores_and_fills_up_to_three():
    result = score(SIX, [4, 2, DONT_KNOW, 3, 4, 1])
    # Below 50: factor 5 (0) and 2 (33); the next lowest not perfect is 4 (67).
    assert [f.factor_id for f in result.attention] == [5, 2, 4]
    assert [f.factor_id for f in result.strengths] == [1, 6]


def test_attention_stops_at_five_and_keeps_the_scan_order_on_ties():
    statements = [statement(n, "succesfactor") for n in range(1, 8)]
    result = score(statements, [1] * 7)
    assert [f.factor_id for f in result.attention] == [1, 2, 3, 4, 5]
    assert result.strengths == []


def test_missing_answers_score_nothing_and_are_counted():
    result = score(SIX, [MISSING] * 6)
    assert all(f.score is None for f in result.factors)
    assert all(g.score is None for g in result.groups)
    assert [g.missing for g in result.groups] == [2, 2, 2]
    assert result.attention == [] and result.strengths == []
    assert result.answered == 0 and result.total == 6
    assert result.factors[0].statements[0].answer_label == "Niet ingevuld"


def test_a_perfect_scan_has_no_attention_points():
    result = score(SIX, [4, 4, 4, 4, 1, 1])
    assert result.attention == []
    assert len(result.strengths) == 5  # six perfect factors, at most five strengths


def test_two_statements_on_one_factor_are_averaged():
    statements = [statement(1, "succesfactor"), statement(1, "succesfactor")]
    result = score(statements, [4, 3])  # 3 + 2 of 6 points
    assert [(f.factor_id, f.score, len(f.statements)) for f in result.factors] == [(1, 83, 2)]
