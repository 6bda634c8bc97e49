"""The demo's recall campaigns (R1–R5): a batch of rollators being repaired, shower stools to exchange."""

from sqlalchemy import func, select

from hmc_desktop.db.models import WorkOrder
from hmc_desktop.services.demo.demo import generate_demo
from hmc_desktop.services.recalls.campaigns import RecallService


def test_a_realistic_demo_has_two_campaigns_under_way(ctx):
    generate_demo(ctx, 1_200, 600, seed=5)
    campaigns = {c.article_no: c for c in RecallService(ctx).campaigns()}
    assert set(campaigns) == {"120601", "093304"}
    rollators, stools = campaigns["120601"], campaigns["093304"]
    assert (rollators.action, stools.action) == ("repair", "exchange")
    report = RecallService(ctx).report(rollators.id)
    with_orders = [d for d in report.devices if d.order_no]
    assert with_orders and any(d.done for d in with_orders) and not all(d.done for d in with_orders)
    assert rollators.progress.done > rollators.progress.by_status.get("scrapped", [0, 0])[1]
    assert not any(d.order_no for d in RecallService(ctx).report(stools.id).devices)
    with ctx.db.reading() as s:  # the campaign's orders are among the 600 asked for
        assert s.scalar(select(func.count()).select_from(WorkOrder)) == 600


def test_a_demo_with_few_orders_opens_the_campaigns_without_orders(ctx):
    generate_demo(ctx, 1_200, 100, seed=5)
    assert len(RecallService(ctx).campaigns()) == 2
    with ctx.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(WorkOrder)) == 100


def test_a_small_demo_stays_as_the_generator_made_it(ctx):
    generate_demo(ctx, 300, 100, seed=5)
    assert RecallService(ctx).campaigns() == []
