"""Result codes: round trip, tampering, malformed and oversized input."""

import base64

import pytest

from jos_portal.scan import codes
from jos_portal.scan.codes import DONT_KNOW, MISSING, Answers, CodeError


@pytest.mark.parametrize(
    "answers",
    [
        Answers(values=(4, 3, 2, 1, DONT_KNOW, MISSING, 4)),
        Answers(values=(1, 2, 3, 4)),
        Answers(values=(MISSING,) * 21),
        Answers(
            values=(4, DONT_KNOW, 1),
            stage="geborgd",
            school_type_id=300,
            municipality_code="GM0855",
        ),
        Answers(values=(2,), stage="verkennen", municipality_code="GM0014"),
    ],
)
def test_a_code_reads_back_to_the_same_answers(answers):
    code = codes.encode(12, answers)
    assert code.startswith("v12-")
    assert codes.parse_version(code) == 12
    assert codes.decode(code, len(answers.values)) == answers


def test_a_code_for_twenty_one_statements_is_short():
    answers = Answers(
        values=(3,) * 21, stage="lopend", school_type_id=5, municipality_code="GM0344"
    )
    assert len(codes.encode(1, answers)) <= 32


def test_every_changed_character_is_detected():
    answers = Answers(values=(4, 3, 2, 1, DONT_KNOW), stage="lopend", school_type_id=7)
    code = codes.encode(3, answers)
    prefix, body = code.split("-")
    for index, char in enumerate(body):
        for other in "a7q":
            if other == char:
                continue
            tampered = f"{prefix}-{body[:index]}{other}{body[index + 1 :]}"
            with pytest.raises(CodeError):
                codes.decode(tampered, 5)


def test_a_code_moved_to_another_version_is_detected():
    code = codes.encode(3, Answers(values=(4, 4)))
    with pytest.raises(CodeError, match="klopt niet"):
        codes.decode("v4-" + code.split("-")[1], 2)


@pytest.mark.parametrize(
    "code",
    [
        "",
        "v1",
        "v1-",
        "1-abc",
        "v-abc",
        "v1-ABC",
        "v1-018",
        "v1-a",
        "v1-aaa",
        "v1-aaaaaaaa",
        "vx-aaaa",
    ],
)
def test_malformed_codes_raise_a_dutch_message(code):
    with pytest.raises(CodeError) as error:
        codes.decode(code, 2)
    assert "uitslagcode" in str(error.value.message)


def test_oversized_codes_are_refused_before_decoding():
    with pytest.raises(CodeError, match="te lang"):
        codes.decode("v1-" + "a" * 1000, 2)


def test_a_code_for_another_number_of_statements_is_refused():
    code = codes.encode(1, Answers(values=(4, 4, 4)))
    with pytest.raises(CodeError, match="past niet"):
        codes.decode(code, 5)


def test_an_answer_value_outside_the_scale_is_refused_even_with_a_valid_checksum():
    payload = bytes([0, 0x9F])  # no profile; answers 9 and 15
    raw = payload + codes._checksum(1, payload)
    code = "v1-" + base64.b32encode(raw).decode().rstrip("=").lower()
    with pytest.raises(CodeError, match="niet bestaat"):
        codes.decode(code, 2)


def test_encoding_refuses_values_that_do_not_exist():
    with pytest.raises(ValueError):
        codes.encode(1, Answers(values=(7,)))


def test_find_code_takes_the_code_out_of_a_pasted_link():
    url = "https://jos.example/samenwerkingsscan/uitslag/v2-abcdef/"
    assert codes.find_code(f"  {url} ") == "v2-abcdef"
    assert codes.find_code("geen code") == "geen code"
