"""`sla` in a fresh process: CONTRACT's example, C2 from any registration day, C3 hours, W8."""

import json

import pytest

from tests.e2e.conftest import one_sentence


def sla(hmc, *args):
    done = hmc("sla", *args)
    assert done.code == 0, done.err
    return json.loads(done.out)


def test_the_contract_example(hmc):
    assert sla(hmc, "--type", "1", "--registered", "2026-11-23 09:00", "--json") == {
        "type": "1", "registered": "2026-11-23T09:00", "start_by": "2026-11-26T16:00",
        "finish_by": "2026-12-07T16:00", "contact_by": None}


@pytest.mark.parametrize("registered", ["2026-11-28 10:00", "2026-11-28T10:00",
                                        "2026-11-29 23:59", "2026-11-27 18:00"])
def test_c2_the_registration_day_never_counts_whatever_day_it_is(hmc, registered):
    """Saturday, Sunday or Friday evening: Mon 30 Nov, Tue 1 Dec, Wed 2 Dec → Wednesday."""
    got = sla(hmc, "--type", "SDH", "--registered", registered)
    assert (got["start_by"], got["finish_by"]) == ("2026-12-02T16:00", "2026-12-11T16:00")


def test_c3_acute_hours_and_types_without_a_lead_time(hmc):
    acute = sla(hmc, "--type", "3", "--registered", "2026-11-27 18:00")  # Friday evening
    assert (acute["start_by"], acute["finish_by"]) == (None, "2026-11-30T16:00")
    assert sla(hmc, "--type", "3", "--registered", "2026-11-24 10:00")["finish_by"] == (
        "2026-11-25T10:00")
    assert sla(hmc, "--type", "4", "--registered", "2026-11-24 10:00") == {
        "type": "4", "registered": "2026-11-24T10:00", "start_by": None, "finish_by": None,
        "contact_by": None}
    review = sla(hmc, "--type", "2", "--registered", "2026-11-24 10:00", "--technical-review")
    assert (review["start_by"], review["finish_by"], review["contact_by"]) == (
        None, None, "2026-12-08T16:00")  # W8


def test_c1_over_christmas_and_new_year(hmc):
    got = sla(hmc, "--type", "0", "--registered", "2026-12-21 09:00")
    assert (got["start_by"], got["finish_by"]) == ("2026-12-28T16:00", "2027-01-11T16:00")


def test_bad_type_or_time_is_exit_2_with_one_sentence(hmc):
    unknown = hmc("sla", "--type", "11", "--registered", "2026-11-23 09:00")
    assert unknown.code == 2 and "unknown work-order type '11'" in one_sentence(unknown.err)
    bad = hmc("sla", "--type", "1", "--registered", "23/11 09:00")
    assert bad.code == 2 and "YYYY-MM-DD HH:MM" in one_sentence(bad.err)
    review = hmc("sla", "--type", "5", "--registered", "2026-11-23 09:00", "--technical-review")
    assert review.code == 2 and "type 0, 1 or 2" in one_sentence(review.err)
