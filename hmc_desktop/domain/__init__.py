"""Pure business rules of the centre: no Qt, no SQLAlchemy (see DOMAIN.md)."""
