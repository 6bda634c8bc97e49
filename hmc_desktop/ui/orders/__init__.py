"""Work on an order: the flows (hand-out, pickup, return, recondition, shipment, support), documentation, quick service."""
