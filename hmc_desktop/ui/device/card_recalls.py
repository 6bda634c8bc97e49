"""The device card's recall line (R5): the campaigns the device is in, blocked or done.

A notice above the history: a campaign that is not done on this device is a warning (a
blocked device must not be handed out: D2, R3); when every campaign is done it is
information. Hidden when the device is in no campaign.
"""

from PySide6.QtCore import QCoreApplication

from hmc_desktop.services.devices.device_card import DeviceCard
from hmc_desktop.services.recalls.view import Membership
from hmc_desktop.ui.common import formatting as fmt
from hmc_desktop.ui.common.widgets import MessageBar

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def describe(m: Membership) -> str:
    """'Återkallelse 3 (Bromsvajern kan lossna): spärrad · arbetsorder RC3-00001 (Registrerad)'."""
    parts = []
    if m.blocked:
        parts.append(translate("RecallBanner", "spärrad"))
    if m.order_no:
        parts.append(translate("RecallBanner", "arbetsorder %1 (%2)").replace(
            "%1", m.order_no).replace("%2", fmt.status_name(m.order_status or "")))
    parts.append(translate("RecallBanner", "åtgärdad") if m.done
                 else translate("RecallBanner", "inte åtgärdad"))
    return translate("RecallBanner", "Återkallelse %1 (%2): %3").replace(
        "%1", str(m.campaign_id)).replace("%2", m.title).replace("%3", " · ".join(parts))


class RecallBanner(MessageBar):
    """``deviceRecalls``: one line per campaign of the shown device."""

    def __init__(self) -> None:
        super().__init__("deviceRecalls", translate("RecallBanner", "Återkallelser"))

    def show_card(self, card: DeviceCard | None) -> None:
        recalls = card.recalls if card is not None else ()
        if not recalls:
            self.clear_message()
            return
        level = "info" if all(m.done and not m.blocked for m in recalls) else "warning"
        self.show_message("\n".join(describe(m) for m in recalls), level)
