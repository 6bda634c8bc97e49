"""The Qt interface: thin views over the services; no database session is ever held here."""
