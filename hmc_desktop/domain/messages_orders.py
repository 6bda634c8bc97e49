"""The sentences of the order's state machine and its neighbours (W1, W5, W6, W9, S5, claims).

Kept beside :mod:`hmc_desktop.domain.messages`, which merges them into its table: one key,
one English and one Swedish sentence.
"""

ORDER_FLOW_MESSAGES: dict[str, tuple[str, str]] = {
    "claim_held": (
        "order {order_no} is taken by {owner}; no one else can start it until {owner} "
        "releases it",
        "arbetsorder {order_no} är tagen av {owner}; ingen annan kan påbörja den förrän "
        "{owner} har släppt den",
    ),
    "proposal_awaits_answer": (
        "order {order_no} waits for the orderer's answer to its cost proposal; only the answer "
        "(approved or declined) ends the wait",
        "arbetsorder {order_no} väntar på beställarens svar på kostnadsförslaget; bara svaret "
        "(godkänt eller avböjt) avslutar väntan",
    ),
    "proposal_amount_changed": (
        "the cost proposal of order {order_no} waiting for an answer is for {amount}, not "
        "{seen}; look at it again before recording the answer",
        "kostnadsförslaget för arbetsorder {order_no} som väntar på svar gäller {amount}, inte "
        "{seen}; titta på det igen innan svaret registreras",
    ),
    "documentation_required": (
        "support order {order_no} cannot be completed without technical documentation; "
        "document what was done first",
        "supportorder {order_no} kan inte avslutas utan teknisk dokumentation; dokumentera "
        "först vad som gjordes",
    ),
    "import_reopen": (
        "order {order_no} is {current} and stays so: a closed order is never reopened or "
        "changed to another outcome",
        "arbetsorder {order_no} är {current_sv} och förblir det: en stängd arbetsorder öppnas "
        "aldrig igen och byter inte utfall",
    ),
    "import_unstart": (
        "order {order_no} is {current}; an import cannot make it registered again",
        "arbetsorder {order_no} är {current_sv}; en import kan inte göra den registrerad igen",
    ),
    "expected_date_required": (
        "give the new date the orderer can expect the work to be done",
        "ange det nya datum då beställaren kan räkna med att arbetet är klart",
    ),
    "expected_date_past": (
        "the new expected date {date} is not after today",
        "det nya beräknade datumet {date} ligger inte efter i dag",
    ),
    "text_too_long": (
        "the {name} may be at most {max} characters",
        "{name_sv} får vara högst {max} tecken",
    ),
}
