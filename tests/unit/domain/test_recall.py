"""The recall rules as pure functions (R1–R5)."""

from datetime import date

import pytest

from hmc_desktop.domain.errors import ValidationError
from hmc_desktop.domain.recall import (
    RecallAction,
    RecallProgress,
    RecallScope,
    blocks_on_return,
    gets_order,
    is_done,
    order_number,
    parse_action,
    parse_individual_numbers,
)


def test_r1_a_list_file_one_number_a_line():
    lines = ["# från tillverkaren", " 1001 ", "", "1002;", '"1003"', "1001", "1004 # lager"]
    assert parse_individual_numbers(lines) == ["1001", "1002;", "1003", "1004"]


def test_r1_scope_range_and_checks():
    scope = RecallScope(date(2020, 1, 1), date(2020, 12, 31))
    assert scope.admits(date(2020, 1, 1)) and scope.admits(date(2020, 12, 31))
    assert not scope.admits(date(2021, 1, 1)) and not scope.admits(None)
    assert RecallScope().admits(None)  # no range: every unit, dated or not
    with pytest.raises(ValidationError, match="ends"):
        RecallScope(date(2021, 1, 1), date(2020, 1, 1)).check()
    with pytest.raises(ValidationError, match="empty"):
        RecallScope(individuals=()).check()


def test_r4_who_gets_an_order_and_when_a_unit_is_done():
    assert gets_order("in_use", True) and not gets_order("in_use", False)
    assert not gets_order("pickup_ordered", True) and not gets_order("in_stock", False)
    assert is_done("scrapped", None, False)
    assert is_done("in_use", "completed", False) and not is_done("in_use", "started", False)
    assert is_done("in_stock", None, True)


def test_r3_a_returned_unit_is_blocked_unless_it_was_fixed():
    assert blocks_on_return(None, None, False)  # no order yet
    assert blocks_on_return("exchange", "completed", False)  # the user is safe, the unit is not
    assert not blocks_on_return("repair", "completed", False)
    assert not blocks_on_return("inspect", "completed", False)
    assert blocks_on_return("repair", "started", False)
    assert not blocks_on_return(None, None, True)


def test_r5_progress_by_where_the_units_are():
    p = RecallProgress()
    p.add("in_stock", False, 2)
    p.add("in_use", True, 3)
    p.add("in_use", False, 5)
    p.add("scrapped", True)
    assert (p.affected, p.done, p.remaining) == (11, 4, 7)
    assert p.remaining_by_status() == {"in_use": 5, "in_stock": 2}
    assert p.rows() == [("in_use", 8, 3, 5), ("in_stock", 2, 0, 2), ("scrapped", 1, 1, 0)]


def test_actions_and_order_numbers():
    assert parse_action(" Exchange ") is RecallAction.EXCHANGE
    with pytest.raises(ValidationError, match="valid: repair, inspect, exchange"):
        parse_action("replace")
    assert order_number(12, 7) == "RC12-00007" and order_number(3, 123456) == "RC3-123456"
