"""The Uppföljning tab: backlog, risks, lead-time compliance, reports."""
