"""A poll's share of respondents as the subject of a reporting verb, on texts we wrote: « 43 % des sondés »
with a space before the percent sign is one noun phrase, not « des sondés »."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Au total, 43 % des lecteurs considèrent que la réforme est injuste.", "43 % des lecteurs"),
    ("Selon l'enquête, 77 % des sondés perçoivent le maire comme « un notable ».", "77 % des sondés"),
])
def test_a_share_with_a_space_before_its_percent_sign_stays_in_the_subject(quotes_of, text, expected):
    assert list(quotes_of(text)["speaker_mention"])[-1] == expected
