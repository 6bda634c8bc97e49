"""Merging what changed here and elsewhere, and taking a view's own writes out."""

from hmc_desktop.domain.changes import LIMIT, NOTHING, Changes


def test_merging_and_taking_out_own_writes():
    mine = Changes.of({("order", "K-1")})
    theirs = Changes.of({("order", "K-1"), ("device", "D-1")})
    assert (mine | theirs) - mine == Changes.of({("device", "D-1")})
    assert not (mine - theirs) and not NOTHING
    assert theirs.touches("device") and not mine.touches("device")


def test_too_many_keys_is_everything_and_touches_all():
    many = Changes.of(("order", str(i)) for i in range(LIMIT + 1))
    assert many.everything and many.touches("device", "D-9")
    assert (many | NOTHING).everything and (many - Changes.of({("order", "1")})).everything
