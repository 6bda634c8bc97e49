"""Periodic inspection (PM1–PM6): plans and due days, the due list, visits, recording, the protocol and the follow-up."""
